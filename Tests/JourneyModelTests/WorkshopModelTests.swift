import Foundation
import Testing
@testable import JourneyModel

/// Participants' `scores:` in the journey format, and the workshop sidecar: writer, loader, merge and change list.
@Suite struct WorkshopModelTests {
    static func journey(_ touchpoints: String, scale: String = "{min: 1, max: 5}") -> String {
        """
        version: 1
        title: Workshop
        language: en
        scale: \(scale)
        stages:
          - id: s1
            name: Stage
            touchpoints:
        \(touchpoints)
        """
    }

    static func parse(_ text: String) throws(JourneyLoadError) -> Journey {
        try JourneyLoader.parse(data: Data(text.utf8), path: "w.yaml")
    }

    static func messages(_ text: String) -> [String] {
        do { _ = try parse(text); return [] } catch { return error.description(in: .en).split(separator: "\n").map(String.init) }
    }

    // MARK: - scores:

    @Test func scoresAreKeptAndTheirMedianStandsInForAMissingScore() throws {
        let j = try Self.parse(Self.journey("""
                  - {id: a, name: A, scores: [3, 2, 4, 2, 3]}
                  - {id: b, name: B, scores: [2, 4, 5, 1]}
                  - {id: c, name: C, score: 4, scores: [1, 1, 2]}
                  - {id: d, name: D}
            """))
        let t = j.touchpoints
        #expect(t[0].participantScores == [3, 2, 4, 2, 3])
        #expect(t[0].score == 3)        // sorted 2 2 3 3 4 → middle value 3
        #expect(t[1].score == 3)        // sorted 1 2 4 5 → (2 + 4)/2 = 3
        #expect(t[2].score == 4)        // score: wins over the dots
        #expect(t[3].participantScores.isEmpty && t[3].score == nil)
    }

    @Test func aScoreOffTheScaleOrQuotedIsReportedWhereItIs() {
        let lines = Self.messages(Self.journey("""
                  - {id: a, name: A, scores: [3, 9, "2"]}
            """))
        // line 9 of the document, indented 6: `- {id: a, name: A, scores: [3, ` is 31 characters, so "9" is at column
        // 6 + 31 + 1 = 38 and the quoted "2" three further, at 41
        #expect(lines.contains("w.yaml:9:38: error: a participant's score 9 is outside the 1–5 scale; use a value from 1 to 5"))
        #expect(lines.contains { $0.hasPrefix("w.yaml:9:41: error:") && $0.contains("quoted text") })
        #expect(lines.count == 2)
    }

    @Test func tooManyScoresAreRefused() {
        let many = Array(repeating: "3", count: InputLimits.participantScores + 1).joined(separator: ", ")
        let lines = Self.messages(Self.journey("          - {id: a, name: A, scores: [\(many)]}"))
        #expect(lines.count == 1)
        #expect(lines[0].contains("scores has 1,001 values, over the limit of 1,000"))
    }

    @Test func scoresMustBeAList() {
        let lines = Self.messages(Self.journey("          - {id: a, name: A, scores: 3}"))
        #expect(lines.count == 1 && lines[0].contains("scores must be a list"))
    }

    // MARK: - Sidecar

    static let sample = WorkshopFile(journey: "team.yaml", sheet: "votes.csv", ideas: [
        WorkshopIdea(touchpoint: "a", title: "Pin \"the\" last: three # tickets\nnow", votes: 5, owner: "李 雷", impact: 3, effort: 1,
                     due: JourneyDate(iso: "2026-12-15")),
        WorkshopIdea(touchpoint: "b", title: "PB-END-HIGH", votes: 0, playbookID: "PB-END-HIGH"),
    ])

    @Test func theSidecarIsWrittenDeterministicallyAndReadBack() throws {
        let text = WorkshopFileWriter.text(Self.sample)
        #expect(text == WorkshopFileWriter.text(Self.sample))
        #expect(text.contains("version: 1\n"))
        #expect(text.contains("    idea: \"Pin \\\"the\\\" last: three # tickets\\nnow\"\n"))
        let back = try WorkshopFileLoader.parse(data: Data(text.utf8), path: "team.workshop.yaml")
        #expect(back.version == 1 && back.journey == "team.yaml" && back.sheet == "votes.csv")
        #expect(back.ideas.map { $0.title } == Self.sample.ideas.map { $0.title })
        #expect(back.ideas[0].owner == "李 雷" && back.ideas[0].votes == 5 && back.ideas[0].due?.description == "2026-12-15")
        #expect(back.ideas[1].playbookID == "PB-END-HIGH" && back.ideas[1].owner == nil)
        #expect(back.ideas[0].location?.line == 7)   // two comment lines, version, journey, sheet, ideas:, then the item
    }

    @Test func aSidecarFromAnotherVersionOrWithBadValuesIsRefusedWithPositions() {
        let text = """
            version: 2
            journey: team.yaml
            ideas:
              - {touchpoint: a, idea: X, votes: -1, due: 2026-02-30, impact: 5}
            """
        do {
            _ = try WorkshopFileLoader.parse(data: Data(text.utf8), path: "t.workshop.yaml")
            Issue.record("expected an error")
        } catch {
            let lines = error.description(in: .en).split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("t.workshop.yaml:1:10: error: workshop file version 2 is not supported") })
            #expect(lines.contains { $0.hasPrefix("t.workshop.yaml:4:37: error: votes -1 is negative") })
            #expect(lines.contains { $0.hasPrefix("t.workshop.yaml:4:46: error: due date \"2026-02-30\"") })
            #expect(lines.contains { $0.hasPrefix("t.workshop.yaml:4:66: error: impact 5 is outside 1–3") })
        }
    }

    @Test func theDefaultPathSitsBesideTheJourney() {
        #expect(WorkshopFile.defaultPath(forJourney: "journeys/team.yaml") == "journeys/team.workshop.yaml")
        #expect(WorkshopFile.defaultPath(forJourney: "team.yml") == "team.workshop.yaml")
    }

    @Test func mergingAddsIdeasFoldsVotesIntoTheSameActionAndListsUnknownTouchpoints() throws {
        let j = try Self.parse(Self.journey("""
                  - id: a
                    name: A
                    actions:
                      - {title: Pre-open accounts, owner: IT, votes: 1}
                  - {id: b, name: B}
            """))
        let file = WorkshopFile(journey: "w.yaml", ideas: [
            WorkshopIdea(touchpoint: "a", title: "  pre-open ACCOUNTS ", votes: 4, owner: "Team lead", impact: 3),
            WorkshopIdea(touchpoint: "b", title: "Buddy", votes: 2),
            WorkshopIdea(touchpoint: "gone", title: "Old idea", votes: 9),
        ])
        let merged = j.mergingWorkshop(file)
        let a = merged.journey.touchpoints[0].actions
        #expect(a.count == 1)
        #expect(a[0].title == "Pre-open accounts" && a[0].votes == 4)   // the sheet's count replaces votes: 1
        #expect(a[0].owner == "IT" && a[0].impact == 3)                 // the journey's owner kept, the empty impact filled
        #expect(a[0].origin == .journey)
        let b = merged.journey.touchpoints[1].actions
        #expect(b.map(\.title) == ["Buddy"] && b[0].origin == .workshop && b[0].votes == 2)
        #expect(merged.unmatched.map(\.title) == ["Old idea"])
        #expect(j.touchpoints[0].actions[0].votes == 1)                 // the journey value itself is untouched
    }

    @Test func aVotedPlaybookIDTakesThePlaybookIdeasTextInTheJourneysLanguage() throws {
        let j = try Self.parse(Self.journey("      - {id: a, name: A}"))
        let playbook = Playbook(ideas: [PlaybookIdea(id: "PB-TEST", when: [.pain],
                                                     text: LocalizedText(en: "Agents refund on the spot", zh: "坐席当场退款"),
                                                     reason: LocalizedText(en: "r", zh: "r"), source: "s")])
        let file = WorkshopFile(journey: "w.yaml", ideas: [
            WorkshopIdea(touchpoint: "a", title: "pb-test", votes: 3, playbookID: "PB-TEST"),
            WorkshopIdea(touchpoint: "a", title: "PB-UNKNOWN", votes: 1, playbookID: "PB-UNKNOWN"),
        ])
        let en = j.mergingWorkshop(file, playbook: playbook).journey.touchpoints[0].actions
        #expect(en.map(\.title) == ["Agents refund on the spot", "PB-UNKNOWN"])   // an unknown id stays as written
        #expect(en[0].playbookID == "PB-TEST" && en[0].votes == 3)
        var zh = j
        zh.language = .zh
        #expect(zh.mergingWorkshop(file, playbook: playbook).journey.touchpoints[0].actions[0].title == "坐席当场退款")
    }

    @Test func changesListRemovedAddedAndChangedIdeas() {
        let old = WorkshopFile(journey: "w.yaml", ideas: [
            WorkshopIdea(touchpoint: "a", title: "Keep", votes: 2),
            WorkshopIdea(touchpoint: "a", title: "Drop", votes: 1),
            WorkshopIdea(touchpoint: "b", title: "Owner", votes: 3),
        ])
        let new = WorkshopFile(journey: "w.yaml", ideas: [
            WorkshopIdea(touchpoint: "a", title: "Keep", votes: 5),
            WorkshopIdea(touchpoint: "b", title: "Owner", votes: 3, owner: "Li"),
            WorkshopIdea(touchpoint: "b", title: "New", votes: 1),
        ])
        let changes = WorkshopChange.changes(from: old, to: new)
        #expect(changes == [.removed(old.ideas[1]), .votes(new.ideas[0], from: 2), .details(new.ideas[1]), .added(new.ideas[2])])
        #expect(WorkshopChange.changes(from: new, to: new).isEmpty)
    }

    @Test func playbookIDsAreRecognizedByTheirShape() {
        #expect(WorkshopIdea.playbookID(in: "PB-END-HIGH") == "PB-END-HIGH")
        #expect(WorkshopIdea.playbookID(in: " pb-scenario_drill ") == "PB-SCENARIO_DRILL")
        #expect(WorkshopIdea.playbookID(in: "PB-") == nil)
        #expect(WorkshopIdea.playbookID(in: "PB-一线") == nil)
        #expect(WorkshopIdea.playbookID(in: "Publish the FAQ") == nil)
    }
}
