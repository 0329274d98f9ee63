import Testing
@testable import JourneyAnalysis

/// The pointer-based Jacobi eigendecomposition and relative weights against plain nested-array versions (the
/// code before perf6, kept here as the reference): the same rotations in the same order with the same Double
/// operations, so the values, vectors and weights must be equal bit for bit on seeded correlation matrices.
@Suite struct EigenFastPathTests {
    /// A seeded correlation matrix of p variables from m rows of rounded one-factor data (some pairs strongly
    /// correlated, a few near-constant columns).
    static func correlationMatrix(p: Int, m: Int, seed: UInt64) -> [[Double]] {
        var generator = SplitMix64(seed: seed)
        func uniform() -> Double { Double(generator.index(below: 2_000_001)) / 1_000_000 - 1 }
        var columns = [[Double]](repeating: [Double](repeating: 0, count: m), count: p)
        for r in 0..<m {
            let factor = uniform()
            for k in 0..<p { columns[k][r] = (factor * Double(k % 4) * 0.4 + uniform() * 2).rounded() }
        }
        return KeyDriverAnalyzer.correlationMatrix(columns)
    }

    /// The Jacobi rotations as they were written on nested arrays.
    static func referenceEigen(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let n = matrix.count
        var a = matrix
        var v = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n { v[i][i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in (i + 1)..<max(i + 1, n) where j < n { off += a[i][j] * a[i][j] } }
            if off < 1e-30 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where q < n {
                    guard abs(a[p][q]) > 1e-300 else { continue }
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k][p], akq = a[k][q]
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p][k], aqk = a[q][k]
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k][p], vkq = v[k][q]
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0][$0] }, v)
    }

    /// Johnson's relative weights as they were written on nested arrays.
    static func referenceRelativeWeights(correlations: [[Double]], outcome: [Double]) -> [Double] {
        let p = outcome.count
        let (values, vectors) = referenceEigen(correlations)
        var half = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        var inverseHalf = half
        for a in 0..<p {
            for b in 0..<p {
                var sum = 0.0, inverse = 0.0
                for k in 0..<p {
                    let lambda = max(values[k], 0)
                    sum += vectors[a][k] * lambda.squareRoot() * vectors[b][k]
                    if lambda > 1e-12 { inverse += vectors[a][k] / lambda.squareRoot() * vectors[b][k] }
                }
                half[a][b] = sum
                inverseHalf[a][b] = inverse
            }
        }
        var beta = [Double](repeating: 0, count: p)
        for a in 0..<p { for b in 0..<p { beta[a] += inverseHalf[a][b] * outcome[b] } }
        var epsilon = [Double](repeating: 0, count: p)
        for j in 0..<p { for k in 0..<p { epsilon[j] += half[j][k] * half[j][k] * beta[k] * beta[k] } }
        return epsilon
    }

    @Test(arguments: [1, 2, 3, 7, 16, 21, 30])
    func jacobiEqualsTheNestedArrayRotations(p: Int) {
        for seed in 0..<6 {
            let matrix = Self.correlationMatrix(p: p, m: 40 + 60 * seed, seed: UInt64(p * 100 + seed))
            let fast = LinearAlgebra.symmetricEigen(matrix), reference = Self.referenceEigen(matrix)
            #expect(fast.values == reference.values)
            #expect(fast.vectors == reference.vectors)
        }
    }

    @Test func jacobiOfAMatrixWithNoRotations() {
        let diagonal: [[Double]] = [[2, 0, 0], [0, 1, 0], [0, 0, 3]]
        let result = LinearAlgebra.symmetricEigen(diagonal)
        #expect(result.values == [2, 1, 3])
        #expect(result.vectors == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
        #expect(LinearAlgebra.symmetricEigen([]).values.isEmpty)
    }

    @Test(arguments: [2, 8, 20])
    func relativeWeightsEqualTheNestedArrayVersion(p: Int) {
        for seed in 0..<5 {
            let joint = Self.correlationMatrix(p: p + 1, m: 200 + 50 * seed, seed: UInt64(7_000 + p * 10 + seed))
            let r = (0..<p).map { Array(joint[$0][0..<p]) }, ry = (0..<p).map { joint[$0][p] }
            #expect(KeyDriverAnalyzer.relativeWeights(correlations: r, outcome: ry)
                    == Self.referenceRelativeWeights(correlations: r, outcome: ry))
        }
    }
}
