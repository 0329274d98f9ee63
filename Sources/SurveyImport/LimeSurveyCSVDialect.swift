/// LimeSurvey's CSV export ("Export responses" → CSV): one header row, either field codes (`id, submitdate,
/// lastpage, startlanguage, …, Q1, Q2[SQ001]`) or full headings (`Response ID, Date submitted, …,
/// Rate each stage [Offer]`); answers as codes (`A4`) or full text; an incomplete response has no submit date,
/// filtered as for the VV and XML exports.
enum LimeSurveyCSVDialect: SurveyDialect {
    static let format = SurveyFormat.limeSurveyCSV

    /// LimeSurvey's own fields in full-heading exports.
    static let metadataHeadings: Set<String> = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Token",
                                                "Date started", "Date last action", "IP address", "Referrer URL",
                                                "Total time", "Group time", "Question time"]

    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout {
        var layout = try PlainDialect.layout(headerRows: headerRows, path: path)
        layout.format = .limeSurveyCSV
        for i in layout.columns.indices {
            let text = layout.columns[i].text
            if LimeSurveyVVDialect.metadataCodes.contains(text) || metadataHeadings.contains(text)
                || text == "interviewtime" || text.hasPrefix("groupTime") || (text.hasSuffix("Time") && !text.contains(" ")) {
                layout.columns[i].isMetadata = true
            }
        }
        let header = headerRows[0]
        layout.submitDateColumn = header.firstIndex(of: "submitdate") ?? header.firstIndex(of: "Date submitted")
        layout.skipMarkers = ["{question_not_shown}", "N/A"]
        layout.usesAnswerCodes = true
        return layout
    }
}
