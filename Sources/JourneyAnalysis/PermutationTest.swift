import Foundation

/// Two-sample permutation test of the difference of means (Fisher 1935; Good 2005, *Permutation, Parametric and
/// Bootstrap Tests of Hypotheses*): under H₀ the wave labels are exchangeable, so the observed x̄_a − x̄_b is
/// compared with its distribution over random relabellings of the pooled ratings.
///
/// Monte Carlo with a seeded SplitMix64 and B relabellings (default 10,000); two-sided
/// p = (1 + #{|Δ*| ≥ |Δ|}) / (B + 1), which counts the observed labelling and so is never 0 (Phipson & Smyth 2010,
/// Stat. Appl. Genet. Mol. Biol. 9:39). Above `normalAbove` ratings in the smaller group [proposed] the permutation
/// distribution is replaced by the normal law with its exact first two moments: the sum S of the smaller group drawn
/// without replacement from N pooled values has Var S = n_a·n_b/(N − 1)·σ² (σ² the pooled variance with divisor N),
/// so Var Δ* = N²/(n_a·n_b)·σ²/(N − 1) (Hájek 1960's central limit theorem for sampling without replacement).
public enum PermutationTest {
    /// How the test runs.
    public struct Settings: Sendable, Hashable {
        /// Random relabellings (B).
        public var permutations: Int
        /// Seed of the generator; each touchpoint mixes in its id so its p-value does not depend on the others.
        public var seed: UInt64
        /// Above this many ratings in the smaller group, the normal approximation is used [proposed].
        public var normalAbove: Int

        /// The defaults: B = 10,000, seed 20261201, normal above 5,000.
        public init(permutations: Int = 10_000, seed: UInt64 = 20_261_201, normalAbove: Int = 5_000) {
            self.permutations = permutations
            self.seed = seed
            self.normalAbove = normalAbove
        }
    }

    /// How a p-value was obtained.
    public enum Method: String, Sendable, Hashable, Codable {
        /// Monte Carlo relabellings.
        case permutation
        /// The normal law with the permutation distribution's exact mean and variance.
        case normal
    }

    /// The outcome for one pair of samples.
    public struct Result: Sendable, Hashable {
        /// x̄_a − x̄_b.
        public var difference: Double
        /// Two-sided p-value.
        public var pValue: Double
        /// How it was obtained.
        public var method: Method
    }

    /// Tests x̄_a − x̄_b = 0; nil when either sample is empty. `stream` picks an independent random stream.
    public static func meanDifference(_ a: [Double], _ b: [Double], settings: Settings = Settings(), stream: UInt64 = 0) -> Result? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let na = Double(a.count), nb = Double(b.count)
        let pooled = a + b
        let total = pooled.reduce(0, +)
        let sumA = a.reduce(0, +)
        let observed = sumA / na - (total - sumA) / nb
        let mean = total / Double(pooled.count)
        let variance = pooled.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(pooled.count)
        // Every relabelling gives the same difference when all ratings are equal.
        guard variance > 1e-12 else { return Result(difference: observed, pValue: 1, method: .permutation) }
        let smaller = min(a.count, b.count)
        if smaller > settings.normalAbove {
            let n = Double(pooled.count)
            let sd = (n * n / (na * nb) * variance / (n - 1)).squareRoot()
            let p = 2 * (1 - Distributions.normalCDF(abs(observed) / sd))
            return Result(difference: observed, pValue: min(max(p, 0), 1), method: .normal)
        }
        // Draw the smaller group by a partial Fisher–Yates shuffle; Δ* follows from its sum.
        let smallerIsA = a.count <= b.count
        var pool = pooled
        var generator = SplitMix64(seed: settings.seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        let tolerance = 1e-9 * max(1, abs(observed))
        var extreme = 0
        pool.withUnsafeMutableBufferPointer { buffer in
            let count = buffer.count
            for _ in 0..<settings.permutations {
                var sum = 0.0
                for i in 0..<smaller {
                    let j = i + generator.index(below: count - i)
                    let picked = buffer[j]
                    buffer[j] = buffer[i]
                    buffer[i] = picked
                    sum += picked
                }
                let sa = smallerIsA ? sum : total - sum
                let difference = sa / na - (total - sa) / nb
                if abs(difference) >= abs(observed) - tolerance { extreme += 1 }
            }
        }
        let p = Double(extreme + 1) / Double(settings.permutations + 1)
        return Result(difference: observed, pValue: p, method: .permutation)
    }

    /// A stable 64-bit stream number for a name (FNV-1a over its UTF-8), so a touchpoint keeps its random stream
    /// whatever other touchpoints the journey has; Swift's own `Hasher` is seeded per process and would not.
    public static func stream(for name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
