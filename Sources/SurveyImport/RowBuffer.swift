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
    /// Where record numbers jump (a skipped, malformed or blank record before the row): (row index, its record
    /// number). Between jumps rows are consecutive records, so a million rows cost a few entries, not 4 MB.
    private var rowNumberJumps: [(index: Int, row: Int)] = []
    private var lastRowNumber = Int.min
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
        if rowNumber != lastRowNumber &+ 1 { rowNumberJumps.append((count, rowNumber)) }
        lastRowNumber = rowNumber
        count += 1
    }

    /// The export record number of row `index`.
    func rowNumber(_ index: Int) -> Int {
        var low = 0, high = rowNumberJumps.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if rowNumberJumps[mid].index <= index { low = mid } else { high = mid - 1 }
        }
        guard let jump = rowNumberJumps.indices.contains(low) ? rowNumberJumps[low] : nil else { return index + 1 }
        return jump.row + (index - jump.index)
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
