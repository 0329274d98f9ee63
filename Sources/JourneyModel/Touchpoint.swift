/// A moment in the journey where the employee meets a system, a person or a rule (e.g. "第一次登录工单系统").
public struct Touchpoint: Sendable, Hashable {
    /// Identifier, unique in the journey, matching `[a-z0-9][a-z0-9_-]*`.
    public var id: String
    /// Display name.
    public var name: String
    /// Longer explanation.
    public var description: String?
    /// People or roles involved, shown as tags.
    public var actors: [String]
    /// Where it happens (system, phone, face to face …).
    public var channel: String?
    /// Declared a moment of truth (MOT, 关键时刻) by the team.
    public var isMOT: Bool
    /// Workshop estimate of the experience, on the journey scale; the median of `participantScores` when the file
    /// gives `scores:` but no `score:`.
    public var score: Double?
    /// Participants' own dots from a co-creation workshop (`scores: [3, 2, 4]`), one per participant, anonymous, in
    /// the file's order; empty when not given. The team scored openly, so the anonymity minimum does not apply.
    public var participantScores: [Double]
    /// Stated importance, 1–5.
    public var importance: Double?
    /// How much the employee wants the ideal version, on the journey scale (for itch points).
    public var wish: Double?
    /// What employees said, verbatim.
    public var quotes: [String]
    /// Survey columns bound to this touchpoint.
    public var survey: TouchpointSurveyBinding?
    /// Co-creation actions for this touchpoint.
    public var actions: [JourneyAction]
    /// Where the touchpoint starts in the file.
    public var location: SourceLocation?
    /// The survey question that asks about this touchpoint (`question:`), printed by `journeymap questions`.
    public var question: String?

    /// Creates a touchpoint; everything but id and name is optional.
    public init(id: String, name: String, description: String? = nil, actors: [String] = [], channel: String? = nil,
                isMOT: Bool = false, score: Double? = nil, participantScores: [Double] = [], importance: Double? = nil, wish: Double? = nil,
                quotes: [String] = [], survey: TouchpointSurveyBinding? = nil, actions: [JourneyAction] = [],
                location: SourceLocation? = nil, question: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.actors = actors
        self.channel = channel
        self.isMOT = isMOT
        self.score = score
        self.participantScores = participantScores
        self.importance = importance
        self.wish = wish
        self.quotes = quotes
        self.survey = survey
        self.actions = actions
        self.location = location
        self.question = question
    }
}
