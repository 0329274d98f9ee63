/// Why a `--by` / `--where` request cannot be answered (exit 64 in the CLI).
public enum AnalysisRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Breakdowns and filters need survey responses.
    case needsResponses
    /// The column is not a segment column of the responses.
    case unknownSegment(column: String, available: [String])
    /// The filters select fewer respondents than the anonymity minimum.
    case filterTooSmall(filters: [SegmentFilter], selected: Int, minimum: Int, reportable: [String])
    /// The filters leave out so few respondents that a comparison would reveal them.
    case filterExcludesTooFew(filters: [SegmentFilter], minimum: Int)

    /// One line for the user, saying what would work.
    public var description: String {
        switch self {
        case .needsResponses:
            return "error: --by and --where need survey responses; import them first (journeymap import) or pass --responses FILE"
        case let .unknownSegment(column, available):
            let list = available.isEmpty ? "the journey keeps no segment columns (add them under survey.segments)"
                : "segment columns: " + available.joined(separator: ", ")
            return "error: \"\(column)\" is not a segment column; \(list)"
        case let .filterTooSmall(filters, selected, minimum, reportable):
            let what = filters.map(\.description).joined(separator: " and ")
            let options = reportable.isEmpty ? "" : "; values with enough respondents: " + reportable.joined(separator: ", ")
            let count = selected == 0 ? "no respondent" : "fewer than \(minimum) respondents"
            return "error: --where \(what) selects \(count); groups under \(minimum) are never reported (anonymity minimum)\(options)"
        case let .filterExcludesTooFew(filters, minimum):
            let what = filters.map(\.description).joined(separator: " and ")
            return "error: --where \(what) leaves out fewer than \(minimum) respondents, who could be identified by comparing with the unfiltered report; refused (anonymity minimum \(minimum))"
        }
    }
}
