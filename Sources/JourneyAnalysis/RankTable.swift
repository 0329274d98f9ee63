/// Spearman's ρ of two rating items from their joint frequency table (a streaming-friendly sufficient statistic):
/// counts n_ab of respondents answering category a on x and b on y, both answered.
///
/// With ties given their average rank (midranks, as `scipy.stats.spearmanr`), every respondent in category a has
/// rank R_a = N_<a + (r_a + 1)/2 (N_<a: answers below a, r_a: answers in a), so ρ is the Pearson r of the
/// midranks weighted by the table: ρ = Σ n_ab (R_a − R̄)(S_b − S̄) / √(Σ r_a (R_a − R̄)² · Σ c_b (S_b − S̄)²)
/// (Spearman 1904; the tie correction is Kendall & Gibbons 1990, *Rank Correlation Methods*, ch. 3).
/// A (K_x + 1)·(K_y + 1) table replaces per-respondent arrays, and tables of disjoint groups add.
public struct RankTable: Sendable, Hashable {
    /// Categories of x and y (codes 1…K; code 0 = not answered is ignored).
    public let xCategories: Int, yCategories: Int
    /// Counts, row-major by x code then y code (codes 1…K at index code − 1).
    public private(set) var counts: [Double]

    /// An empty table.
    public init(xCategories: Int, yCategories: Int) {
        self.xCategories = xCategories
        self.yCategories = yCategories
        counts = [Double](repeating: 0, count: xCategories * yCategories)
    }

    /// Adds one respondent's codes (0 = not answered: skipped).
    public mutating func add(x: UInt8, y: UInt8) {
        guard x != 0, y != 0, Int(x) <= xCategories, Int(y) <= yCategories else { return }
        counts[(Int(x) - 1) * yCategories + Int(y) - 1] += 1
    }

    /// Adds `count` respondents with codes x and y (both answered).
    mutating func add(x: UInt8, y: UInt8, count: Double) {
        guard x != 0, y != 0, Int(x) <= xCategories, Int(y) <= yCategories else { return }
        counts[(Int(x) - 1) * yCategories + Int(y) - 1] += count
    }

    /// Both groups together.
    public static func + (lhs: RankTable, rhs: RankTable) -> RankTable {
        var sum = lhs
        for k in sum.counts.indices { sum.counts[k] += rhs.counts[k] }
        return sum
    }

    /// Spearman's ρ; nil with fewer than 2 pairs or a constant variable.
    public var spearman: Double? {
        var rows = [Double](repeating: 0, count: xCategories), columns = [Double](repeating: 0, count: yCategories)
        for a in 0..<xCategories { for b in 0..<yCategories { rows[a] += counts[a * yCategories + b]; columns[b] += counts[a * yCategories + b] } }
        let n = rows.reduce(0, +)
        guard n >= 2 else { return nil }
        func midranks(_ totals: [Double]) -> [Double] {
            var below = 0.0
            return totals.map { total in defer { below += total }; return below + (total + 1) / 2 }
        }
        let r = midranks(rows), s = midranks(columns)
        let mean = (n + 1) / 2          // the mean rank of 1…n, with or without ties
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for a in 0..<xCategories { sxx += rows[a] * (r[a] - mean) * (r[a] - mean) }
        for b in 0..<yCategories { syy += columns[b] * (s[b] - mean) * (s[b] - mean) }
        guard sxx > 0, syy > 0 else { return nil }
        for a in 0..<xCategories { for b in 0..<yCategories { sxy += counts[a * yCategories + b] * (r[a] - mean) * (s[b] - mean) } }
        return sxy / (sxx * syy).squareRoot()
    }
}
