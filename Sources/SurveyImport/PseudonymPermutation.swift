/// The order respondents are written in, so that respondent numbers in the responses file are not export row
/// numbers: a bucket scatter followed by a Fisher–Yates shuffle of each bucket, driven by SplitMix64 (Steele, Lea
/// & Flood 2014). The seed comes from a hash of the export's bytes (`ExportFingerprint`) or `--seed`: the same
/// export always gives the same file, and the seed cannot be recomputed from the responses file alone.
///
/// Why the result is a uniform random permutation of the kept rows (modelling SplitMix64 and the keyed hash as
/// random): each kept row goes to bucket b ∈ 0..<B independently and uniformly — rows without a respondent id by
/// a draw from a seeded stream, rows with one by a keyed hash of the id, which is independent across rows because
/// the kept rows' ids are all different (repeats are resolved before anything is written, and an import with
/// unresolved repeats writes nothing). Buckets are written in order 0, 1, …, B−1, each shuffled uniformly. For
/// bucket sizes n₀…n_{B−1}, every way of placing the n rows into buckets of those sizes is equally likely
/// (exchangeability of independent uniform labels), i.e. each has probability ∏nᵦ!/n! given the sizes, and each
/// bucket's order has probability 1/nᵦ!; so every one of the n! output orders has probability 1/n!.
/// Putting rows with the same id in the same bucket is what lets duplicates be found one bucket at a time.
enum PseudonymPermutation {
    /// Row indices `0..<count` in shuffled order (one bucket's Fisher–Yates shuffle).
    static func order(count: Int, seed: UInt64) -> [Int] {
        compactOrder(count: count, seed: seed).map(Int.init)
    }

    /// The same order as 4-byte indices.
    static func compactOrder(count: Int, seed: UInt64) -> [UInt32] {
        var order: [UInt32] = []
        compactOrder(count: count, seed: seed, into: &order)
        return order
    }

    /// The same order into `order`, replacing its contents (and keeping its storage: pass 2 draws one a bucket).
    static func compactOrder(count: Int, seed: UInt64, into order: inout [UInt32]) {
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: (0..<count).lazy.map { UInt32(truncatingIfNeeded: $0) })
        var generator = SplitMix(state: seed)
        var i = count - 1
        while i > 0 {
            // Lemire's nearly divisionless bounded draw is overkill here; the modulo bias at n < 2^32 is < 2^-32.
            let j = Int(generator.next() % UInt64(i + 1))
            order.swapAt(i, j)
            i -= 1
        }
    }

    /// The seed of bucket `bucket`'s shuffle; bucket 0 uses `seed` itself, so a one-bucket import (every export
    /// of under ~4 MB of encoded rows) is ordered exactly as `compactOrder(count:seed:)` orders its kept rows.
    static func bucketSeed(_ seed: UInt64, bucket: Int) -> UInt64 {
        bucket == 0 ? seed : SplitMix.mix(seed &+ UInt64(bucket) &* 0xD1B5_4A32_D192_ED03)
    }

    /// The key of the respondent-id hash that picks a row's bucket.
    static func bucketKey(_ seed: UInt64) -> UInt64 { SplitMix.mix(seed ^ 0x6A09_E667_F3BC_C908) }

    /// The seed of the stream that picks the bucket of a row without a respondent id.
    static func rowStreamSeed(_ seed: UInt64) -> UInt64 { seed ^ 0xBB67_AE85_84CA_A73B }

    /// The bucket of a row whose respondent id hashes to `idHash` (nonzero): the id's keyed hash scaled to
    /// 0..<count by a 64 × 64 → 128-bit multiply (Lemire 2019), so equal ids share a bucket.
    static func bucket(idHash: UInt64, key: UInt64, count: Int) -> Int {
        bucket(random: SplitMix.mix(idHash ^ key), count: count)
    }

    /// A 64-bit random value scaled to 0..<count (the high word of value × count).
    @inline(__always)
    static func bucket(random: UInt64, count: Int) -> Int {
        Int(truncatingIfNeeded: random.multipliedFullWidth(by: UInt64(count)).high)
    }

    /// How many buckets an import of about `expectedBytes` of encoded rows uses: enough that one bucket holds
    /// about `bucketBytes` (4 MiB in `import`: two buckets are in memory at once), at most 512.
    static func bucketCount(expectedBytes: Int, bucketBytes: Int) -> Int {
        let target = max(1, bucketBytes)
        return max(1, min(512, (expectedBytes + target - 1) / target))
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): the generator behind the respondent shuffle.
struct SplitMix {
    var state: UInt64

    /// The next 64 random bits.
    @inline(__always)
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix.mix(state)
    }

    /// SplitMix64's output function (a bijective 64-bit mixer).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
