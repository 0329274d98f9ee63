import Testing
import JourneyModel
@testable import JourneyAnalysis

// Expected numbers: reference.py, section "## drivers.csv" of reference-output.txt (numpy percentile type 7,
// scipy t interval, Wilson formula with z = norm.ppf(.975)).
@Suite struct LikertSummaryTests {
    struct Expected {
        var n: Int, mean: Double, sd: Double, median: Double, q1: Double, q3: Double, t2b: Double, b2b: Double
        var t2bci: (Double, Double), b2bci: (Double, Double), dist: [Int], tci: (Double, Double)
    }
    static let expected: [Expected] = [
        Expected(n: 73, mean: 3.5342465753424657, sd: 1.119054558555047, median: 4.0, q1: 3.0, q3: 4.0,
                 t2b: 0.547945205479452, b2b: 0.1917808219178082,
                 t2bci: (0.43424321509808306, 0.6568534416732852), b2bci: (0.117823608909872, 0.2965550261313321),
                 dist: [3, 11, 19, 24, 16], tci: (3.273151828888388, 3.7953413217965433)),
        Expected(n: 74, mean: 2.4594594594594597, sd: 1.1370375975903129, median: 3.0, q1: 1.0, q3: 3.0,
                 t2b: 0.1891891891891892, b2b: 0.4864864864864865,
                 t2bci: (0.11617969566734547, 0.2928755726060837), b2bci: (0.3761178964834877, 0.5981888543110092),
                 dist: [20, 16, 24, 12, 2], tci: (2.196029213138948, 2.7228897057799712)),
        Expected(n: 77, mean: 2.9740259740259742, sd: 1.2562897123759855, median: 3.0, q1: 2.0, q3: 4.0,
                 t2b: 0.4025974025974026, b2b: 0.33766233766233766,
                 t2bci: (0.30022017296828046, 0.5142314683205055), b2bci: (0.24199921857053475, 0.4487535169107751),
                 dist: [14, 12, 20, 24, 7], tci: (2.688883186037835, 3.2591687620141134)),
        Expected(n: 75, mean: 3.7333333333333334, sd: 1.1778740965771288, median: 4.0, q1: 3.0, q3: 5.0,
                 t2b: 0.6133333333333333, b2b: 0.17333333333333334,
                 t2bci: (0.5001747668382224, 0.7154478288656749), b2bci: (0.1041914626835726, 0.27430811440519387),
                 dist: [3, 10, 16, 21, 25], tci: (3.462329115787187, 4.00433755087948)),
        Expected(n: 73, mean: 2.904109589041096, sd: 1.156676075389733, median: 3.0, q1: 2.0, q3: 4.0,
                 t2b: 0.2876712328767123, b2b: 0.3424657534246575,
                 t2bci: (0.19651731621782972, 0.4000546323661109), b2bci: (0.24394867339318563, 0.4567337400723187),
                 dist: [10, 15, 27, 14, 7], tci: (2.6342370932591805, 3.1739820848230114)),
        Expected(n: 74, mean: 3.2432432432432434, sd: 1.1798631312636922, median: 3.0, q1: 2.0, q3: 4.0,
                 t2b: 0.43243243243243246, b2b: 0.3108108108108108,
                 t2bci: (0.32566118657067344, 0.5458725674018112), b2bci: (0.21690840804083672, 0.42338610308212016),
                 dist: [4, 19, 19, 19, 13], tci: (2.969891125466331, 3.5165953610201557)),
    ]

    @Test(arguments: 0..<6) func touchpointSummaryMatchesPython(_ j: Int) throws {
        let (_, responses) = Fixtures.drivers()
        let s = try #require(LikertSummary.summarize(responses.touchpoints[j].score, name: "t\(j + 1)"))
        let e = Self.expected[j]
        #expect(s.n == e.n)
        #expect(s.distribution == e.dist)
        try expectClose(s.mean, e.mean)
        try expectClose(s.sd, e.sd)
        try expectClose(s.median, e.median)
        try expectClose(s.quartiles.lowerBound, e.q1)
        try expectClose(s.quartiles.upperBound, e.q3)
        try expectClose(s.t2b, e.t2b)
        try expectClose(s.b2b, e.b2b)
        try expectClose(s.t2bCI95.lowerBound, e.t2bci.0)
        try expectClose(s.t2bCI95.upperBound, e.t2bci.1)
        try expectClose(s.b2bCI95.lowerBound, e.b2bci.0)
        try expectClose(s.b2bCI95.upperBound, e.b2bci.1)
        #expect(s.ciMethod == .t)
        try expectClose(s.ci95?.lowerBound, e.tci.0)
        try expectClose(s.ci95?.upperBound, e.tci.1)
    }

    @Test func smallGroupsGetABootstrapOrNoInterval() throws {
        // x1 of the primitives section, n = 12: bootstrap; the same seed gives the same interval.
        let column = RatingColumn(scale: .fivePoint, values: [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 2])
        let a = try #require(LikertSummary.summarize(column, name: "x"))
        let b = try #require(LikertSummary.summarize(column, name: "x"))
        #expect(a.ciMethod == .bootstrap && a.ci95 == b.ci95)
        try expectClose(a.median, 3.0)
        try expectClose(a.quartiles.upperBound, 4.25)
        let ci = try #require(a.ci95)
        #expect(ci.contains(3.25) && ci.lowerBound >= 1 && ci.upperBound <= 5)
        // below 10 respondents: the distribution only, no interval of the mean
        let small = try #require(LikertSummary.summarize(RatingColumn(scale: .fivePoint, values: [4, 5, 5, nil, 3, 4])))
        #expect(small.n == 5 && small.ci95 == nil && small.distribution == [0, 0, 1, 2, 2])
        // a subset of rows
        let subset = try #require(LikertSummary.summarize(column, rows: [0, 8, 9]))
        #expect(subset.n == 3 && subset.mean == 11.0 / 3)
    }

    @Test func ceilingPushesLargeGroupsToTheBootstrap() throws {
        // 30 answers, 28 of them 5: the t interval would pass 5, so the bootstrap is used and stays on the scale.
        let column = RatingColumn(scale: .fivePoint, values: Array(repeating: 5, count: 28) + [1, 2])
        let s = try #require(LikertSummary.summarize(column))
        #expect(s.ciMethod == .bootstrap)
        #expect(try #require(s.ci95).upperBound <= 5)
    }
}
