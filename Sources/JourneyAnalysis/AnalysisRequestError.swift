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
    /// The selection differs from the one of a subset of the same filters by so few respondents that comparing the two reports would reveal them.
    case filterDiffersTooLittle(filters: [SegmentFilter], from: [SegmentFilter], minimum: Int)

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
            let what = Self.describe(filters)
            let options = reportable.isEmpty ? "" : "; values with enough respondents: " + reportable.joined(separator: ", ")
            let count = selected == 0 ? "no respondent" : "fewer than \(minimum) respondents"
            return "error: --where \(what) selects \(count); groups under \(minimum) are never reported (anonymity minimum)\(options)"
        case let .filterExcludesTooFew(filters, minimum):
            let what = Self.describe(filters)
            return "error: --where \(what) leaves out fewer than \(minimum) respondents, who could be identified by comparing with the unfiltered report; refused (anonymity minimum \(minimum))"
        case let .filterDiffersTooLittle(filters, subset, minimum):
            return "error: --where \(Self.describe(filters)) differs from --where \(Self.describe(subset)) by fewer than \(minimum) respondents, who could be identified by comparing the two reports; refused (anonymity minimum \(minimum))"
        }
    }

    /// `team=A or team=B and tenure=<1y`: values of one column are alternatives, columns must all match.
    static func describe(_ filters: [SegmentFilter]) -> String {
        var columns: [String] = []
        var values: [String: [String]] = [:]
        for f in filters {
            if values[f.column] == nil { columns.append(f.column) }
            values[f.column, default: []].append(f.description)
        }
        return columns.map { values[$0]!.joined(separator: " or ") }.joined(separator: " and ")
    }
}
