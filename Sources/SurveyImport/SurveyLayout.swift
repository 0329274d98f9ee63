/// What a dialect reader learned from an export's header rows: its columns, and how to read its data rows
/// (which rows to skip, which cell values mean "not answered").
struct SurveyLayout: Sendable {
    /// The format the layout was read as.
    var format: SurveyFormat
    /// Rows before the data (1 for plain files, 3 for Qualtrics …).
    var headerRowCount: Int
    /// Every column, in row order.
    var columns: [SurveyColumn]
    /// Qualtrics `Status` column (keep 0, 4 and 16).
    var statusColumn: Int?
    /// Qualtrics `Finished` column.
    var finishedColumn: Int?
    /// Qualtrics `Progress` column.
    var progressColumn: Int?
    /// LimeSurvey `submitdate` column (empty = incomplete response).
    var submitDateColumn: Int?
    /// Cell values meaning "skipped" (besides empty cells).
    var skipMarkers: Set<String> = []
    /// Whether negative numbers on a scale that has none are "not applicable" codes (Qualtrics recodes, 问卷星 -2/-3).
    var negativeIsNotApplicable = false
    /// Whether cells use LimeSurvey VV escapes (`{newline}`, `{quote}` …).
    var usesVVEscapes = false
    /// Whether LimeSurvey answer codes like `A4` mean 4.
    var usesAnswerCodes = false
    /// Whether `┋` separates several choices in one cell (问卷星 multi-select).
    var multiChoiceSeparator: String?
    /// Whether a choice may carry fill-in text in `〖…〗` (问卷星 "other, please specify"): the choice is matched,
    /// the text kept only in a bound comment column.
    var hasFillInText = false
}

/// How a dialect reads header rows into a layout.
protocol SurveyDialect {
    /// The format the dialect reads.
    static var format: SurveyFormat { get }
    /// Builds the layout from the export's first rows (`headerRows` holds at least the header rows).
    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout
}
