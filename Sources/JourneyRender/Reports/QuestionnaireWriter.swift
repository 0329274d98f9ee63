import JourneyModel

/// Output formats of `journeymap questions`.
public enum QuestionnaireFormat: String, Sendable, Hashable, CaseIterable {
    /// Question, then one answer per line, blank line between questions: pastes into 问卷星's text import or Qualtrics.
    case text
    /// A table to review in a workshop page.
    case markdown
    /// One row per question (UTF-8 with BOM, CRLF) with the column each answer must land in.
    case csv
}

/// One question of the questionnaire and the survey column its answers bind to.
public struct QuestionnaireItem: Sendable, Hashable {
    /// What kind of answer it takes.
    public enum Kind: String, Sendable, Hashable {
        case rating, importance, wish, comment, overall, enps
    }
    /// The column the journey binds (its `survey:` binding, else the touchpoint id, which binds by name).
    public var column: String
    /// The touchpoint it asks about; nil for journey-wide questions.
    public var touchpointID: String?
    /// The question as it should be asked, the touchpoint's name in brackets first so an import binds it by name.
    public var question: String
    /// What kind of answer.
    public var kind: Kind
    /// The answer scale; nil for free text.
    public var scale: RatingScale?
    /// One label per scale point (lowest first), or only the end points' labels when the scale has no standard wording.
    public var labels: [(value: Int, label: String)]

    public static func == (lhs: QuestionnaireItem, rhs: QuestionnaireItem) -> Bool {
        lhs.column == rhs.column && lhs.question == rhs.question && lhs.kind == rhs.kind && lhs.scale == rhs.scale
            && lhs.labels.map(\.value) == rhs.labels.map(\.value) && lhs.labels.map(\.label) == rhs.labels.map(\.label)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(column); hasher.combine(question) }
}

/// Builds the questionnaire a facilitator pastes into 问卷星 or Qualtrics: one rating question per touchpoint (its
/// `question:`, else a plain one), answered on the journey's scale with the journey's own answer texts when its
/// survey block labels every point (else the standard wording), plus importance, wish and comment questions where the journey binds
/// those columns, and the overall rating, eNPS and journey-wide comment when the survey block binds them.
public enum QuestionnaireWriter {
    /// The questions in journey order, journey-wide ones last.
    public static func items(_ journey: Journey, language: JourneyLanguage? = nil) -> [QuestionnaireItem] {
        let lang = language ?? journey.language
        var items: [QuestionnaireItem] = []
        let ratingLabels = journeyLabels(journey, journey.scale) ?? labels(.rating, journey.scale, lang)
        for tp in journey.touchpoints {
            let name = TextSanitizer.displayText(tp.name)
            let bracket = QuestionnaireLabels.bracket(name).text(in: lang)
            let own = tp.question.map(TextSanitizer.displayText)
            items.append(QuestionnaireItem(column: tp.survey?.score ?? tp.id, touchpointID: tp.id,
                                           question: bracket + (own ?? QuestionnaireLabels.rating.text(in: lang)),
                                           kind: .rating, scale: journey.scale, labels: ratingLabels))
            if let column = tp.survey?.importance {
                items.append(QuestionnaireItem(column: column, touchpointID: tp.id, question: bracket + QuestionnaireLabels.importance.text(in: lang),
                                               kind: .importance, scale: journey.importanceScale,
                                               labels: labels(.importance, journey.importanceScale, lang)))
            }
            if let column = tp.survey?.wish {
                items.append(QuestionnaireItem(column: column, touchpointID: tp.id, question: bracket + QuestionnaireLabels.wish.text(in: lang),
                                               kind: .wish, scale: journey.scale, labels: labels(.wish, journey.scale, lang)))
            }
            if let column = tp.survey?.comment {
                items.append(QuestionnaireItem(column: column, touchpointID: tp.id, question: bracket + QuestionnaireLabels.comment.text(in: lang),
                                               kind: .comment, scale: nil, labels: []))
            }
        }
        if let column = journey.survey?.overall {
            items.append(QuestionnaireItem(column: column, touchpointID: nil,
                                           question: QuestionnaireLabels.overall(TextSanitizer.displayText(journey.title)).text(in: lang),
                                           kind: .overall, scale: journey.overallScale, labels: labels(.overall, journey.overallScale, lang)))
        }
        if let column = journey.survey?.enps {
            items.append(QuestionnaireItem(column: column, touchpointID: nil, question: QuestionnaireLabels.enps.text(in: lang),
                                           kind: .enps, scale: .recommend, labels: labels(.enps, .recommend, lang)))
        }
        if let column = journey.survey?.comment {
            items.append(QuestionnaireItem(column: column, touchpointID: nil, question: QuestionnaireLabels.journeyComment.text(in: lang),
                                           kind: .comment, scale: nil, labels: []))
        }
        return items
    }

    /// The journey's own answer texts (`survey: labels:`) when they name every point of `scale`, one per point (the
    /// alphabetically first when several texts map to one point).
    static func journeyLabels(_ journey: Journey, _ scale: RatingScale) -> [(value: Int, label: String)]? {
        guard let labels = journey.survey?.labels, !labels.isEmpty else { return nil }
        var result: [(value: Int, label: String)] = []
        for value in scale.min...scale.max {
            guard let label = labels.filter({ $0.value == Double(value) }).map(\.key).sorted().first else { return nil }
            result.append((value, label))
        }
        return result
    }

    /// Labels for every point of a standard 5-point scale, else for the end points only.
    static func labels(_ kind: QuestionnaireItem.Kind, _ scale: RatingScale, _ lang: JourneyLanguage) -> [(value: Int, label: String)] {
        let words = QuestionnaireLabels.scaleWords(kind)
        if scale.pointCount == 5, words.count == 5 {
            return (0..<5).map { (scale.min + $0, words[$0].text(in: lang)) }
        }
        return [(scale.min, words.first!.text(in: lang)), (scale.max, words.last!.text(in: lang))]
    }

    /// The questionnaire in `format`; deterministic.
    public static func render(_ journey: Journey, format: QuestionnaireFormat, language: JourneyLanguage? = nil) -> String {
        let lang = language ?? journey.language
        let items = items(journey, language: lang)
        switch format {
        case .text: return text(journey, items, lang)
        case .markdown: return markdown(journey, items, lang)
        case .csv: return csv(items, lang)
        }
    }

    /// "1 = 非常不满意 … 5 = 非常满意" or every point when each has a label.
    static func answerLine(_ item: QuestionnaireItem, _ lang: JourneyLanguage) -> String {
        guard let scale = item.scale else { return QuestionnaireLabels.openText.text(in: lang) }
        let every = item.labels.count == scale.pointCount
        return item.labels.map { "\($0.value) = \($0.label)" }.joined(separator: every ? (lang == .zh ? "，" : ", ") : " … ")
    }

    private static func text(_ journey: Journey, _ items: [QuestionnaireItem], _ lang: JourneyLanguage) -> String {
        var out = QuestionnaireLabels.heading(TextSanitizer.displayText(journey.title), count: items.count).text(in: lang) + "\n"
        for (index, item) in items.enumerated() {
            out += "\n\(index + 1). \(item.question)\n"
            guard let scale = item.scale else { out += QuestionnaireLabels.openText.text(in: lang) + "\n"; continue }
            if item.labels.count == scale.pointCount {
                out += item.labels.map { "\($0.label)\n" }.joined()
            } else {
                let byValue = Dictionary(item.labels.map { ($0.value, $0.label) }, uniquingKeysWith: { a, _ in a })
                out += (scale.min...scale.max).map { value in byValue[value].map { "\(value) \($0)\n" } ?? "\(value)\n" }.joined()
            }
        }
        out += "\n" + QuestionnaireLabels.columnsHeading.text(in: lang) + "\n"
        out += items.enumerated().map { "\($0 + 1) → \($1.column)\n" }.joined()
        return out
    }

    private static func markdown(_ journey: Journey, _ items: [QuestionnaireItem], _ lang: JourneyLanguage) -> String {
        let h = QuestionnaireLabels.tableHeader.map { $0.text(in: lang) }
        var out = "# " + MarkdownReportWriter.escape(QuestionnaireLabels.heading(TextSanitizer.displayText(journey.title), count: items.count).text(in: lang)) + "\n\n"
        out += "| " + h.joined(separator: " | ") + " |\n|---|---|---|---|\n"
        for (index, item) in items.enumerated() {
            out += "| \(index + 1) | `\(item.column.replacingOccurrences(of: "`", with: "'"))` | " + MarkdownReportWriter.escape(item.question)
                + " | " + MarkdownReportWriter.escape(answerLine(item, lang)) + " |\n"
        }
        return out
    }

    private static func csv(_ items: [QuestionnaireItem], _ lang: JourneyLanguage) -> String {
        var out = "\u{FEFF}" + QuestionnaireLabels.csvColumns.joined(separator: ",") + "\r\n"
        for item in items {
            let cells = [item.column, item.touchpointID ?? "", item.question, item.kind.rawValue,
                         item.scale.map { "\($0.min)" } ?? "", item.scale.map { "\($0.max)" } ?? "", answerLine(item, lang)]
            out += cells.map { CSVReportWriter.quoted(ReportCell.defused($0)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }
}

/// The questionnaire's own words, in both languages.
enum QuestionnaireLabels {
    static func heading(_ title: String, count: Int) -> LocalizedText {
        LocalizedText(en: "\(title) — questionnaire (\(count) question\(count == 1 ? "" : "s"))", zh: "\(title) — 问卷（\(count) 题）")
    }
    static func bracket(_ name: String) -> LocalizedText { LocalizedText(en: "[\(name)] ", zh: "【\(name)】") }
    static let rating = LocalizedText(en: "How satisfied are you with this part of your work?", zh: "你对这个环节的体验满意吗？")
    static func overall(_ title: String) -> LocalizedText {
        LocalizedText(en: "Looking back on \(title) as a whole, how satisfied are you?", zh: "回顾「\(title)」的整体经历，你有多满意？")
    }
    static let importance = LocalizedText(en: "How important is this part of your work to you?", zh: "这个环节对你有多重要？")
    static let wish = LocalizedText(en: "How much would you want the ideal version of it?", zh: "你有多想要它的理想版本？")
    static let comment = LocalizedText(en: "Anything you would like to add about it? (optional)", zh: "关于这个环节，你还想说什么？（选填）")
    static let enps = LocalizedText(en: "How likely are you to recommend this team as a place to work to a friend?",
                                    zh: "你有多大可能向朋友推荐来这个团队工作？")
    static let journeyComment = LocalizedText(en: "Any other suggestions? (optional)", zh: "其他建议？（选填）")
    static let openText = LocalizedText(en: "(free text)", zh: "（填空）")
    static let columnsHeading = LocalizedText(en: "Column for each question (name the survey's columns so, or keep the [name] in the question):",
                                              zh: "每题对应的列名（把问卷导出的列命名为它，或保留题目中的【名称】）：")
    static let tableHeader = [LocalizedText(en: "#", zh: "序号"), LocalizedText(en: "Column", zh: "列名"),
                              LocalizedText(en: "Question", zh: "题目"), LocalizedText(en: "Answers", zh: "选项")]
    static let csvColumns = ["column", "touchpoint", "question", "kind", "scale_min", "scale_max", "answers"]

    /// The words for each point of a 5-point scale of this kind (end points used for other scales).
    static func scaleWords(_ kind: QuestionnaireItem.Kind) -> [LocalizedText] {
        switch kind {
        case .rating, .overall, .comment:
            return [LocalizedText(en: "Very dissatisfied", zh: "非常不满意"), LocalizedText(en: "Dissatisfied", zh: "不满意"),
                    LocalizedText(en: "Neutral", zh: "一般"), LocalizedText(en: "Satisfied", zh: "满意"),
                    LocalizedText(en: "Very satisfied", zh: "非常满意")]
        case .importance:
            return [LocalizedText(en: "Not at all important", zh: "完全不重要"), LocalizedText(en: "Slightly important", zh: "不太重要"),
                    LocalizedText(en: "Moderately important", zh: "一般重要"), LocalizedText(en: "Very important", zh: "比较重要"),
                    LocalizedText(en: "Extremely important", zh: "非常重要")]
        case .wish:
            return [LocalizedText(en: "Not at all", zh: "完全不想要"), LocalizedText(en: "A little", zh: "有点想要"),
                    LocalizedText(en: "Somewhat", zh: "一般"), LocalizedText(en: "Quite a lot", zh: "比较想要"),
                    LocalizedText(en: "Very much", zh: "非常想要")]
        case .enps:
            return [LocalizedText(en: "Not at all likely", zh: "完全不可能"), LocalizedText(en: "Extremely likely", zh: "极有可能")]
        }
    }

    /// Every label, for the catalog test.
    static var all: [LocalizedText] {
        [heading("x", count: 2), rating, overall("x"), importance, wish, comment, enps, journeyComment, openText,
         columnsHeading] + tableHeader + [QuestionnaireItem.Kind.rating, .importance, .wish, .enps].flatMap(scaleWords)
    }
}
