import Foundation

/// 问卷星 (wjx.cn) CSV: leading `序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP`, questions `1、题干`,
/// matrix rows `1、题干—行`; `(跳过)`, `-2`, `-3` for skipped; `┋` between several choices.
enum WJXDialect: SurveyDialect {
    static let format = SurveyFormat.wjx

    /// 问卷星's own fields.
    static let metadataHeaders: Set<String> = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "总分", "用户ID", "答题序号"]

    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout {
        var layout = try PlainDialect.layout(headerRows: headerRows, path: path)
        layout.format = .wjx
        for i in layout.columns.indices {
            let text = layout.columns[i].text
            layout.columns[i].id = nil
            if metadataHeaders.contains(text) { layout.columns[i].isMetadata = true }
            if let stem = stripQuestionNumber(text), layout.columns[i].rowLabel == nil {
                layout.columns[i].question = stem
            }
        }
        layout.skipMarkers = ["(跳过)", "（跳过）", "(空)", "（空）"]
        layout.negativeIsNotApplicable = true
        layout.multiChoiceSeparator = "┋"
        layout.hasFillInText = true
        return layout
    }

    /// The choice without its `〖fill-in text〗` (`其他〖夜班排班〗` → `其他`); the text unchanged when it has none.
    static func choiceWithoutFillIn(_ text: String) -> String {
        guard let open = text.firstIndex(of: "〖") else { return text }
        var result = String(text[..<open])
        var rest = text[open...]
        while let start = rest.firstIndex(of: "〖") {
            result += rest[..<start]
            guard let end = rest[start...].firstIndex(of: "〗") else { rest = ""; break }
            rest = rest[rest.index(after: end)...]
        }
        result += rest
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// `(3, 入职第一天)` from the coded ("Original") header `第3题(入职第一天)`; nil for other headers.
    static func codedRow(_ text: String) -> (question: String, row: String)? {
        let t = ImportText.normalized(text)
        guard t.hasPrefix("第"), let ti = t.firstIndex(of: "题") else { return nil }
        let number = t[t.index(after: t.startIndex)..<ti]
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let rest = t[t.index(after: ti)...]
        guard let open = rest.first, open == "(" || open == "（", let close = rest.last, close == ")" || close == "）" else { return nil }
        let row = rest.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        return row.isEmpty ? nil : (String(t[..<rest.startIndex]), row)
    }

    /// `您的部门？` from `1、您的部门？` (also `1.` and `Q1.`), or nil when there is no number.
    static func stripQuestionNumber(_ text: String) -> String? {
        var scalars = Substring(text)
        if scalars.hasPrefix("Q") || scalars.hasPrefix("q") { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = scalars.dropFirst(digits.count)
        guard let separator = rest.first, "、.．:：".contains(separator) else { return nil }
        let stem = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        return stem.isEmpty ? nil : stem
    }
}
