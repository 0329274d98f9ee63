/// Available-case moments of a bootstrap resample of a fixed set of m rows, computed from the resample's
/// multiplicities instead of row by row (the key-driver stability bootstrap, METHODS.md §2.2, revised).
///
/// A resample of the ordinary nonparametric bootstrap (Efron & Tibshirani 1993) draws m of the rows with
/// replacement; row r appearing w_r times. Every pairwise sum of `PairwiseMoments` is then a weighted sum over
/// the distinct rows: with p_a = 1 when variable a is answered (else 0) and x_a its value (0 when not answered),
///
///     n_ab = Σ w·p_a·p_b,  Σx_a = Σ w·x_a·p_b,  Σx_b = Σ w·p_a·x_b,
///     Σx_a² = Σ w·x_a²·p_b,  Σx_b² = Σ w·p_a·x_b²,  Σx_a·x_b = Σ w·x_a·x_b,
///
/// the same available-case (pairwise-deletion) statistics as adding the drawn rows one by one — so the resample
/// keeps its meaning with missing answers (a multinomial resample of the pair tables would not: it breaks the
/// link between a respondent's pairs). Each sum is six dot products of column vectors over the distinct drawn
/// rows, vectorized. Ratings are integers, so every partial sum is an integer; it is accumulated in `Float` when
/// m·max|x|² < 2²⁴ (every such integer is exact in Float) and in `Double` otherwise: either way the totals are
/// exactly the integers the row-by-row Double sums give, so the bootstrap's numbers do not change.
struct ResampleMoments {
    /// Variables per row.
    let width: Int
    /// Rows (m).
    let rows: Int
    /// Column-major: answered (1/0), value (0 when missing) and squared value, `rows` per variable.
    private var present: [Double], value: [Double], square: [Double]
    /// Whether every sum of a resample is exact in Float.
    let fitsFloat: Bool

    /// The rows of `flat`, row-major, `width` values per row, NaN = not answered.
    init(flat: [Double], width: Int) {
        self.width = width
        rows = width == 0 ? 0 : flat.count / width
        present = [Double](repeating: 0, count: rows * width)
        value = present
        square = present
        var largest = 0.0
        for r in 0..<rows {
            for a in 0..<width {
                let x = flat[r * width + a]
                guard !x.isNaN else { continue }
                present[a * rows + r] = 1
                value[a * rows + r] = x
                square[a * rows + r] = x * x
                largest = max(largest, x * x)
            }
        }
        fitsFloat = Double(rows) * max(largest, 1) < 16_777_216
    }

    /// The moments of the resample in which row r was drawn `weights[r]` times.
    func moments(weights: [Int32]) -> PairwiseMoments {
        fitsFloat ? accumulate(weights, as: Float.self) : accumulate(weights, as: Double.self)
    }

    private func accumulate<T: BinaryFloatingPoint & SIMDScalar>(_ weights: [Int32], as _: T.Type) -> PairwiseMoments {
        // The distinct drawn rows, padded to whole SIMD4 lanes with zero weight.
        var drawn: [Int] = []
        drawn.reserveCapacity(rows)
        for r in 0..<rows where weights[r] > 0 { drawn.append(r) }
        let lanes = (drawn.count + 3) / 4
        // Per variable: p, x, x² of the drawn rows, and the same times the weight.
        func column(_ source: [Double], _ a: Int, weighted: Bool) -> [SIMD4<T>] {
            var out = [SIMD4<T>](repeating: .zero, count: lanes)
            for (i, r) in drawn.enumerated() {
                let v = source[a * rows + r] * (weighted ? Double(weights[r]) : 1)
                out[i >> 2][i & 3] = T(v)
            }
            return out
        }
        let p = (0..<width).map { column(present, $0, weighted: false) }
        let x = (0..<width).map { column(value, $0, weighted: false) }
        let q = (0..<width).map { column(square, $0, weighted: false) }
        let wp = (0..<width).map { column(present, $0, weighted: true) }
        let wx = (0..<width).map { column(value, $0, weighted: true) }
        let wq = (0..<width).map { column(square, $0, weighted: true) }
        var m = PairwiseMoments(count: width)
        for a in 0..<width {
            wp[a].withUnsafeBufferPointer { ua in
            wx[a].withUnsafeBufferPointer { va in
            wq[a].withUnsafeBufferPointer { sa in
                for b in a..<width {
                    p[b].withUnsafeBufferPointer { pb in
                    x[b].withUnsafeBufferPointer { xb in
                    q[b].withUnsafeBufferPointer { qb in
                        var n = SIMD4<T>.zero, sumA = n, sumB = n, squaresA = n, squaresB = n, products = n
                        for i in 0..<lanes {
                            let u = ua[i], v = va[i], s = sa[i], pv = pb[i], xv = xb[i], qv = qb[i]
                            n += u * pv
                            sumA += v * pv
                            sumB += u * xv
                            squaresA += s * pv
                            squaresB += u * qv
                            products += v * xv
                        }
                        m.set(a, b, n: Double(n.sum()), sumA: Double(sumA.sum()), sumB: Double(sumB.sum()),
                              squaresA: Double(squaresA.sum()), squaresB: Double(squaresB.sum()),
                              products: Double(products.sum()))
                    }}}
                }
            }}}
        }
        return m
    }
}
