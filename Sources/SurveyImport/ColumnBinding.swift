import JourneyModel

/// One export column bound to one column of the normalized file, and how the binding was made.
public struct ColumnBinding: Sendable, Hashable {
    /// The normalized column it feeds.
    public var output: ResponsesColumn
    /// The export column.
    public var column: SurveyColumn
    /// Whether the journey named the column (declared) or it was guessed from the header.
    public var isDeclared: Bool
    /// How: `declared as "Q3_2"`, `header equals the touchpoint id`, `grid row equals the touchpoint name` ….
    public var reason: String
}

/// The result of binding an export's columns to a journey.
struct BindingPlan {
    /// The normalized file's columns.
    var layout: ResponsesLayout
    /// One binding per layout column, same order.
    var bindings: [ColumnBinding]
    /// The respondent id column (replaced by a sequence), when declared.
    var respondent: SurveyColumn?
    /// Touchpoints with no score column.
    var unboundTouchpoints: [Touchpoint]
    /// Identifying columns that are not written, with why they identify people.
    var droppedIdentifying: [(column: SurveyColumn, kind: Anonymizer.Kind)]
    /// Other columns not written (metadata and unbound questions).
    var otherDroppedCount: Int
}
