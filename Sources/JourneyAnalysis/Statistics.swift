import JourneyModel
import Foundation

/// Descriptive statistics on plain arrays of numbers (METHODS.md §4.2): mean, sample standard deviation,
/// median, quantiles, Pearson and Spearman correlation. Pure functions; `nil` when undefined.
public enum Statistics {
    /// Arithmetic mean Σx/n.
    public static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Sample variance Σ(x − x̄)²/(n − 1), computed in two passes for accuracy.
    public static func variance(_ values: [Double]) -> Double? {
        guard values.count >= 2, let m = mean(values) else { return nil }
        var sum = 0.0
        for x in values { sum += (x - m) * (x - m) }
        return sum / Double(values.count - 1)
    }

    /// Sample standard deviation (n − 1 in the denominator).
    public static func standardDeviation(_ values: [Double]) -> Double? {
        variance(values).map { $0.squareRoot() }
    }

    /// The median: the middle value, or the mean of the two middle values when n is even.
    public static func median(_ values: [Double]) -> Double? {
        ParticipantScores.median(values)
    }

    /// The p-quantile by linear interpolation between order statistics, Hyndman & Fan (1996) type 7
    /// (the default of R's `quantile` and numpy's `percentile`): h = (n − 1)p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
    public static func quantile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty, p >= 0, p <= 1 else { return nil }
        let sorted = values.sorted()
        return quantile(sortedCount: sorted.count, p) { sorted[$0] }
    }

    /// Type-7 quantile over an implicit sorted sequence of `sortedCount` values read through `element`.
    static func quantile(sortedCount n: Int, _ p: Double, element: (Int) -> Double) -> Double {
        let h = Double(n - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, n - 1)
        let fraction = h - Double(lower)
        let a = element(lower)
        return fraction == 0 ? a : a + fraction * (element(upper) - a)
    }

    /// First and third quartiles (type 7) as a range; the IQR is its width.
    public static func quartiles(_ values: [Double]) -> ClosedRange<Double>? {
        guard let q1 = quantile(values, 0.25), let q3 = quantile(values, 0.75) else { return nil }
        return q1...q3
    }

    /// Pearson's product-moment correlation r = Σ(x − x̄)(y − ȳ)/√(Σ(x − x̄)²·Σ(y − ȳ)²); nil when a variable is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, let mx = mean(x), let my = mean(y) else { return nil }
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Spearman's ρ: Pearson's r of the ranks, ties given their average rank.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count else { return nil }
        return pearson(ranks(x), ranks(y))
    }

    /// Ranks 1…n, tied values sharing the mean of the ranks they span.
    public static func ranks(_ values: [Double]) -> [Double] {
        if let counted = integerRanks(values) { return counted }
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var result = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 2) / 2
            for k in start...end { result[order[k]] = rank }
            start = end + 1
        }
        return result
    }

    /// Ranks by counting when the values are whole numbers in a small range (ratings): O(n) instead of a sort.
    static func integerRanks(_ values: [Double]) -> [Double]? {
        guard let low = values.min(), let high = values.max(), high - low <= 1_000,
              values.allSatisfy({ $0 == $0.rounded() }) else { return nil }
        let base = Int(low)
        var counts = [Int](repeating: 0, count: Int(high) - base + 1)
        for v in values { counts[Int(v) - base] += 1 }
        var rank = [Double](repeating: 0, count: counts.count)
        var below = 0
        for (k, c) in counts.enumerated() {
            rank[k] = Double(2 * below + c + 1) / 2     // mean of ranks below+1 … below+c
            below += c
        }
        return values.map { rank[Int($0) - base] }
    }

    /// Two-sided p-value of a Pearson correlation: t = r√((n − 2)/(1 − r²)) on n − 2 degrees of freedom.
    public static func correlationPValue(r: Double, n: Int) -> Double? {
        guard n >= 3 else { return nil }
        if abs(r) >= 1 { return 0 }
        let df = Double(n - 2)
        let t = r * (df / (1 - r * r)).squareRoot()
        return Distributions.studentTTwoSidedP(t, degreesOfFreedom: df)
    }

    /// z-scores (x − x̄)/s with the sample standard deviation; nil when the values are constant.
    public static func standardized(_ values: [Double]) -> [Double]? {
        guard let m = mean(values), let s = standardDeviation(values), s > 0 else { return nil }
        return values.map { ($0 - m) / s }
    }
}

extension Statistics {
    /// Wilson score interval for a proportion k/n (Brown, Cai & DasGupta 2001):
    /// (k + z²/2 ± z·√(k(n − k)/n + z²/4)) / (n + z²).
    public static func wilson(successes k: Int, n: Int, z: Double = Distributions.z975) -> ClosedRange<Double>? {
        guard n > 0, k >= 0, k <= n else { return nil }
        let k = Double(k), n = Double(n), z2 = z * z
        let center = k + z2 / 2
        let half = z * (k * (n - k) / n + z2 / 4).squareRoot()
        return max(0, (center - half) / (n + z2))...min(1, (center + half) / (n + z2))
    }

    /// t interval of the mean, x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n.
    public static func tInterval(_ values: [Double], level: Double = 0.95) -> ClosedRange<Double>? {
        guard values.count >= 2, let m = mean(values), let s = standardDeviation(values) else { return nil }
        let t = Distributions.studentTQuantile(1 - (1 - level) / 2, degreesOfFreedom: Double(values.count - 1))
        let half = t * s / Double(values.count).squareRoot()
        return (m - half)...(m + half)
    }
}
