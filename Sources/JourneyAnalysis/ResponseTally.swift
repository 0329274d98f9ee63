import JourneyModel

/// Survey responses reduced, in one pass, to what the analysis needs: one `CellTally` per segment cell (each
/// distinct combination of segment values). Every finding of any group — the whole file, a filtered group, a
/// breakdown value — comes from merging its cells, and the anonymity policy decides on the cells' counts, so
/// memory depends on the columns and the cells, never on the number of respondents (METHODS.md §4.3 groups are
/// unions of cells). Fed one respondent at a time by the streaming reader of the responses file
/// (`ResponsesFile.tally`) or built from responses in memory (`init(journey:responses:options:)`).
public struct ResponseTally: Sendable {
    /// Rows a cell keeps for per-respondent computations when streaming a file (see `RetainedRows`): the peak-end
    /// Shapley bootstrap limit (5,000), so that bootstrap stays exact on every group it runs on.
    public static let defaultRetainedRows = 5_000

    /// The columns.
    public let layout: TallyLayout
    let context: TallyContext
    /// Respondents added.
    public private(set) var respondentCount = 0
    /// Per segment column, its values in order of first appearance.
    public private(set) var segmentLevels: [[String]]
    private var levelIndex: [[String: UInt32]]
    /// The cells, in order of first appearance, and each cell's key (per segment column: 0 = missing, k = level k).
    private(set) var cells: [CellTally] = []
    private(set) var cellKeys: [[UInt32]] = []
    private var cellIndex: [[UInt32]: Int] = [:]
    private var key: [UInt32]
    private var scratch: [Double]
    private var lastCell = -1
    /// With one segment column: per level code (0 = missing), its cell, or −1 before the first respondent with it
    /// (a direct lookup instead of hashing the key per row; rows of a shuffled file rarely repeat the last cell).
    private var cellByCode: [Int] = []

    /// An empty tally for a journey and a layout; `retainedRowsPerCell` nil keeps every row (exact, unbounded).
    public init(journey: Journey, layout: TallyLayout, options: AnalysisOptions = AnalysisOptions(),
                retainedRowsPerCell: Int? = ResponseTally.defaultRetainedRows) {
        self.layout = layout
        context = TallyContext(journey: journey, layout: layout, options: options, capacity: retainedRowsPerCell)
        segmentLevels = layout.segmentNames.map { _ in [] }
        levelIndex = layout.segmentNames.map { _ in [:] }
        key = [UInt32](repeating: 0, count: layout.segmentNames.count)
        scratch = [Double](repeating: .nan, count: journey.touchpoints.count)
    }

    /// The level code (1-based) of a segment value, registering new values; 0 for a missing value.
    public mutating func segmentCode(column: Int, value: String?) -> UInt32 {
        guard let value, !value.isEmpty else { return 0 }
        if let code = levelIndex[column][value] { return code }
        segmentLevels[column].append(value)
        let code = UInt32(segmentLevels[column].count)
        levelIndex[column][value] = code
        return code
    }

    /// Adds one respondent: `codes` one rating code per layout slot (0 = not answered), `segments` one level code
    /// per segment column (`segmentCode`), `comments` one text per comment column (journey-wide first, then the
    /// touchpoints with a comment column, in layout order; empty when there are none). `position` places the row for
    /// the row sample (`RetainedRows`): the byte offset of its record when streaming a file, so that any chunking
    /// of the file samples the same rows; nil numbers the rows 0, 1, 2, … as they are added.
    public mutating func add(codes: UnsafeBufferPointer<UInt8>, segments: UnsafeBufferPointer<UInt32>, comments: [String?] = [],
                             position: Int? = nil) {
        precondition(codes.count == layout.slots.count && segments.count == key.count)
        var cell: Int
        if segments.count == 1, Int(segments[0]) < cellByCode.count, cellByCode[Int(segments[0])] >= 0 {
            cell = cellByCode[Int(segments[0])]
        } else if lastCell >= 0, segments.elementsEqual(cellKeys[lastCell]) {
            cell = lastCell
        } else {
            for c in 0..<key.count { key[c] = segments[c] }
            if let existing = cellIndex[key] { cell = existing } else {
                cell = cells.count
                cellIndex[key] = cell
                cellKeys.append(key)
                cells.append(CellTally(context))
            }
            lastCell = cell
            if segments.count == 1 {
                let code = Int(segments[0])
                if code >= cellByCode.count { cellByCode += [Int](repeating: -1, count: code + 1 - cellByCode.count) }
                cellByCode[code] = cell
            }
        }
        let position = position ?? respondentCount
        respondentCount += 1
        scratch.withUnsafeMutableBufferPointer { s in
            cells[cell].add(context, codes: codes.baseAddress!, comments: comments, position: position, scratch: s)
        }
    }

    /// Reduces every cell's row sample to its rows (`RetainedRows.settle`): call once the rows are all added, before the
    /// samples are read one cell at a time (groups of cells select their rows either way).
    public mutating func settleSamples() {
        for k in cells.indices { cells[k].retained.settle() }
    }

    /// Adds the tally of the records that follow this tally's in the same file (the next chunk, tallied on another
    /// thread with the same journey, layout and options): afterwards this is exactly the tally of one pass over both.
    /// The other tally's segment values are renumbered into this one's order of first appearance and its cells are
    /// merged into the cells with the same values (`CellTally.absorb`) or appended, in their order of first appearance.
    public mutating func append(_ other: ResponseTally) {
        precondition(other.layout == layout && other.key.count == key.count)
        let recode: [[UInt32]] = other.segmentLevels.enumerated().map { c, levels in
            [0] + levels.map { segmentCode(column: c, value: $0) }
        }
        for (cell, otherKey) in zip(other.cells, other.cellKeys) {
            let mapped = otherKey.enumerated().map { c, code in recode[c][Int(code)] }
            if let existing = cellIndex[mapped] {
                cells[existing].absorb(cell)
            } else {
                cellIndex[mapped] = cells.count
                cellKeys.append(mapped)
                cells.append(cell)
            }
        }
        respondentCount += other.respondentCount
        lastCell = -1
        cellByCode = []
    }

    /// Builds the tally of responses in memory (every row kept, so results equal the in-memory analysis).
    public init(journey: Journey, responses: SurveyResponses, options: AnalysisOptions = AnalysisOptions(),
                rows: [Int]? = nil) {
        let layout = TallyLayout(of: responses)
        self.init(journey: journey, layout: layout, options: options, retainedRowsPerCell: nil)
        let columns: [RatingColumn] = (responses.overall.map { [$0] } ?? []) + (responses.enps.map { [$0] } ?? [])
            + responses.touchpoints.flatMap { a in [a.score] + [a.importance, a.wish, a.kanoFunctional, a.kanoDysfunctional].compactMap { $0 } }
        var commentColumns: [[String?]] = responses.journeyComments.map { [$0] } ?? []
        commentColumns += responses.touchpoints.compactMap(\.comments)
        var codes = [UInt8](repeating: 0, count: columns.count)
        var segments = [UInt32](repeating: 0, count: responses.segments.count)
        var texts = [String?](repeating: nil, count: commentColumns.count)
        for i in rows ?? Array(0..<responses.respondentCount) {
            for (s, column) in columns.enumerated() { codes[s] = i < column.count ? column.codes[i] : 0 }
            for (c, column) in responses.segments.enumerated() { segments[c] = segmentCode(column: c, value: column[i]) }
            for (c, column) in commentColumns.enumerated() { texts[c] = i < column.count ? column[i] : nil }
            codes.withUnsafeBufferPointer { p in segments.withUnsafeBufferPointer { q in add(codes: p, segments: q, comments: texts) } }
        }
    }

    /// The merged statistics of several cells (indices into `cells`).
    func group(_ members: [Int]) -> CellTally { CellTally.merged(members.map { cells[$0] }, context) }

    /// Respondents per level of segment column c (index k − 1 for level code k).
    public func levelCounts(column c: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: segmentLevels[c].count)
        for (cell, key) in zip(cells, cellKeys) where key[c] != 0 { counts[Int(key[c]) - 1] += cell.respondents }
        return counts
    }

    /// Whether some respondent has no value in segment column c.
    func hasMissing(column c: Int) -> Bool { cellKeys.contains { $0[c] == 0 } }

    /// Whether any answers are bound to a touchpoint.
    public func isBound(touchpointID: String) -> Bool { layout.touchpointIndex(touchpointID) != nil }
}
