/// A key-driver decomposition computed from a joint correlation matrix of touchpoints and outcome
/// (METHODS.md §2.2): the weights, the model R², the method and whether the matrix had to be repaired.
public struct DriverModel: Sendable, Hashable {
    /// φ_j (Shapley/LMG) or ε_j (relative weights), one per predictor; they sum to `r2`.
    public var weights: [Double]
    /// R² of the outcome on all predictors, r_xyᵀ R_xx⁻¹ r_xy.
    public var r2: Double
    /// Shapley/LMG or relative weights.
    public var method: DriverMethod
    /// True when the pairwise matrix was not positive semidefinite and was replaced by its Higham (2002) repair.
    public var repaired: Bool
    /// Smallest eigenvalue of the joint matrix before any repair (negative: the pairwise correlations were
    /// mutually inconsistent).
    public var minimumEigenvalue: Double

    /// Creates a model.
    public init(weights: [Double], r2: Double, method: DriverMethod, repaired: Bool = false, minimumEigenvalue: Double = 1) {
        self.weights = weights
        self.r2 = r2
        self.method = method
        self.repaired = repaired
        self.minimumEigenvalue = minimumEigenvalue
    }
}
