import Foundation

/// A `--where COLUMN=VALUE` filter on a segment column. Filters on the same column are alternatives (OR);
/// filters on different columns must all hold (AND).
public struct SegmentFilter: Sendable, Hashable, CustomStringConvertible {
    /// The segment column, as bound in the journey's `survey.segments`.
    public var column: String
    /// The value respondents must have.
    public var value: String

    /// Creates a filter.
    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }

    /// Parses `COLUMN=VALUE` (the first `=` splits; both sides non-empty after trimming spaces).
    public init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let column = text[..<equals].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !column.isEmpty, !value.isEmpty else { return nil }
        self.init(column: column, value: value)
    }

    /// `COLUMN=VALUE`.
    public var description: String { "\(column)=\(value)" }
}
