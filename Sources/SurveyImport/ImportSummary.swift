import JourneyModel
import Foundation

/// What an import did, printed after it: format and encoding detected and why, rows read, kept and skipped
/// by reason, the binding table, unbound touchpoints and the identifying columns that were dropped.
public struct ImportSummary: Sendable {
    /// A count of rows skipped for one reason.
    public struct Skip: Sendable, Hashable {
        /// Why, e.g. `survey preview (Status 1)`.
        public var reason: String
        /// How many rows.
        public var count: Int
    }

    /// The export read.
    public var exportPath: String
    /// The responses file written, when one was.
    public var outputPath: String?
    /// Format used.
    public var format: SurveyFormat
    /// Why that format (detected evidence or `--format`).
    public var formatReason: String
    /// Encoding used.
    public var encoding: TextEncoding
    /// Why that encoding.
    public var encodingReason: String
    /// Data rows read (header rows and blank lines not counted).
    public var rowsRead = 0
    /// Rows written.
    public var rowsKept = 0
    /// Rows skipped, by reason, in order of first occurrence.
    public var skipped: [Skip] = []
    /// Rows kept with one or more values excluded (off the scale, unknown text).
    public var rowsWithExcludedValues = 0
    /// Answers read as "not applicable" or skipped (missing, not zero).
    public var notApplicableAnswers = 0
    /// E-mail addresses, IP addresses and phone numbers masked in kept text.
    public var maskedInText = 0
    /// Blank lines ignored.
    public var blankLines = 0
    /// Bad rows (malformed, skipped, or with excluded values) and how many were allowed.
    public var badRows = 0
    /// The bad-row limit in force, in rows.
    public var badRowsAllowed = 0
    /// The bad-row limit as given.
    public var badRowLimit: BadRowLimit = .percent(5)
    /// Column bindings in output order.
    public var bindings: [ColumnBinding] = []
    /// The respondent id column, replaced by a sequence.
    public var respondentColumn: String?
    /// Touchpoints without a score column (id, name).
    public var unboundTouchpoints: [(id: String, name: String)] = []
    /// Identifying columns not written: label and why.
    public var droppedIdentifying: [(column: String, kind: String)] = []
    /// Other columns not written.
    public var otherDroppedCount = 0
    /// Rows whose respondent id repeats an earlier row's.
    public var duplicateCount = 0
    /// The first few repeats: the row and the earlier row it repeats.
    public var duplicateExamples: [(row: Int, first: Int)] = []
    /// The column duplicates are found by (the respondent id), when there is one.
    public var duplicateKeyColumn: String?
    /// `--dedupe`, when given.
    public var dedupe: DedupePolicy?
    /// Whether the shuffle's seed was given (`--seed`) rather than derived from the export.
    public var seedGiven = false
    /// Closest headers for each unbound touchpoint id, for the summary.
    public var unboundSuggestions: [String: [String]] = [:]
    /// The first problems found (values excluded, rows skipped), in row order.
    public var problems: [ImportProblem] = []
    /// All problems, including those not kept in `problems`.
    public var problemCount = 0

    /// Most problems kept for printing.
    static let problemLimit = 50

    mutating func skip(_ reason: String) {
        if let i = skipped.firstIndex(where: { $0.reason == reason }) { skipped[i].count += 1 }
        else { skipped.append(Skip(reason: reason, count: 1)) }
    }

    mutating func record(_ problem: ImportProblem) {
        problemCount += 1
        if problems.count < Self.problemLimit { problems.append(problem) }
    }

    /// Adds what reading a later part of the export found (`other` started with no rows counted): afterwards this
    /// is the summary of reading both parts in one pass.
    mutating func addRowCounts(of other: ImportSummary) {
        rowsRead += other.rowsRead
        rowsKept += other.rowsKept
        rowsWithExcludedValues += other.rowsWithExcludedValues
        notApplicableAnswers += other.notApplicableAnswers
        maskedInText += other.maskedInText
        blankLines += other.blankLines
        badRows += other.badRows
        for skip in other.skipped {
            if let i = skipped.firstIndex(where: { $0.reason == skip.reason }) { skipped[i].count += skip.count }
            else { skipped.append(skip) }
        }
        for problem in other.problems { record(problem) }
        problemCount += other.problemCount - other.problems.count
    }

    /// The summary as plain text, one fact per line, in English.
    public func render() -> String { render(in: .en) }

    /// The summary in `language`. The detection evidence (why this format, encoding or binding) is quoted from
    /// the detector as it is, in English: it names headers and markers, not sentences.
    public func render(in language: JourneyLanguage) -> String {
        let zh = language == .zh
        func t(_ en: String, _ zhText: String) -> String { zh ? zhText : en }
        var lines: [String] = []
        lines.append(t("Imported \(exportPath)", "已导入 \(exportPath)") + (outputPath.map { " → \($0)" } ?? ""))
        lines.append(t("  format:    ", "  格式：    ") + "\(format.displayName) (\(formatReason))")
        lines.append(t("  encoding:  ", "  编码：    ") + "\(encoding.rawValue) (\(encodingReason))")
        var rows = t("  rows:      \(rowsRead) read, \(rowsKept) kept", "  行数：    读取 \(rowsRead)，保留 \(rowsKept)")
        let skippedTotal = skipped.reduce(0) { $0 + $1.count }
        if skippedTotal > 0 { rows += t(", \(skippedTotal) skipped", "，跳过 \(skippedTotal)") }
        lines.append(rows)
        for skip in skipped {
            lines.append(t("             skipped \(skip.count): \(skip.reason)", "             跳过 \(skip.count)：\(Self.skipReasonZH(skip.reason))"))
        }
        if rowsWithExcludedValues > 0 {
            lines.append(t("             \(rowsWithExcludedValues) kept with values excluded (see the messages above)",
                           "             \(rowsWithExcludedValues) 行已保留但排除了部分值（见上面的消息）"))
        }
        if notApplicableAnswers > 0 {
            lines.append(t("             \(notApplicableAnswers) answers skipped or not applicable (missing, not zero)",
                           "             \(notApplicableAnswers) 个答案未作答或不适用（按缺失处理，不算 0 分）"))
        }
        if badRows > 0 {
            lines.append(t("             \(badRows) bad rows, \(badRowsAllowed) allowed (--max-bad-rows \(badRowLimit))",
                           "             \(badRows) 行有问题，允许 \(badRowsAllowed) 行（--max-bad-rows \(badRowLimit)）"))
        }
        lines.append(t("  bindings:", "  列绑定："))
        let width = bindings.map { $0.output.header.count }.max() ?? 0
        for binding in bindings {
            let target = binding.output.header.padding(toLength: width, withPad: " ", startingAt: 0)
            let how = binding.isDeclared ? t("declared", "声明") : t("guessed", "推断")
            lines.append("    \(target) ← \(HeaderText.quoted(binding.column.label))  [\(how): \(binding.reason)]")
        }
        if bindings.isEmpty { lines.append(t("    (none)", "    （无）")) }
        if !unboundTouchpoints.isEmpty {
            lines.append(t("  unbound touchpoints (no column; bind with `survey: {score: …}`): ",
                           "  未绑定的触点（没有对应的列；用 `survey: {score: …}` 绑定）：")
                         + unboundTouchpoints.map { "\($0.id) (\($0.name))" }.joined(separator: ", "))
            for touchpoint in unboundTouchpoints {
                if let closest = unboundSuggestions[touchpoint.id], !closest.isEmpty {
                    lines.append("    \(touchpoint.id): " + t("closest headers ", "最接近的表头 ") + closest.joined(separator: ", "))
                }
            }
        }
        if duplicateCount > 0, let dedupe {
            lines.append(t("  duplicates: \(duplicateCount) rows repeat a respondent id; --dedupe \(dedupe.rawValue) kept the \(dedupe.rawValue) of each",
                           "  重复：    \(duplicateCount) 行的受访者 id 重复；--dedupe \(dedupe.rawValue) 保留了每人\(dedupe == .first ? "第一" : "最后")一份"))
        }
        if let respondentColumn {
            lines.append(t("  respondent id: \(DiagnosticText.quoted(respondentColumn)) replaced by a sequence number",
                           "  受访者 id：\(DiagnosticText.quoted(respondentColumn)) 已替换为序号"))
        }
        if !droppedIdentifying.isEmpty {
            lines.append(t("  dropped identifying columns: ", "  已删除的可识别个人的列：")
                         + droppedIdentifying.map { "\(HeaderText.quoted($0.column)) (\($0.kind))" }.joined(separator: ", "))
        }
        if otherDroppedCount > 0 {
            lines.append(t("  other columns not written: \(otherDroppedCount) (metadata and unbound questions)",
                           "  未写入的其他列：\(otherDroppedCount)（元数据和未绑定的题目）"))
        }
        if maskedInText > 0 {
            lines.append(t("  masked in comments: \(maskedInText) e-mail addresses, IP addresses, phone, ID-card or account numbers",
                           "  评论中已遮盖：\(maskedInText) 处电子邮件、IP 地址、电话、身份证或账号"))
        }
        lines.append(t("  privacy:   respondents shuffled (seeded by \(seedGiven ? "--seed" : "the export's contents")), file mode 0600; the responses file is pseudonymized personal data",
                       "  隐私：    受访者顺序已打乱（种子来自\(seedGiven ? " --seed" : "导出文件的内容")），文件权限 0600；作答文件是假名化的个人数据"))
        return lines.joined(separator: "\n")
    }

    /// A skip reason in Chinese: the common ones translated, a survey tool's own status text kept as it is.
    static func skipReasonZH(_ reason: String) -> String {
        if reason == "malformed" { return "格式错误" }
        if reason.hasPrefix("unfinished (") || reason.hasPrefix("incomplete (") {
            let detail = reason.drop { $0 != "(" }.dropFirst().prefix { $0 != ";" }
            return "未完成（\(detail)；--include-partial 可保留）"
        }
        return reason
    }
}
