/// One kind of figure whose group sizes the release policy checks separately: a touchpoint's ratings are over the
/// respondents who rated it, its comments over those who wrote one, and so on (METHODS.md §4.3).
public enum ReleaseMeasure: Sendable, Hashable, CustomStringConvertible {
    /// Respondent counts of a group (and everything computed over the whole group).
    case respondents
    /// A touchpoint's experience ratings.
    case score(String)
    /// A touchpoint's stated importance.
    case importance(String)
    /// A touchpoint's wish (ideal) item.
    case wish(String)
    /// A touchpoint's Kano pair.
    case kano(String)
    /// A touchpoint's comments: the writers count, with the comment minimum (10).
    case comments(String)
    /// The journey-wide comments (`survey.comment`, 其他建议): the writers count, with the comment minimum (10).
    case journeyComments
    /// The 0–10 recommend item.
    case enps
    /// The peak-end features: respondents with enough rated touchpoints.
    case peakEnd

    /// A short name for messages and tests.
    public var description: String {
        switch self {
        case .respondents: return "respondents"
        case let .score(id): return "score:\(id)"
        case let .importance(id): return "importance:\(id)"
        case let .wish(id): return "wish:\(id)"
        case let .kano(id): return "kano:\(id)"
        case let .comments(id): return "comments:\(id)"
        case .journeyComments: return "comments:journey"
        case .enps: return "enps"
        case .peakEnd: return "peak-end"
        }
    }
}
