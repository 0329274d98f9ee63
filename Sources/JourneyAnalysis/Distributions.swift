import Foundation

/// Distribution functions the tests and intervals need — normal, Student's t and Fisher's F — built on the
/// regularized incomplete beta function, so no numerics library is required.
public enum Distributions {
    /// z = Φ⁻¹(0.975) ≈ 1.959963984540054, the 95% two-sided normal quantile.
    public static let z975 = 1.959963984540054

    /// Standard normal CDF Φ(x) = erfc(−x/√2)/2.
    public static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// Standard normal quantile Φ⁻¹(p): Acklam's rational approximation refined by one Halley step
    /// (relative error below 1e-15 on (0, 1)).
    public static func normalQuantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let e = normalCDF(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }

    /// Regularized incomplete beta I_x(a, b), by the continued fraction of Numerical Recipes (§6.4) evaluated
    /// with the modified Lentz method, using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) for convergence.
    public static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaContinuedFraction(x, a: a, b: b) / a
        }
        return 1 - exp(logFront) * betaContinuedFraction(1 - x, a: b, b: a) / b
    }

    private static func betaContinuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }

    /// Student's t CDF: 1 − I_{ν/(ν+t²)}(ν/2, 1/2)/2 for t ≥ 0, by symmetry below.
    public static func studentTCDF(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), a: df / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// Two-sided p-value P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2).
    public static func studentTTwoSidedP(_ t: Double, degreesOfFreedom df: Double) -> Double {
        regularizedIncompleteBeta(df / (df + t * t), a: df / 2, b: 0.5)
    }

    /// Student's t quantile: the t with CDF(t) = p, found by bisection on the CDF (to machine precision).
    public static func studentTQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        if p == 0.5 { return 0 }
        if p < 0.5 { return -studentTQuantile(1 - p, degreesOfFreedom: df) }
        var low = 0.0, high = 1.0
        while studentTCDF(high, degreesOfFreedom: df) < p { high *= 2 }
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if mid == low || mid == high { break }
            if studentTCDF(mid, degreesOfFreedom: df) < p { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    /// Upper tail of Fisher's F: P(F ≥ f) = I_{d₂/(d₂+d₁f)}(d₂/2, d₁/2) (Abramowitz & Stegun 26.6.2).
    public static func fSurvival(_ f: Double, d1: Double, d2: Double) -> Double {
        if f <= 0 { return 1 }
        return regularizedIncompleteBeta(d2 / (d2 + d1 * f), a: d2 / 2, b: d1 / 2)
    }

    /// Fisher's F CDF, 1 − `fSurvival`.
    public static func fCDF(_ f: Double, d1: Double, d2: Double) -> Double {
        1 - fSurvival(f, d1: d1, d2: d2)
    }
}
