import Testing
import JourneyModel
@testable import JourneyAnalysis

// Expected classes and scores computed by hand from METHODS.md §3.3 (worked out in the comments below).
@Suite struct EstimateAnalyzerTests {
    /// 1–5 scale, c = 3, bottom box ≤ 2, top box ≥ 4; importance 1–5 → I* = (imp − 1)/4.
    /// Known I*: a 1, b .25, g 0, d .75, e .75, f .5 → median .625, which c (no importance) takes.
    /// All seven I*: 0, .25, .5, .625, .75, .75, 1 → median I* = .625.
    static let journey = Journey(title: "Small", language: .en, stages: [
        Stage(id: "s1", name: "First", touchpoints: [
            Touchpoint(id: "a", name: "A", score: 2, importance: 5),
            Touchpoint(id: "b", name: "B", score: 4, importance: 2, wish: 5),
            Touchpoint(id: "c", name: "C", score: 3),
            Touchpoint(id: "g", name: "G", score: 2, importance: 1),
        ]),
        Stage(id: "s2", name: "Second", touchpoints: [
            Touchpoint(id: "d", name: "D", score: 1, importance: 4),
            Touchpoint(id: "e", name: "E", score: 3, importance: 4, wish: 5),
            Touchpoint(id: "f", name: "F", isMOT: true, score: 5, importance: 3),
        ]),
    ])

    @Test func classesAndScoresMatchHandComputation() throws {
        let findings = EstimateAnalyzer.analyze(Self.journey)
        #expect(findings.source == .estimate)
        func f(_ id: String) throws -> TouchpointFinding { try #require(findings.finding(for: id)) }
        // a: x = 2 in the bottom box, I* = 1 ≥ .625 → pain; S = 100·1·1·(1+1)/2·1 = 100
        #expect(try f("a").findingClass == .pain)
        try expectClose(try f("a").severity, 100)
        // b: x = 4 in the top box → pleasure (estimate: no Kano/f⁺ clause); L = 100·.25·1·1 = 25
        #expect(try f("b").findingClass == .pleasure)
        try expectClose(try f("b").leverage, 25)
        // c: x = 3, no wish → neutral; its I* is the imputed median .625
        #expect(try f("c").findingClass == .neutral)
        try expectClose(try f("c").importanceNormalized, 0.625)
        #expect(try f("c").importanceSource == .assumed)
        // g: x = 2 but I* = 0 < .625 → mere discomfort, not a pain point; no wish → neutral
        #expect(try f("g").findingClass == .neutral)
        // d: x = 1, I* = .75 → pain; a suggested MOT (the workshop's worst, f⁻ = 1 ≥ 2/7) → S = 100·.75·1·1·1.5 = 112.5
        #expect(try f("d").findingClass == .pain)
        try expectClose(try f("d").severity, 112.5)
        #expect(try f("d").mot.suggested && f("d").mot.reasons == [.peakOrTrough])
        // e: x = 3, wish 5 → G = 2 ≥ 1 → itch; O = 100·.75·1·min(2/4, 1) = 37.5
        #expect(try f("e").findingClass == .itch)
        try expectClose(try f("e").opportunity, 37.5)
        // f: x = 5 → pleasure; L = 100·.5·1·1 = 50; declared, and suggested as best (f⁺ = 1) and End
        #expect(try f("f").findingClass == .pleasure)
        try expectClose(try f("f").leverage, 50)
        #expect(try f("f").mot.declared && f("f").mot.reasons == [.peakOrTrough, .end])
        // only the class's own score is set
        #expect(try f("a").leverage == nil && f("b").severity == nil && f("e").severity == nil)
        #expect(findings.notes == [.estimateOnly, .importanceImputedMedian, .coefficientsAssumedOne])
    }

    @Test func peakTroughEndAndRemembered() throws {
        let pe = EstimateAnalyzer.analyze(Self.journey).peakEnd
        // v: a −1, b +1, c 0, g −1, d −2, e 0, f +2 → |v| ties at d and f, the negative wins
        #expect(pe.peakID == "d")
        #expect(pe.troughID == "d")
        #expect(pe.endID == "f")
        try expectClose(pe.remembered, 3)          // (1 + 5)/2
        try expectClose(pe.mean, 20.0 / 7)         // (2+4+3+2+1+3+5)/7
    }

    @Test func sevenPointScaleUsesScaledThresholds() throws {
        // 1–7, c = 4: bottom box ≤ 2, top box ≥ 6; itch gap (7 − 1)/4 = 1.5; importance missing everywhere → I* = 1.
        let journey = Journey(title: "Seven", language: .en, scale: RatingScale(min: 1, max: 7), stages: [
            Stage(id: "s", name: "S", touchpoints: [
                // x = 3 ≤ c − 1 → low, so B2B = 1 in estimate mode → pain; the workshop's worst (f⁻ = 1 ≥ 2/4) makes it a
                // suggested MOT → S = 100·1·1·(1 + 1)/2·1.5 = 150
                Touchpoint(id: "low", name: "L", score: 3),
                Touchpoint(id: "wish", name: "W", score: 4.5, wish: 6), // G = 1.5 → itch; O = 100·1·1·min(1.5/6, 1) = 25
                Touchpoint(id: "top", name: "T", score: 6),             // top box → pleasure; L = 100
                Touchpoint(id: "mid", name: "M", score: 5, wish: 6),    // G = 1 < 1.5 → neutral
            ]),
        ])
        let findings = EstimateAnalyzer.analyze(journey)
        #expect(findings.finding(for: "low")?.findingClass == .pain)
        try expectClose(findings.finding(for: "low")?.severity, 150)
        #expect(findings.finding(for: "wish")?.findingClass == .itch)
        try expectClose(findings.finding(for: "wish")?.opportunity, 25)
        #expect(findings.finding(for: "top")?.findingClass == .pleasure)
        try expectClose(findings.finding(for: "top")?.leverage, 100)
        #expect(findings.finding(for: "mid")?.findingClass == .neutral)
        #expect(findings.notes.contains(.importanceAssumedOne))
    }

    @Test func unscoredTouchpointsStayNeutralAndNoScoresGiveEmptyPeakEnd() {
        let journey = Journey(title: "Empty", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "x", name: "X"), Touchpoint(id: "y", name: "Y")]),
        ])
        let findings = EstimateAnalyzer.analyze(journey)
        #expect(findings.touchpoints.allSatisfy { $0.findingClass == .neutral && $0.mean == nil })
        #expect(findings.peakEnd.peakID == nil && findings.peakEnd.remembered == nil)
    }
}

/// Estimate mode (METHODS.md §3.3, last paragraph) on a journey whose classes were worked out by hand.
@Suite struct EstimateAnalyzerFoundationTests {
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
