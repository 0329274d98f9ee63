/// The kept rows of an import, held compactly (one byte per answer, one optional text per segment or comment
/// cell) until every row is read: the respondent order is then shuffled and duplicates resolved before
/// anything reaches the responses file.
struct RowBuffer: ResponseSink {
    private let ratingCount: Int
    private let textCount: Int
    private var codes: [UInt8] = []
    private var texts: [String?] = []
    /// Per row, a hash of its respondent id (0 = no id), when the import has a respondent id column.
    private(set) var idHashes: [UInt64] = []
    /// Per row, its record number in the export (for messages about duplicates).
    private(set) var rowNumbers: [UInt32] = []
    /// Number of rows held.
    private(set) var count = 0

    init(layout: ResponsesLayout) {
        ratingCount = layout.ratingIndices.count
        textCount = layout.textIndices.count
    }

    /// Reserves room for about `rows` rows, so the buffer does not grow by doubling (and copying) as it fills.
    mutating func reserve(rows: Int, withIDs: Bool) {
        guard rows > 0 else { return }
        codes.reserveCapacity(rows * ratingCount)
        texts.reserveCapacity(rows * textCount)
        rowNumbers.reserveCapacity(rows)
        if withIDs { idHashes.reserveCapacity(rows) }
    }

    mutating func append(_ row: NormalizedRow) throws(ImportError) {
        append(row, idHash: nil, rowNumber: 0)
    }

    /// Appends a row with the hash of its respondent id (nil when the import has no id column).
    mutating func append(_ row: NormalizedRow, idHash: UInt64?, rowNumber: Int) {
        codes.append(contentsOf: row.codes)
        texts.append(contentsOf: row.texts)
        if let idHash {
            if idHashes.count < count { idHashes.append(contentsOf: repeatElement(0, count: count - idHashes.count)) }
            idHashes.append(idHash)
        }
        rowNumbers.append(UInt32(truncatingIfNeeded: rowNumber))
        count += 1
    }

    /// Row `index` copied into `row`.
    func load(_ index: Int, into row: inout NormalizedRow) {
        for k in 0..<ratingCount { row.codes[k] = codes[index * ratingCount + k] }
        for k in 0..<textCount { row.texts[k] = texts[index * textCount + k] }
    }

    /// The text in slot `slot` (a segment or comment column) of the given rows.
    func texts(inSlot slot: Int, rows: [Int]) -> [String?] {
        rows.map { texts[$0 * textCount + slot] }
    }
}
