/// How many respondents answered exactly each set of touchpoints (a missingness pattern: bit t = bound touchpoint t
/// answered), in an open-addressing hash table on the 64-bit mask: linear probing from Fibonacci hashing
/// (the high bits of mask × 2⁶⁴/φ, Knuth, TAOCP vol. 3, §6.4), grown to keep it at most half full. Per respondent
/// that is one multiply, a probe or two and an add — a `[UInt64: Int]` spent ~250 instructions on Swift's SipHash.
/// The counts do not depend on the order the patterns were added in; neither does equality.
struct PatternCounts: Sendable, Sequence {
    /// Per slot, its pattern (meaningless where `counts` is 0).
    private var keys: [UInt64]
    /// Per slot, the respondents with its pattern; 0 marks an empty slot (a stored pattern counts at least 1).
    private var counts: [Int]
    /// log₂ of the number of slots.
    private var bits: Int
    /// Distinct patterns.
    private(set) var count = 0

    /// An empty table.
    init() {
        bits = 6
        keys = [UInt64](repeating: 0, count: 1 << 6)
        counts = [Int](repeating: 0, count: 1 << 6)
    }

    /// Whether no pattern was added.
    var isEmpty: Bool { count == 0 }

    /// Adds `n` (≥ 1) respondents with pattern `mask`.
    @inline(__always)
    mutating func add(_ mask: UInt64, _ n: Int = 1) {
        let slots = keys.count - 1
        var i = Int(truncatingIfNeeded: (mask &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
        while true {
            let c = counts[i]
            if c == 0 {
                keys[i] = mask
                counts[i] = n
                count += 1
                if count * 2 > keys.count { grow() }
                return
            }
            if keys[i] == mask { counts[i] = c + n; return }
            i = (i + 1) & slots
        }
    }

    /// The respondents with pattern `mask` (0 when none).
    subscript(mask: UInt64) -> Int {
        let slots = keys.count - 1
        var i = Int(truncatingIfNeeded: (mask &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
        while counts[i] != 0 {
            if keys[i] == mask { return counts[i] }
            i = (i + 1) & slots
        }
        return 0
    }

    /// Adds every pattern count of `other`.
    mutating func add(contentsOf other: PatternCounts) {
        for (mask, n) in other { add(mask, n) }
    }

    private mutating func grow() {
        let old = zip(keys, counts).filter { $0.1 != 0 }
        bits += 1
        keys = [UInt64](repeating: 0, count: 1 << bits)
        counts = [Int](repeating: 0, count: 1 << bits)
        count = 0
        for (mask, n) in old { add(mask, n) }
    }

    /// The patterns and their counts, in table order (not meaningful; sum or compare them).
    func makeIterator() -> AnyIterator<(key: UInt64, value: Int)> {
        var i = 0
        let keys = self.keys, counts = self.counts
        return AnyIterator {
            while i < counts.count {
                defer { i += 1 }
                if counts[i] != 0 { return (keys[i], counts[i]) }
            }
            return nil
        }
    }
}

extension PatternCounts: Equatable {
    /// The same patterns with the same counts, however they were added.
    static func == (a: PatternCounts, b: PatternCounts) -> Bool {
        a.count == b.count && a.allSatisfy { b[$0.key] == $0.value }
    }
}
