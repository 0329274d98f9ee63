import Foundation

/// One ordinary-least-squares fit with an intercept: coefficients, R², adjusted R², AIC and the model F-test.
public struct RegressionFit: Sendable, Hashable {
    /// Observations used.
    public var n: Int
    /// Predictor names, in the order given.
    public var predictors: [String]
    /// Slopes (standardized β when the fit was standardized); nil for a predictor dropped as constant or aliased.
    public var coefficients: [Double?]
    /// Estimated slopes (predictors not dropped).
    public var rank: Int
    /// Residual sum of squares.
    public var rss: Double
    /// Total sum of squares about the mean.
    public var tss: Double
    /// R² = 1 − RSS/TSS.
    public var r2: Double
    /// Adjusted R² = 1 − (1 − R²)(n − 1)/(n − k − 1), k = rank.
    public var adjustedR2: Double
    /// Gaussian AIC as statsmodels reports it: n·(ln(2π·RSS/n) + 1) + 2(k + 1).
    public var aic: Double
    /// p-value of the overall F-test (R²/k)/((1 − R²)/(n − k − 1)).
    public var pValue: Double?

    /// The slope of a named predictor.
    public func coefficient(_ name: String) -> Double? {
        predictors.firstIndex(of: name).flatMap { coefficients[$0] }
    }
}

/// The result of a partial F-test between nested models.
public struct PartialFTest: Sendable, Hashable {
    /// F = ((R²_full − R²_reduced)/q) / ((1 − R²_full)/(n − k_full − 1)).
    public var f: Double
    /// Numerator degrees of freedom q (slopes added).
    public var df1: Int
    /// Denominator degrees of freedom n − k_full − 1.
    public var df2: Int
    /// P(F ≥ f).
    public var pValue: Double
}

/// Ordinary least squares by Householder QR (normal equations above 20,000 observations) on centred (optionally standardized) predictors
/// (METHODS.md §1.3 standardizes before fitting; R² and p-values do not depend on it).
public enum LinearRegression {
    /// Above this many observations the fit uses the normal equations instead of Householder QR (same results to
    /// far below reporting precision; QR's n-long reflectors would cost memory) [proposed].
    public static let normalEquationsAbove = 20_000

    /// Fits y ~ 1 + columns. Constant or exactly collinear predictors are dropped (coefficient nil);
    /// nil when y is constant or there are no more observations than parameters.
    public static func fit(y: [Double], columns: [[Double]], names: [String]? = nil, standardize: Bool = true) -> RegressionFit? {
        let n = y.count
        guard n >= 2, columns.allSatisfy({ $0.count == n }) else { return nil }
        guard let my = Statistics.mean(y) else { return nil }
        var yc = y.map { $0 - my }
        var tss = yc.reduce(0) { $0 + $1 * $1 }
        guard tss > 0 else { return nil }
        if standardize {
            let sy = (tss / Double(n - 1)).squareRoot()
            yc = yc.map { $0 / sy }
            tss = Double(n - 1)
        }
        let centred: [[Double]] = columns.map { column in
            let m = column.reduce(0, +) / Double(n)
            var c = column.map { $0 - m }
            if standardize {
                let ss = c.reduce(0) { $0 + $1 * $1 }
                if ss > 0 { let s = (ss / Double(n - 1)).squareRoot(); c = c.map { $0 / s } }
            }
            return c
        }
        let solution = n > normalEquationsAbove ? LinearAlgebra.leastSquaresNormal(centred, yc)
                                                 : LinearAlgebra.leastSquares(centred, yc)
        return summarized(n: n, solution: solution, tss: tss, names: names ?? columns.indices.map { "x\($0 + 1)" })
    }

    /// R², adjusted R², AIC and the overall F-test's p of a solved fit; nil without residual degrees of freedom.
    private static func summarized(n: Int, solution: (coefficients: [Double?], rss: Double), tss: Double,
                                   names: [String]) -> RegressionFit? {
        let rank = solution.coefficients.compactMap { $0 }.count
        guard n > rank + 1 else { return nil }
        let rss = max(solution.rss, 0)
        let r2 = 1 - rss / tss
        let dfResidual = Double(n - rank - 1)
        let adjusted = 1 - (1 - r2) * Double(n - 1) / dfResidual
        let aic = Double(n) * (log(2 * Double.pi * rss / Double(n)) + 1) + 2 * Double(rank + 1)
        var pValue: Double?
        if rank > 0 {
            if rss == 0 { pValue = 0 } else {
                let f = (r2 / Double(rank)) / ((1 - r2) / dfResidual)
                pValue = Distributions.fSurvival(f, d1: Double(rank), d2: dfResidual)
            }
        }
        return RegressionFit(n: n, predictors: names, coefficients: solution.coefficients, rank: rank, rss: rss, tss: tss,
                             r2: r2, adjustedR2: adjusted, aic: aic, pValue: pValue)
    }

    /// Fits y ~ 1 + columns from centred co-moments (`comoment(a, b)` = Σ(x_a − x̄_a)(x_b − x̄_b) over the n
    /// observations): standardized as `fit(y:columns:)` does, then solved by the normal equations (the path
    /// `fit(y:columns:)` takes above `normalEquationsAbove` observations), so a streaming pass needs only the
    /// sums and cross-products. A predictor whose variance is below 1e-12 of its raw second moment counts as
    /// constant (dropped), as exact arithmetic would.
    static func fit(n: Int, comoment: (Int, Int) -> Double, isConstant: (Int) -> Bool, y: Int, columns: [Int],
                    names: [String]) -> RegressionFit? {
        guard n >= 2 else { return nil }
        let syy = comoment(y, y)
        guard syy > 0 else { return nil }
        let p = columns.count
        let scaled = Double(n - 1)
        var xtx = [Double](repeating: 0, count: p * p), xty = [Double](repeating: 0, count: p)
        for a in 0..<p where !isConstant(columns[a]) {
            let saa = comoment(columns[a], columns[a])
            guard saa > 0 else { continue }
            xty[a] = scaled * comoment(columns[a], y) / (saa * syy).squareRoot()
            for b in a..<p where !isConstant(columns[b]) {
                let sbb = comoment(columns[b], columns[b])
                guard sbb > 0 else { continue }
                xtx[a * p + b] = a == b ? scaled : scaled * comoment(columns[a], columns[b]) / (saa * sbb).squareRoot()
            }
        }
        let solution = LinearAlgebra.solveNormal(xtx: xtx, xty: xty, yy: scaled, p: p)
        return summarized(n: n, solution: solution, tss: scaled, names: names)
    }

    /// Partial F-test of a full model over a nested reduced one fitted to the same observations.
    public static func partialFTest(reduced: RegressionFit, full: RegressionFit) -> PartialFTest? {
        let q = full.rank - reduced.rank
        let df2 = full.n - full.rank - 1
        guard q > 0, df2 > 0, full.n == reduced.n else { return nil }
        let gain = max(full.r2 - reduced.r2, 0)
        if full.r2 >= 1 { return PartialFTest(f: .infinity, df1: q, df2: df2, pValue: 0) }
        let f = (gain / Double(q)) / ((1 - full.r2) / Double(df2))
        return PartialFTest(f: f, df1: q, df2: df2, pValue: Distributions.fSurvival(f, d1: Double(q), d2: Double(df2)))
    }
}
