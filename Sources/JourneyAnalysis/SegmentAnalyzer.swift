import JourneyModel

/// Filters (`--where`) and breakdowns (`--by`) over segment columns, every group checked against the file's one
/// `ReleasePolicy`, so that no combination of queries reveals a group under the anonymity minimum.
public enum SegmentAnalyzer {
    /// A `--where` selection: its cells and its respondents.
    struct Selection {
        /// The cells it is made of.
        var cells: [Int]
    }

    /// The respondents matching all filters (same column: any of its values; different columns: all). Refused, with
    /// one message whatever the reason (empty, too small, or would let a small group be worked out), unless the
    /// policy releases the selected group.
    static func select(_ tally: ResponseTally, policy: ReleasePolicy, filters: [SegmentFilter],
                       journey: Journey? = nil) throws(AnalysisRequestError) -> Selection {
        let cells = policy.cells
        var conditions: [Int: Set<Int>] = [:]
        for filter in filters {
            guard let c = cells.columnIndex(filter.column) else {
                throw .unknownSegment(column: filter.column, available: tally.layout.segmentNames.map { journey?.segmentListName($0) ?? $0 })
            }
            // A value the file does not hold matches no cell; it is refused like any other small group.
            let level = cells.levelIndex(column: c, value: filter.value)
            conditions[c, default: []].formUnion(level.map { [$0] } ?? [])
        }
        let chosen = cells.cells(where: conditions.map { (column: $0.key, levels: $0.value) })
        guard !filters.isEmpty else { return Selection(cells: chosen) }
        guard policy.releases(chosen, for: .respondents) else {
            throw .groupNotReleasable(filters: filters, minimum: policy.minimum,
                                      reportable: reportable(policy, columns: Set(conditions.keys), journey: journey))
        }
        return Selection(cells: chosen)
    }

    /// `COLUMN=VALUE` for each single-column group the policy releases, for the columns a refused filter named.
    private static func reportable(_ policy: ReleasePolicy, columns: Set<Int>, journey: Journey?) -> [String] {
        let cells = policy.cells
        return columns.sorted().flatMap { c -> [String] in
            cells.levels[c].enumerated().compactMap { level, value in
                policy.releases(cells.cells(where: [(column: c, levels: [level])]), for: .respondents)
                    ? reportableName(cells.names[c], value, journey: journey) : nil
            }
        }
    }

    /// `工龄=0–1 个月` with the journey's labels, else `Q4=1`.
    private static func reportableName(_ column: String, _ value: String, journey: Journey?) -> String {
        guard let label = journey?.segmentLabel(column) else { return "\(column)=\(value)" }
        return "\(label.displayName)=\(label.display(value))"
    }

    /// One analysis per value of `column` within the selection: every value the file holds (sorted), then respondents
    /// without a value when the file has any. A group is reported only when the policy releases it; the others are
    /// listed as suppressed with neither size nor findings — an empty group looks exactly like a small one.
    static func breakdown(_ journey: Journey, _ tally: ResponseTally, policy: ReleasePolicy, selection: Selection,
                          column name: String, options: AnalysisOptions) throws(AnalysisRequestError) -> [SegmentFinding] {
        let cells = policy.cells
        guard let c = cells.columnIndex(name) else {
            throw .unknownSegment(column: name, available: tally.layout.segmentNames.map { journey.segmentListName($0) })
        }
        var values: [String?] = cells.levels[c]
        if cells.hasMissing[c] { values.append(nil) }
        let inSelection = Set(selection.cells)
        return values.map { value in
            let level = cells.levelIndex(column: c, value: value)!
            let group = cells.cells(where: [(column: c, levels: [level])]).filter(inSelection.contains)
            guard policy.releases(group, for: .respondents) else {
                return SegmentFinding(column: name, value: value, n: nil, suppressed: true, findings: nil)
            }
            let statistics = tally.group(group.map { cells.tallyCells[$0] })
            let findings = SurveyAnalyzer.analyze(journey, tally, group: statistics, options: options,
                                                  release: policy.release(for: group))
            return SegmentFinding(column: name, value: value, n: statistics.respondents, suppressed: false, findings: findings)
        }
    }
}

/// A `--by` / `--where` request on top of the plain analysis.
public struct AnalysisRequest: Sendable, Hashable {
    /// Filters applied before everything else.
    public var filters: [SegmentFilter]
    /// The column to break down by.
    public var breakdown: String?

    /// Creates a request.
    public init(filters: [SegmentFilter] = [], breakdown: String? = nil) {
        self.filters = filters
        self.breakdown = breakdown
    }
}

extension JourneyAnalyzer {
    /// Analyses a journey with `--where` filters and a `--by` breakdown; throws when they cannot be honoured
    /// (no responses, unknown column, a group the release policy does not release).
    public static func analyze(_ journey: Journey, responses: SurveyResponses?, options: AnalysisOptions = AnalysisOptions(),
                               request: AnalysisRequest) throws(AnalysisRequestError) -> JourneyFindings {
        try analyze(journey, tally: responses.map { ResponseTally(journey: journey, responses: $0, options: options) },
                    options: options, request: request)
    }

    /// The same from a tally (what `ResponsesFile.tally` streams from a responses file).
    public static func analyze(_ journey: Journey, tally: ResponseTally?, options: AnalysisOptions = AnalysisOptions(),
                               request: AnalysisRequest) throws(AnalysisRequestError) -> JourneyFindings {
        guard !request.filters.isEmpty || request.breakdown != nil else {
            return analyze(journey, tally: tally, options: options)
        }
        guard let tally, tally.respondentCount > 0 else { throw .needsResponses }
        let typed = request
        let request = request.resolved(for: journey)
        do {
            return try analyze(journey, tally: tally, options: options, request: request,
                               policy: ReleasePolicy(journey: journey, tally: tally, options: options))
        } catch {
            // Refusals quote what the user typed (a display name or label), never a translation of it.
            if case let .groupNotReleasable(_, minimum, reportable) = error {
                throw .groupNotReleasable(filters: typed.filters, minimum: minimum, reportable: reportable)
            }
            throw error
        }
    }

    /// The same with the file's release policy already decided (it depends on the file alone, so audits that run
    /// thousands of queries decide it once).
    static func analyze(_ journey: Journey, responses: SurveyResponses, options: AnalysisOptions, request: AnalysisRequest,
                        policy: ReleasePolicy) throws(AnalysisRequestError) -> JourneyFindings {
        try analyze(journey, tally: ResponseTally(journey: journey, responses: responses, options: options), options: options,
                    request: request, policy: policy)
    }

    static func analyze(_ journey: Journey, tally: ResponseTally, options: AnalysisOptions, request: AnalysisRequest,
                        policy: ReleasePolicy) throws(AnalysisRequestError) -> JourneyFindings {
        let selection = try SegmentAnalyzer.select(tally, policy: policy, filters: request.filters, journey: journey)
        var findings = SurveyAnalyzer.analyze(journey, tally, group: tally.group(selection.cells.map { policy.cells.tallyCells[$0] }),
                                              options: options, release: policy.release(for: selection.cells))
        findings.filters = request.filters
        ParticipantSpread.attach(to: &findings, journey: journey)
        if let column = request.breakdown {
            findings.breakdown = column
            findings.segments = try SegmentAnalyzer.breakdown(journey, tally, policy: policy, selection: selection,
                                                              column: column, options: options)
        }
        return findings
    }
}
