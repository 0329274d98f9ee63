import Foundation

/// One column of an export, with every name it can be bound by.
public struct SurveyColumn: Sendable, Hashable {
    /// 0-based position in the row.
    public var index: Int
    /// The tool's column id (Qualtrics `Q2_1`, LimeSurvey `Q1_SQ001`); the header itself in plain files.
    public var id: String?
    /// The header or question text (matrix rows as `Question - Row`).
    public var text: String
    /// Qualtrics' ImportId (`QID2_1`), when the export has one.
    public var importID: String?
    /// The question stem of a grid column (`Rate each stage` of `Rate each stage [Offer]`).
    public var question: String?
    /// The grid row or sub-label of the column (`Offer`).
    public var rowLabel: String?
    /// The tool's own bookkeeping fields (dates, status, durations), never guessed as answers.
    public var isMetadata: Bool

    /// Creates a column; grid rows are split from `text` unless given.
    public init(index: Int, id: String? = nil, text: String, importID: String? = nil,
                question: String? = nil, rowLabel: String? = nil, isMetadata: Bool = false) {
        self.index = index
        self.id = id.flatMap { $0.isEmpty ? nil : $0 }
        self.text = text
        self.importID = importID
        if question == nil, rowLabel == nil, let split = GridHeader.split(text) {
            self.question = split.question
            self.rowLabel = split.row
        } else {
            self.question = question
            self.rowLabel = rowLabel
        }
        self.isMetadata = isMetadata
    }

    /// How messages name the column: its id, else its header text.
    public var label: String { id ?? (text.isEmpty ? "#\(index + 1)" : text) }

    /// The exact names a journey may bind the column by (compared after collapsing whitespace).
    var names: [String] {
        var result: [String] = []
        for name in [id, text, importID].compactMap({ $0 }) where !name.isEmpty {
            let normalized = ImportText.normalized(name)
            if !result.contains(normalized) { result.append(normalized) }
        }
        if let stem = WJXDialect.stripQuestionNumber(text) {
            let normalized = ImportText.normalized(stem)
            if !result.contains(normalized) { result.append(normalized) }
        }
        return result
    }
}

/// Splits grid question headers: `Question [Row]` (Google Forms, LimeSurvey), `Question - Row` (Qualtrics,
/// SurveyMonkey) and `题干—行` (问卷星).
enum GridHeader {
    static func split(_ text: String) -> (question: String, row: String)? {
        let trimmed = ImportText.normalized(text)
        if let coded = WJXDialect.codedRow(trimmed) { return coded }
        if trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "["), open > trimmed.startIndex {
            let question = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let row = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingCharacters(in: .whitespaces)
            if !question.isEmpty, !row.isEmpty { return (question, row) }
        }
        for separator in [" - ", " – ", "——", "—"] {
            if let range = trimmed.range(of: separator, options: .backwards) {
                let question = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let row = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !question.isEmpty, !row.isEmpty { return (question, row) }
            }
        }
        return nil
    }
}
