/// Normalized, anonymized survey responses for one journey: what `SurveyImport` produces and
/// `JourneyAnalysis` consumes. Column-wise, one entry per respondent in every column, no identities.
public struct SurveyResponses: Sendable, Hashable {
    /// Answers bound to one touchpoint.
    public struct TouchpointAnswers: Sendable, Hashable {
        /// The touchpoint's id in the journey.
        public var touchpointID: String
        /// Experience ratings on the journey scale.
        public var score: RatingColumn
        /// Stated importance, when collected.
        public var importance: RatingColumn?
        /// Wish for the ideal version, on the journey scale, when collected.
        public var wish: RatingColumn?
        /// Kano functional answers (`KanoAnswer` codes), when collected.
        public var kanoFunctional: RatingColumn?
        /// Kano dysfunctional answers (`KanoAnswer` codes), when collected.
        public var kanoDysfunctional: RatingColumn?
        /// Free-text comments (nil = none), only when a comment column is bound.
        public var comments: [String?]?

        /// Creates the answers for a touchpoint.
        public init(touchpointID: String, score: RatingColumn, importance: RatingColumn? = nil,
                    wish: RatingColumn? = nil, kanoFunctional: RatingColumn? = nil,
                    kanoDysfunctional: RatingColumn? = nil, comments: [String?]? = nil) {
            self.touchpointID = touchpointID
            self.score = score
            self.importance = importance
            self.wish = wish
            self.kanoFunctional = kanoFunctional
            self.kanoDysfunctional = kanoDysfunctional
            self.comments = comments
        }
    }

    /// Number of respondents.
    public var respondentCount: Int
    /// Touchpoints with bound answers, in journey order (unbound touchpoints are absent).
    public var touchpoints: [TouchpointAnswers]
    /// Overall retrospective rating, when bound.
    public var overall: RatingColumn?
    /// The 0–10 recommend item, when bound.
    public var enps: RatingColumn?
    /// Segment columns kept for breakdowns.
    public var segments: [SegmentColumn]
    /// Journey-wide free-text comments (`survey.comment`, nil = none), only when that column is bound.
    public var journeyComments: [String?]? = nil

    /// Creates a response set; every column must have `respondentCount` entries.
    public init(respondentCount: Int, touchpoints: [TouchpointAnswers], overall: RatingColumn? = nil,
                enps: RatingColumn? = nil, segments: [SegmentColumn] = [], journeyComments: [String?]? = nil) {
        self.respondentCount = respondentCount
        self.touchpoints = touchpoints
        self.overall = overall
        self.enps = enps
        self.segments = segments
        self.journeyComments = journeyComments
    }

    /// The answers bound to a touchpoint, if any.
    public func answers(for touchpointID: String) -> TouchpointAnswers? {
        touchpoints.first { $0.touchpointID == touchpointID }
    }
}
