/// Which decomposition produced the driver weights.
public enum DriverMethod: String, Sendable, Hashable, Codable {
    /// Shapley value / LMG (p ≤ 15).
    case shapley
    /// Johnson's (2000) relative weights (p > 15).
    case relativeWeights
}

/// Derived importance of touchpoints for an outcome (METHODS.md §2.2): the Shapley/LMG decomposition of R²
/// (formula 14; Lipovetsky & Conklin 2001, Budescu 1993) for up to 15 predictors, Johnson's (2000) relative
/// weights above that [proposed], both from the correlation matrix of complete cases.
public enum KeyDriverAnalyzer {
    /// Largest predictor count for the exact Shapley decomposition (2^p regressions).
    public static let maximumShapleyPredictors = 15

    /// Pearson correlation matrix of the columns (all the same length, no missing values); a constant column
    /// correlates 0 with everything and 1 with itself.
    public static func correlationMatrix(_ columns: [[Double]]) -> [[Double]] {
        let p = columns.count
        let standardized: [[Double]] = columns.map { Statistics.standardized($0) ?? [Double](repeating: 0, count: $0.count) }
        let n = Double(max((columns.first?.count ?? 1) - 1, 1))
        var r = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for a in 0..<p {
            r[a][a] = 1
            for b in (a + 1)..<max(a + 1, p) where b < p {
                var sum = 0.0
                for i in standardized[a].indices { sum += standardized[a][i] * standardized[b][i] }
                r[a][b] = sum / n
                r[b][a] = r[a][b]
            }
        }
        return r
    }

    /// Correlations of each predictor with the outcome.
    static func outcomeCorrelations(_ columns: [[Double]], outcome: [Double]) -> [Double] {
        columns.map { Statistics.pearson($0, outcome) ?? 0 }
    }

    /// Shapley values φ_j = Σ_{S ⊆ P∖{j}} |S|!(p − |S| − 1)!/p! · [R²(S ∪ {j}) − R²(S)]; they sum to R²(P).
    /// `correlations` is the predictors' correlation matrix, `outcome` their correlations with the outcome.
    public static func shapley(correlations: [[Double]], outcome: [Double]) -> [Double] {
        let p = outcome.count
        guard p > 0 else { return [] }
        precondition(p <= 20, "Shapley over \(p) predictors is too expensive")
        let subsets = 1 << p
        var r2 = [Double](repeating: 0, count: subsets)
        var members: [Int] = []
        members.reserveCapacity(p)
        for mask in 1..<subsets {
            members.removeAll(keepingCapacity: true)
            for j in 0..<p where mask & (1 << j) != 0 { members.append(j) }
            r2[mask] = LinearAlgebra.rSquared(correlations: correlations, outcome: outcome, subset: members)
        }
        // weight of a subset of size s: s!(p − s − 1)!/p! = 1/(p·C(p − 1, s))
        var weights = [Double](repeating: 0, count: p)
        var binomial = 1.0
        for s in 0..<p {
            weights[s] = 1 / (Double(p) * binomial)
            binomial = binomial * Double(p - 1 - s) / Double(s + 1)
        }
        var phi = [Double](repeating: 0, count: p)
        for mask in 0..<subsets {
            let size = mask.nonzeroBitCount
            for j in 0..<p where mask & (1 << j) == 0 {
                phi[j] += weights[size] * (r2[mask | (1 << j)] - r2[mask])
            }
        }
        return phi
    }

    /// Johnson's (2000) relative weights: with R_xx = VΛVᵀ and Λ^{1/2} = V·diag(√λ)·Vᵀ, β = Λ^{-1/2}·r_xy and
    /// ε_j = Σ_k (Λ^{1/2})_{jk}²·β_k²; they sum to R². Eigenvalues below 1e-12 are treated as 0 (pseudo-inverse).
    public static func relativeWeights(correlations: [[Double]], outcome: [Double]) -> [Double] {
        let p = outcome.count
        guard p > 0 else { return [] }
        let (values, vectors) = LinearAlgebra.symmetricEigen(correlations)
        // Flat copies and √λ once per eigenvalue: the same Double operations in the same order as over the nested
        // arrays (bit-identical weights), without their per-access bounds checks and reference counting.
        let flatVectors = vectors.flatMap { $0 }
        let roots = values.map { max($0, 0).squareRoot() }
        let inverted = values.map { max($0, 0) > 1e-12 }
        var half = [Double](repeating: 0, count: p * p)
        var beta = [Double](repeating: 0, count: p)
        flatVectors.withUnsafeBufferPointer { v in
        roots.withUnsafeBufferPointer { root in
        inverted.withUnsafeBufferPointer { inverted in
        outcome.withUnsafeBufferPointer { outcome in
        half.withUnsafeMutableBufferPointer { half in
            for a in 0..<p {
                let va = v.baseAddress! + a &* p
                for b in 0..<p {
                    let vb = v.baseAddress! + b &* p
                    var sum = 0.0, inverse = 0.0
                    for k in 0..<p {
                        sum += va[k] * root[k] * vb[k]
                        if inverted[k] { inverse += va[k] / root[k] * vb[k] }
                    }
                    half[a &* p &+ b] = sum
                    beta[a] += inverse * outcome[b]
                }
            }
        }}}}}
        var epsilon = [Double](repeating: 0, count: p)
        for j in 0..<p {
            for k in 0..<p {
                let weight = half[j * p + k] * half[j * p + k]
                epsilon[j] += weight * beta[k] * beta[k]
            }
        }
        return epsilon
    }

    /// Derived importance of complete-case columns for an outcome: the weights (Shapley for p ≤ 15, relative
    /// weights above), the model R² and the method.
    public static func weights(columns: [[Double]], outcome: [Double]) -> (weights: [Double], r2: Double, method: DriverMethod) {
        let r = correlationMatrix(columns)
        let ry = outcomeCorrelations(columns, outcome: outcome)
        let r2 = LinearAlgebra.rSquared(correlations: r, outcome: ry, subset: Array(columns.indices))
        if columns.count <= maximumShapleyPredictors {
            return (shapley(correlations: r, outcome: ry), r2, .shapley)
        }
        return (relativeWeights(correlations: r, outcome: ry), r2, .relativeWeights)
    }
}

extension KeyDriverAnalyzer {
    /// The decomposition from a joint correlation matrix, predictors first and the outcome last — in the default
    /// available-case mode the pairwise-complete matrix of `PairwiseMoments` (METHODS.md §2.2, revised). Both
    /// LMG and relative weights are functions of that matrix alone: R²(S) = r_Syᵀ R_SS⁻¹ r_Sy for every subset S
    /// (Budescu 1993; Lipovetsky & Conklin 2001; Johnson 2000), so no respondent-level data are needed.
    /// A matrix with a negative eigenvalue is first replaced by its nearest correlation matrix with eigenvalues
    /// ≥ `floor` (Higham 2002, `NearestCorrelation`), outcome row included, so that no R² exceeds 1.
    /// `tolerance` and `maximumIterations` are those of the repair (looser in the stability bootstrap).
    public static func model(joint: [[Double]], floor: Double = NearestCorrelation.defaultFloor, tolerance: Double = 1e-14,
                             maximumIterations: Int = 10_000) -> DriverModel {
        let p = joint.count - 1
        guard p > 0 else { return DriverModel(weights: [], r2: 0, method: .shapley) }
        let minimum = NearestCorrelation.minimumEigenvalue(joint)
        let repaired = minimum < 0
        let matrix = repaired ? NearestCorrelation.nearest(joint, floor: floor, tolerance: tolerance, maximumIterations: maximumIterations) : joint
        let r = (0..<p).map { a in Array(matrix[a][0..<p]) }
        let ry = (0..<p).map { matrix[$0][p] }
        let r2 = LinearAlgebra.rSquared(correlations: r, outcome: ry, subset: Array(0..<p))
        if p <= maximumShapleyPredictors {
            return DriverModel(weights: shapley(correlations: r, outcome: ry), r2: r2, method: .shapley,
                               repaired: repaired, minimumEigenvalue: minimum)
        }
        return DriverModel(weights: relativeWeights(correlations: r, outcome: ry), r2: r2, method: .relativeWeights,
                           repaired: repaired, minimumEigenvalue: minimum)
    }
}
