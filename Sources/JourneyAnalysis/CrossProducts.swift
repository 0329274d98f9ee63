/// Complete-case sums and cross-products of p variables (Σx_a, Σx_a·x_b over the respondents with all p), the
/// sufficient statistics of an ordinary least-squares fit and of a Pearson correlation matrix. Mergeable, and the
/// same whatever order (or chunking of the file) the rows came in: the sums are `FixedPointSum`s, except the
/// products of two variables the caller marks as quarter-valued (multiples of 1/4 below 512 in magnitude, like
/// centred ratings, the overall rating and counts): those products are multiples of 1/16 below 2¹⁸, so a `Double`
/// sum of up to 2³¹ of them is exact — and exact sums do not depend on the order — at a third of the cost.
struct CrossProducts: Sendable, Hashable {
    let count: Int
    private(set) var n = 0
    private(set) var sums: [FixedPointSum]
    /// Upper triangle including the diagonal, row-major over a ≤ b (zero where `exact`).
    private(set) var products: [FixedPointSum]
    /// Per product (same layout): whether both variables are quarter-valued, and then its exact Double sum.
    let exact: [Bool]
    private(set) var exactProducts: [Double]
    /// The products of each kind as flat lists of (a, b, k) — variable a, variable b, index k in the layout above —
    /// so that a row's loop over each kind has no branch.
    private let exactTerms: [Int], fixedTerms: [Int]

    /// `quarterValued[a]`: variable a only takes multiples of 1/4 below 512 in magnitude (nil: none does).
    init(count: Int, quarterValued: [Bool]? = nil) {
        self.count = count
        sums = [FixedPointSum](repeating: FixedPointSum(), count: count)
        products = [FixedPointSum](repeating: FixedPointSum(), count: count * (count + 1) / 2)
        let quarters = quarterValued ?? [Bool](repeating: false, count: count)
        var exact: [Bool] = []
        for a in 0..<count { for b in a..<count { exact.append(quarters[a] && quarters[b]) } }
        self.exact = exact
        exactProducts = [Double](repeating: 0, count: exact.count)
        var exactTerms: [Int] = [], fixedTerms: [Int] = [], k = 0
        for a in 0..<count {
            for b in a..<count {
                if exact[k] { exactTerms += [a, b, k] } else { fixedTerms += [a, b, k] }
                k += 1
            }
        }
        self.exactTerms = exactTerms
        self.fixedTerms = fixedTerms
    }

    /// The sum of product k.
    private func product(_ k: Int) -> Double { exact[k] ? exactProducts[k] : products[k].value }

    /// Adds one row: every sum and every product of x, each kind of product in its own branch-free loop (the sums
    /// are the same as adding the terms in any other order).
    mutating func add(_ x: UnsafeBufferPointer<Double>) {
        n += 1
        let x = x.baseAddress!
        sums.withUnsafeMutableBufferPointer { sums in
            for a in 0..<count { sums[a].add(x[a]) }
        }
        exactProducts.withUnsafeMutableBufferPointer { exactProducts in
        exactTerms.withUnsafeBufferPointer { terms in
            let sums = exactProducts.baseAddress!, t = terms.baseAddress!
            var e = 0
            while e < terms.count {
                sums[t[e &+ 2]] += x[t[e]] * x[t[e &+ 1]]
                e &+= 3
            }
        }}
        products.withUnsafeMutableBufferPointer { products in
        fixedTerms.withUnsafeBufferPointer { terms in
            let sums = products.baseAddress!, t = terms.baseAddress!
            var e = 0
            while e < terms.count {
                sums[t[e &+ 2]].add(x[t[e]] * x[t[e &+ 1]])
                e &+= 3
            }
        }}
    }

    static func + (lhs: CrossProducts, rhs: CrossProducts) -> CrossProducts {
        var s = lhs
        s.n += rhs.n
        for k in s.sums.indices { s.sums[k] = s.sums[k] + rhs.sums[k] }
        for k in s.products.indices { s.products[k] = s.products[k] + rhs.products[k] }
        for k in s.exactProducts.indices { s.exactProducts[k] += rhs.exactProducts[k] }
        return s
    }

    /// Centred co-moment Σ(x_a − x̄_a)(x_b − x̄_b).
    func comoment(_ a: Int, _ b: Int) -> Double {
        let (i, j) = a <= b ? (a, b) : (b, a)
        let k = i * count - i * (i - 1) / 2 + (j - i)
        return product(k) - sums[i].value * sums[j].value / Double(n)
    }

    /// Whether variable a is constant: its centred square sum is below 1e-12 of its raw one (or n < 2).
    func isConstant(_ a: Int) -> Bool {
        let k = a * count - a * (a - 1) / 2
        return n < 2 || comoment(a, a) <= 1e-12 * product(k)
    }

    /// Pearson r of a and b; nil when either is constant.
    func correlation(_ a: Int, _ b: Int) -> Double? {
        guard !isConstant(a), !isConstant(b) else { return nil }
        let saa = comoment(a, a), sbb = comoment(b, b)
        return comoment(a, b) / (saa * sbb).squareRoot()
    }
}
