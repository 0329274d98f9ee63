import Testing
@testable import JourneyAnalysis

// Expected numbers: Tests/Fixtures/analysis/reference.py (numpy 2.4 / scipy 1.17), section "## primitives"
// of reference-output.txt. Quantiles are numpy's default (Hyndman & Fan type 7).
@Suite struct StatisticsTests {
    let x1: [Double] = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 2]
    let x2: [Double] = [4, 5, 5, 3, 4, 4, 5, 2, 1, 4, 5]
    let y: [Double] = [3, 1, 2, 5, 4, 4, 2, 1, 5, 3, 3, 4]

    @Test func descriptivesMatchNumpy() throws {
        try expectClose(Statistics.mean(x1), 3.25)
        try expectClose(Statistics.standardDeviation(x1), 1.3568010505999362)
        try expectClose(Statistics.median(x1), 3.0)
        try expectClose(Statistics.quantile(x1, 0.25), 2.0)
        try expectClose(Statistics.quantile(x1, 0.75), 4.25)
        try expectClose(Statistics.mean(x2), 3.8181818181818183)
        try expectClose(Statistics.standardDeviation(x2), 1.3280197150781923)
        try expectClose(Statistics.median(x2), 4.0)
        try expectClose(Statistics.quantile(x2, 0.25), 3.5)
        try expectClose(Statistics.quantile(x2, 0.75), 5.0)
        #expect(Statistics.median([]) == nil)
        #expect(Statistics.standardDeviation([3]) == nil)
        #expect(Statistics.median([1, 4]) == 2.5)
    }

    @Test func tIntervalMatchesScipy() throws {
        let a = try #require(Statistics.tInterval(x1))
        try expectClose(a.lowerBound, 2.387929740710435)
        try expectClose(a.upperBound, 4.112070259289565)
        let b = try #require(Statistics.tInterval(x2))
        try expectClose(b.lowerBound, 2.92600603394052)
        try expectClose(b.upperBound, 4.710357602423117)
    }

    @Test func correlationsMatchScipy() throws {
        try expectClose(Statistics.pearson(x1, y), 0.13362076146448404)
        try expectClose(Statistics.spearman(x1, y), 0.13868705503434425)
        try expectClose(Statistics.correlationPValue(r: Statistics.pearson(x1, y)!, n: 12), 0.6788711177583835)
        #expect(Statistics.pearson([1, 1, 1], [1, 2, 3]) == nil)
        #expect(Statistics.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
    }

    @Test func wilsonIntervalsMatchFormula() throws {
        let cases: [(Int, Int, Double, Double)] = [
            (7, 23, 0.1560402445321402, 0.508657562687592),
            (0, 10, 0.0, 0.2775327998628892),
            (10, 10, 0.7224672001371107, 1.0),
            (1, 5, 0.03622410863243017, 0.6244653702374747),
        ]
        for (k, n, lo, hi) in cases {
            let ci = try #require(Statistics.wilson(successes: k, n: n))
            try expectClose(ci.lowerBound, lo)
            try expectClose(ci.upperBound, hi)
        }
        #expect(Statistics.wilson(successes: 1, n: 0) == nil)
    }

    @Test func distributionsMatchScipy() throws {
        try expectClose(Distributions.z975, 1.959963984540054)
        try expectClose(Distributions.normalQuantile(0.975), 1.959963984540054)
        try expectClose(Distributions.normalQuantile(0.01), -2.3263478740408408)
        try expectClose(Distributions.normalQuantile(0.3), -0.5244005127080409)
        try expectClose(Distributions.normalQuantile(1e-10), -6.361340902404056)
        try expectClose(Distributions.studentTQuantile(0.975, degreesOfFreedom: 5), 2.5705818356363146)
        try expectClose(Distributions.studentTQuantile(0.975, degreesOfFreedom: 29), 2.045229642132703)
        try expectClose(Distributions.studentTQuantile(0.975, degreesOfFreedom: 100), 1.9839715185235518)
        try expectClose(Distributions.studentTCDF(-1.3, degreesOfFreedom: 7), 0.11738391769618862)
        try expectClose(Distributions.regularizedIncompleteBeta(0.3, a: 2.5, b: 4), 0.3521975859067672)
        try expectClose(Distributions.regularizedIncompleteBeta(0.9, a: 0.5, b: 30), 1.0)
        try expectClose(Distributions.fSurvival(3.2, d1: 2, d2: 40), 0.051385456071628095)
        try expectClose(Distributions.fSurvival(0.4, d1: 6, d2: 193), 0.878421946204106)
    }

    @Test func bootstrapIsReproducibleAndPlausible() throws {
        let mean: ([Double]) -> Double = { $0.reduce(0, +) / Double($0.count) }
        let a = try #require(Bootstrap.bcaInterval(x1, seed: 42, statistic: mean))
        let b = try #require(Bootstrap.bcaInterval(x1, seed: 42, statistic: mean))
        #expect(a == b)                       // same seed, same numbers, bit for bit
        let smooth = x1.enumerated().map { $0.element + Double($0.offset) / 97 }
        let c = Bootstrap.bcaInterval(smooth, seed: 42, statistic: mean)
        let d = Bootstrap.bcaInterval(smooth, seed: 43, statistic: mean)
        #expect(c != nil && c != d)           // the seed matters (on values whose means do not collide)
        #expect(a.contains(3.25))             // contains the sample mean
        #expect(a.lowerBound > 1 && a.upperBound < 5)
        // close to the t interval [2.388, 4.112] (scipy): a bootstrap of 12 values is a bit narrower
        #expect(abs(a.lowerBound - 2.39) < 0.25 && abs(a.upperBound - 4.11) < 0.25)
        #expect(Bootstrap.bcaInterval([4, 4, 4, 4], seed: 1, statistic: mean) == 4...4)
    }

    @Test func splitMixIsTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation, splitmix64.c).
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
        var h = SplitMix64(seed: 9)
        for _ in 0..<1000 { #expect((0..<7).contains(h.index(below: 7))) }
    }
}

/// Fails unless `actual` is within `tolerance` of `expected` (1e-9 unless told).
func expectClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
    let value = try #require(actual, sourceLocation: sourceLocation)
    #expect(abs(value - expected) <= tolerance, "\(value) is not within \(tolerance) of \(expected)",
            sourceLocation: sourceLocation)
}
