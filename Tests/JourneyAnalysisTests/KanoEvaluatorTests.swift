import Testing
import JourneyModel
@testable import JourneyAnalysis

// Hand-computed from the evaluation table of METHODS.md §3.2 and Berger et al. (1993).
@Suite struct KanoEvaluatorTests {
    @Test func evaluationTable() {
        let rows: [(KanoAnswer, String)] = [(.like, "QAAAO"), (.mustBe, "RIIIM"), (.neutral, "RIIIM"), (.liveWith, "RIIIM"), (.dislike, "RRRRQ")]
        for (functional, expected) in rows {
            let line = KanoAnswer.allCases.map { KanoEvaluator.category(functional: functional, dysfunctional: $0).rawValue }.joined()
            #expect(line == expected)
        }
    }

    @Test func tieBreakPrefersMustBeWithinFivePoints() throws {
        // 21 attractive (Like/Neutral) and 20 must-be (Neutral/Dislike) of 41: 51.2% vs 48.8%, within 5 points → M.
        let f = Array(repeating: 1, count: 21) + Array(repeating: 3, count: 20)
        let d = Array(repeating: 3, count: 21) + Array(repeating: 5, count: 20)
        let result = try #require(KanoEvaluator.evaluate(functional: f, dysfunctional: d))
        #expect(result.category == .mustBe)
        // Better = 21/41, Worse = −20/41; by coefficients: Better ≥ .5 and |Worse| < .5 → A
        try expectClose(result.better, 21.0 / 41)
        try expectClose(result.worse, -20.0 / 41)
        #expect(result.coefficientCategory == .attractive)
        // 24 vs 17 of 41 (58.5% vs 41.5%): a clear mode, no tie-break → A
        let f2 = Array(repeating: 1, count: 24) + Array(repeating: 3, count: 17)
        let d2 = Array(repeating: 3, count: 24) + Array(repeating: 5, count: 17)
        #expect(KanoEvaluator.evaluate(functional: f2, dysfunctional: d2)?.category == .attractive)
        // unanswered pairs are skipped
        #expect(KanoEvaluator.evaluate(functional: [nil, 1], dysfunctional: [5, nil]) == nil)
    }
}
