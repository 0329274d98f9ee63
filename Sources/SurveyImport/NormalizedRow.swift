/// One respondent's normalized answers, reused from row to row: a `RatingColumn`-style code per rating
/// column (0 = missing, k = scale.min + k − 1) and a text per segment or comment column (nil = missing).
struct NormalizedRow {
    /// Codes, in the order of the layout's rating columns.
    var codes: [UInt8]
    /// Texts, in the order of the layout's text columns.
    var texts: [String?]

    init(layout: ResponsesLayout) {
        self.init(ratingCount: layout.ratingIndices.count, textCount: layout.textIndices.count)
    }

    /// An empty row of `ratingCount` codes and `textCount` texts.
    init(ratingCount: Int, textCount: Int) {
        codes = [UInt8](repeating: 0, count: ratingCount)
        texts = [String?](repeating: nil, count: textCount)
    }
}

/// Where normalized rows go: the responses file, or a `SurveyResponses` in memory.
protocol ResponseSink {
    /// Takes one respondent's row.
    mutating func append(_ row: NormalizedRow) throws(ImportError)
}
