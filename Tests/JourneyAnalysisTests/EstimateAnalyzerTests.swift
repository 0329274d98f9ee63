import Testing
import JourneyModel
@testable import JourneyAnalysis

// Expected classes and scores computed by hand from METHODS.md §3.3 as revised (worked out in the comments below):
// the absolute importance gate I* ≥ .5 in estimate mode, no default I*, severity with the graded shortfall
// d = clamp((c − x)/(c − min), 0, 1) and S = 100·I*·d·(1 + |Worse|)/2·(1 + .5·[MOT])/1.5.
@Suite struct EstimateAnalyzerTests {
    /// 1–5 scale, c = 3, bottom box ≤ 2, top box ≥ 4; importance 1–5 → I* = (imp − 1)/4.
    /// Known I*: a 1, b .25, g 0, d .75, e .75, f .5; c has none (importance unknown).
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
        // a: x = 2 in the bottom box, I* = 1 ≥ .5 → pain; d = (3 − 2)/2 = .5; S = 100·1·.5·(1+1)/2·1/1.5 = 33.33
        #expect(try f("a").findingClass == .pain)
        try expectClose(try f("a").severity, 100.0 / 3)
        // b: x = 4 in the top box → pleasure (estimate: no Kano/f⁺ clause); L = 100·.25·1·1 = 25
        #expect(try f("b").findingClass == .pleasure)
        try expectClose(try f("b").leverage, 25)
        // c: x = 3, no wish → neutral; no importance → unknown, never a default
        #expect(try f("c").findingClass == .neutral)
        #expect(try f("c").importanceNormalized == nil)
        #expect(try f("c").importanceSource == .unknown)
        // g: x = 2 but I* = 0 < .5 → mere discomfort, not a pain point; no wish → neutral, below neutral
        #expect(try f("g").findingClass == .neutral && f("g").belowNeutral)
        // d: x = 1, I* = .75 → pain; a suggested MOT (the workshop's worst, f⁻ = 1 ≥ 2/7); d = 1 → S = 100·.75·1·1·1.5/1.5 = 75
        #expect(try f("d").findingClass == .pain)
        try expectClose(try f("d").severity, 75)
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
        #expect(findings.notes == [.estimateOnly, .importanceUnknown, .coefficientsAssumedOne])
        #expect(findings.touchpoints.allSatisfy { ($0.severity ?? 0) <= 100 })
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
        // 1–7, c = 4: bottom box ≤ 2, top box ≥ 6; itch gap (7 − 1)/4 = 1.5; importance missing everywhere → unknown.
        let journey = Journey(title: "Seven", language: .en, scale: RatingScale(min: 1, max: 7), stages: [
            Stage(id: "s", name: "S", touchpoints: [
                // x = 3 ≤ c − 1 → low; importance not given does not exclude it → pain, with no severity (unknown I*)
                Touchpoint(id: "low", name: "L", score: 3),
                Touchpoint(id: "wish", name: "W", score: 4.5, wish: 6), // G = 1.5 → itch; no I* → no opportunity
                Touchpoint(id: "top", name: "T", score: 6),             // top box → pleasure; no I* → no leverage
                Touchpoint(id: "mid", name: "M", score: 5, wish: 6),    // G = 1 < 1.5 → neutral
            ]),
        ])
        let findings = EstimateAnalyzer.analyze(journey)
        #expect(findings.finding(for: "low")?.findingClass == .pain)
        #expect(findings.finding(for: "low")?.severity == nil)
        #expect(findings.finding(for: "wish")?.findingClass == .itch)
        #expect(findings.finding(for: "wish")?.opportunity == nil)
        #expect(findings.finding(for: "top")?.findingClass == .pleasure)
        #expect(findings.finding(for: "top")?.leverage == nil)
        #expect(findings.finding(for: "mid")?.findingClass == .neutral)
        #expect(findings.touchpoints.allSatisfy { $0.importanceSource == .unknown && $0.importanceNormalized == nil })
        #expect(findings.notes.contains(.importanceUnknown))
    }

    @Test func severityDiscriminatesBetweenEstimatesAndStaysOnZeroToHundred() throws {
        // 1–7, c = 4, I* = 1 (importance 5): d = (4 − x)/3 → 1.5: .833 (the worst, a suggested MOT), 2.5: .5, 3.0: .333.
        // S = 100·d·1·(1 + .5·[MOT])/1.5 → 83.33, 33.33, 22.22 (before: 150, 100, 100).
        let journey = Journey(title: "Grades", language: .en, scale: RatingScale(min: 1, max: 7), stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "p1", name: "P1", score: 1.5, importance: 5),
                Touchpoint(id: "p2", name: "P2", score: 2.5, importance: 5),
                Touchpoint(id: "p3", name: "P3", score: 3.0, importance: 5),
                Touchpoint(id: "ok", name: "OK", score: 5, importance: 3),
            ]),
        ])
        let f = EstimateAnalyzer.analyze(journey)
        try expectClose(f.finding(for: "p1")?.severity, 100 * 2.5 / 3)
        try expectClose(f.finding(for: "p2")?.severity, 100 * 0.5 / 1.5)
        try expectClose(f.finding(for: "p3")?.severity, 100.0 / 3 / 1.5)
    }

    @Test func absoluteImportanceGateInEstimateMode() throws {
        // 1–5: score 2 with importance 3 (I* = .5, the midpoint) is a pain, as score 2 without importance is;
        // importance 2 (I* = .25) is below the midpoint → not a pain, whatever the other touchpoints say.
        let journey = Journey(title: "Gate", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "medium", name: "M", score: 2, importance: 3),
                Touchpoint(id: "blank", name: "B", score: 2),
                Touchpoint(id: "low", name: "L", score: 2, importance: 2),
                Touchpoint(id: "high", name: "H", score: 4, importance: 5),
                Touchpoint(id: "top", name: "T", score: 4, importance: 5),
            ]),
        ])
        let f = EstimateAnalyzer.analyze(journey)
        #expect(f.touchpoints.map(\.findingClass) == [.pain, .pain, .neutral, .pleasure, .pleasure])
        // medium: d = .5, I* = .5, not MOT (f⁻ split three ways = 1/3 < 2/5) → 100·.5·.5·1/1.5
        try expectClose(f.finding(for: "medium")?.severity, 100 * 0.25 / 1.5)
        #expect(f.finding(for: "blank")?.severity == nil && f.finding(for: "blank")?.importanceSource == .unknown)
        #expect(f.finding(for: "low")?.belowNeutral == true)
    }

    @Test func anItchIsNeverBelowNeutral() {
        // "Log in to six systems" at 2/5 with a wish of 5 and low importance: a hurt, not an aspiration.
        let journey = Journey(title: "Itch", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "login", name: "Log in to six systems", score: 2, importance: 1, wish: 5),
                Touchpoint(id: "x", name: "X", score: 3, importance: 3),
                Touchpoint(id: "y", name: "Y", score: 3, importance: 3),
            ]),
        ])
        let login = EstimateAnalyzer.analyze(journey).finding(for: "login")
        #expect(login?.findingClass == .neutral && login?.belowNeutral == true)
    }

    @Test func theEndIsTheLastTouchpointOrNotAvailable() {
        let journey = Journey(title: "End", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "a", name: "A", score: 2), Touchpoint(id: "b", name: "B", score: 4), Touchpoint(id: "c", name: "C"),
            ]),
        ])
        let f = EstimateAnalyzer.analyze(journey)
        #expect(f.peakEnd.endID == nil && f.peakEnd.remembered == nil)
        #expect(f.notes.contains(.endNotAvailable))
        #expect(!f.touchpoints.contains { $0.mot.reasons.contains(.end) })
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
            Touchpoint(id: "a", name: "A", isMOT: true, score: 2, importance: 5),   // low, I* 1 ≥ .5 → pain, d = 2/3, S = 100·(2/3)·1.5/1.5
            Touchpoint(id: "b", name: "B", score: 6, importance: 3),                // top-2 → pleasure
            Touchpoint(id: "c", name: "C", score: 4, importance: 3, wish: 6),       // gap 2 ≥ 1.5 → itch
        ]),
        Stage(id: "s2", name: "S2", touchpoints: [
            Touchpoint(id: "d", name: "D", score: 1, importance: 1),                // low but I* 0 < .5 → not pain; no wish → neutral
            Touchpoint(id: "e", name: "E"),                                         // unrated → neutral, no mean
            Touchpoint(id: "f", name: "F", score: 5),                               // the last touchpoint → End
        ]),
    ])

    @Test func classesFollowTheRules() {
        let findings = EstimateAnalyzer.analyze(Self.journey)
        #expect(findings.source == .estimate)
        #expect(findings.touchpoints.map(\.findingClass) == [.pain, .pleasure, .itch, .neutral, .neutral, .neutral])
        #expect(abs((findings.touchpoints[0].severity ?? 0) - 200.0 / 3) < 1e-9)
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

/// A suggested MOT never swamps the map, and a flat journey names no peak, trough or MOT.
@Suite struct MOTSuggestionCapTests {
    @Test func atMostTheDocumentedShareStrongestFirst() {
        // 20 touchpoints, 12 of them qualify (not declared): the cap is max(3, ⌈.2 × 20⌉) = 4. Strength: more
        // reasons first (indices 5 and 9 have two), then the larger strength, then journey order.
        var reasons = [[MOTReason]](repeating: [], count: 20)
        for i in 0..<12 { reasons[i] = [.peakOrTrough] }
        reasons[5] = [.keyDriver, .peakOrTrough]
        reasons[9] = [.keyDriver, .end]
        var strength = [Double](repeating: 0.1, count: 20)
        strength[2] = 0.5
        strength[7] = 0.4
        var declared = [Bool](repeating: false, count: 20)
        declared[11] = true   // declared ones keep their suggestion and do not count against the cap
        let kept = MOTDetector.cappedSuggestions(reasons: reasons, declared: declared, strength: strength)
        #expect(kept.indices.filter { kept[$0] } == [2, 5, 7, 9, 11])
        // small journeys keep the peak-end trio
        let small = MOTDetector.cappedSuggestions(reasons: [[.peakOrTrough], [.peakOrTrough], [.end], []],
                                                  declared: [false, false, false, false], strength: [0, 0, 0, 0])
        #expect(small == [true, true, true, false])
    }

    @Test func aFlatJourneyHasNoPeakTroughOrSuggestedMOT() {
        let journey = Journey(title: "Flat", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: (1...5).map {
            Touchpoint(id: "t\($0)", name: "T\($0)", score: 3)
        })])
        let f = EstimateAnalyzer.analyze(journey)
        #expect(f.peakEnd.peakID == nil && f.peakEnd.troughID == nil && f.peakEnd.bestID == nil)
        #expect(f.peakEnd.endID == "t5" && f.peakEnd.remembered == 3)
        #expect(f.touchpoints.allSatisfy { !$0.mot.suggested })
    }
}
