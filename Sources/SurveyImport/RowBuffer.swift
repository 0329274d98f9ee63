/// The kept rows of an import, held compactly (one byte per answer, one optional text per segment or comment
/// cell) until every row is read: the respondent order is then shuffled and duplicates resolved before
/// anything reaches the responses file.
struct RowBuffer: ResponseSink {
    private let ratingCount: Int
    private let textCount: Int
    private var codes: [UInt8] = []
    private var texts: [String?] = []
    /// Number of rows held.
    private(set) var count = 0

    init(layout: ResponsesLayout) {
        ratingCount = layout.ratingIndices.count
        textCount = layout.textIndices.count
    }

    mutating func append(_ row: NormalizedRow) throws(ImportError) {
        codes.append(contentsOf: row.codes)
        texts.append(contentsOf: row.texts)
        count += 1
    }

    /// Replaces row `index` (a later duplicate kept with `--dedupe last`).
    mutating func replace(_ index: Int, with row: NormalizedRow) {
        for k in 0..<ratingCount { codes[index * ratingCount + k] = row.codes[k] }
        for k in 0..<textCount { texts[index * textCount + k] = row.texts[k] }
    }

    /// Row `index` copied into `row`.
    func load(_ index: Int, into row: inout NormalizedRow) {
        for k in 0..<ratingCount { row.codes[k] = codes[index * ratingCount + k] }
        for k in 0..<textCount { row.texts[k] = texts[index * textCount + k] }
    }

    /// Every row's text in text slot `slot` (a segment or comment column), in buffer order.
    func texts(inSlot slot: Int) -> [String?] {
        (0..<count).map { texts[$0 * textCount + slot] }
    }
}
