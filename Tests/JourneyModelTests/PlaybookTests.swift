import Foundation
import Testing
@testable import JourneyModel

/// The playbook: the built-in file loads, matches its compiled-in copy, and a user's file is validated with positions.
@Suite("Playbook")
struct PlaybookTests {
    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test func theBuiltInPlaybookMatchesPlaybooksBuiltinYAML() throws {
        let file = try String(contentsOfFile: FixturePaths.packageRoot.appendingPathComponent("playbooks/builtin.yaml").path, encoding: .utf8)
        #expect(BuiltinPlaybookText.yaml + "\n" == file, "run scripts/generate-playbook.sh")
    }

    @Test func theBuiltInPlaybookCoversTheIssuesBehaviours() {
        let ideas = Playbook.builtin.ideas
        #expect(ideas.count >= 12)
        #expect(Set(ideas.map(\.id)).count == ideas.count)
        for id in ["PB-WORST-FIRST", "PB-END-HIGH", "PB-MOT-PEAK", "PB-COMP-LIMIT", "PB-ONE-SCREEN", "PB-DRILL",
                   "PB-VOICE-48H", "PB-PRAISE-SPECIFIC", "PB-COACH"] {
            #expect(Playbook.lookup(id: id) != nil, "\(id)")
        }
        for idea in ideas {
            #expect(Self.isChinese(idea.text.zh) && Self.isChinese(idea.reason.zh), "\(idea.id)")
            #expect(!Self.isChinese(idea.text.en) && !Self.isChinese(idea.reason.en), "\(idea.id)")
            #expect(idea.source.contains("(19") || idea.source.contains("(20"), "\(idea.id) needs a dated source")
        }
        #expect(Playbook.lookup(id: "PB-WORST-FIRST")?.source.contains("Kahneman") == true)
        #expect(Playbook.lookup(id: "PB-END-HIGH")?.source.contains("Redelmeier, Katz & Kahneman (2003)") == true)
        #expect(Playbook.lookup(id: "PB-VOICE-48H")?.text.en.contains("48 hours") == true)
        // Every place in a journey has at least one idea.
        for trigger in PlaybookTrigger.allCases { #expect(ideas.contains { $0.when.contains(trigger) }, "\(trigger)") }
    }

    @Test func lookupIgnoresCaseAndPrefersTheUsersIdea() throws {
        #expect(Playbook.lookup(id: "pb-coach")?.id == "PB-COACH")
        #expect(Playbook.lookup(id: "PB-NOPE") == nil)
        let mine = try PlaybookLoader.parse(text: """
            version: 1
            ideas:
              - id: PB-COACH
                when: [pain]
                zh: 我们自己的辅导做法
                en: Our own coaching routine
                reason: {zh: 团队试过有效, en: The team tried it}
                source: Team retro (2026)
              - id: PB-TEA
                when: [end]
                zh: 下班前一起喝茶
                en: Tea together before the end of the shift
                reason: {zh: 以高点收尾, en: Ends on a high note}
                source: Team retro (2026)
            """, path: "mine.yaml")
        #expect(Playbook.lookup(id: "PB-TEA", extra: mine)?.text.en == "Tea together before the end of the shift")
        let merged = Playbook.builtin.merged(with: mine)
        #expect(merged.ideas.count == Playbook.builtin.ideas.count + 1)
        #expect(merged.lookup(id: "PB-COACH")?.text.en == "Our own coaching routine")
        #expect(merged.ideas.last?.id == "PB-TEA")
        #expect(merged.ideas.firstIndex { $0.id == "PB-COACH" } == Playbook.builtin.ideas.firstIndex { $0.id == "PB-COACH" })
    }

    func errors(_ text: String) -> String {
        do {
            _ = try PlaybookLoader.parse(text: text, path: "p.yaml")
            return "no error"
        } catch { return error.description }
    }

    @Test func everyProblemIsReportedWithItsPosition() {
        let text = """
            version: 1
            ideas:
              - id: pb-lower
                when: [pain, lunch]
                zh: 中文
                en: English
                reason: {zh: 原因, en: Reason}
                source: S (2020)
              - id: PB-OK
                when: [end]
                en: English only
                reason: {zh: 原因}
                source: S (2020)
                colour: red
              - id: PB-OK
                when: [mot]
                zh: 中文
                en: English
                reason: {zh: 原因, en: Reason}
                source: S (2020)
            """
        #expect(errors(text) == """
            p.yaml:3:9: error: idea id "pb-lower" is not valid; write PB- then capital letters, digits and -, e.g. PB-MY-IDEA
            p.yaml:4:18: error: "lunch" is not a place in a journey; use pain, trough, mot, end or itch
            p.yaml:9:5: error: an idea has no `zh:`; it is required
            p.yaml:12:13: error: the reason has no `en:`; it is required
            p.yaml:14:5: error: unknown key "colour" in an idea; valid keys are id, when, zh, en, reason, source, topics
            """)
        #expect(errors("version: 2\nideas: []") == "p.yaml:1:10: error: playbook version 2 is not supported; this journeymap reads version 1")
        #expect(errors("") == "p.yaml: error: the playbook is empty; write `version: 1` and a list of `ideas:`")
        #expect(errors("version: 1\nideas:\n  - {id: PB-A, when: [end], zh: 中, en: e, reason: {zh: 中, en: e}, source: s}\n  - {id: PB-A, when: [end], zh: 中, en: e, reason: {zh: 中, en: e}, source: s}")
                == "p.yaml:4:5: error: idea id \"PB-A\" is used twice (also at line 3); ids must be unique")
    }
}
