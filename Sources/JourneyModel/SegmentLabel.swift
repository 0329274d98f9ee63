/// How a segment column is shown: `survey.segments: [{column: Q4, name: 工龄, values: {"1": "0–1 个月"}}]`.
///
/// A label only: the responses file keeps the raw column name and values, the analysis groups by them, and the
/// reports show `name` and `values` instead (the release policy never sees a label, so a label is never a new group).
public struct SegmentLabel: Sendable, Hashable {
    /// The export column, as written in the responses file (`segment:Q4`).
    public var column: String
    /// The name shown for the column (`工龄`); the column itself when absent.
    public var name: String?
    /// Raw value → the text shown for it (`"1": "0–1 个月"`); values without a label are shown as they are.
    public var values: [String: String]

    /// Creates a label.
    public init(column: String, name: String? = nil, values: [String: String] = [:]) {
        self.column = column
        self.name = name
        self.values = values
    }

    /// The name shown for the column.
    public var displayName: String { name ?? column }

    /// The text shown for a raw value.
    public func display(_ value: String) -> String { values[value] ?? value }

    /// The raw value a user typed: a raw value that has a label (or any value the labels do not name) stays as it is;
    /// a label is turned back into its raw value.
    public func rawValue(_ typed: String) -> String {
        if values[typed] != nil { return typed }
        return values.sorted { $0.key < $1.key }.first { $0.value == typed }?.key ?? typed
    }
}

extension SurveyBinding {
    /// The label of a segment column (a bare label when the journey gives none).
    public func segmentLabel(_ column: String) -> SegmentLabel {
        segmentLabels.first { $0.column == column } ?? SegmentLabel(column: column)
    }

    /// The segment column a user means by `typed`: the column itself, or its display name.
    public func segmentColumn(named typed: String) -> String? {
        if segments.contains(typed) { return typed }
        return segmentLabels.first { $0.name == typed }?.column
    }
}

extension Journey {
    /// The label of a segment column, from the journey's `survey.segments`.
    public func segmentLabel(_ column: String) -> SegmentLabel {
        survey?.segmentLabel(column) ?? SegmentLabel(column: column)
    }
}
