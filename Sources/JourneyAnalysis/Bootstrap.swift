import Foundation

/// Seeded, reproducible bootstrap confidence intervals (Efron 1987): bias-corrected and accelerated (BCa),
/// falling back to the percentile interval when the bias correction is undefined.
public enum Bootstrap {
    /// BCa interval of `statistic` over `values`, from `resamples` resamples drawn with `SplitMix64(seed:)`.
    ///
    /// z₀ = Φ⁻¹(share of θ* below θ̂, ties counted half); a = Σ(θ̄₍·₎ − θ₍ᵢ₎)³ / (6·(Σ(θ̄₍·₎ − θ₍ᵢ₎)²)^{3/2})
    /// Tie convention: z₀ = Φ⁻¹((#{θ* < θ̂} + #{θ* ≤ θ̂}) / 2B), i.e. replicates equal to θ̂ count one half. Efron &
    /// Tibshirani (1993, *An Introduction to the Bootstrap*, eq. 14.14) define z₀ from #{θ* < θ̂}/B, which is biased
    /// for discrete statistics such as Likert means, where many replicates equal θ̂; the mid-rank convention is the
    /// one SciPy's `scipy.stats.bootstrap(method="BCa")` uses (`_percentile_of_score`, percentileofscore kind
    /// "mean"), so our intervals can be checked against it.
    /// from the jackknife; bounds are the type-7 quantiles of θ* at Φ(z₀ + (z₀ + z_α)/(1 − a(z₀ + z_α))).
    /// Constant data give the degenerate interval [θ̂, θ̂].
    public static func bcaInterval(_ values: [Double], level: Double = 0.95, resamples: Int = 10_000, seed: UInt64,
                                   statistic: ([Double]) -> Double) -> ClosedRange<Double>? {
        let n = values.count
        guard n >= 2, resamples >= 2 else { return nil }
        let estimate = statistic(values)
        var generator = SplitMix64(seed: seed)
        var replicates = [Double](repeating: 0, count: resamples)
        var sample = [Double](repeating: 0, count: n)
        for b in 0..<resamples {
            for i in 0..<n { sample[i] = values[generator.index(below: n)] }
            replicates[b] = statistic(sample)
        }
        replicates.sort()
        if replicates.first == replicates.last { return replicates[0]...replicates[0] }
        let below = replicates.reduce(0) { $0 + ($1 < estimate ? 2 : $1 == estimate ? 1 : 0) }
        let share = Double(below) / Double(2 * resamples)
        let alpha = (1 - level) / 2
        var lowP = alpha, highP = 1 - alpha
        if share > 0, share < 1 {
            let z0 = Distributions.normalQuantile(share)
            let a = acceleration(values, statistic: statistic)
            func adjusted(_ p: Double) -> Double {
                let z = Distributions.normalQuantile(p)
                let denominator = 1 - a * (z0 + z)
                guard denominator > 0 else { return p < 0.5 ? 0 : 1 }
                return Distributions.normalCDF(z0 + (z0 + z) / denominator)
            }
            lowP = adjusted(alpha)
            highP = adjusted(1 - alpha)
        }
        let low = Statistics.quantile(sortedCount: resamples, min(max(lowP, 0), 1)) { replicates[$0] }
        let high = Statistics.quantile(sortedCount: resamples, min(max(highP, 0), 1)) { replicates[$0] }
        return min(low, high)...max(low, high)
    }

    /// The jackknife acceleration constant a.
    static func acceleration(_ values: [Double], statistic: ([Double]) -> Double) -> Double {
        let n = values.count
        var jackknife = [Double](repeating: 0, count: n)
        var sample = values
        for i in 0..<n {
            sample.remove(at: i)
            jackknife[i] = statistic(sample)
            sample.insert(values[i], at: i)
        }
        let center = jackknife.reduce(0, +) / Double(n)
        var squares = 0.0, cubes = 0.0
        for value in jackknife {
            let d = center - value
            squares += d * d
            cubes += d * d * d
        }
        guard squares > 0 else { return 0 }
        return cubes / (6 * pow(squares, 1.5))
    }

    /// A stable 64-bit seed for a named quantity (FNV-1a of the name mixed into the base seed), so each
    /// touchpoint gets its own reproducible stream regardless of analysis order.
    public static func seed(_ base: UInt64, _ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(seed: base ^ hash)
        return mixer.next()
    }
}
