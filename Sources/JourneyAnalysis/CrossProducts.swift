/// Complete-case sums and cross-products of p variables (Σx_a, Σx_a·x_b over the respondents with all p), the
/// sufficient statistics of an ordinary least-squares fit and of a Pearson correlation matrix. Mergeable, and the
/// same whatever order (or chunking of the file) the rows came in: the sums are `FixedPointSum`s, except the
/// products of two variables the caller marks as quarter-valued (multiples of 1/4 below 512 in magnitude, like
/// centred ratings, the overall rating and counts): those products are multiples of 1/16 below 2¹⁸, so a `Double`
/// sum of up to 2³¹ of them is exact — and exact sums do not depend on the order — at a third of the cost.
struct CrossProducts: Sendable, Hashable {
    let count: Int
    /// Rows added (folded into the sums or still pending).
    private(set) var n = 0
    private var sumTotals: [FixedPointSum]
    private var productTotals: [FixedPointSum]
    private var exactTotals: [Double]
    /// Per product (same layout as `products`): whether both variables are quarter-valued, and then its sum is the
    /// exact Double in `exactProducts`.
    let exact: [Bool]
    /// The products of each kind as flat lists of (a, b, k) — variable a, variable b, index k in the layout — so that
    /// each kind is summed in its own branch-free loop.
    private let exactTerms: [Int], fixedTerms: [Int]
    /// Rows added since the last fold, column-major (variable a's values of the block at a·`blockRows` + row), at
    /// most `blockRows` of them. A block is summed term by term over its rows — a tight loop per term over
    /// contiguous values, four rows per SIMD step, the fixed-point terms of the block added as one Int64 — which
    /// gives the same integers and the same exact Doubles as adding each row on its own (integer sums and exact
    /// sums do not depend on the grouping).
    private var pending: [Double]
    private var pendingRows = 0
    static let blockRows = 64

    /// Per variable, Σx (fixed-point).
    var sums: [FixedPointSum] { folded().sumTotals }
    /// Upper triangle including the diagonal, row-major over a ≤ b: Σx_a·x_b (fixed-point; zero where `exact`).
    var products: [FixedPointSum] { folded().productTotals }
    /// The same layout: the exact Double sums of the quarter-valued products (zero elsewhere).
    var exactProducts: [Double] { folded().exactTotals }

    /// `quarterValued[a]`: variable a only takes multiples of 1/4 below 512 in magnitude (nil: none does).
    init(count: Int, quarterValued: [Bool]? = nil) {
        self.count = count
        sumTotals = [FixedPointSum](repeating: FixedPointSum(), count: count)
        productTotals = [FixedPointSum](repeating: FixedPointSum(), count: count * (count + 1) / 2)
        let quarters = quarterValued ?? [Bool](repeating: false, count: count)
        var exact: [Bool] = []
        for a in 0..<count { for b in a..<count { exact.append(quarters[a] && quarters[b]) } }
        self.exact = exact
        exactTotals = [Double](repeating: 0, count: exact.count)
        var exactTerms: [Int] = [], fixedTerms: [Int] = [], k = 0
        for a in 0..<count {
            for b in a..<count {
                if exact[k] { exactTerms += [a, b, k] } else { fixedTerms += [a, b, k] }
                k += 1
            }
        }
        self.exactTerms = exactTerms
        self.fixedTerms = fixedTerms
        pending = [Double](repeating: 0, count: Self.blockRows * count)
    }

    /// The sum of product k (of a folded value).
    private func product(_ k: Int) -> Double { exact[k] ? exactTotals[k] : productTotals[k].value }

    /// Adds one row (`count` values); every `blockRows` rows the block is folded into the sums.
    mutating func add(_ x: UnsafeBufferPointer<Double>) {
        n += 1
        let width = count, row = pendingRows
        pending.withUnsafeMutableBufferPointer { p in
            let column = p.baseAddress! + row
            for a in 0..<width { column[a &* Self.blockRows] = x[a] }
        }
        pendingRows &+= 1
        if pendingRows == Self.blockRows { fold() }
    }

    /// Adds the pending rows to the sums: per term, its products over the block's rows — the fixed-point ones
    /// rounded as `FixedPointSum.units` rounds them and added in an Int64 (each below 2⁵¹ units, so 64 of them fit;
    /// a larger term goes straight into the 128-bit sum), the exact ones added to their exact Double sum.
    private mutating func fold() {
        let rows = pendingRows
        guard rows > 0 else { return }
        let width = count
        pending.withUnsafeBufferPointer { block in
            let x = block.baseAddress!
            let column = { (a: Int) in x + a &* Self.blockRows }
            sumTotals.withUnsafeMutableBufferPointer { sums in
                for a in 0..<width { Self.addFixed(column(a), nil, rows: rows, into: &sums[a]) }
            }
            exactTotals.withUnsafeMutableBufferPointer { totals in
            exactTerms.withUnsafeBufferPointer { t in
                var e = 0
                while e < t.count {
                    totals[t[e &+ 2]] += Self.exactDot(column(t[e]), column(t[e &+ 1]), rows: rows)
                    e &+= 3
                }
            }}
            productTotals.withUnsafeMutableBufferPointer { totals in
            fixedTerms.withUnsafeBufferPointer { t in
                var e = 0
                while e < t.count {
                    Self.addFixed(column(t[e]), column(t[e &+ 1]), rows: rows, into: &totals[t[e &+ 2]])
                    e &+= 3
                }
            }}
        }
        pendingRows = 0
    }

    /// Σ_r xa[r]·xb[r] over a block's rows when every product is a multiple of 1/16 below 2¹⁸: every partial sum is
    /// then exact, so four lanes give the same Double as one running sum.
    @inline(__always) private static func exactDot(_ xa: UnsafePointer<Double>, _ xb: UnsafePointer<Double>, rows: Int) -> Double {
        var lanes = SIMD4<Double>(repeating: 0), r = 0
        let a = UnsafeRawPointer(xa), b = UnsafeRawPointer(xb)
        while r &+ 4 <= rows {
            let offset = r &* 8
            lanes += a.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) * b.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            r &+= 4
        }
        var total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
        while r < rows { total += xa[r] * xb[r]; r &+= 1 }
        return total
    }

    /// Adds Σ_r units(xa[r]·xb[r]) (Σ_r units(xa[r]) when `xb` is nil) over the block's rows to `sum`, term by term
    /// exactly as `FixedPointSum.add` would: four rows per step while all four terms are below 2⁵¹ units (their
    /// rounded whole numbers read off the bits of scaled + 1.5·2⁵², as `FixedPointSum.units` does), else one by one.
    /// The block's four-lane sums wrap in Int64: 64 terms below 2⁵¹ each cannot overflow.
    @inline(__always) private static func addFixed(_ xa: UnsafePointer<Double>, _ xb: UnsafePointer<Double>?,
                                                   rows: Int, into sum: inout FixedPointSum) {
        let magic = Int64(bitPattern: (0x1.8p52 as Double).bitPattern)
        var lanes = SIMD4<Int64>(repeating: 0), block: Int64 = 0, r = 0
        let a = UnsafeRawPointer(xa), b = xb.map(UnsafeRawPointer.init)
        let limit = SIMD4<Double>(repeating: 0x1p51), shift = SIMD4<Double>(repeating: 0x1.8p52)
        let magics = SIMD4<Int64>(repeating: magic), scale = SIMD4<Double>(repeating: FixedPointSum.scale)
        while r &+ 4 <= rows {
            let offset = r &* 8
            var term = a.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            if let b { term *= b.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self) }
            let scaled = term * scale
            if all((scaled .< limit) .& (scaled .> -limit)) {
                lanes &+= unsafeBitCast(scaled + shift, to: SIMD4<Int64>.self) &- magics
            } else {
                for k in 0..<4 { addOne(term[k], into: &block, sum: &sum) }
            }
            r &+= 4
        }
        while r < rows {
            addOne(xb.map { xa[r] * $0[r] } ?? xa[r], into: &block, sum: &sum)
            r &+= 1
        }
        block &+= lanes.wrappedSum()
        sum.add(units: block)
    }

    /// One term of `addFixed`: into the block's Int64 below 2⁵¹ units, else straight into the 128-bit sum.
    @inline(__always) private static func addOne(_ term: Double, into block: inout Int64, sum: inout FixedPointSum) {
        let scaled = term * FixedPointSum.scale
        if abs(scaled) < 0x1p51 {
            block &+= Int64(bitPattern: (scaled + 0x1.8p52).bitPattern) &- Int64(bitPattern: (0x1.8p52 as Double).bitPattern)
        } else {
            sum.add(units: FixedPointSum.units(term))
        }
    }

    /// This value with its pending rows folded into the sums.
    private func folded() -> CrossProducts {
        if pendingRows == 0 { return self }
        var f = self
        f.fold()
        return f
    }

    static func == (lhs: CrossProducts, rhs: CrossProducts) -> Bool {
        let l = lhs.folded(), r = rhs.folded()
        return l.count == r.count && l.n == r.n && l.exact == r.exact && l.sumTotals == r.sumTotals
            && l.productTotals == r.productTotals && l.exactTotals == r.exactTotals
    }

    func hash(into hasher: inout Hasher) {
        let f = folded()
        hasher.combine(f.count); hasher.combine(f.n); hasher.combine(f.sumTotals); hasher.combine(f.productTotals)
        hasher.combine(f.exactTotals)
    }

    static func + (lhs: CrossProducts, rhs: CrossProducts) -> CrossProducts {
        var s = lhs.folded()
        let r = rhs.folded()
        s.n += r.n
        for k in s.sumTotals.indices { s.sumTotals[k] = s.sumTotals[k] + r.sumTotals[k] }
        for k in s.productTotals.indices { s.productTotals[k] = s.productTotals[k] + r.productTotals[k] }
        for k in s.exactTotals.indices { s.exactTotals[k] += r.exactTotals[k] }
        return s
    }

    /// Centred co-moment Σ(x_a − x̄_a)(x_b − x̄_b).
    func comoment(_ a: Int, _ b: Int) -> Double {
        let f = folded()
        let (i, j) = a <= b ? (a, b) : (b, a)
        let k = i * count - i * (i - 1) / 2 + (j - i)
        return f.product(k) - f.sumTotals[i].value * f.sumTotals[j].value / Double(n)
    }

    /// Whether variable a is constant: its centred square sum is below 1e-12 of its raw one (or n < 2).
    func isConstant(_ a: Int) -> Bool {
        let k = a * count - a * (a - 1) / 2
        return n < 2 || comoment(a, a) <= 1e-12 * folded().product(k)
    }

    /// Pearson r of a and b; nil when either is constant.
    func correlation(_ a: Int, _ b: Int) -> Double? {
        guard !isConstant(a), !isConstant(b) else { return nil }
        let saa = comoment(a, a), sbb = comoment(b, b)
        return comoment(a, b) / (saa * sbb).squareRoot()
    }
}
