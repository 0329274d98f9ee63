import Testing
import JourneyModel
@testable import JourneyAnalysis

/// Estimate mode (METHODS.md §3.3, last paragraph) on a journey whose classes were worked out by hand.
@Suite struct EstimateAnalyzerTests {
    /// 1–7 scale, neutral 4: bottom two points ≤ 2, top two ≥ 6, itch gap ≥ (7 − 1)/4 = 1.5.
    /// Importance normalized (I − 1)/4: a 1.0, b 0.5, c 0.5, d 0.0, e –; median of {1, .5, .5, 0} = 0.5.
    static let journey = Journey(title: "t", language: .en, scale: RatingScale(min: 1, max: 7), stages: [
        Stage(id: "s1", name: "S1", touchpoints: [
            Touchpoint(id: "a", name: "A", isMOT: true, score: 2, importance: 5),   // low, I* 1 ≥ .5 → pain, S = 100·1·1·1.5 = 150
            Touchpoint(id: "b", name: "B", score: 6, importance: 3),                // top-2 → pleasure
            Touchpoint(id: "c", name: "C", score: 4, importance: 3, wish: 6),       // gap 2 ≥ 1.5 → itch
        ]),
        Stage(id: "s2", name: "S2", touchpoints: [
            Touchpoint(id: "d", name: "D", score: 1, importance: 1),                // low but I* 0 < .5 → not pain; no wish → neutral
            Touchpoint(id: "e", name: "E"),                                         // unrated → neutral, no mean
            Touchpoint(id: "f", name: "F", score: 5),                               // last rated → End
        ]),
    ])

    @Test func classesFollowTheRules() {
        let findings = EstimateAnalyzer.analyze(Self.journey)
        #expect(findings.source == .estimate)
        #expect(findings.touchpoints.map(\.findingClass) == [.pain, .pleasure, .itch, .neutral, .neutral, .neutral])
        #expect(findings.touchpoints[0].severity == 150)
        #expect(findings.touchpoints[0].mot.declared)
        #expect(findings.touchpoints[4].mean == nil)
        #expect(findings.touchpoints.map(\.stageID) == ["s1", "s1", "s1", "s2", "s2", "s2"])
    }

    /// Peak = largest |x − 4| = d (|1 − 4| = 3); trough = d; End = f (5); remembered (1 + 5)/2 = 3;
    /// mean of 2, 6, 4, 1, 5 = 18/5 = 3.6.
    @Test func peakEndFromTheEstimates() {
        let peakEnd = EstimateAnalyzer.analyze(Self.journey).peakEnd
        #expect(peakEnd.peakID == "d")
        #expect(peakEnd.troughID == "d")
        #expect(peakEnd.endID == "f")
        #expect(peakEnd.remembered == 3)
        #expect(abs((peakEnd.mean ?? 0) - 3.6) < 1e-12)
    }
}
