import JourneyModel

/// Which rating columns a response set holds, in the order a `ResponseTally` expects each respondent's codes:
/// overall, eNPS, then per bound touchpoint (journey order) its score, importance, wish, Kano functional and Kano
/// dysfunctional, each only when bound — the order of the normalized responses file's rating columns.
public struct TallyLayout: Sendable, Hashable {
    /// One rating column of the layout.
    public struct Slot: Sendable, Hashable {
        /// What the column measures.
        public enum Kind: Sendable, Hashable { case overall, enps, score, importance, wish, kanoFunctional, kanoDysfunctional }
        /// What the column measures.
        public var kind: Kind
        /// Index into `touchpoints` (nil for overall and eNPS).
        public var touchpoint: Int?
        /// The column's scale (code k = scale.min + k − 1; code 0 = not answered).
        public var scale: RatingScale
    }

    /// A bound touchpoint: its id and where its columns sit among the slots.
    public struct Touchpoint: Sendable, Hashable {
        /// The touchpoint's id in the journey.
        public var id: String
        /// Slot of the score, importance, wish and Kano columns (nil when not bound).
        public var score: Int, importance: Int?, wish: Int?, kanoFunctional: Int?, kanoDysfunctional: Int?
        /// Whether a comment column is bound.
        public var hasComments: Bool
    }

    /// Rating columns in code order.
    public private(set) var slots: [Slot] = []
    /// Bound touchpoints in journey order.
    public private(set) var touchpoints: [Touchpoint] = []
    /// Slot of the overall rating and of the eNPS item.
    public private(set) var overall: Int?, enps: Int?
    /// Whether the journey-wide comment column is bound.
    public var hasJourneyComments: Bool
    /// Segment column names, in file order.
    public var segmentNames: [String]

    /// Starts a layout; add overall/eNPS first, then touchpoints in journey order.
    public init(segmentNames: [String] = [], hasJourneyComments: Bool = false) {
        self.segmentNames = segmentNames
        self.hasJourneyComments = hasJourneyComments
    }

    /// Binds the overall rating.
    public mutating func addOverall(_ scale: RatingScale) { overall = slots.count; slots.append(Slot(kind: .overall, scale: scale)) }
    /// Binds the eNPS item.
    public mutating func addENPS(_ scale: RatingScale) { enps = slots.count; slots.append(Slot(kind: .enps, scale: scale)) }

    /// Binds a touchpoint with its score scale and the optional columns' scales.
    public mutating func addTouchpoint(id: String, score: RatingScale, importance: RatingScale? = nil, wish: RatingScale? = nil,
                                       kanoFunctional: RatingScale? = nil, kanoDysfunctional: RatingScale? = nil,
                                       hasComments: Bool = false) {
        let t = touchpoints.count
        func add(_ kind: Slot.Kind, _ scale: RatingScale?) -> Int? {
            guard let scale else { return nil }
            slots.append(Slot(kind: kind, touchpoint: t, scale: scale))
            return slots.count - 1
        }
        let s = add(.score, score)!
        touchpoints.append(Touchpoint(id: id, score: s, importance: add(.importance, importance), wish: add(.wish, wish),
                                      kanoFunctional: add(.kanoFunctional, kanoFunctional),
                                      kanoDysfunctional: add(.kanoDysfunctional, kanoDysfunctional), hasComments: hasComments))
    }

    /// Index of a bound touchpoint by id.
    public func touchpointIndex(_ id: String) -> Int? { touchpoints.firstIndex { $0.id == id } }

    /// Comment columns in code order: the journey-wide one first (when bound), then one per touchpoint that has one.
    var commentCount: Int { (hasJourneyComments ? 1 : 0) + touchpoints.filter(\.hasComments).count }

    /// The comment column of bound touchpoint t (nil when it has none).
    func commentColumn(touchpoint t: Int) -> Int? {
        guard touchpoints[t].hasComments else { return nil }
        return (hasJourneyComments ? 1 : 0) + touchpoints[..<t].filter(\.hasComments).count
    }

    /// The layout of an in-memory response set.
    public init(of responses: SurveyResponses) {
        self.init(segmentNames: responses.segments.map(\.name), hasJourneyComments: responses.journeyComments != nil)
        if let o = responses.overall { addOverall(o.scale) }
        if let e = responses.enps { addENPS(e.scale) }
        for a in responses.touchpoints {
            addTouchpoint(id: a.touchpointID, score: a.score.scale, importance: a.importance?.scale, wish: a.wish?.scale,
                          kanoFunctional: a.kanoFunctional?.scale, kanoDysfunctional: a.kanoDysfunctional?.scale,
                          hasComments: a.comments != nil)
        }
    }
}
