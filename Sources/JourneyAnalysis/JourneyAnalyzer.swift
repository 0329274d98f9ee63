import JourneyModel

/// Options that shape an analysis run.
public struct AnalysisOptions: Sendable, Hashable {
    /// Smallest group whose scores may leave the tool (METHODS.md §4.3; default 5).
    public var minimumGroupSize: Int
    /// Smallest group whose comments may leave the tool (default 10).
    public var minimumCommentGroupSize: Int
    /// Per-touchpoint summaries: interval rules, bootstrap resamples and seed.
    public var likert = LikertSummary.Settings()
    /// Peak-end test settings.
    public var peakEnd = PeakEndAnalyzer.Settings()
    /// MOT flag thresholds.
    public var mot = MOTDetector.Settings()
    /// Pain/pleasure/itch thresholds.
    public var thresholds = ClassificationThresholds()
    /// Pairs a touchpoint needs for its correlation with the outcome (default 10, and never below the anonymity minimum).
    public var minimumDriverPairs = 10
    /// Respondents every pair of the key-driver model needs (available cases), or complete cases (complete-case
    /// mode, and at least p + 2); default 30.
    public var minimumDriverCases = 30
    /// Significance level of driver correlations (default .05).
    public var driverAlpha = 0.05
    /// Below this many respondents a touchpoint reports its distribution only (default 10, METHODS.md §4.2) [proposed].
    public var minimumForSummary = 10
    /// Available-case (default) or complete-case key drivers (METHODS.md §2.2, revised).
    public var driverCases = DriverCases.available
    /// Bootstrap resamples for the stability of key-driver MOTs (default 200; 0 = off) [proposed].
    public var driverStabilityResamples = 200
    /// Respondents in the stability bootstrap, at most (default 2,000: a seeded subsample above that) [proposed].
    public var driverStabilitySubsample = 2_000
    /// A key driver is suggested as a MOT only when flagged in at least this share of resamples (default .70) [proposed].
    public var driverStabilityThreshold = 0.70
    /// Seed of the stability bootstrap.
    public var driverStabilitySeed: UInt64 = 20_261_201

    /// Creates options with the METHODS.md defaults.
    public init(minimumGroupSize: Int = 5, minimumCommentGroupSize: Int = 10) {
        self.minimumGroupSize = minimumGroupSize
        self.minimumCommentGroupSize = minimumCommentGroupSize
    }
}

/// The analysis entry point: survey responses when there are some, the workshop estimates otherwise.
public enum JourneyAnalyzer {
    /// Analyses a journey, with survey responses when given.
    public static func analyze(_ journey: Journey, responses: SurveyResponses?, options: AnalysisOptions = AnalysisOptions()) -> JourneyFindings {
        analyze(journey, tally: responses.map { ResponseTally(journey: journey, responses: $0, options: options) }, options: options)
    }

    /// Analyses a journey from tallied responses (`ResponsesFile.tally` streams them from a responses file in
    /// constant memory); the workshop estimates when there are none. Participants' dots (`scores:`) are attached either way.
    public static func analyze(_ journey: Journey, tally: ResponseTally?, options: AnalysisOptions = AnalysisOptions()) -> JourneyFindings {
        var findings: JourneyFindings
        if let tally, tally.respondentCount > 0 {
            let policy = ReleasePolicy(journey: journey, tally: tally, options: options)
            findings = SurveyAnalyzer.analyze(journey, tally, group: tally.group(Array(0..<policy.cells.count).map { policy.cells.tallyCells[$0] }),
                                              options: options, release: policy.release(for: Array(0..<policy.cells.count)))
        } else {
            findings = EstimateAnalyzer.analyze(journey, thresholds: options.thresholds)
        }
        ParticipantSpread.attach(to: &findings, journey: journey)
        return findings
    }
}
