import Foundation
import Testing
@testable import journeymap
import JourneyModel

/// The workshop commands end to end: import-mermaid (no-clobber, errors, exit codes), render --format mermaid,
/// ideas, questions and worksheet; and their messages in both languages.
@Suite("Workshop commands")
struct WorkshopCommandsTests {
    static let root = CommandRunner.packageRoot
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/mermaid/\(name)").path }

    @Test func importMermaidWritesAValidJourneyAndNeverClobbers() throws {
        let dir = CommandRunner.temporaryDirectory()
        let target = dir.appendingPathComponent("day.yaml").path
        let first = try CommandRunner.run(["import-mermaid", Self.fixture("docs-working-day.mmd"), "-o", target])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == "wrote \(target) (2 stages, 5 touchpoints)\n")
        #expect(try CommandRunner.run(["validate", target]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        let again = try CommandRunner.run(["import-mermaid", Self.fixture("cypress-ecommerce.mmd"), "-o", target])
        #expect(again.status == 73)
        #expect(again.standardError.contains("\(target): error: cannot write: the file exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
        #expect(try CommandRunner.run(["import-mermaid", Self.fixture("cypress-ecommerce.mmd"), "-o", target, "--force"]).status == 0)

        // render --format mermaid gives back the Mermaid tasks.
        let mmd = dir.appendingPathComponent("back.mmd").path
        #expect(try CommandRunner.run(["render", target, "-o", mmd]).status == 0)
        #expect(try String(contentsOfFile: mmd, encoding: .utf8).contains("    section Checkout from website\n      Add payment details: 5: Me\n"))
    }

    @Test func importMermaidReportsPositionsAndExitCodes() throws {
        let dir = CommandRunner.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.mmd")
        try "journey\nsection A\n  Tea: 6: Me\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import-mermaid", bad.path], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 65)
        #expect(result.standardError == "\(bad.path):3:8: error: 任务 \"Tea\" 的分数 \"6\" 不是 1 到 5 的整数（Mermaid 旅程图按 1–5 打分）\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.yaml").path))
        #expect(try CommandRunner.run(["import-mermaid", dir.appendingPathComponent("none.mmd").path]).status == 66)
    }

    @Test func ideasJSONAndAUsersPlaybook() throws {
        let journey = Self.root.appendingPathComponent("journeys/complaint-escalation.yaml").path
        let result = try CommandRunner.run(["ideas", journey, "--format", "json", "--per-touchpoint", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let suggestions = try #require(object["suggestions"] as? [[String: Any]])
        #expect(!suggestions.isEmpty)
        #expect(suggestions.allSatisfy { (($0["ideas"] as? [Any])?.count ?? 0) <= 2 })
        let dir = CommandRunner.temporaryDirectory()
        let book = dir.appendingPathComponent("book.yaml")
        try "version: 1\nideas:\n  - id: PB-X\n    when: [lunch]\n".write(to: book, atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["ideas", journey, "--playbook", book.path])
        #expect(bad.status == 65)
        #expect(bad.standardError.contains("\(book.path):3:5: error: an idea has no `zh:`; it is required\n"), "\(bad.standardError)")
        #expect(bad.standardError.contains("\(book.path):4:12: error: \"lunch\" is not a place in a journey; use pain, trough, mot, end or itch\n"))
    }

    @Test func questionsAndWorksheet() throws {
        let dir = CommandRunner.temporaryDirectory()
        let journey = dir.appendingPathComponent("qc.yaml").path
        #expect(try CommandRunner.run(["init", journey, "--template", "scheduling-peak", "--lang", "en"]).status == 0)
        let csv = try CommandRunner.run(["questions", journey, "--format", "csv"])
        #expect(csv.standardOutput.hasPrefix("\u{FEFF}column,touchpoint,question,kind,scale_min,scale_max,answers\r\nroster-published,roster-published,[Next week's roster arrives] How satisfied are you with when and how next week's roster is published?,rating,1,5,"))
        let one = dir.appendingPathComponent("a.svg").path, two = dir.appendingPathComponent("b.svg").path
        // (with 38 mm notes: one A3 sheet; A3's own 76 mm note takes 4 touchpoints a sheet, StickyNoteFitTests by hand)
        for path in [one, two] {
            #expect(try CommandRunner.run(["worksheet", journey, "--size", "a3", "--note", "38", "--date", "2026-12-01", "-o", path]).status == 0)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: one)) == Data(contentsOf: URL(fileURLWithPath: two)))
        #expect(try String(contentsOfFile: one, encoding: .utf8).contains("Scheduling and peak days · worksheet · 2026-12-01"))
        #expect(try CommandRunner.run(["worksheet", journey, "--date", "1 Dec"]).status == 64)
        let badNote = try CommandRunner.run(["worksheet", journey, "--note", "200", "-o", dir.appendingPathComponent("z.svg").path])
        #expect(badNote.status == 64 && badNote.standardError.contains("--note 200: the sticky note's side in mm must be 25–102"), "\(badNote.standardError)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("z.svg").path))
        let standard = try CommandRunner.run(["worksheet", journey, "--date", "2026-12-01", "-o", dir.appendingPathComponent("m.svg").path])
        #expect(standard.status == 0 && standard.standardOutput.contains("(so that every sticky-note box takes a 76 mm note;"), "\(standard.standardOutput)")
        // 15 touchpoints on A4 would leave 16 mm sticky-note boxes (StickyNoteFitTests by hand): three sheets of at most
        // 6 instead (WorksheetSplitTests), named -1, -2, -3; with --one-sheet one sheet and a warning
        let sample = CommandRunner.packageRoot.appendingPathComponent("journeys/onboarding-90-days.yaml").path
        let split = try CommandRunner.run(["worksheet", sample, "--size", "a4", "-o", dir.appendingPathComponent("s.svg").path])
        let parts = (1...3).map { dir.appendingPathComponent("s-\($0).svg").path }
        #expect(split.status == 0 && parts.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "\(split.standardError)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.svg").path)
                && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("s-4.svg").path))
        #expect(split.standardOutput.hasPrefix(parts.joined(separator: ", ") + ": A4 worksheet, 15 touchpoints on 3 sheets"), "\(split.standardOutput)")
        #expect(!split.standardError.contains("sticky-note"), "\(split.standardError)")
        let narrow = try CommandRunner.run(["worksheet", sample, "--size", "a4", "--one-sheet", "-o", dir.appendingPathComponent("n.svg").path])
        #expect(narrow.status == 0 && FileManager.default.fileExists(atPath: dir.appendingPathComponent("n.svg").path))
        #expect(narrow.standardError.contains("warning: the sticky-note boxes are 16 mm wide (15 touchpoints on A4), narrower than a 38 mm sticky note; print --size a3, or leave out --one-sheet to print it on 3 sheets of at most 6 touchpoints"), "\(narrow.standardError)")
        // 5 touchpoints on A3: boxes wide enough, no warning
        let demo = CommandRunner.packageRoot.appendingPathComponent("journeys/workshop-demo.yaml").path
        let wide = try CommandRunner.run(["worksheet", demo, "--size", "a3", "-o", dir.appendingPathComponent("w.svg").path])
        #expect(wide.status == 0 && !wide.standardError.contains("sticky-note"), "\(wide.standardError)")
        #expect(try CommandRunner.run(["worksheet", journey, "-o", dir.appendingPathComponent("x.mmd").path]).status == 64)
    }

    @Test func everyWorkshopTextHasBothLanguages() {
        let texts = HelpTexts.workshop + CLIMessages.workshopSamples
        for text in texts {
            #expect(!text.en.isEmpty && text.en != text.zh && MessageCatalogTests.isChinese(text.zh), "\(text.en)")
        }
        #expect(Set(HelpTexts.workshop.map(\.en)).count == HelpTexts.workshop.count)
        #expect(Set((HelpTexts.all + HelpTexts.workshop).map(\.en)).count == HelpTexts.all.count + HelpTexts.workshop.count)
    }
}
