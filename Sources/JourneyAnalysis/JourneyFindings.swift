import JourneyModel

/// The whole analysis of a journey: per-touchpoint findings, the peak-end picture, eNPS and segments.
/// Pure data, produced by `JourneyAnalyzer` and drawn by the renderer and the report writers.
public struct JourneyFindings: Sendable, Hashable {
    /// Survey data or workshop estimates.
    public var source: DataSource
    /// Respondents behind the findings (0 for estimates).
    public var respondents: Int
    /// The journey's rating scale.
    public var scale: RatingScale
    /// One finding per touchpoint, in journey order.
    public var touchpoints: [TouchpointFinding]
    /// Peak, trough, End and the remembered score.
    public var peakEnd: PeakEndSummary
    /// eNPS, when the journey binds a recommend item.
    public var enps: ENPSResult?
    /// The anonymity minimum applied.
    public var minimumGroupSize: Int

    // MARK: Added by the analysis engine

    /// How the numbers were obtained, for the reader (worded by the report writers).
    public var notes: [AnalysisNote] = []
    /// The key-driver model, when there is an outcome.
    public var drivers: DriverSummary? = nil
    /// True when the eNPS item is bound but fewer respondents than the minimum answered it (`enps` is then nil).
    public var enpsSuppressed: Bool = false
    /// The `--where` filters applied before the analysis.
    public var filters: [SegmentFilter] = []
    /// The `--by` column, when the analysis is broken down.
    public var breakdown: String? = nil
    /// One result per group of the breakdown, values sorted (empty value last).
    public var segments: [SegmentFinding] = []
    /// The journey-wide comments (`survey.comment`, 其他建议), sorted, only when the release policy releases them for
    /// this group (at least the comment minimum of writers, and no smaller group of writers can be worked out).
    public var comments: [String]? = nil
    /// True when a journey-wide comment column is bound but its comments are withheld for this group.
    public var commentsSuppressed: Bool = false
    /// True when the whole analysed group is below the anonymity minimum: nothing is reported, not even its size.
    public var suppressed: Bool = false
    /// The comparison with another journey or an earlier wave (`--compare`, `--baseline`), when asked for.
    public var comparison: JourneyComparison? = nil

    /// The number of respondents as every output shows it: nil when the group is suppressed, so that no output
    /// says "n = 4" for a file under the minimum.
    public var reportedRespondents: Int? { suppressed ? nil : respondents }

    /// Creates findings.
    public init(source: DataSource, respondents: Int, scale: RatingScale, touchpoints: [TouchpointFinding],
                peakEnd: PeakEndSummary, enps: ENPSResult? = nil, minimumGroupSize: Int = 5) {
        self.source = source
        self.respondents = respondents
        self.scale = scale
        self.touchpoints = touchpoints
        self.peakEnd = peakEnd
        self.enps = enps
        self.minimumGroupSize = minimumGroupSize
    }

    /// The finding for a touchpoint id.
    public func finding(for id: String) -> TouchpointFinding? {
        touchpoints.first { $0.id == id }
    }
}

/// Employee Net Promoter Score (METHODS.md §4.1): 100·(promoters − detractors) with its 95% interval.
public struct ENPSResult: Sendable, Hashable {
    /// eNPS in −100…100.
    public var score: Double
    /// 95% interval.
    public var ci95: ClosedRange<Double>
    /// Respondents who answered the item.
    public var n: Int

    /// Creates a result.
    public init(score: Double, ci95: ClosedRange<Double>, n: Int) {
        self.score = score
        self.ci95 = ci95
        self.n = n
    }
}
