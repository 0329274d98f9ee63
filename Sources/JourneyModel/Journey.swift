/// An employee's work journey: titled stages of touchpoints on one rating scale, plus optional survey bindings.
///
/// Built by `JourneyLoader` from a YAML file (format version 1, see Docs/JourneyFormat.md).
public struct Journey: Sendable, Hashable {
    /// Format version of the file, currently 1.
    public var version: Int
    /// The journey's title, shown at the top of the map.
    public var title: String
    /// Whose journey it is, e.g. "一线客服专员 · 入职 0–3 个月".
    public var persona: String?
    /// A sentence or two on the journey's scope.
    public var description: String?
    /// Language of generated labels; guessed from the text when the file does not say.
    public var language: JourneyLanguage
    /// The experience rating scale every score is on.
    public var scale: RatingScale
    /// Stages in journey order, each with at least one touchpoint.
    public var stages: [Stage]
    /// Journey-level survey bindings (respondent id, overall rating, eNPS, segments).
    public var survey: SurveyBinding?
    /// Where the file was read from ("" for text parsed in memory).
    public var path: String

    /// Creates a journey.
    public init(version: Int = 1, title: String, persona: String? = nil, description: String? = nil, language: JourneyLanguage,
                scale: RatingScale = .fivePoint, stages: [Stage], survey: SurveyBinding? = nil, path: String = "") {
        self.version = version
        self.title = title
        self.persona = persona
        self.description = description
        self.language = language
        self.scale = scale
        self.stages = stages
        self.survey = survey
        self.path = path
    }

    /// Every touchpoint in journey order (stage by stage).
    public var touchpoints: [Touchpoint] { stages.flatMap(\.touchpoints) }

    /// The touchpoint with this id, if any.
    public func touchpoint(id: String) -> Touchpoint? {
        for stage in stages { if let t = stage.touchpoints.first(where: { $0.id == id }) { return t } }
        return nil
    }

    /// The id of the stage holding a touchpoint.
    public func stageID(ofTouchpoint id: String) -> String? {
        stages.first { $0.touchpoints.contains { $0.id == id } }?.id
    }

    /// The scale importance is rated on (1–5 unless the survey block names another).
    public var importanceScale: RatingScale { survey?.importanceScale ?? .fivePoint }

    /// The scale of the overall rating (the journey scale unless the survey block names another).
    public var overallScale: RatingScale { survey?.overallScale ?? scale }
}
