/// Google Forms (Sheets) CSV: `Timestamp` first, one column per question title, grids as `Question [Row]`.
enum GoogleFormsDialect: SurveyDialect {
    static let format = SurveyFormat.googleForms

    /// The first header in the languages Forms is used in.
    static let timestampHeaders: Set<String> = ["Timestamp", "时间戳记", "时间戳", "時間戳記", "Marca temporal", "Horodateur", "Zeitstempel", "タイムスタンプ"]
    /// Forms' own fields.
    static let metadataHeaders: Set<String> = timestampHeaders.union(["Email Address", "电子邮件地址", "Score", "分数"])

    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout {
        var layout = try PlainDialect.layout(headerRows: headerRows, path: path)
        layout.format = .googleForms
        for i in layout.columns.indices where metadataHeaders.contains(layout.columns[i].text) {
            layout.columns[i].isMetadata = true
        }
        return layout
    }
}
