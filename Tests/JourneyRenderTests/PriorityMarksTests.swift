import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// Pain priority a room can read: ranks on pills and points, weight growing with severity, the shaded area below
/// neutral, and the credit line only on request.
@Suite struct PriorityMarksTests {
    /// Four touchpoints; b, c and d are pain points with severities 20, 90 and 50 set by hand.
    static func map(credit: Bool = false) -> (MapLayout, JourneyFindings) {
        let journey = Journey(title: "Ranks", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "a", name: "A", score: 4), Touchpoint(id: "b", name: "B", score: 2),
            Touchpoint(id: "c", name: "C", score: 1), Touchpoint(id: "d", name: "D", score: 2)])])
        var findings = EstimateAnalyzer.analyze(journey)
        for (j, severity) in [(1, 20.0), (2, 90.0), (3, 50.0)] {
            findings.touchpoints[j].findingClass = .pain
            findings.touchpoints[j].severity = severity
        }
        findings.touchpoints[0].findingClass = .neutral
        return (MapLayoutEngine.layout(journey, findings: findings, options: RenderOptions(credit: credit)), findings)
    }

    @Test func pillsAndPointsCarryTheSameRankBySeverity() {
        let (layout, findings) = Self.map()
        #expect(findings.rankedPains.map(\.id) == ["c", "d", "b"])
        let pills = layout.textRuns.filter { $0.role == .findingPill }.sorted { $0.x < $1.x }.map { $0.lines.joined() }
        #expect(pills == ["Pain ③", "Pain ①", "Pain ②"])
        let values = layout.textRuns.filter { $0.role == .valueLabel }.sorted { $0.x < $1.x }.map { $0.lines.joined() }
        #expect(values[1].hasPrefix("③ ") && values[2].hasPrefix("① ") && values[3].hasPrefix("② ") && !values[0].contains("①"))
    }

    @Test func pillFramesThickenWithSeverity() {
        let (layout, _) = Self.map()
        // Pain frames: stroke .pain on a rect; their widths in column order (b 20, c 90, d 50).
        let frames = layout.shapes.filter { $0.style.stroke == .pain && $0.style.hatched && $0.owner?.hasPrefix("finding-") == true }
            .sorted { $0.bounds.x < $1.bounds.x }
        #expect(frames.count == 3)
        let widths = frames.map(\.style.strokeWidth)
        #expect(widths[1] > widths[2] && widths[2] > widths[0])
        // 1.4 + 2.6 × severity / 100
        #expect(abs(widths[1] - (1.4 + 2.6 * 0.9)) < 1e-9)
    }

    @Test func theAreaBelowNeutralIsShadedAndTheCreditIsOptIn() {
        let (plain, _) = Self.map()
        #expect(plain.shapes.contains { $0.style.fill == .pointLow && $0.style.fillOpacity < 0.2 })
        #expect(!plain.textRuns.contains { $0.lines.joined().contains("Made with journeymap") })
        let (credited, _) = Self.map(credit: true)
        #expect(credited.textRuns.contains { $0.lines.joined().contains("Made with journeymap") })
    }

    @Test func circledNumbers() {
        #expect(MapNumber.circled(1) == "①" && MapNumber.circled(20) == "⑳" && MapNumber.circled(21) == "(21)")
    }
}
