/// The key-driver model behind the touchpoints' `driver` scores (METHODS.md §2.2).
public struct DriverSummary: Sendable, Hashable {
    /// The outcome: "overall" (the retrospective rating) or "enps" (the 0–10 recommend item).
    public var outcome: String
    /// Respondents who rated the outcome (pairwise correlations use all of them that rated a touchpoint).
    public var respondents: Int
    /// Complete cases behind the decomposition; nil when too few.
    public var completeCases: Int?
    /// R² of the outcome on all driver touchpoints (the φ_j sum to it).
    public var r2: Double?
    /// Shapley/LMG or relative weights.
    public var method: DriverMethod?
    /// Touchpoints in the model (p).
    public var predictors: Int

    /// Creates a summary.
    public init(outcome: String, respondents: Int, completeCases: Int? = nil, r2: Double? = nil,
                method: DriverMethod? = nil, predictors: Int = 0) {
        self.outcome = outcome
        self.respondents = respondents
        self.completeCases = completeCases
        self.r2 = r2
        self.method = method
        self.predictors = predictors
    }
}
