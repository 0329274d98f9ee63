import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// With survey data, a touchpoint the survey does not cover says so (the team's estimate is not drawn in its
/// place), and one under 10 answers says it reports its distribution only.
@Suite struct SurveyCoverageLabelTests {
    @Test func uncoveredAndDistributionOnlyTouchpointsAreLabelled() {
        let journey = Journey(title: "Coverage", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "a", name: "A", score: 2), Touchpoint(id: "b", name: "B", score: 4),
            Touchpoint(id: "c", name: "C", score: 5)])])
        // 40 respondents rate a; 7 of them rate b; nobody is asked about c.
        let a = (0..<40).map { Optional(1 + $0 % 5) }
        let b = (0..<40).map { $0 < 7 ? Optional(2 + $0 % 3) : nil }
        let responses = SurveyResponses(respondentCount: 40, touchpoints: [
            .init(touchpointID: "a", score: RatingColumn(scale: .fivePoint, values: a)),
            .init(touchpointID: "b", score: RatingColumn(scale: .fivePoint, values: b)),
        ])
        let findings = JourneyAnalyzer.analyze(journey, responses: responses)
        let layout = MapLayoutEngine.layout(journey, findings: findings)
        let row = layout.textRuns.filter { $0.role == .sampleSize }.sorted { $0.x < $1.x }.map { $0.lines.joined() }
        #expect(row == ["n=40", "n=7 · distribution only", "no survey data"])
        // Only a has a point: c's workshop score 5 is not mixed into the survey curve.
        #expect(layout.textRuns.filter { $0.role == .valueLabel }.count == 1)
    }
}
