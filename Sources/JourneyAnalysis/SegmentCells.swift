import JourneyModel

/// The cells of a responses file's segment columns: respondents grouped by their combination of segment values
/// (a missing value counts as a value of its own). Every group the tool can report — the whole file, a `--where`
/// selection, a `--by` group — is a union of cells, so the anonymity rules of METHODS.md §4.3 reason about cells.
struct SegmentCells: Sendable {
    /// The segment column names, in the order of the responses file.
    let names: [String]
    /// Each column's levels, sorted so that cell numbering never depends on row order.
    let levels: [[String]]
    /// Per cell, the level index in each column; `levels[c].count` stands for "missing".
    let keys: [[Int]]
    /// Per cell (numbered by sorted key), its index among the tally's cells.
    let tallyCells: [Int]
    /// Whether column c has respondents without a value.
    let hasMissing: [Bool]

    /// The cells of a tally.
    init(_ tally: ResponseTally) {
        names = tally.layout.segmentNames
        let levels = tally.segmentLevels.map { $0.sorted() }
        self.levels = levels
        // Map each column's codes (0 = missing, k = levels[k − 1] in appearance order) to sorted positions.
        let remap: [[Int]] = zip(tally.segmentLevels, levels).map { appearance, sorted in
            let position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element, $0.offset) })
            return [sorted.count] + appearance.map { position[$0]! }
        }
        let keys = tally.cellKeys.map { key in key.indices.map { remap[$0][Int(key[$0])] } }
        // Number cells by their keys, not by first appearance, so the policy is the same for any row order.
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        self.keys = order.map { keys[$0] }
        tallyCells = order
        hasMissing = names.indices.map { tally.hasMissing(column: $0) }
    }

    /// Number of non-empty cells.
    var count: Int { keys.count }

    /// The column index of a segment column name.
    func columnIndex(_ name: String) -> Int? { names.firstIndex(of: name) }

    /// The level index of `value` in column `c`, `levels[c].count` for nil (missing), nil for a value not in the file.
    func levelIndex(column c: Int, value: String?) -> Int? {
        guard let value else { return levels[c].count }
        return levels[c].firstIndex(of: value)
    }

    /// The cells whose key satisfies every `(column, allowed levels)` condition.
    func cells(where conditions: [(column: Int, levels: Set<Int>)]) -> [Int] {
        keys.indices.filter { cell in conditions.allSatisfy { $0.levels.contains(keys[cell][$0.column]) } }
    }

    /// Per cell, a count taken from the cell's tally (e.g. the respondents who answered an item).
    func weights(_ tally: ResponseTally, counting count: (CellTally) -> Int) -> [Int] {
        tallyCells.map { count(tally.cells[$0]) }
    }
}
