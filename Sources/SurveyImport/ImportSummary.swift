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

    /// The summary as plain text, one fact per line.
    public func render() -> String {
        var lines: [String] = []
        lines.append("Imported \(exportPath)" + (outputPath.map { " → \($0)" } ?? ""))
        lines.append("  format:    \(format.displayName) (\(formatReason))")
        lines.append("  encoding:  \(encoding.rawValue) (\(encodingReason))")
        var rows = "  rows:      \(rowsRead) read, \(rowsKept) kept"
        let skippedTotal = skipped.reduce(0) { $0 + $1.count }
        if skippedTotal > 0 { rows += ", \(skippedTotal) skipped" }
        lines.append(rows)
        for skip in skipped { lines.append("             skipped \(skip.count): \(skip.reason)") }
        if rowsWithExcludedValues > 0 { lines.append("             \(rowsWithExcludedValues) kept with values excluded (see the messages above)") }
        if notApplicableAnswers > 0 { lines.append("             \(notApplicableAnswers) answers skipped or not applicable (missing, not zero)") }
        if badRows > 0 { lines.append("             \(badRows) bad rows, \(badRowsAllowed) allowed (--max-bad-rows \(badRowLimit))") }
        lines.append("  bindings:")
        let width = bindings.map { $0.output.header.count }.max() ?? 0
        for binding in bindings {
            let target = binding.output.header.padding(toLength: width, withPad: " ", startingAt: 0)
            let how = binding.isDeclared ? "declared" : "guessed"
            lines.append("    \(target) ← \(HeaderText.quoted(binding.column.label))  [\(how): \(binding.reason)]")
        }
        if bindings.isEmpty { lines.append("    (none)") }
        if !unboundTouchpoints.isEmpty {
            lines.append("  unbound touchpoints (no column; bind with `survey: {score: …}`): "
                         + unboundTouchpoints.map { "\($0.id) (\($0.name))" }.joined(separator: ", "))
            for touchpoint in unboundTouchpoints {
                if let closest = unboundSuggestions[touchpoint.id], !closest.isEmpty {
                    lines.append("    \(touchpoint.id): closest headers \(closest.joined(separator: ", "))")
                }
            }
        }
        if duplicateCount > 0, let dedupe {
            lines.append("  duplicates: \(duplicateCount) rows repeat a respondent id; --dedupe \(dedupe.rawValue) kept the \(dedupe.rawValue) of each")
        }
        if let respondentColumn { lines.append("  respondent id: \(DiagnosticText.quoted(respondentColumn)) replaced by a sequence number") }
        if !droppedIdentifying.isEmpty {
            lines.append("  dropped identifying columns: "
                         + droppedIdentifying.map { "\(HeaderText.quoted($0.column)) (\($0.kind))" }.joined(separator: ", "))
        }
        if otherDroppedCount > 0 { lines.append("  other columns not written: \(otherDroppedCount) (metadata and unbound questions)") }
        if maskedInText > 0 { lines.append("  masked in comments: \(maskedInText) e-mail addresses, IP addresses, phone, ID-card or account numbers") }
        lines.append("  privacy:   respondents shuffled (seeded by \(seedGiven ? "--seed" : "the export's contents")), file mode 0600; the responses file is pseudonymized personal data")
        return lines.joined(separator: "\n")
    }
}
