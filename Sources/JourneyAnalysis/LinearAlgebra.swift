/// The small dense linear algebra the regressions need: Householder QR with rank detection, a Cholesky
/// solve that skips aliased variables, and the Jacobi eigendecomposition of a symmetric matrix.
enum LinearAlgebra {
    /// Relative size below which a column (or pivot) counts as a linear combination of earlier ones.
    static let aliasTolerance = 1e-9

    /// Least squares by Householder QR, columns taken in order; a column whose part orthogonal to the
    /// accepted ones is below `aliasTolerance` of its norm is dropped (its coefficient is nil), as R's `lm` does.
    /// `columns` are the predictor columns (each of length n); returns the coefficients and the residual sum of squares.
    static func leastSquares(_ columns: [[Double]], _ y: [Double]) -> (coefficients: [Double?], rss: Double) {
        let n = y.count
        var reflectors: [[Double]] = []      // v vectors, each of length n (zeros above its row)
        var rDiagonal: [Double] = []
        var rColumns: [[Double]] = []         // accepted columns after reflection (upper part holds R)
        var accepted: [Int] = []
        for (index, column) in columns.enumerated() {
            var a = column
            for v in reflectors { apply(v, to: &a) }
            let row = accepted.count
            guard row < n else { continue }
            var original = 0.0
            for x in column { original += x * x }
            var tail = 0.0
            for i in row..<n { tail += a[i] * a[i] }
            let norm = tail.squareRoot()
            if original == 0 || norm <= aliasTolerance * original.squareRoot() { continue }
            var v = [Double](repeating: 0, count: n)
            let alpha = a[row] >= 0 ? -norm : norm
            for i in row..<n { v[i] = a[i] }
            v[row] -= alpha
            var vNorm = 0.0
            for i in row..<n { vNorm += v[i] * v[i] }
            if vNorm > 0 {
                let scale = 1 / vNorm.squareRoot()
                for i in row..<n { v[i] *= scale }
                reflectors.append(v)
            } else {
                reflectors.append([Double](repeating: 0, count: n))
            }
            a[row] = alpha
            for i in (row + 1)..<max(row + 1, n) where i < n { a[i] = 0 }
            rDiagonal.append(alpha)
            rColumns.append(a)
            accepted.append(index)
        }
        var qty = y
        for v in reflectors { apply(v, to: &qty) }
        let rank = accepted.count
        var rss = 0.0
        for i in rank..<n { rss += qty[i] * qty[i] }
        var beta = [Double](repeating: 0, count: rank)
        for k in stride(from: rank - 1, through: 0, by: -1) {
            var sum = qty[k]
            for j in (k + 1)..<max(k + 1, rank) where j < rank { sum -= rColumns[j][k] * beta[j] }
            beta[k] = sum / rDiagonal[k]
        }
        var coefficients = [Double?](repeating: nil, count: columns.count)
        for (k, index) in accepted.enumerated() { coefficients[index] = beta[k] }
        return (coefficients, rss)
    }

    /// Least squares through the normal equations XᵀX b = Xᵀy, accumulated in one pass and solved by a Cholesky
    /// factorization that skips aliased columns; for large n, where QR's n-long reflectors cost time and memory and
    /// the normal equations lose nothing that matters. Columns and y must be centred. A column is aliased when its
    /// squared residual on the earlier ones is below `aliasTolerance` of its squared norm (roundoff in XᵀX is ~1e-16).
    static func leastSquaresNormal(_ columns: [[Double]], _ y: [Double]) -> (coefficients: [Double?], rss: Double) {
        let p = columns.count, n = y.count
        var xtx = [Double](repeating: 0, count: p * p)
        var xty = [Double](repeating: 0, count: p)
        var yy = 0.0
        for i in 0..<n {
            let yi = y[i]
            yy += yi * yi
            for a in 0..<p {
                let xa = columns[a][i]
                if xa == 0 { continue }
                xty[a] += xa * yi
                for b in a..<p { xtx[a * p + b] += xa * columns[b][i] }
            }
        }
        return solveNormal(xtx: xtx, xty: xty, yy: yy, p: p)
    }

    /// Least squares from the normal equations XᵀX β = Xᵀy (XᵀX's upper triangle row-major in `xtx`, p × p), with
    /// yᵀy for the residual sum of squares: a Cholesky factorization skipping columns whose pivot is negligible.
    static func solveNormal(xtx: [Double], xty: [Double], yy: Double, p: Int) -> (coefficients: [Double?], rss: Double) {
        var l = [Double](repeating: 0, count: p * p)
        var kept = [Bool](repeating: false, count: p)
        var z = [Double](repeating: 0, count: p)
        var explained = 0.0
        for i in 0..<p {
            for j in 0..<i where kept[j] {
                var sum = xtx[j * p + i]
                for k in 0..<j where kept[k] { sum -= l[i * p + k] * l[j * p + k] }
                l[i * p + j] = sum / l[j * p + j]
            }
            var pivot = xtx[i * p + i]
            for k in 0..<i where kept[k] { pivot -= l[i * p + k] * l[i * p + k] }
            guard xtx[i * p + i] > 0, pivot > aliasTolerance * xtx[i * p + i] else { continue }
            l[i * p + i] = pivot.squareRoot()
            kept[i] = true
            var sum = xty[i]
            for k in 0..<i where kept[k] { sum -= l[i * p + k] * z[k] }
            z[i] = sum / l[i * p + i]
            explained += z[i] * z[i]
        }
        var beta = [Double](repeating: 0, count: p)
        for i in stride(from: p - 1, through: 0, by: -1) where kept[i] {
            var sum = z[i]
            for j in (i + 1)..<max(i + 1, p) where j < p && kept[j] { sum -= l[j * p + i] * beta[j] }
            beta[i] = sum / l[i * p + i]
        }
        return ((0..<p).map { kept[$0] ? beta[$0] : nil }, max(yy - explained, 0))
    }

    /// a ← (I − 2vvᵀ)a for a unit v.
    private static func apply(_ v: [Double], to a: inout [Double]) {
        var dot = 0.0
        for i in v.indices where v[i] != 0 { dot += v[i] * a[i] }
        if dot == 0 { return }
        for i in v.indices where v[i] != 0 { a[i] -= 2 * dot * v[i] }
    }

    /// R² = rₛᵀ Rₛₛ⁻¹ rₛ of a predictor subset from a correlation matrix, by a Cholesky factorization that
    /// skips variables whose pivot falls below `aliasTolerance` (exact collinearity adds nothing to R²).
    static func rSquared(correlations: [[Double]], outcome: [Double], subset: [Int]) -> Double {
        let m = subset.count
        if m == 0 { return 0 }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: m * m + 2 * m) { buffer -> Double in
            let l = buffer.baseAddress!             // m×m lower triangle, row-major
            let z = l + m * m                       // forward-substituted L⁻¹ r
            let kept = z + m                        // 1 when the variable was kept
            var r2 = 0.0
            for i in 0..<m {
                let row = correlations[subset[i]]
                kept[i] = 0
                for j in 0..<i where kept[j] != 0 {
                    var sum = row[subset[j]]
                    for k in 0..<j where kept[k] != 0 { sum -= l[i * m + k] * l[j * m + k] }
                    l[i * m + j] = sum / l[j * m + j]
                }
                var pivot = row[subset[i]]
                for k in 0..<i where kept[k] != 0 { pivot -= l[i * m + k] * l[i * m + k] }
                guard pivot > aliasTolerance * row[subset[i]] else { continue }
                l[i * m + i] = pivot.squareRoot()
                kept[i] = 1
                var sum = outcome[subset[i]]
                for k in 0..<i where kept[k] != 0 { sum -= l[i * m + k] * z[k] }
                z[i] = sum / l[i * m + i]
                r2 += z[i] * z[i]
            }
            return r2
        }
    }

    /// Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix by cyclic Jacobi rotations.
    static func symmetricEigen(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let n = matrix.count
        // Flat row-major storage for A; V is kept transposed (row p of `flatVT` is column p of V), so that all but
        // A's column update run over contiguous memory. The rotations are the same, in the same order, with the same
        // Double operations as on nested arrays (bit-identical results), without their per-access reference
        // counting and overflow checks, which dominated the stability bootstrap.
        var flatA = matrix.flatMap { $0 }
        var flatVT = [Double](repeating: 0, count: n * n)
        for i in 0..<n { flatVT[i &* n &+ i] = 1 }
        flatA.withUnsafeMutableBufferPointer { aBuffer in
            flatVT.withUnsafeMutableBufferPointer { vBuffer in
                guard let a = aBuffer.baseAddress, let vt = vBuffer.baseAddress else { return }
                for _ in 0..<100 {
                    if offDiagonalSquares(a, n) < 1e-30 { break }
                    var p = 0
                    while p < n {
                        var q = p &+ 1
                        while q < n {
                            rotate(a, vt, n, p, q)
                            q &+= 1
                        }
                        p &+= 1
                    }
                }
            }
        }
        let vectors = (0..<n).map { i in (0..<n).map { k in flatVT[k &* n &+ i] } }
        return ((0..<n).map { flatA[$0 &* n &+ $0] }, vectors)
    }

    /// Σ_{i<j} a_ij² of a flat n × n matrix, row by row.
    @inline(__always)
    private static func offDiagonalSquares(_ a: UnsafeMutablePointer<Double>, _ n: Int) -> Double {
        var off = 0.0, i = 0
        while i < n {
            let row = a + i &* n
            var j = i &+ 1
            while j < n { off += row[j] * row[j]; j &+= 1 }
            i &+= 1
        }
        return off
    }

    /// One Jacobi rotation zeroing a_pq (skipped when |a_pq| ≤ 1e-300): A's columns p and q, then its rows p and q,
    /// then V's columns p and q (rows of `vt`).
    @inline(__always)
    private static func rotate(_ a: UnsafeMutablePointer<Double>, _ vt: UnsafeMutablePointer<Double>, _ n: Int, _ p: Int, _ q: Int) {
        let rowP = a + p &* n, rowQ = a + q &* n
        let apq = rowP[q]
        guard abs(apq) > 1e-300 else { return }
        let theta = (rowQ[q] - rowP[p]) / (2 * apq)
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot(), s = t * c
        var columnP = a + p, columnQ = a + q
        var k = 0
        while k < n {
            let akp = columnP.pointee, akq = columnQ.pointee
            columnP.pointee = c * akp - s * akq
            columnQ.pointee = s * akp + c * akq
            columnP += n
            columnQ += n
            k &+= 1
        }
        rotateRows(rowP, rowQ, n, c, s)
        rotateRows(vt + p &* n, vt + q &* n, n, c, s)
    }

    /// Two contiguous rows of `n` turned by the rotation (c, s): x ← c·x − s·y, y ← s·x + c·y, element by element
    /// (A's rows p and q, and V's columns p and q, kept as rows of `vt`).
    @inline(__always)
    private static func rotateRows(_ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int, _ c: Double, _ s: Double) {
        var k = 0
        while k < n {
            let xk = x[k], yk = y[k]
            x[k] = c * xk - s * yk
            y[k] = s * xk + c * yk
            k &+= 1
        }
    }
}
