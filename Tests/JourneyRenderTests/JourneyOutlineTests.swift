import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// The terminal outline `journeymap show` prints.
@Suite struct JourneyOutlineTests {
    @Test func sparklineMapsTheScaleOntoEightBlocksAndLeavesGaps() {
        // 1–5 scale: (x − 1)/4 · 7 rounded → 1→0 ▁, 3→3.5→4 ▅, 5→7 █, 2→1.75→2 ▃.
        #expect(JourneyOutline.sparkline([1, 3, nil, 5, 2], scale: .fivePoint) == "▁▅ █▃")
    }

    @Test func outlineListsStagesTouchpointsAndMOTs() {
        let journey = Journey(title: "Agent day", language: .en, stages: [
            Stage(id: "s", name: "Morning", touchpoints: [
                Touchpoint(id: "login", name: "Log in", isMOT: true, score: 2, importance: 5),
                Touchpoint(id: "queue", name: "Queue", score: 4),
            ]),
        ])
        let text = JourneyOutline.render(journey, findings: EstimateAnalyzer.analyze(journey), color: false)
        #expect(text.contains("1. Morning"))
        #expect(text.contains("★ Log in  [login]  2  Pain point"))
        #expect(text.contains("  Queue  [queue]  4"))
        #expect(!text.contains("\u{1B}["))
    }
}
