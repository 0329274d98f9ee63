/// The journey-level `survey:` block: which export columns hold the respondent id, the overall
/// rating, the eNPS item and the segments, and how choice text maps to numbers.
public struct SurveyBinding: Sendable, Hashable {
    /// Column with the respondent id (replaced by an opaque sequence on import).
    public var respondent: String?
    /// Column with the overall retrospective rating (for the peak-end test).
    public var overall: String?
    /// Scale of the overall rating; the journey scale when absent.
    public var overallScale: RatingScale?
    /// Column with the 0–10 recommend item.
    public var enps: String?
    /// Columns kept for breakdowns (tenure, team …), as named in the export.
    public var segments: [String]
    /// How each segment column and its values are shown (`{column: Q4, name: 工龄, values: {…}}`); one per entry of
    /// `segments` that gives a name or value labels.
    public var segmentLabels: [SegmentLabel] = []
    /// Column of free text about the whole journey (`其他建议`), kept as journey-wide comments when bound.
    public var comment: String? = nil
    /// Scale of stated importance; 1–5 when absent.
    public var importanceScale: RatingScale?
    /// Choice text → scale value (e.g. `非常满意: 5`), on top of the built-in Likert labels.
    public var labels: [String: Double]
    /// Answers that mean "not experienced" (`Unfamiliar (N/A)`, `不适用` …): read as missing, never as a score
    /// and never as a bad row, on top of the built-in N/A words.
    public var missing: [String]
    /// Where each key's value is written in the journey file (`respondent`, `overall`, `enps`, `segments` …),
    /// so that import errors about a binding can point at it.
    public var keyLocations: [String: SourceLocation]

    /// Creates a binding.
    public init(respondent: String? = nil, overall: String? = nil, overallScale: RatingScale? = nil,
                enps: String? = nil, segments: [String] = [], importanceScale: RatingScale? = nil,
                labels: [String: Double] = [:], missing: [String] = [], keyLocations: [String: SourceLocation] = [:],
                segmentLabels: [SegmentLabel] = [], comment: String? = nil) {
        self.respondent = respondent
        self.overall = overall
        self.overallScale = overallScale
        self.enps = enps
        self.segments = segments
        self.importanceScale = importanceScale
        self.labels = labels
        self.missing = missing
        self.keyLocations = keyLocations
        self.segmentLabels = segmentLabels
        self.comment = comment
    }
}

/// A touchpoint's `survey:` block: the export columns (id or exact header text) holding its items.
public struct TouchpointSurveyBinding: Sendable, Hashable {
    /// Experience rating column.
    public var score: String?
    /// Stated importance column.
    public var importance: String?
    /// "How much would you want the ideal version" column.
    public var wish: String?
    /// Free-text comment column (kept only when bound).
    public var comment: String?
    /// Kano question pair, when the survey asks one.
    public var kano: KanoBinding?

    /// Creates a binding.
    public init(score: String? = nil, importance: String? = nil, wish: String? = nil, comment: String? = nil,
                kano: KanoBinding? = nil) {
        self.score = score
        self.importance = importance
        self.wish = wish
        self.comment = comment
        self.kano = kano
    }
}

/// A Kano question pair (Kano et al. 1984): "if it works well…" and "if it does not…".
public struct KanoBinding: Sendable, Hashable {
    /// Column of the functional question.
    public var functional: String
    /// Column of the dysfunctional question.
    public var dysfunctional: String

    /// Creates a binding.
    public init(functional: String, dysfunctional: String) {
        self.functional = functional
        self.dysfunctional = dysfunctional
    }
}
