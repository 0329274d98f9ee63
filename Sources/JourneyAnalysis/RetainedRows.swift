/// A bounded, seeded sample of whole respondent rows (their rating codes), for the few computations that need
/// individual respondents: bootstrap intervals on small groups, the key-driver stability bootstrap, complete cases.
///
/// Up to `capacity` rows every row is kept, in file order, so any group of at most `capacity` respondents per
/// cell is analysed exactly as from the full data. Beyond it, reservoir sampling (Vitter 1985, Algorithm R, drawn
/// with `SplitMix64` from a fixed seed) keeps a uniform random sample of `capacity` rows: memory is
/// capacity × width bytes whatever the number of respondents.
struct RetainedRows: Sendable {
    /// Codes per row.
    let width: Int
    /// Rows kept at most (nil: every row).
    let capacity: Int?
    /// The kept rows' codes, `width` per row.
    private(set) var codes: [UInt8] = []
    /// The kept rows' positions in the file (respondent ordinal), to restore file order.
    private(set) var positions: [Int] = []
    /// Rows offered.
    private(set) var seen = 0
    private var generator: SplitMix64

    init(width: Int, capacity: Int?, seed: UInt64 = 0x5EED_0F_C0DE5) {
        self.width = width
        self.capacity = capacity
        generator = SplitMix64(seed: seed)
    }

    /// Every offered row is kept.
    var isComplete: Bool { positions.count == seen }
    var count: Int { positions.count }

    /// Offers one row.
    mutating func offer(_ row: UnsafePointer<UInt8>, position: Int) {
        seen += 1
        if capacity == nil || positions.count < capacity! {
            codes.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
            positions.append(position)
            return
        }
        let j = generator.index(below: seen)
        guard j < capacity! else { return }
        for k in 0..<width { codes[j * width + k] = row[k] }
        positions[j] = position
    }

    /// Row r's code at slot s.
    @inline(__always) func code(_ r: Int, _ s: Int) -> UInt8 { codes[r * width + s] }

    /// Several cells' rows as one group: every row in file order when each cell kept all of its rows; otherwise a
    /// uniform seeded sample of the union of at most the largest capacity, drawn cell by cell in proportion to the
    /// rows each cell saw (sequential multivariate hypergeometric draws), then put in file order.
    static func merged(_ parts: [RetainedRows], width: Int) -> RetainedRows {
        var result = RetainedRows(width: width, capacity: nil)
        if parts.allSatisfy(\.isComplete) {
            var order: [(position: Int, part: Int, row: Int)] = []
            for (p, part) in parts.enumerated() { for r in 0..<part.count { order.append((part.positions[r], p, r)) } }
            order.sort { $0.position < $1.position }
            result.codes.reserveCapacity(order.count * width)
            for o in order {
                result.codes.append(contentsOf: parts[o.part].codes[(o.row * width)..<(o.row * width + width)])
                result.positions.append(o.position)
            }
            result.seen = order.count
            return result
        }
        let size = parts.compactMap(\.capacity).max() ?? 0
        var generator = SplitMix64(seed: 0x5A_3B_1E_C0DE)
        // Each part's kept rows in a seeded random order, so taking a prefix is a uniform draw from the part.
        var pools: [[Int]] = parts.map { part in
            var order = Array(0..<part.count)
            for k in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(k, generator.index(below: k + 1)) }
            return order
        }
        var remaining = parts.map(\.seen)
        var total = remaining.reduce(0, +)
        var taken: [(position: Int, part: Int, row: Int)] = []
        while taken.count < min(size, total), total > 0 {
            var pick = generator.index(below: total), p = 0
            while pick >= remaining[p] { pick -= remaining[p]; p += 1 }
            remaining[p] -= 1
            total -= 1
            guard let r = pools[p].popLast() else { continue }
            taken.append((parts[p].positions[r], p, r))
        }
        taken.sort { $0.position < $1.position }
        for o in taken {
            result.codes.append(contentsOf: parts[o.part].codes[(o.row * width)..<(o.row * width + width)])
            result.positions.append(o.position)
        }
        result.seen = parts.map(\.seen).reduce(0, +)
        return result
    }
}

/// Complete-case sums and cross-products of p variables (Σx_a, Σx_a·x_b over the respondents with all p), the
/// sufficient statistics of an ordinary least-squares fit and of a Pearson correlation matrix. Mergeable.
struct CrossProducts: Sendable, Hashable {
    let count: Int
    private(set) var n = 0
    private(set) var sums: [Double]
    /// Upper triangle including the diagonal, row-major over a ≤ b.
    private(set) var products: [Double]

    init(count: Int) {
        self.count = count
        sums = [Double](repeating: 0, count: count)
        products = [Double](repeating: 0, count: count * (count + 1) / 2)
    }

    mutating func add(_ x: UnsafeBufferPointer<Double>) {
        n += 1
        var k = 0
        for a in 0..<count {
            let xa = x[a]
            sums[a] += xa
            for b in a..<count { products[k] += xa * x[b]; k += 1 }
        }
    }

    static func + (lhs: CrossProducts, rhs: CrossProducts) -> CrossProducts {
        var s = lhs
        s.n += rhs.n
        for k in s.sums.indices { s.sums[k] += rhs.sums[k] }
        for k in s.products.indices { s.products[k] += rhs.products[k] }
        return s
    }

    /// Centred co-moment Σ(x_a − x̄_a)(x_b − x̄_b).
    func comoment(_ a: Int, _ b: Int) -> Double {
        let (i, j) = a <= b ? (a, b) : (b, a)
        let k = i * count - i * (i - 1) / 2 + (j - i)
        return products[k] - sums[i] * sums[j] / Double(n)
    }

    /// Whether variable a is constant: its centred square sum is below 1e-12 of its raw one (or n < 2).
    func isConstant(_ a: Int) -> Bool {
        let k = a * count - a * (a - 1) / 2
        return n < 2 || comoment(a, a) <= 1e-12 * products[k]
    }

    /// Pearson r of a and b; nil when either is constant.
    func correlation(_ a: Int, _ b: Int) -> Double? {
        guard !isConstant(a), !isConstant(b) else { return nil }
        let saa = comoment(a, a), sbb = comoment(b, b)
        return comoment(a, b) / (saa * sbb).squareRoot()
    }
}
