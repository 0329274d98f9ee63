import JourneyModel

/// Options that shape an analysis run.
public struct AnalysisOptions: Sendable, Hashable {
    /// Smallest group whose scores may leave the tool (METHODS.md §4.3; default 5).
    public var minimumGroupSize: Int
    /// Smallest group whose comments may leave the tool (default 10).
    public var minimumCommentGroupSize: Int

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
        // Survey analysis arrives with the analysis issue; until then both paths use the estimates.
        EstimateAnalyzer.analyze(journey)
    }
}
