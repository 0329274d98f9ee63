/// Joint frequency tables of every pair of rating variables (codes 1…K; 0 = not answered, not counted): for
/// variables a ≤ b, counts[a, b][code_a, code_b] over the respondents who answered both. Ratings are small
/// integers, so these tables are exact sufficient statistics of everything pairwise the analysis needs —
/// available-case sums and co-moments (`PairwiseMoments`), Spearman's ρ (`RankTable`), penalty-reward contrasts —
/// and a respondent costs one integer increment per pair of answered variables, no floating point.
/// Memory is Σ_{a≤b} (K_a + 1)(K_b + 1) counters, independent of the number of respondents; tables of disjoint
/// groups add.
///
/// Layout: the tables of variable a with every b ≥ a form one block, row `code_a` of the block holding the
/// b-tables side by side, so a respondent's increments for a are `block_a + code_a·width_a + column_b + code_b`,
/// where `column_b` is a prefix sum of the (K + 1) of the variables before b: per row the `column_b + code_b`
/// are computed once, and each pair costs one load and one add. The code-0 entries (never read) of the last
/// variable's column collect the padding increments of `add`, so they depend on the rows as the counts do.
struct JointCounts: Sendable, Hashable {
    /// Categories per variable (K; codes run 0…K).
    let categories: [Int]
    /// Per variable a: start of its block in `counts`, minus `columns[a]` (so adding `columns[b] + code_b` lands
    /// in the b-table).
    private let blocks: [Int]
    /// Per variable a: length of one row of its block, Σ_{b ≥ a} (K_b + 1).
    private let widths: [Int]
    /// Per variable b: Σ_{b' < b} (K_b' + 1).
    private let columns: [Int]
    /// The counts.
    private(set) var counts: [UInt32]

    init(categories: [Int]) {
        self.categories = categories
        let p = categories.count
        var columns: [Int] = [], column = 0
        for k in categories { columns.append(column); column += k + 1 }
        var blocks: [Int] = [], widths: [Int] = [], total = 0
        for a in 0..<p {
            let width = column - columns[a]
            blocks.append(total - columns[a])
            widths.append(width)
            total += (categories[a] + 1) * width
        }
        self.columns = columns
        self.blocks = blocks
        self.widths = widths
        counts = [UInt32](repeating: 0, count: total)
    }

    var count: Int { categories.count }

    /// Adds one respondent: `codes[k]` is variable k's code (0 = not answered). Only the answered variables are
    /// visited.
    @inline(__always) mutating func add(_ codes: UnsafePointer<UInt8>) { add(codes, slots: nil) }

    /// Adds one respondent whose variable k has the code `codes[slots[k]]` (`codes[k]` when `slots` is nil), read
    /// straight from the row's codes; returns the answered variables below 64 as bits (bit k: variable k answered),
    /// which is the row's missingness pattern for free.
    @inline(__always) @discardableResult
    mutating func add(_ codes: UnsafePointer<UInt8>, slots: UnsafePointer<Int>?) -> UInt64 {
        let p = categories.count
        var answered: UInt64 = 0
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * p + 3) { scratch in
            // Per answered variable: where its row of the block starts, and its column in the tables of the others.
            let rows = scratch.baseAddress!, column = rows + p
            var present = 0
            columns.withUnsafeBufferPointer { columns in
            blocks.withUnsafeBufferPointer { blocks in
            widths.withUnsafeBufferPointer { widths in
                // Bit b of the mask (0 once b reaches 64: the shifted-out bit).
                var bit: UInt64 = 1
                for b in 0..<p {
                    defer { bit &<<= 1 }
                    let code = Int(codes[slots.map { $0[b] } ?? b])
                    if code == 0 { continue }
                    answered |= bit
                    rows[present] = blocks[b] &+ code &* widths[b]
                    column[present] = columns[b] &+ code
                    present &+= 1
                }
            }}}
            // Up to three padding columns after the answered ones, so that the pairs of a row go four at a time with
            // no remainder loop: the last variable's code-0 column, inside every block and never read (`count` and
            // everything built on it take codes from 1).
            let padding = columns.last ?? 0
            column[present] = padding; column[present &+ 1] = padding; column[present &+ 2] = padding
            counts.withUnsafeMutableBufferPointer { c in
                let base = c.baseAddress!
                for i in 0..<present {
                    let row = base + rows[i]
                    var j = i
                    while j < present {
                        row[column[j]] &+= 1
                        row[column[j &+ 1]] &+= 1
                        row[column[j &+ 2]] &+= 1
                        row[column[j &+ 3]] &+= 1
                        j &+= 4
                    }
                }
            }
        }
        return answered
    }

    /// Count of respondents with code x on a and y on b (a ≤ b; x, y ≥ 1).
    func count(_ a: Int, _ b: Int, _ x: Int, _ y: Int) -> Int {
        Int(counts[blocks[a] + x * widths[a] + columns[b] + y])
    }

    /// Tables of two disjoint groups together.
    static func + (lhs: JointCounts, rhs: JointCounts) -> JointCounts {
        var sum = lhs
        for k in sum.counts.indices { sum.counts[k] &+= rhs.counts[k] }
        return sum
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
