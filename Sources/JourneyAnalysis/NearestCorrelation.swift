/// Repair of a pairwise correlation matrix that is not positive semidefinite (METHODS.md §2.2, revised).
///
/// Pairwise-complete correlations come from different respondents for different pairs, so together they need
/// not be a valid correlation matrix (negative eigenvalues, R² above 1). We use Higham's (2002) nearest
/// correlation matrix in the Frobenius norm — alternating projections onto the positive semidefinite cone and
/// onto the unit-diagonal matrices with Dykstra's correction (Higham 2002, IMA J. Numer. Anal. 22:329–343,
/// Algorithm 3.3, unit weights) — projecting onto {eigenvalues ≥ δ} instead of {≥ 0} (a closed convex set, so
/// the algorithm still converges; the variant of Higham 2002 §3 / R's `Matrix::nearPD` with `posd.tol`).
/// δ = 0.01 [proposed] keeps the repaired matrix away from singularity, where a key-driver R² would reach 1
/// by construction rather than by the data.
public enum NearestCorrelation {
    /// Default smallest eigenvalue of a repaired matrix [proposed].
    public static let defaultFloor = 0.01

    /// Smallest eigenvalue of a symmetric matrix (Jacobi).
    public static func minimumEigenvalue(_ matrix: [[Double]]) -> Double {
        LinearAlgebra.symmetricEigen(matrix).values.min() ?? 0
    }

    /// True when a symmetric matrix is positive definite (its Cholesky factorization succeeds): a cheap test
    /// before the eigendecomposition, for the many matrices that need no repair.
    public static func isPositiveDefinite(_ a: [[Double]]) -> Bool {
        let p = a.count
        var l = [Double](repeating: 0, count: p * p)
        for i in 0..<p {
            for j in 0...i {
                var sum = a[i][j]
                for k in 0..<j { sum -= l[i * p + k] * l[j * p + k] }
                if i == j {
                    guard sum > 0 else { return false }
                    l[i * p + i] = sum.squareRoot()
                } else {
                    l[i * p + j] = sum / l[j * p + j]
                }
            }
        }
        return true
    }

    /// Higham's alternating projections with Dykstra's correction: Y₀ = A, ΔS₀ = 0; R = Yₖ − ΔSₖ;
    /// X = P_δ(R) (eigenvalues clipped to ≥ δ); ΔSₖ₊₁ = X − R; Yₖ₊₁ = P_U(X) (unit diagonal); stop when
    /// ‖Yₖ₊₁ − X‖_F and ‖Yₖ₊₁ − Yₖ‖_F are both ≤ tolerance·max(1, ‖Yₖ₊₁‖_F), or after `maximumIterations`.
    public static func nearest(_ a: [[Double]], floor: Double = defaultFloor, tolerance: Double = 1e-14,
                               maximumIterations: Int = 10_000) -> [[Double]] {
        let p = a.count
        var y = a
        var correction = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for _ in 0..<maximumIterations {
            var r = y
            for i in 0..<p { for j in 0..<p { r[i][j] -= correction[i][j] } }
            let (values, vectors) = LinearAlgebra.symmetricEigen(r)
            var x = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
            for i in 0..<p {
                for j in i..<p {
                    var sum = 0.0
                    for k in 0..<p { sum += vectors[i][k] * max(values[k], floor) * vectors[j][k] }
                    x[i][j] = sum
                    x[j][i] = sum
                }
            }
            for i in 0..<p { for j in 0..<p { correction[i][j] = x[i][j] - r[i][j] } }
            var next = x
            for i in 0..<p { next[i][i] = 1 }
            var toX = 0.0, step = 0.0, size = 0.0
            for i in 0..<p {
                for j in 0..<p {
                    toX += (next[i][j] - x[i][j]) * (next[i][j] - x[i][j])
                    step += (next[i][j] - y[i][j]) * (next[i][j] - y[i][j])
                    size += next[i][j] * next[i][j]
                }
            }
            y = next
            let limit = tolerance * max(1, size.squareRoot())
            if toX.squareRoot() <= limit && step.squareRoot() <= limit { break }
        }
        return y
    }
}
