import JourneyModel

/// The cells of a responses file's segment columns: respondents grouped by their combination of segment values
/// (a missing value counts as a value of its own). Every group the tool can report — the whole file, a `--where`
/// selection, a `--by` group — is a union of cells, so the anonymity rules of METHODS.md §4.3 reason about cells.
struct SegmentCells: Sendable {
    /// The segment columns, in the order of the responses file.
    let columns: [SegmentColumn]
    /// Each column's levels, sorted so that cell numbering never depends on row order.
    let levels: [[String]]
    /// Per cell, the level index in each column; `levels[c].count` stands for "missing".
    let keys: [[Int]]
    /// Per respondent, its cell.
    let cellOf: [Int32]

    /// Groups `respondentCount` respondents by the given segment columns.
    init(columns: [SegmentColumn], respondentCount: Int) {
        self.columns = columns
        let levels = columns.map { $0.levels.sorted() }
        self.levels = levels
        // Map each column's codes (0 = missing, k = levels[k − 1] in appearance order) to sorted positions.
        let remap: [[Int]] = zip(columns, levels).map { column, sorted in
            let position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element, $0.offset) })
            return [sorted.count] + column.levels.map { position[$0]! }
        }
        var keyIndex: [[Int]: Int32] = [:]
        var keys: [[Int]] = []
        var cellOf = [Int32](repeating: 0, count: respondentCount)
        var key = [Int](repeating: 0, count: columns.count)
        for i in 0..<respondentCount {
            for c in columns.indices { key[c] = remap[c][Int(columns[c].codes[i])] }
            if let cell = keyIndex[key] {
                cellOf[i] = cell
            } else {
                let cell = Int32(keys.count)
                keyIndex[key] = cell
                keys.append(key)
                cellOf[i] = cell
            }
        }
        // Number cells by their keys, not by first appearance, so the policy is the same for any row order.
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var renumber = [Int32](repeating: 0, count: keys.count)
        for (new, old) in order.enumerated() { renumber[old] = Int32(new) }
        self.keys = order.map { keys[$0] }
        self.cellOf = cellOf.map { renumber[Int($0)] }
    }

    /// Number of non-empty cells.
    var count: Int { keys.count }

    /// The column index of a segment column name.
    func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// The level index of `value` in column `c`, `levels[c].count` for nil (missing), nil for a value not in the file.
    func levelIndex(column c: Int, value: String?) -> Int? {
        guard let value else { return levels[c].count }
        return levels[c].firstIndex(of: value)
    }

    /// The cells whose key satisfies every `(column, allowed levels)` condition.
    func cells(where conditions: [(column: Int, levels: Set<Int>)]) -> [Int] {
        keys.indices.filter { cell in conditions.allSatisfy { $0.levels.contains(keys[cell][$0.column]) } }
    }

    /// Per cell, the number of respondents among `rows`-style predicate `counts(i)` (e.g. those who answered an item).
    func weights(respondentCount: Int, counting include: (Int) -> Bool) -> [Int] {
        var w = [Int](repeating: 0, count: count)
        for i in 0..<respondentCount where include(i) { w[Int(cellOf[i])] += 1 }
        return w
    }
}
