import Foundation

/// LimeSurvey VV export: tab-separated (PHP `fputcsv`), line 1 question texts, line 2 field codes;
/// cells escape `{lbrace}`, `{newline}`, `{cr}`, `{tab}` and a leading `{quote}`; NULL is `{question_not_shown}`.
enum LimeSurveyVVDialect: SurveyDialect {
    static let format = SurveyFormat.limeSurveyVV

    /// LimeSurvey's own response fields.
    static let metadataCodes: Set<String> = ["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate",
                                             "datestamp", "ipaddr", "refurl", "optout"]

    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout {
        guard headerRows.count >= 2 else {
            throw .invalid(path, "a LimeSurvey VV file has two header lines (question texts, then field codes); this file has \(headerRows.count)",
                           zh: "LimeSurvey VV 文件有两行表头（题目文字，然后是字段代码）；这个文件有 \(headerRows.count) 行")
        }
        let texts = headerRows[0], codes = headerRows[1]
        var columns: [SurveyColumn] = []
        for (index, code) in codes.enumerated() {
            let text = index < texts.count ? unescape(texts[index]) : code
            columns.append(SurveyColumn(index: index, id: code, text: text, isMetadata: metadataCodes.contains(code)))
        }
        var layout = SurveyLayout(format: .limeSurveyVV, headerRowCount: 2, columns: columns)
        layout.submitDateColumn = codes.firstIndex(of: "submitdate")
        layout.skipMarkers = ["{question_not_shown}"]
        layout.usesVVEscapes = true
        layout.usesAnswerCodes = true
        return layout
    }

    /// Undoes LimeSurvey's "sunscreen": `{quote}` at the start, then `{newline}`, `{cr}`, `{tab}`, and `{lbrace}` last.
    static func unescape(_ text: String) -> String {
        guard text.contains("{") else { return text }
        var result = text
        if result.hasPrefix("{quote}") { result = "\"" + result.dropFirst(7) }
        result = result.replacingOccurrences(of: "{newline}", with: "\n")
            .replacingOccurrences(of: "{cr}", with: "\r")
            .replacingOccurrences(of: "{tab}", with: "\t")
            .replacingOccurrences(of: "{lbrace}", with: "{")
        return result
    }
}
