/// Which respondents the key-driver model uses (METHODS.md §2.2, revised).
public enum DriverCases: String, Sendable, Hashable, Codable {
    /// Every answer: the pairwise-complete (available-case) correlation matrix, the default. A missing rating
    /// means "not experienced", so complete cases are a biased few (only people who lived every step).
    case available
    /// Only respondents who rated the outcome and every model touchpoint (the pre-2026 behaviour), kept as an option.
    case complete
}

/// The key-driver model behind the touchpoints' `driver` scores (METHODS.md §2.2).
public struct DriverSummary: Sendable, Hashable {
    /// The outcome: "overall" (the retrospective rating) or "enps" (the 0–10 recommend item).
    public var outcome: String
    /// Respondents who rated the outcome (pairwise correlations use all of them that rated a touchpoint).
    public var respondents: Int
    /// Respondents who rated the outcome and every model touchpoint (always counted, whichever `cases`).
    public var completeCases: Int
    /// R² of the outcome on all driver touchpoints (the φ_j sum to it); nil when the model did not run.
    public var r2: Double?
    /// Shapley/LMG or relative weights.
    public var method: DriverMethod?
    /// Touchpoints in the model (p).
    public var predictors: Int

    // MARK: Added by the available-case engine

    /// Available-case (default) or complete-case.
    public var cases: DriverCases = .available
    /// The n the model rests on: the smallest pair count n_ab over all pairs of model variables (touchpoints
    /// and outcome); with complete cases, their number. 0 when the model did not run.
    public var n: Int = 0
    /// True when the pairwise matrix was not positive semidefinite and was repaired (Higham 2002, δ = .01).
    public var repaired: Bool = false
    /// Bootstrap resamples behind the key-driver stability (0 = not run).
    public var stabilityResamples: Int = 0
    /// Respondents drawn per resample (at most `AnalysisOptions.driverStabilitySubsample`).
    public var stabilitySubsample: Int = 0
    /// A key driver is suggested as a MOT only when flagged in at least this share of resamples.
    public var stabilityThreshold: Double = 0

    /// Creates a summary.
    public init(outcome: String, respondents: Int, completeCases: Int = 0, r2: Double? = nil,
                method: DriverMethod? = nil, predictors: Int = 0) {
        self.outcome = outcome
        self.respondents = respondents
        self.completeCases = completeCases
        self.r2 = r2
        self.method = method
        self.predictors = predictors
    }
}
