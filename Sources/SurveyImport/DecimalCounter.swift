/// A run of consecutive row numbers written as decimal text without a division per digit: the digits are kept as
/// ASCII and incremented in place (a carry touches one digit nine times in ten), and written with two 8-byte stores.
/// The text of `value` is exactly what `String(value)` gives for a non-negative value.
struct DecimalCounter {
    /// The digits, right-aligned before `Self.end`, with '0' everywhere before them and slack after for the stores.
    private let digits: UnsafeMutablePointer<UInt8>
    /// Index of the first digit.
    private var start: Int
    private static let end = 24
    private static let storage = end + 16

    /// A counter whose first value is `value` (≥ 0); `deallocate()` it after use.
    init(_ value: Int) {
        precondition(value >= 0)
        digits = .allocate(capacity: Self.storage)
        digits.initialize(repeating: 0x30, count: Self.storage)
        var v = value, i = Self.end
        repeat { i -= 1; digits[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10); v /= 10 } while v > 0
        start = i
    }

    /// Frees the digits.
    func deallocate() { digits.deallocate() }

    /// Writes the current value's digits at `out` (which must have 16 bytes of room, or the digit count when
    /// longer); returns how many.
    @inline(__always)
    func write(to out: UnsafeMutablePointer<UInt8>) -> Int {
        let count = Self.end &- start
        if count <= 16 {
            let source = UnsafeRawPointer(digits + start), target = UnsafeMutableRawPointer(out)
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        } else {
            out.update(from: digits + start, count: count)
        }
        return count
    }

    /// Adds 1.
    @inline(__always)
    mutating func increment() {
        var i = Self.end &- 1
        while digits[i] == 0x39 { digits[i] = 0x30; i &-= 1 }
        digits[i] &+= 1
        if i < start { start = i }
    }
}
