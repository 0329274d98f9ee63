/// Available-case (pairwise-complete) sums and co-moments of p variables, the sufficient statistics of the
/// pairwise Pearson correlation matrix (METHODS.md §2.2, revised): for every pair (a, b), over the respondents
/// who answered both, n_ab, Σx_a, Σx_b, Σx_a², Σx_b² and Σx_a·x_b.
///
/// Fed one respondent row at a time (`add(row:)`, nil = not experienced, never imputed) and mergeable (`+`),
/// so a streaming pass over any number of respondents needs only p(p + 1)/2 × 6 numbers, never per-respondent
/// arrays. Pairwise deletion is the available-case analysis of Little & Rubin (2019, *Statistical Analysis with
/// Missing Data*, 3rd ed., §3.4); the correlation of a pair is the ordinary Pearson r over that pair's own
/// respondents, r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)) (as pandas' `DataFrame.corr`).
/// Integer ratings keep every sum exact in Double up to 2^53, far beyond 10⁷ respondents.
public struct PairwiseMoments: Sendable, Hashable {
    /// Number of variables p.
    public let count: Int
    /// Per pair a ≤ b (upper triangle, row-major): n, Σx_a, Σx_b, Σx_a², Σx_b², Σx_a·x_b.
    private var n: [Double], sumA: [Double], sumB: [Double], squaresA: [Double], squaresB: [Double], products: [Double]

    /// Empty moments of `count` variables.
    public init(count: Int) {
        self.count = count
        let pairs = count * (count + 1) / 2
        n = [Double](repeating: 0, count: pairs)
        sumA = n; sumB = n; squaresA = n; squaresB = n; products = n
    }

    /// Index of pair (a, b), a ≤ b, in the upper triangle.
    @inline(__always) private func index(_ a: Int, _ b: Int) -> Int {
        let (i, j) = a <= b ? (a, b) : (b, a)
        return i * count - i * (i - 1) / 2 + (j - i)
    }

    /// Adds one respondent: `row[a]` is variable a's value, nil when not answered.
    public mutating func add(row: [Double?]) {
        precondition(row.count == count, "row has \(row.count) values, expected \(count)")
        for a in 0..<count {
            guard let x = row[a] else { continue }
            for b in a..<count {
                guard let y = row[b] else { continue }
                let k = index(a, b)
                n[k] += 1
                sumA[k] += x; sumB[k] += y
                squaresA[k] += x * x; squaresB[k] += y * y
                products[k] += x * y
            }
        }
    }

    /// Adds one respondent from a buffer of `count` values where NaN means "not answered" (the allocation-free
    /// path of a streaming pass; same result as `add(row:)`).
    mutating func add(values x: UnsafeBufferPointer<Double>) {
        let p = count
        n.withUnsafeMutableBufferPointer { n in
        sumA.withUnsafeMutableBufferPointer { sumA in
        sumB.withUnsafeMutableBufferPointer { sumB in
        squaresA.withUnsafeMutableBufferPointer { squaresA in
        squaresB.withUnsafeMutableBufferPointer { squaresB in
        products.withUnsafeMutableBufferPointer { products in
            var k = 0
            for a in 0..<p {
                let xa = x[a]
                if xa.isNaN { k += p - a; continue }
                for b in a..<p {
                    let xb = x[b]
                    if !xb.isNaN {
                        n[k] += 1
                        sumA[k] += xa; sumB[k] += xb
                        squaresA[k] += xa * xa; squaresB[k] += xb * xb
                        products[k] += xa * xb
                    }
                    k += 1
                }
            }
        }}}}}}
    }

    /// Sets pair (a, b), a ≤ b, from sums computed elsewhere (`JointCounts.moments`).
    mutating func set(_ a: Int, _ b: Int, n pairs: Double, sumA sa: Double, sumB sb: Double, squaresA qa: Double,
                      squaresB qb: Double, products ab: Double) {
        let k = index(a, b)
        n[k] = pairs; sumA[k] = sa; sumB[k] = sb; squaresA[k] = qa; squaresB[k] = qb; products[k] = ab
    }

    /// Moments of two disjoint groups of respondents together.
    public static func + (lhs: PairwiseMoments, rhs: PairwiseMoments) -> PairwiseMoments {
        precondition(lhs.count == rhs.count, "cannot merge moments of \(lhs.count) and \(rhs.count) variables")
        var sum = lhs
        for k in sum.n.indices {
            sum.n[k] += rhs.n[k]
            sum.sumA[k] += rhs.sumA[k]; sum.sumB[k] += rhs.sumB[k]
            sum.squaresA[k] += rhs.squaresA[k]; sum.squaresB[k] += rhs.squaresB[k]
            sum.products[k] += rhs.products[k]
        }
        return sum
    }

    /// Respondents who answered both a and b (a = b: who answered a).
    public func pairCount(_ a: Int, _ b: Int) -> Int { Int(n[index(a, b)]) }

    /// Pearson r of a and b over the respondents who answered both; nil with fewer than 3 pairs or when either
    /// is constant over them.
    public func correlation(_ a: Int, _ b: Int) -> Double? {
        if a == b { return pairCount(a, a) > 0 ? 1 : nil }
        let k = index(a, b)
        let m = n[k]
        guard m >= 3 else { return nil }
        // index(a, b) stores the smaller index as "A": orientation does not matter for r.
        let sxx = m * squaresA[k] - sumA[k] * sumA[k]
        let syy = m * squaresB[k] - sumB[k] * sumB[k]
        let sxy = m * products[k] - sumA[k] * sumB[k]
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// The p × p pairwise correlation matrix (unit diagonal); an undefined correlation (fewer than 3 pairs or a
    /// constant variable) is 0, and its pair count says so.
    public func correlationMatrix() -> [[Double]] {
        var r = [[Double]](repeating: [Double](repeating: 0, count: count), count: count)
        for a in 0..<count {
            r[a][a] = 1
            for b in (a + 1)..<max(a + 1, count) where b < count {
                r[a][b] = correlation(a, b) ?? 0
                r[b][a] = r[a][b]
            }
        }
        return r
    }

    /// The moments of a subset of the variables, in the given order.
    public func restricted(to variables: [Int]) -> PairwiseMoments {
        var result = PairwiseMoments(count: variables.count)
        for (i, a) in variables.enumerated() {
            for (j, b) in variables.enumerated() where j >= i {
                let source = index(a, b), target = result.index(i, j)
                result.n[target] = n[source]
                result.products[target] = products[source]
                // the source keeps the smaller original index as "A"; the result keeps variable i as "A"
                let (sa, sb, qa, qb) = (sumA[source], sumB[source], squaresA[source], squaresB[source])
                if a > b {
                    result.sumA[target] = sb; result.sumB[target] = sa; result.squaresA[target] = qb; result.squaresB[target] = qa
                } else {
                    result.sumA[target] = sa; result.sumB[target] = sb; result.squaresA[target] = qa; result.squaresB[target] = qb
                }
            }
        }
        return result
    }
}
