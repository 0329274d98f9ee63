import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// `render --format mermaid`: the score mapping (expected values worked out by hand), escaping of what Mermaid's
/// lexer cannot take, and the round trip Mermaid → journey → Mermaid on Mermaid's own examples
/// (Tests/Fixtures/mermaid, each citing its source in mermaid-js/mermaid).
@Suite("Mermaid writer")
struct MermaidWriterTests {
    static let fixtures = TestPaths.root.appendingPathComponent("Tests/Fixtures/mermaid")

    // m = round(1 + 4 (s − min)/(max − min)), halves up. By hand:
    // 1–7: s=1 → 1; 7 → 5; 4 → 3; 2 → 1.667 → 2; 5 → 3.667 → 4; 2.5 → 2 → 2.
    // 0–10: 5 → 3; 1.25 → 1.5 → 2 (half up); 8.75 → 4.5 → 5; 0 → 1. 1–5: identity.
    @Test func scoresMapLinearlyOntoOneToFive() {
        let seven = RatingScale(min: 1, max: 7)
        #expect([1, 7, 4, 2, 5, 2.5].map { MermaidWriter.mermaidScore($0, on: seven) } == [1, 5, 3, 2, 4, 2])
        let ten = RatingScale(min: 0, max: 10)
        #expect([5, 1.25, 8.75, 0].map { MermaidWriter.mermaidScore($0, on: ten) } == [3, 2, 5, 1])
        #expect([1, 2, 3, 4, 5].map { MermaidWriter.mermaidScore($0, on: .fivePoint) } == [1, 2, 3, 4, 5])
    }

    func parse(_ text: String) throws -> MermaidJourneyDocument {
        try MermaidJourneyParser.parse(text, path: "out.mmd")
    }

    struct Shape: Equatable {
        var sections: [String]
        var tasks: [[String]]
        var scores: [[String]]
        var actors: [[[String]]]
    }

    /// What the round trip must keep: section names, task names, scores and the non-empty actors.
    func shape(_ document: MermaidJourneyDocument) -> Shape {
        Shape(sections: document.sections.map(\.name),
              tasks: document.sections.map { $0.tasks.map(\.name) },
              scores: document.sections.map { $0.tasks.map(\.scoreText) },
              actors: document.sections.map { $0.tasks.map { $0.people.filter { !$0.isEmpty } } })
    }

    @Test(arguments: ["docs-working-day", "cypress-ecommerce", "cypress-front-matter", "cypress-webhook",
                      "cypress-styled-title", "cypress-acc"])
    func roundTripKeepsSectionsTasksScoresAndActors(_ name: String) throws {
        let path = Self.fixtures.appendingPathComponent(name + ".mmd").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let original = try parse(text)
        let journey = try MermaidJourneyImporter.journey(from: original, path: path)
        let written = MermaidWriter.text(journey)
        let again = try parse(written)
        #expect(shape(again) == shape(original), "\(written)")
        #expect(again.title == (original.title ?? original.accTitle))
        // And once more: the writer's output is a fixed point.
        #expect(MermaidWriter.text(try MermaidJourneyImporter.journey(from: again, path: "out.mmd")) == written)
    }

    @Test func theDocsExampleIsWrittenBackLineForLine() throws {
        let journey = try MermaidJourneyImporter.load(path: Self.fixtures.appendingPathComponent("docs-working-day.mmd").path)
        #expect(MermaidWriter.text(journey) == """
            journey
                title My working day
                section Go to work
                  Make tea: 5: Me
                  Go upstairs: 3: Me
                  Do work: 1: Me, Cat
                section Go home
                  Go downstairs: 5: Me
                  Sit down: 5: Me

            """)
    }

    @Test func charactersMermaidCannotTakeAreReplacedAndKeywordsDefused() throws {
        let journey = Journey(title: "Q3: review #2; done", description: "line one\nline two", language: .en,
                              stages: [Stage(id: "s", name: "Phase: one\ntwo", touchpoints: [
                                Touchpoint(id: "a", name: "Ask: why #1; now", actors: ["Lead, ops", "QA:x"], score: 2),
                                Touchpoint(id: "b", name: "Title page review", score: 4),
                                Touchpoint(id: "c", name: "x%% not a comment", score: 3),
                                Touchpoint(id: "d", name: "journey planning", score: 5),
                              ])])
        let text = MermaidWriter.text(journey)
        let document = try parse(text)
        #expect(document.title == "Q3: review ＃2； done")
        #expect(document.accDescription == "line one line two")
        #expect(document.sections.map(\.name) == ["Phase： one<br>two"])
        #expect(document.tasks.map(\.task.name) == ["Ask： why ＃1； now", "\u{200B}Title page review", "x%％ not a comment", "\u{200B}journey planning"])
        #expect(document.tasks[0].task.people == ["Lead， ops", "QA：x"])
        let back = try MermaidJourneyImporter.journey(from: document, path: "out.mmd")
        #expect(back.touchpoints.map(\.name)[1] == "Title page review")
        #expect(back.touchpoints.map(\.score) == [2, 4, 3, 5])
        #expect(back.stages[0].name == "Phase： one\ntwo")
    }

    @Test func surveyMeansAreUsedAndUnscoredTouchpointsNamed() throws {
        let journey = Journey(title: "T", language: .en, scale: RatingScale(min: 1, max: 7),
                              stages: [Stage(id: "s", name: "S", touchpoints: [
                                Touchpoint(id: "a", name: "A", score: 7), Touchpoint(id: "b", name: "B")])])
        var findings = EstimateAnalyzer.analyze(journey)
        let text = MermaidWriter.text(journey, findings: findings)
        #expect(text.contains("      A: 5\n") && text.contains("      B: 3\n"))
        #expect(text.hasSuffix("%% not scored, drawn at the neutral point: b\n"))
        findings.touchpoints[0].mean = 2.5   // 1 + 4 · 1.5/6 = 2 → 2
        #expect(MermaidWriter.text(journey, findings: findings).contains("      A: 2\n"))
    }
}
