/// The order respondents are written in: a Fisher–Yates shuffle driven by SplitMix64 (Steele, Lea & Flood 2014),
/// so that respondent numbers in the responses file are not export row numbers. The seed comes from a hash of
/// the export's bytes (`ExportFingerprint`): the same export always gives the same file, and the seed cannot be
/// recomputed from the responses file alone.
enum PseudonymPermutation {
    /// Row indices `0..<count` in shuffled order.
    static func order(count: Int, seed: UInt64) -> [Int] {
        compactOrder(count: count, seed: seed).map(Int.init)
    }

    /// The same order as 4-byte indices (a million respondents cost 4 MB).
    static func compactOrder(count: Int, seed: UInt64) -> [UInt32] {
        var order = [UInt32](repeating: 0, count: count)
        for i in 0..<count { order[i] = UInt32(truncatingIfNeeded: i) }
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var i = count - 1
        while i > 0 {
            // Lemire's nearly divisionless bounded draw is overkill here; the modulo bias at n < 2^32 is < 2^-32.
            let j = Int(next() % UInt64(i + 1))
            order.swapAt(i, j)
            i -= 1
        }
        return order
    }
}
