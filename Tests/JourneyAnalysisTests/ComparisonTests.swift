import Foundation
import JourneyModel
import SurveyImport
import Testing
@testable import JourneyAnalysis

/// Permutation test, Holm correction, scale mapping and the journey/wave comparison against numbers computed
/// independently in Python (numpy, pandas, statsmodels.multipletests); the script is quoted
/// in each test.
@Suite struct ComparisonTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func waves() throws -> (Journey, SurveyResponses, SurveyResponses) {
        let journey = try JourneyLoader.load(path: root.appendingPathComponent("journeys/onboarding-90-days.yaml").path)
        let old = try ResponsesFile.read(path: root.appendingPathComponent("Tests/Fixtures/compare/onboarding.wave1.csv").path, journey: journey)
        let new = try ResponsesFile.read(path: root.appendingPathComponent("Tests/Fixtures/compare/onboarding.wave2.csv").path, journey: journey)
        return (journey, new, old)
    }

    /// Exact permutation distribution, all C(13, 6) = 1,716 relabellings enumerated in Python:
    ///     for idx in itertools.combinations(range(13), 6): d = mean(x) − mean(y); count |d| ≥ |obs|
    ///     → obs = −1.4047619048, count = 80, p = 80/1716 = 0.0466200466
    /// The Monte Carlo estimate with B = 20,000 must lie within 4 standard errors √(p(1−p)/B) ≈ 0.0015 of it.
    @Test func monteCarloMatchesTheExactDistribution() throws {
        let a: [Double] = [2, 3, 3, 4, 5, 2], b: [Double] = [4, 5, 5, 3, 6, 5, 4]
        let settings = PermutationTest.Settings(permutations: 20_000)
        let result = try #require(PermutationTest.meanDifference(a, b, settings: settings))
        #expect(abs(result.difference - (-1.4047619048)) < 1e-9)
        let exact = 80.0 / 1716.0
        let se = (exact * (1 - exact) / 20_000).squareRoot()
        #expect(abs(result.pValue - exact) < 4 * se, "p = \(result.pValue), exact \(exact)")
        #expect(result.method == .permutation)
        // Seeded: the same p every run; another stream gives a (slightly) different estimate of the same p.
        #expect(PermutationTest.meanDifference(a, b, settings: settings)?.pValue == result.pValue)
        let other = try #require(PermutationTest.meanDifference(a, b, settings: settings, stream: 7))
        #expect(abs(other.pValue - exact) < 4 * se)
    }

    /// Equal samples: Δ = 0 and p = 1 (every relabelling is at least as extreme); constant data: p = 1.
    @Test func noDifferenceGivesPOne() throws {
        let same = try #require(PermutationTest.meanDifference([1, 2, 3, 4], [4, 3, 2, 1]))
        #expect(same.difference == 0 && same.pValue == 1)
        #expect(PermutationTest.meanDifference([3, 3, 3], [3, 3])?.pValue == 1)
        #expect(PermutationTest.meanDifference([], [1]) == nil)
    }

    /// The normal approximation above the cut-off: the exact permutation variance N²/(n_a n_b)·σ²/(N−1). Python:
    ///     a = [1]*30+[2]*30, b = [1]*20+[2]*40; N = 120, σ² (divisor N) = 0.2430555…, Var Δ* = 120²/3600·σ²/119
    ///     z = |1.5 − 1.6667| / sd = 1.8439, p = 2·(1 − scipy.stats.norm.cdf(z)) = 0.0651964
    @Test func normalApproximationUsesThePermutationVariance() throws {
        let a = [Double](repeating: 1, count: 30) + [Double](repeating: 2, count: 30)
        let b = [Double](repeating: 1, count: 20) + [Double](repeating: 2, count: 40)
        let settings = PermutationTest.Settings(normalAbove: 10)
        let result = try #require(PermutationTest.meanDifference(a, b, settings: settings))
        #expect(result.method == .normal)
        #expect(abs(result.pValue - 0.0651964) < 1e-6, "p = \(result.pValue)")
    }

    /// statsmodels.stats.multitest.multipletests([.01, .04, .03, .005, .5], method="holm")[1] → [.04, .09, .09, .025, .5]
    @Test func holmMatchesStatsmodels() {
        let adjusted = HolmCorrection.adjust([0.01, 0.04, 0.03, 0.005, 0.5])
        for (x, y) in zip(adjusted, [0.04, 0.09, 0.09, 0.025, 0.5]) { #expect(abs(x - y) < 1e-12) }
        #expect(HolmCorrection.adjust([]).isEmpty)
    }

    @Test func scaleMappingIsLinearEndToEnd() {
        let map = ScaleMapping(from: RatingScale(min: 1, max: 7), to: .fivePoint)
        #expect(map.map(1) == 1 && map.map(7) == 5 && map.map(4) == 3)
        #expect(abs(map.map(5.5) - 4) < 1e-12)
        #expect(ScaleMapping(from: .fivePoint, to: .fivePoint).isIdentity)
    }

    /// Wave 2 against wave 1 (Tests/Fixtures/compare, generate_waves.py: shifts +1.5 account-setup, +1.0 kb-search,
    /// −1.0 first-complaint). Means by pandas; p by a numpy permutation test with the same definition
    /// ((1 + #{|Δ*| ≥ |Δ|})/(B + 1), B = 200,000 random relabellings, numpy default_rng(12345)); Holm by hand:
    ///     account-setup   new 4.164286 old 2.553333 Δ  1.610952 p 0.00000
    ///     first-complaint new 1.742857 old 2.320000 Δ −0.577143 p 0.00000
    ///     kb-search       new 4.635714 old 3.646667 Δ  0.989048 p 0.00000
    ///     mentor-feedback new 6.257143 old 6.033333 Δ  0.223810 p 0.01243  Holm (15 − 3)·p = 0.149
    ///     welcome Δ 0.096190 p 0.39215; script-exam Δ 0.011905 p 0.96106; probation-review Δ 0.172381 p 0.15191
    /// (scipy.stats.permutation_test is not used as the reference: its two-sided p is twice the smaller one-sided p,
    /// which differs from P(|Δ*| ≥ |Δ|) for the skewed, tied distributions of rating data.)
    @Test func wavesMatchPandasAndNumpy() throws {
        let (journey, new, old) = try Self.waves()
        let comparison = try ComparisonAnalyzer.compare(
            ComparisonSide(journey: journey, findings: JourneyAnalyzer.analyze(journey, responses: new), responses: new),
            with: ComparisonSide(journey: journey, findings: JourneyAnalyzer.analyze(journey, responses: old), responses: old),
            kind: .waves)
        #expect(comparison.tested && !comparison.scaleMapped)
        #expect(comparison.touchpoints.count == 15 && comparison.onlyShown.isEmpty && comparison.onlyReference.isEmpty)
        let expected: [String: (Double, Double, Double)] = [
            "account-setup": (4.164286, 2.553333, 1.610952), "first-complaint": (1.742857, 2.320000, -0.577143),
            "kb-search": (4.635714, 3.646667, 0.989048), "mentor-feedback": (6.257143, 6.033333, 0.223810),
            "welcome": (5.342857, 5.246667, 0.096190), "script-exam": (3.478571, 3.466667, 0.011905),
        ]
        for (id, (value, reference, delta)) in expected {
            let row = try #require(comparison.touchpoint(id))
            #expect(abs(row.value! - value) < 1e-6 && abs(row.reference! - reference) < 1e-6 && abs(row.delta! - delta) < 1e-6, "\(id)")
            #expect(row.n == 140 && row.referenceN == 150)
        }
        // Monte Carlo B = 10,000 against numpy's 200,000: within 4 combined standard errors.
        for (id, p) in [("welcome", 0.39215), ("mentor-feedback", 0.01243), ("script-exam", 0.96106), ("probation-review", 0.15191)] {
            let row = try #require(comparison.touchpoint(id))
            let se = (p * (1 - p) / 10_000 + p * (1 - p) / 200_000).squareRoot()
            #expect(abs(row.pValue! - p) < 4 * se + 1e-4, "\(id): p = \(row.pValue!)")
        }
        let significant = Set(comparison.touchpoints.filter { $0.significant == true }.map(\.id))
        #expect(significant == ["account-setup", "first-complaint", "kb-search"])
        // The three shifted touchpoints beat every relabelling: p = 1/(B+1), Holm multiplies by 15, 14, 13.
        #expect(comparison.touchpoint("account-setup")?.pValue == 1.0 / 10_001)
        #expect(abs(comparison.touchpoint("mentor-feedback")!.adjustedP! - 0.149) < 0.03)
    }

    /// Two estimate journeys on different scales: the reference is mapped linearly, Δ is on the shown scale,
    /// unmatched touchpoints are listed on both sides, and nothing is tested.
    @Test func journeysMatchByIDAndMapScales() throws {
        let shown = Journey(title: "To be", language: .en, scale: .fivePoint, stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "a", name: "A", score: 4), Touchpoint(id: "b", name: "B", score: 2.5),
                Touchpoint(id: "new", name: "New step", score: 5), Touchpoint(id: "c", name: "C"),
            ]),
        ])
        let reference = Journey(title: "As is", language: .en, scale: RatingScale(min: 1, max: 7), stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "a", name: "A", score: 2.5), Touchpoint(id: "b", name: "B", score: 7),
                Touchpoint(id: "c", name: "C", score: 4), Touchpoint(id: "gone", name: "Old step", score: 1),
            ]),
        ])
        let comparison = try ComparisonAnalyzer.compare(
            ComparisonSide(journey: shown, findings: JourneyAnalyzer.analyze(shown, responses: nil), label: "To be"),
            with: ComparisonSide(journey: reference, findings: JourneyAnalyzer.analyze(reference, responses: nil), label: "As is"),
            kind: .journeys)
        #expect(comparison.scaleMapped && !comparison.tested)
        // By hand: 2.5 on 1–7 → 1 + 1.5·4/6 = 2; 7 → 5; Δa = 4 − 2 = 2, Δb = 2.5 − 5 = −2.5; c has no shown value.
        #expect(comparison.touchpoints.map(\.id) == ["a", "b", "c"])
        #expect(comparison.touchpoint("a")?.delta == 2 && comparison.touchpoint("a")?.reference == 2)
        #expect(comparison.touchpoint("b")?.delta == -2.5)
        #expect(comparison.touchpoint("c")?.delta == nil && comparison.touchpoint("c")?.reference == 3)
        #expect(comparison.onlyShown == [UnmatchedTouchpoint(id: "new", name: "New step")])
        #expect(comparison.onlyReference == [UnmatchedTouchpoint(id: "gone", name: "Old step")])
        #expect(comparison.touchpoints.allSatisfy { $0.pValue == nil && $0.significant == nil && $0.n == nil })

        let disjoint = Journey(title: "X", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "zz", name: "Z", score: 3)])])
        #expect(throws: ComparisonError.noCommonTouchpoints) {
            try ComparisonAnalyzer.compare(ComparisonSide(journey: shown, findings: JourneyAnalyzer.analyze(shown, responses: nil)),
                                           with: ComparisonSide(journey: disjoint, findings: JourneyAnalyzer.analyze(disjoint, responses: nil)),
                                           kind: .journeys)
        }
    }

    /// A wave under the anonymity minimum is refused, whichever side it is.
    @Test func smallWaveIsRefused() throws {
        let (journey, new, old) = try Self.waves()
        var tiny = old
        tiny.respondentCount = 4
        tiny.touchpoints = tiny.touchpoints.map { a in
            var a = a
            a.score = RatingColumn(scale: a.score.scale, values: Array(a.score.values.prefix(4)))
            return a
        }
        tiny.overall = nil; tiny.enps = nil; tiny.segments = []
        for t in tiny.touchpoints.indices { tiny.touchpoints[t].importance = nil; tiny.touchpoints[t].wish = nil; tiny.touchpoints[t].comments = nil }
        let big = ComparisonSide(journey: journey, findings: JourneyAnalyzer.analyze(journey, responses: new), responses: new)
        let small = ComparisonSide(journey: journey, findings: JourneyAnalyzer.analyze(journey, responses: tiny), responses: tiny)
        #expect(throws: ComparisonError.sideBelowMinimum(reference: true, minimum: 5)) {
            try ComparisonAnalyzer.compare(big, with: small, kind: .waves)
        }
        #expect(throws: ComparisonError.sideBelowMinimum(reference: false, minimum: 5)) {
            try ComparisonAnalyzer.compare(small, with: big, kind: .waves)
        }
    }
}
