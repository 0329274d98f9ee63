/// Joint frequency tables of every pair of rating variables (codes 0…K, 0 = not answered): for variables a ≤ b,
/// counts[a, b][code_a, code_b]. Ratings are small integers, so these tables are exact sufficient statistics of
/// everything pairwise the analysis needs — available-case sums and co-moments (`PairwiseMoments`), Spearman's ρ
/// (`RankTable`), penalty-reward contrasts — and a respondent costs one increment per pair, no floating point.
/// Memory is Σ_{a≤b} (K_a + 1)(K_b + 1) counters, independent of the number of respondents; tables of disjoint
/// groups add.
struct JointCounts: Sendable, Hashable {
    /// Categories per variable (K; codes run 0…K).
    let categories: [Int]
    /// Start of each pair's table in `counts` (upper triangle, row-major).
    private let offsets: [Int]
    /// The counts.
    private(set) var counts: [UInt32]

    init(categories: [Int]) {
        self.categories = categories
        let p = categories.count
        var offsets: [Int] = []
        var total = 0
        for a in 0..<p { for b in a..<p { offsets.append(total); total += (categories[a] + 1) * (categories[b] + 1) } }
        self.offsets = offsets
        counts = [UInt32](repeating: 0, count: total)
    }

    var count: Int { categories.count }

    @inline(__always) private func pairIndex(_ a: Int, _ b: Int) -> Int {
        let p = categories.count
        return a * p - a * (a - 1) / 2 + (b - a)
    }

    /// Adds one respondent: `codes[k]` is variable k's code (0 = not answered).
    @inline(__always) mutating func add(_ codes: UnsafePointer<UInt8>) {
        let p = categories.count
        categories.withUnsafeBufferPointer { cats in
        counts.withUnsafeMutableBufferPointer { c in
            var k = 0
            for a in 0..<p {
                let row = Int(codes[a])
                for b in a..<p {
                    c[offsets[k] + row * (cats[b] + 1) + Int(codes[b])] &+= 1
                    k += 1
                }
            }
        }}
    }

    /// Count of respondents with code x on a and y on b (a ≤ b).
    func count(_ a: Int, _ b: Int, _ x: Int, _ y: Int) -> Int {
        Int(counts[offsets[pairIndex(a, b)] + x * (categories[b] + 1) + y])
    }

    /// Tables of two disjoint groups together.
    static func + (lhs: JointCounts, rhs: JointCounts) -> JointCounts {
        var sum = lhs
        for k in sum.counts.indices { sum.counts[k] &+= rhs.counts[k] }
        return sum
    }

    /// Marginal counts of variable a (codes 0…K).
    func marginal(_ a: Int) -> [Int] {
        var m = [Int](repeating: 0, count: categories[a] + 1)
        for x in 0...categories[a] { for y in 0...categories[a] { m[x] += count(a, a, x, y) } }
        return m
    }

    /// Available-case moments of the variables with values value = base[k] + code.
    func moments(bases: [Int]) -> PairwiseMoments {
        let p = count
        var m = PairwiseMoments(count: p)
        for a in 0..<p {
            for b in a..<p {
                var n = 0, sa = 0, sb = 0, qa = 0, qb = 0, ab = 0
                for x in 1...max(categories[a], 1) where x <= categories[a] {
                    let va = bases[a] + x
                    for y in 1...max(categories[b], 1) where y <= categories[b] {
                        let c = count(a, b, x, y)
                        guard c > 0 else { continue }
                        let vb = bases[b] + y
                        n += c; sa += c * va; sb += c * vb; qa += c * va * va; qb += c * vb * vb; ab += c * va * vb
                    }
                }
                m.set(a, b, n: Double(n), sumA: Double(sa), sumB: Double(sb), squaresA: Double(qa), squaresB: Double(qb),
                      products: Double(ab))
            }
        }
        return m
    }

    /// The joint table of a (rows) and b (columns) as a `RankTable` (a < b).
    func rankTable(_ a: Int, _ b: Int) -> RankTable {
        var t = RankTable(xCategories: categories[a], yCategories: categories[b])
        for x in 1...max(categories[a], 1) where x <= categories[a] {
            for y in 1...max(categories[b], 1) where y <= categories[b] {
                t.add(x: UInt8(x), y: UInt8(y), count: Double(count(a, b, x, y)))
            }
        }
        return t
    }
}
