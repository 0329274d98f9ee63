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
/// link between a respondent's pairs). Each sum is a dot product of column vectors over the m rows (p, x, x²
/// laid out once; per resample only the weighted columns w·p, w·x, w·x² are formed), vectorized in SIMD4 lanes. Ratings are integers, so every partial sum is an integer; it is accumulated in `Float` when
/// m·max|x|² < 2²⁴ (every such integer is exact in Float) and in `Double` otherwise: either way the totals are
/// exactly the integers the row-by-row Double sums give, so the bootstrap's numbers do not change.
struct ResampleMoments {
    /// Variables per row.
    let width: Int
    /// Rows (m).
    let rows: Int
    /// Whether every sum of a resample is exact in Float.
    let fitsFloat: Bool
    /// SIMD4 lanes per column (rows rounded up; padding rows have weight 0).
    private let lanes: Int
    /// Column-major, `lanes` per variable: answered (1/0), value (0 when missing) and squared value, in Float and
    /// in Double (only the one `fitsFloat` picks is filled).
    private var floats: (present: [SIMD4<Float>], value: [SIMD4<Float>], square: [SIMD4<Float>]) = ([], [], [])
    private var doubles: (present: [SIMD4<Double>], value: [SIMD4<Double>], square: [SIMD4<Double>]) = ([], [], [])

    /// The rows of `flat`, row-major, `width` values per row, NaN = not answered.
    init(flat: [Double], width: Int) {
        self.width = width
        rows = width == 0 ? 0 : flat.count / width
        lanes = (rows + 3) / 4
        var largest = 0.0
        for x in flat where !x.isNaN { largest = max(largest, x * x) }
        fitsFloat = Double(rows) * max(largest, 1) < 16_777_216
        if fitsFloat { floats = Self.columns(flat, width: width, rows: rows, lanes: lanes) }
        else { doubles = Self.columns(flat, width: width, rows: rows, lanes: lanes) }
    }

    private static func columns<T: BinaryFloatingPoint & SIMDScalar>(_ flat: [Double], width: Int, rows: Int, lanes: Int)
        -> (present: [SIMD4<T>], value: [SIMD4<T>], square: [SIMD4<T>]) {
        var present = [SIMD4<T>](repeating: .zero, count: width * lanes), value = present, square = present
        for r in 0..<rows {
            for a in 0..<width {
                let x = flat[r * width + a]
                guard !x.isNaN else { continue }
                present[a * lanes + (r >> 2)][r & 3] = 1
                value[a * lanes + (r >> 2)][r & 3] = T(x)
                square[a * lanes + (r >> 2)][r & 3] = T(x * x)
            }
        }
        return (present, value, square)
    }

    /// The moments of the resample in which row r was drawn `weights[r]` times.
    func moments(weights: [Int32]) -> PairwiseMoments {
        fitsFloat ? Self.accumulate(weights, floats, width: width, lanes: lanes)
            : Self.accumulate(weights, doubles, width: width, lanes: lanes)
    }

    /// Each variable's column lane by lane times the weights' lane.
    private static func weighted<T: BinaryFloatingPoint & SIMDScalar>(_ column: [SIMD4<T>], by w: [SIMD4<T>], width: Int, lanes: Int) -> [SIMD4<T>] {
        [SIMD4<T>](unsafeUninitializedCapacity: width * lanes) { out, initialized in
            column.withUnsafeBufferPointer { c in
                w.withUnsafeBufferPointer { w in
                    for a in 0..<width { for i in 0..<lanes { out[a * lanes + i] = w[i] * c[a * lanes + i] } }
                }
            }
            initialized = width * lanes
        }
    }

    private static func accumulate<T: BinaryFloatingPoint & SIMDScalar>(
        _ weights: [Int32], _ columns: (present: [SIMD4<T>], value: [SIMD4<T>], square: [SIMD4<T>]), width: Int, lanes: Int
    ) -> PairwiseMoments {
        var w = [SIMD4<T>](repeating: .zero, count: lanes)
        for (r, weight) in weights.enumerated() where weight != 0 { w[r >> 2][r & 3] = T(weight) }
        // The weighted columns: w·p, w·x, w·x² (new arrays, not copies of the columns written over).
        let weighted = (present: Self.weighted(columns.present, by: w, width: width, lanes: lanes),
                        value: Self.weighted(columns.value, by: w, width: width, lanes: lanes),
                        square: Self.weighted(columns.square, by: w, width: width, lanes: lanes))
        var m = PairwiseMoments(count: width)
        weighted.present.withUnsafeBufferPointer { wp in
        weighted.value.withUnsafeBufferPointer { wx in
        weighted.square.withUnsafeBufferPointer { wq in
        columns.present.withUnsafeBufferPointer { p in
        columns.value.withUnsafeBufferPointer { x in
        columns.square.withUnsafeBufferPointer { q in
            for a in 0..<width {
                let ua = wp.baseAddress! + a * lanes, va = wx.baseAddress! + a * lanes, sa = wq.baseAddress! + a * lanes
                for b in a..<width {
                    let pb = p.baseAddress! + b * lanes, xb = x.baseAddress! + b * lanes, qb = q.baseAddress! + b * lanes
                    var n = SIMD4<T>.zero, sumA = n, sumB = n, squaresA = n, squaresB = n, products = n
                    for i in 0..<lanes {
                        let u = ua[i], v = va[i], pv = pb[i], xv = xb[i]
                        n += u * pv
                        sumA += v * pv
                        sumB += u * xv
                        squaresA += sa[i] * pv
                        squaresB += u * qb[i]
                        products += v * xv
                    }
                    m.set(a, b, n: Double(n.sum()), sumA: Double(sumA.sum()), sumB: Double(sumB.sum()),
                          squaresA: Double(squaresA.sum()), squaresB: Double(squaresB.sum()),
                          products: Double(products.sum()))
                }
            }
        }}}}}}
        return m
    }
}
