import Testing
@testable import JourneyAnalysis

/// The missingness-pattern table (`PatternCounts`) against a plain `Dictionary` on seeded patterns: the same counts
/// through growth, merging and lookups of absent patterns, whatever the order of the additions.
@Suite struct PatternCountsTests {
    /// `count` seeded masks: `distinct` different ones (a few of them clustered in the low bits, as 20 touchpoints
    /// are, a few spread over all 64 bits, and the empty mask 0).
    private func masks(seed: UInt64, count: Int, distinct: Int) -> [UInt64] {
        var random = SplitMix64(seed: seed)
        let pool: [UInt64] = (0..<distinct).map { k in
            switch k % 3 {
            case 0: return UInt64(k)                                // 0, 3, 6, …: low bits only
            case 1: return random.next() & 0xF_FFFF                 // 20 touchpoints
            default: return random.next()                           // all 64 bits
            }
        }
        return (0..<count).map { _ in pool[random.index(below: distinct)] }
    }

    @Test(arguments: [(1, 10), (2, 700), (3, 5000), (4, 40_000)])
    func countsAsADictionaryDoes(seed: UInt64, distinct: Int) {
        let added = masks(seed: seed, count: 60_000, distinct: distinct)
        var table = PatternCounts()
        var reference: [UInt64: Int] = [:]
        for mask in added {
            table.add(mask)
            reference[mask, default: 0] += 1
        }
        #expect(table.count == reference.count)
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
        for (mask, n) in reference { #expect(table[mask] == n) }
        // Patterns never added count 0 (odd masks above 2^40 are not in the pool's low-bit or 20-bit parts).
        var random = SplitMix64(seed: seed ^ 0xFF)
        for _ in 0..<200 {
            let absent = random.next() | 1 << 63 | 1
            #expect(table[absent] == (reference[absent] ?? 0))
        }
        #expect(table.reduce(0) { $0 + $1.value } == added.count)
    }

    @Test func mergingAndOrderDoNotMatter() {
        let added = masks(seed: 9, count: 20_000, distinct: 3000)
        var whole = PatternCounts(), first = PatternCounts(), second = PatternCounts(), reversed = PatternCounts()
        for mask in added { whole.add(mask) }
        for mask in added.prefix(7000) { first.add(mask) }
        for mask in added.dropFirst(7000) { second.add(mask) }
        for mask in added.reversed() { reversed.add(mask) }
        first.add(contentsOf: second)
        #expect(first == whole)
        #expect(reversed == whole)
        var fewer = whole
        fewer.add(added[0])
        #expect(fewer != whole)
        #expect(PatternCounts().isEmpty && PatternCounts() == PatternCounts())
    }
}
