import Testing
import JourneyModel
@testable import JourneyAnalysis

/// Issue 8 §3 on survey data: the End, the n < 10 rule, outcome-dependent MOTs and workshop fallbacks.
/// Small hand-made surveys; every expectation follows from the rule named in the comment.
@Suite struct SurveyVerdictTests {
    /// 40 respondents on 1–5: a and b rated by all (a = 2 for 30 of them), c by the first `cCount`, the last
    /// touchpoint d by the first `dCount`; overall = b.
    static func survey(cCount: Int, dCount: Int, journeyImportance: Bool = false) -> (Journey, SurveyResponses) {
        let n = 40
        let a = (0..<n).map { $0 < 30 ? 2 : 4 }
        let b = (0..<n).map { 1 + $0 % 5 }
        let c = (0..<n).map { $0 < cCount ? Optional(1 + $0 % 5) : nil }
        let d = (0..<n).map { $0 < dCount ? Optional(1 + ($0 * 3) % 5) : nil }
        let tps = ["a", "b", "c", "d"].map { id in
            Touchpoint(id: id, name: id.uppercased(), importance: journeyImportance ? (id == "a" ? 5 : 2) : nil,
                       wish: journeyImportance && id == "b" ? 5 : nil)
        }
        let journey = Journey(title: "V", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: tps)],
                              survey: SurveyBinding(overall: "overall"))
        let scale = RatingScale.fivePoint
        let columns: [[Int?]] = [a, b, c, d]
        let answers = zip(["a", "b", "c", "d"], columns).map { id, values in
            SurveyResponses.TouchpointAnswers(touchpointID: id, score: RatingColumn(scale: scale, values: values))
        }
        return (journey, SurveyResponses(respondentCount: n, touchpoints: answers,
                                         overall: RatingColumn(scale: scale, values: b)))
    }

    @Test func belowTenATouchpointReportsItsDistributionOnly() throws {
        let (journey, responses) = Self.survey(cCount: 8, dCount: 40)
        let c = try #require(JourneyAnalyzer.analyze(journey, responses: responses).finding(for: "c"))
        #expect(c.distributionOnly && c.n == 8 && c.distribution == [2, 2, 2, 1, 1])
        #expect(c.mean == nil && c.median == nil && c.severity == nil && c.findingClass == .neutral && c.t2b == nil)
        #expect(!c.mot.suggested)
    }

    @Test func theEndStaysTheLastTouchpointWhenItIsWithheld() throws {
        // d rated by 3 < k_min = 5: withheld; the End is not moved to c.
        let (journey, responses) = Self.survey(cCount: 40, dCount: 3)
        let f = JourneyAnalyzer.analyze(journey, responses: responses)
        #expect(f.finding(for: "d")?.suppressed == true)
        #expect(f.peakEnd.endID == nil)
        #expect(f.notes.contains(.endNotAvailable))
        #expect(!f.touchpoints.contains { $0.mot.reasons.contains(.end) })
        let shown = JourneyAnalyzer.analyze(journey, responses: Self.survey(cCount: 40, dCount: 40).1)
        #expect(shown.peakEnd.endID == "d" && shown.finding(for: "d")?.mot.reasons.contains(.end) == true)
    }

    @Test func workshopImportanceAndWishStandInWhenTheSurveyHasNone() throws {
        let (journey, responses) = Self.survey(cCount: 40, dCount: 40, journeyImportance: true)
        let f = JourneyAnalyzer.analyze(journey, responses: responses)
        let a = try #require(f.finding(for: "a"))
        #expect(a.importanceSource == .estimate && a.importance == 5)
        try expectClose(a.importanceNormalized, 1)          // (5 − 1)/4
        let b = try #require(f.finding(for: "b"))
        #expect(b.wish == 5 && b.wishSource == .estimate)
        try expectClose(b.wishGap, 5 - 3)                   // b's mean is 3
        #expect(f.notes.contains(.importanceFromWorkshop) && f.notes.contains(.wishFromWorkshop))
    }

    @Test func motSuggestionsRespondToTheOutcome() throws {
        // world-peak-end.csv: verdict peak-end; world-mean.csv: verdict average (PeakEndAnalyzerTests). In the mean
        // world the best/worst-moment and End flags have no support, so the two worlds suggest different MOTs.
        let peakWorld = JourneyAnalyzer.analyze(Fixtures.world("world-peak-end.csv").0, responses: Fixtures.world("world-peak-end.csv").1)
        let meanWorld = JourneyAnalyzer.analyze(Fixtures.world("world-mean.csv").0, responses: Fixtures.world("world-mean.csv").1)
        #expect(peakWorld.peakEnd.test?.verdict == .peakEnd && meanWorld.peakEnd.test?.verdict == .average)
        #expect(!meanWorld.touchpoints.contains { $0.mot.reasons.contains(.peakOrTrough) || $0.mot.reasons.contains(.end) })
        #expect(peakWorld.finding(for: "t8")?.mot.reasons.contains(.end) == true)
        #expect(peakWorld.touchpoints.map(\.mot.reasons) != meanWorld.touchpoints.map(\.mot.reasons))
    }

    @Test func verdictModelAndCaution() throws {
        let peakWorld = JourneyAnalyzer.analyze(Fixtures.world("world-peak-end.csv").0, responses: Fixtures.world("world-peak-end.csv").1)
        let test = try #require(peakWorld.peakEnd.test)
        // a peak-end verdict is decided by R ~ mean + peak + end against R ~ mean: its R² is never below the mean's
        #expect(test.verdictModel == "meanPeakEnd")
        #expect(test.verdictR2 >= test.r2Mean)
        try expectClose(test.verdictR2, try #require(test.models.first { $0.name == "meanPeakEnd" }).r2)
        #expect(test.tooClean == (max(test.rPeakEnd ?? 0, test.rMean ?? 0) > 0.85))
    }
}
