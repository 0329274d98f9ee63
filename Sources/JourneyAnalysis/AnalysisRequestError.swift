import JourneyModel

/// Why a `--by` / `--where` request cannot be answered (exit 64 in the CLI).
public enum AnalysisRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Breakdowns and filters need survey responses.
    case needsResponses
    /// The column is not a segment column of the responses.
    case unknownSegment(column: String, available: [String])
    /// The filters select a group the release policy does not report. One case and one message for an empty group,
    /// a group under the minimum, and a group hidden so that a small group cannot be worked out from the others, so
    /// that a refusal never tells which of these it is.
    case groupNotReleasable(filters: [SegmentFilter], minimum: Int, reportable: [String])

    /// One line for the user, saying what would work, in English.
    public var description: String { description(in: .en) }

    /// One line for the user in `language`; the `error:` token stays English, as in every diagnostic.
    public func description(in language: JourneyLanguage) -> String {
        "error: " + text.text(in: language)
    }

    /// The message (without `error: `) in both languages.
    public var text: LocalizedText {
        switch self {
        case .needsResponses:
            return LocalizedText(
                en: "--by and --where need survey responses; import them first (journeymap import) or pass --responses FILE",
                zh: "--by 和 --where 需要问卷作答数据；请先导入（journeymap import），或用 --responses FILE 指定")
        case let .unknownSegment(column, available):
            let list = available.isEmpty
                ? LocalizedText(en: "the journey keeps no segment columns (add them under survey.segments)",
                                zh: "旅程没有保留任何分组列（在 survey.segments 下添加）")
                : LocalizedText(en: "segment columns: " + available.joined(separator: ", "),
                                zh: "可用的分组列：" + available.joined(separator: "、"))
            return LocalizedText(en: "\"\(column)\" is not a segment column; \(list.en)",
                                 zh: "\"\(column)\" 不是分组列；\(list.zh)")
        case let .groupNotReleasable(filters, minimum, reportable):
            let en = reportable.isEmpty ? "" : "; groups you can report: " + reportable.joined(separator: ", ")
            let zh = reportable.isEmpty ? "" : "；可以报告的分组：" + reportable.joined(separator: "、")
            return LocalizedText(
                en: "--where \(Self.describe(filters)) is not reported: it holds fewer than \(minimum) respondents, or reporting it would let a group under \(minimum) be worked out from other reports (anonymity minimum \(minimum))\(en)",
                zh: "--where \(Self.describe(filters, language: .zh)) 不予报告：该分组少于 \(minimum) 人，或者报告它会让另一个不足 \(minimum) 人的小群体从其他结果中被推算出来（匿名门槛 \(minimum)）\(zh)")
        }
    }

    /// `team=A or team=B and tenure=<1y`: values of one column are alternatives, columns must all match.
    static func describe(_ filters: [SegmentFilter], language: JourneyLanguage = .en) -> String {
        var columns: [String] = []
        var values: [String: [String]] = [:]
        for f in filters {
            if values[f.column] == nil { columns.append(f.column) }
            values[f.column, default: []].append(f.description)
        }
        let (or, and) = language == .zh ? (" 或 ", " 且 ") : (" or ", " and ")
        return columns.map { values[$0]!.joined(separator: or) }.joined(separator: and)
    }
}
