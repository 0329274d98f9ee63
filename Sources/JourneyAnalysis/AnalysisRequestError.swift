/// Why a `--by` / `--where` request cannot be answered (exit 64 in the CLI).
public enum AnalysisRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Breakdowns and filters need survey responses.
    case needsResponses
    /// The column is not a segment column of the responses.
    case unknownSegment(column: String, available: [String])
    /// The filters select a group the release policy does not report. One case and one message for an empty group,
    /// a group under the minimum, and a group hidden so that a small group cannot be worked out from the others, so
    /// that a refusal never tells which of these it is.
    case groupNotReleasable(filters: [SegmentFilter], minimum: Int, reportable: [String])

    /// One line for the user, saying what would work.
    public var description: String {
        switch self {
        case .needsResponses:
            return "error: --by and --where need survey responses; import them first (journeymap import) or pass --responses FILE"
        case let .unknownSegment(column, available):
            let list = available.isEmpty ? "the journey keeps no segment columns (add them under survey.segments)"
                : "segment columns: " + available.joined(separator: ", ")
            return "error: \"\(column)\" is not a segment column; \(list)"
        case let .groupNotReleasable(filters, minimum, reportable):
            let options = reportable.isEmpty ? "" : "; groups you can report: " + reportable.joined(separator: ", ")
            return "error: --where \(Self.describe(filters)) is not reported: it holds fewer than \(minimum) respondents, or reporting it would let a group under \(minimum) be worked out from other reports (anonymity minimum \(minimum))\(options)"
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
