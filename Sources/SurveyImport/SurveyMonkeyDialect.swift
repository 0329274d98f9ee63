/// SurveyMonkey CSV: row 1 question text (a question spanning several columns names only its first;
/// forward-filled here), row 2 sub-labels (`Response`, `Open-Ended Response`, a choice or a matrix row).
enum SurveyMonkeyDialect: SurveyDialect {
    static let format = SurveyFormat.surveyMonkey

    /// SurveyMonkey's own fields.
    static let metadataTexts: Set<String> = [
        "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name",
        // The older layout (before 2017), as in mikegleen/hrm_eval src/clean_title.py.
        "RespondentID", "CollectorID", "StartDate", "EndDate", "LastName", "Custom Data",
    ]
    /// Sub-labels that mean "the question itself" rather than a row.
    static let plainSubLabels: Set<String> = ["Response", "Open-Ended Response", ""]

    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout {
        guard headerRows.count >= 2 else {
            throw .invalid(path, "a SurveyMonkey export has two header rows (questions, then sub-labels); this file has \(headerRows.count)",
                           zh: "SurveyMonkey 导出文件有两行表头（题目，然后是子标签）；这个文件有 \(headerRows.count) 行")
        }
        let questions = headerRows[0], subs = headerRows[1]
        var columns: [SurveyColumn] = []
        var current = ""
        for index in 0..<max(questions.count, subs.count) {
            let header = index < questions.count ? questions[index] : ""
            if !header.isEmpty { current = header }
            let sub = index < subs.count ? subs[index] : ""
            let isMetadata = index < 12 && (metadataTexts.contains(header) || header.hasPrefix("Custom Data") || header.hasPrefix("CustomData"))
            if isMetadata || plainSubLabels.contains(sub) {
                columns.append(SurveyColumn(index: index, text: header.isEmpty ? current : header, isMetadata: isMetadata))
            } else {
                columns.append(SurveyColumn(index: index, text: current + " - " + sub, question: current, rowLabel: sub))
            }
        }
        return SurveyLayout(format: .surveyMonkey, headerRowCount: 2, columns: columns)
    }
}
