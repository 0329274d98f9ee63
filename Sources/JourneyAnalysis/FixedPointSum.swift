/// A sum of real-valued terms that does not depend on the order in which they are added, so a file tallied in one
/// pass and the same file tallied in chunks on several threads (and merged) give bit-identical results.
///
/// Definition: each term x is first rounded to the nearest multiple of 2⁻⁴⁰ (`units(_:)`, ties to even; |error| ≤
/// 4.6·10⁻¹³, unbiased, so the rounding errors of n terms grow like √n, as a Double sum's do),
/// and the multiples are added exactly as 128-bit two's-complement integers; `value` converts the exact integer sum
/// back. Integer addition is associative and commutative, so Σ is the same for any grouping of the terms — unlike a
/// running `Double` sum, whose rounding depends on the order. Terms beyond ±2²² (never reached within the input
/// limits: scales of at most 254 points, 400 touchpoints) saturate at ±2²² instead of trapping.
struct FixedPointSum: Sendable, Hashable {
    private(set) var high: Int64 = 0
    private(set) var low: UInt64 = 0

    /// One unit is 2⁻⁴⁰.
    static let scale = 0x1p40
    private static let limit = 0x1p62

    /// A term in units of 2⁻⁴⁰, rounded to the nearest, ties to even: adding and subtracting 1.5·2⁵² rounds a
    /// Double below 2⁵¹ to a whole number in IEEE 754's default rounding (Swift never reassociates floating
    /// point), and beyond 2⁵¹ units to a multiple of 2^k within the Double's own precision — deterministic on every
    /// platform with IEEE 754 doubles.
    /// Below 2⁵¹ units (every term within the input limits) the rounded whole number is read straight off the bits
    /// of `scaled + 1.5·2⁵²` (its significand then holds 1.5·2⁵² + the rounded value, one unit per bit step), which
    /// is the same number as converting `(scaled + 1.5·2⁵²) − 1.5·2⁵²`, without the conversion's range checks.
    @inline(__always) static func units(_ x: Double) -> Int64 {
        let scaled = x * scale
        if abs(scaled) < 0x1p51 {
            return Int64(bitPattern: (scaled + 0x1.8p52).bitPattern) &- Int64(bitPattern: (0x1.8p52 as Double).bitPattern)
        }
        guard abs(scaled) < limit else { return scaled < 0 ? -(1 << 62) : 1 << 62 }
        return Int64((scaled + 0x1.8p52) - 0x1.8p52)
    }

    /// Adds a term already in units.
    @inline(__always) mutating func add(units t: Int64) {
        let (sum, carry) = low.addingReportingOverflow(UInt64(bitPattern: t))
        low = sum
        high &+= (t >> 63) &+ (carry ? 1 : 0)
    }

    /// Adds a term already in units `count` times (count ≥ 0): the same 128-bit sum as that many `add(units:)`.
    mutating func add(units t: Int64, times count: Int) {
        let product = t.multipliedFullWidth(by: Int64(count))
        let (sum, carry) = low.addingReportingOverflow(product.low)
        low = sum
        high = high &+ product.high &+ (carry ? 1 : 0)
    }

    /// Adds a term.
    @inline(__always) mutating func add(_ x: Double) { add(units: Self.units(x)) }

    /// The exact sum of two sums.
    static func + (lhs: FixedPointSum, rhs: FixedPointSum) -> FixedPointSum {
        var s = lhs
        let (sum, carry) = s.low.addingReportingOverflow(rhs.low)
        s.low = sum
        s.high = s.high &+ rhs.high &+ (carry ? 1 : 0)
        return s
    }

    /// The sum as a Double (the 128-bit integer rounded, then scaled by 2⁻⁴⁰ exactly).
    var value: Double {
        if high == 0 && low >> 63 == 0 || high == -1 && low >> 63 == 1 {
            return Double(Int64(bitPattern: low)) / Self.scale
        }
        return (Double(high) * 0x1p64 + Double(low)) / Self.scale
    }
}
