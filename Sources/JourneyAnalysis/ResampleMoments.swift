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
/// link between a respondent's pairs). Most answers are given, so only Σx_a·x_b is a dense dot product (of the
/// weighted column w·x_a with the column x_b over the m rows, SIMD4 lanes); the others are a total minus what the
/// rows missing the other variable hold,
///
///     n_ab = Σ w·p_a − Σ_{b missing} w·p_a,  Σx_a = Σ w·x_a − Σ_{b missing} w·x_a,  Σx_a² likewise with x_a²,
///
/// where per variable b the rows missing it add their weighted row vectors (w·p, w·x, w·x², row-major SIMD4 lanes)
/// once per resample — about a tenth of the rows at the usual missing share, instead of five more dot products per
/// pair. Ratings are integers, so every partial sum is an integer; it is accumulated in `Float` when
/// m·max|x|² < 2²⁴ (every such integer is exact in Float) and in `Double` otherwise: either way the totals are
/// exactly the integers the row-by-row Double sums give, so the bootstrap's numbers do not change.
struct ResampleMoments: Sendable {
    /// Variables per row.
    let width: Int
    /// Rows (m).
    let rows: Int
    /// Whether every sum of a resample is exact in Float.
    let fitsFloat: Bool
    /// SIMD4 lanes per column (rows rounded up; padding rows have weight 0) and per row (variables rounded up).
    private let lanes: Int, rowLanes: Int
    /// Per variable, the rows that did not answer it.
    private let missing: [[Int]]
    /// The values laid out in `Float` and in `Double` (only the one `fitsFloat` picks is filled).
    private var floats = Layout<Float>(), doubles = Layout<Double>()

    /// The rows twice: column-major values (`lanes` per variable, 0 when missing) for the dot products, and
    /// row-major answered flags (1/0), values and squared values (`rowLanes` per row) for the row sums.
    fileprivate struct Layout<T: BinaryFloatingPoint & SIMDScalar> {
        var value: [SIMD4<T>] = [], rowPresent: [SIMD4<T>] = [], rowValue: [SIMD4<T>] = [], rowSquare: [SIMD4<T>] = []

        init() {}

        init(_ flat: [Double], width: Int, rows: Int, lanes: Int, rowLanes: Int) {
            value = [SIMD4<T>](repeating: .zero, count: width * lanes)
            rowPresent = [SIMD4<T>](repeating: .zero, count: rows * rowLanes)
            rowValue = rowPresent; rowSquare = rowPresent
            for r in 0..<rows {
                for a in 0..<width {
                    let x = flat[r * width + a]
                    guard !x.isNaN else { continue }
                    value[a * lanes + (r >> 2)][r & 3] = T(x)
                    rowPresent[r * rowLanes + (a >> 2)][a & 3] = 1
                    rowValue[r * rowLanes + (a >> 2)][a & 3] = T(x)
                    rowSquare[r * rowLanes + (a >> 2)][a & 3] = T(x * x)
                }
            }
        }
    }

    /// The rows of `flat`, row-major, `width` values per row, NaN = not answered.
    init(flat: [Double], width: Int) {
        self.width = width
        rows = width == 0 ? 0 : flat.count / width
        lanes = (rows + 3) / 4
        rowLanes = (width + 3) / 4
        var largest = 0.0
        for x in flat where !x.isNaN { largest = max(largest, x * x) }
        fitsFloat = Double(rows) * max(largest, 1) < 16_777_216
        let count = rows
        missing = (0..<width).map { a in (0..<count).filter { r in flat[r * width + a].isNaN } }
        if fitsFloat { floats = Layout(flat, width: width, rows: rows, lanes: lanes, rowLanes: rowLanes) }
        else { doubles = Layout(flat, width: width, rows: rows, lanes: lanes, rowLanes: rowLanes) }
    }

    /// The moments of the resample in which row r was drawn `weights[r]` times.
    func moments(weights: [Int32]) -> PairwiseMoments {
        fitsFloat ? accumulate(weights, floats) : accumulate(weights, doubles)
    }

    private func accumulate<T: BinaryFloatingPoint & SIMDScalar>(_ weights: [Int32], _ layout: Layout<T>) -> PairwiseMoments {
        let width = self.width, lanes = self.lanes, rowLanes = self.rowLanes
        var w = [SIMD4<T>](repeating: .zero, count: lanes)
        for (r, weight) in weights.enumerated() where weight != 0 { w[r >> 2][r & 3] = T(weight) }
        // The weighted value columns w·x (a new array, not a copy of the columns written over).
        let weightedValue = [SIMD4<T>](unsafeUninitializedCapacity: width * lanes) { out, initialized in
            layout.value.withUnsafeBufferPointer { c in
                w.withUnsafeBufferPointer { w in
                    var k = 0
                    for _ in 0..<width { for i in 0..<lanes { out[k] = w[i] * c[k]; k &+= 1 } }
                }
            }
            initialized = width * lanes
        }
        // Row sums: slot 0 over every row, slot b + 1 over the rows missing variable b; each holds Σ w·p, Σ w·x and
        // Σ w·x² as three runs of `rowLanes` vectors.
        let stride = 3 * rowLanes
        var sums = [SIMD4<T>](repeating: .zero, count: (width + 1) * stride)
        layout.rowPresent.withUnsafeBufferPointer { p in
        layout.rowValue.withUnsafeBufferPointer { x in
        layout.rowSquare.withUnsafeBufferPointer { q in
        sums.withUnsafeMutableBufferPointer { sums in
            func add(row r: Int, weight: T, into slot: Int) {
                let n = sums.baseAddress! + slot &* stride, s = n + rowLanes, s2 = s + rowLanes, o = r &* rowLanes
                let pr = p.baseAddress! + o, xr = x.baseAddress! + o, qr = q.baseAddress! + o
                for l in 0..<rowLanes {
                    n[l] += weight * pr[l]
                    s[l] += weight * xr[l]
                    s2[l] += weight * qr[l]
                }
            }
            for r in 0..<weights.count where weights[r] != 0 { add(row: r, weight: T(weights[r]), into: 0) }
            for b in 0..<width {
                for r in missing[b] where weights[r] != 0 { add(row: r, weight: T(weights[r]), into: b + 1) }
            }
        }}}}
        func sum(_ slot: Int, _ kind: Int, _ a: Int) -> T { sums[slot * stride + kind * rowLanes + (a >> 2)][a & 3] }
        var m = PairwiseMoments(count: width)
        weightedValue.withUnsafeBufferPointer { wx in
        layout.value.withUnsafeBufferPointer { x in
            for a in 0..<width {
                let va = wx.baseAddress! + a * lanes
                for b in a..<width {
                    let xb = x.baseAddress! + b * lanes
                    // Four partial sums (exact integers, so any grouping gives the same total).
                    var s0 = SIMD4<T>.zero, s1 = s0, s2 = s0, s3 = s0, i = 0
                    while i &+ 3 < lanes {
                        s0 += va[i] * xb[i]; s1 += va[i &+ 1] * xb[i &+ 1]
                        s2 += va[i &+ 2] * xb[i &+ 2]; s3 += va[i &+ 3] * xb[i &+ 3]
                        i &+= 4
                    }
                    while i < lanes { s0 += va[i] * xb[i]; i &+= 1 }
                    let products = Double(((s0 + s1) + (s2 + s3)).sum())
                    // Over the rows that answered b (a): every row's sums minus those of the rows missing b (a).
                    m.set(a, b, n: Double(sum(0, 0, a) - sum(b + 1, 0, a)),
                          sumA: Double(sum(0, 1, a) - sum(b + 1, 1, a)), sumB: Double(sum(0, 1, b) - sum(a + 1, 1, b)),
                          squaresA: Double(sum(0, 2, a) - sum(b + 1, 2, a)), squaresB: Double(sum(0, 2, b) - sum(a + 1, 2, b)),
                          products: products)
                }
            }
        }}
        return m
    }
}

/// The Float and Double layouts are plain arrays of SIMD vectors, so the resampler can be shared by the threads
/// that evaluate the resamples.
extension ResampleMoments.Layout: Sendable where T: Sendable, T.SIMD4Storage: Sendable {}
