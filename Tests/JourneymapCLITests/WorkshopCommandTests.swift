import Foundation
import Testing
@testable import journeymap
import JourneyModel

/// `votes` and `plan` end to end: the journey byte-identical, the sidecar replaced with a change list, the merge in
/// render/analyze/plan, and the documented exit codes.
@Suite struct WorkshopCommandTests {
    /// A temporary copy of journeys/workshop-demo.yaml and its votes sheet.
    static func workspace() throws -> URL {
        let dir = CommandRunner.temporaryDirectory()
        let journeys = CommandRunner.packageRoot.appendingPathComponent("journeys")
        for name in ["workshop-demo.yaml", "workshop-demo.votes.csv"] {
            try FileManager.default.copyItem(at: journeys.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    @Test func votesWritesTheSidecarAndLeavesTheJourneyByteIdentical() throws {
        let dir = try Self.workspace()
        let journey = dir.appendingPathComponent("workshop-demo.yaml")
        let before = try Data(contentsOf: journey)
        let first = try CommandRunner.run(["votes", "workshop-demo.votes.csv", "--journey", "workshop-demo.yaml"], in: dir)
        #expect(first.status == 0, "\(first.standardError)")
        // hand count from the sheet: 6 + 3 + 2 + 4 + (two rows with empty votes) 2 = 17 over 5 ideas
        #expect(first.standardOutput == "wrote workshop-demo.workshop.yaml (5 ideas, 17 votes); the journey file is unchanged\n")
        #expect(try Data(contentsOf: journey) == before)
        let sidecar = try String(contentsOf: dir.appendingPathComponent("workshop-demo.workshop.yaml"), encoding: .utf8)
        #expect(sidecar.contains("version: 1\n") && sidecar.contains("    playbook: \"PB-COMP-LIMIT\"\n"))

        // Re-run with a changed sheet: one idea more, one fewer, one vote count changed.
        try """
            touchpoint,idea,votes,owner,impact,effort,due
            customer-history,One-screen customer history in the CRM,7,IT partner,3,3,2027-01-31
            customer-history,Pin the last three tickets on the call screen,3,Team lead,2,1,2026-11-20
            refund-approval,Agents may grant refunds up to 200 on the spot,2,,,,
            refund-approval,PB-COMP-LIMIT,4,Team lead,3,1,2026-12-15
            follow-up,Thank-you note after a hard case,1,,,,

            """.write(to: dir.appendingPathComponent("workshop-demo.votes.csv"), atomically: true, encoding: .utf8)
        let second = try CommandRunner.run(["votes", "workshop-demo.votes.csv", "--journey", "workshop-demo.yaml"], in: dir)
        #expect(second.status == 0)
        #expect(second.standardOutput.split(separator: "\n").map(String.init) == [
            "wrote workshop-demo.workshop.yaml (5 ideas, 17 votes); the journey file is unchanged",
            "  removed: handover: \"Hand-over checklist in the ticket\"",
            "  votes: customer-history: \"One-screen customer history in the CRM\" 6 → 7",
            "  added: follow-up: \"Thank-you note after a hard case\" (1 vote)",
        ])
        #expect(try Data(contentsOf: journey) == before)
        let third = try CommandRunner.run(["votes", "workshop-demo.votes.csv", "--journey", "workshop-demo.yaml"], in: dir)
        #expect(third.standardOutput.hasSuffix("no changes since the last run\n"))
    }

    @Test func badSheetsExit65MissingFilesExit66() throws {
        let dir = try Self.workspace()
        try "touchpoint,idea,votes\ncustomer-histroy,X,1\n".write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["votes", "bad.csv", "--journey", "workshop-demo.yaml"], in: dir)
        #expect(bad.status == 65)
        #expect(bad.standardError == "bad.csv: row 2, column \"touchpoint\": error: no touchpoint \"customer-histroy\" in the journey; did you mean \"customer-history\" (Find the customer's history)?\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("workshop-demo.workshop.yaml").path))
        let noSheet = try CommandRunner.run(["votes", "missing.csv", "--journey", "workshop-demo.yaml"], in: dir)
        #expect(noSheet.status == 66 && noSheet.standardError.hasPrefix("missing.csv: error: no such votes sheet"))
        let noJourney = try CommandRunner.run(["votes", "workshop-demo.votes.csv", "--journey", "missing.yaml"], in: dir)
        #expect(noJourney.status == 66)
        let noPlanJourney = try CommandRunner.run(["plan", "missing.yaml"], in: dir)
        #expect(noPlanJourney.status == 66)
        let zh = try CommandRunner.run(["votes", "bad.csv", "--journey", "workshop-demo.yaml", "--lang", "zh"], in: dir)
        #expect(zh.status == 65 && zh.standardError.contains("旅程中没有触点 \"customer-histroy\""))
    }

    @Test func planMergesTheSidecarFlagsOverdueAndWritesSpreadsheets() throws {
        let dir = try Self.workspace()
        _ = try CommandRunner.run(["votes", "workshop-demo.votes.csv", "--journey", "workshop-demo.yaml"], in: dir)
        let markdown = try CommandRunner.run(["plan", "workshop-demo.yaml", "--today", "2026-12-01"], in: dir)
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.contains("| 1 | 75 | One-screen customer history in the CRM |"))
        #expect(markdown.standardOutput.contains("2026-11-20 ⚠ overdue"))
        #expect(markdown.standardOutput.contains("- Triage the incoming ticket (Intake) — moment of truth"))
        let later = try CommandRunner.run(["plan", "workshop-demo.yaml", "--today", "2026-11-01"], in: dir)
        #expect(!later.standardOutput.contains("overdue |") && !later.standardOutput.contains("⚠"))
        let csv = try CommandRunner.run(["plan", "workshop-demo.yaml", "--today", "2026-12-01", "-o", "plan.csv"], in: dir)
        #expect(csv.status == 0)
        let bytes = try Data(contentsOf: dir.appendingPathComponent("plan.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let xlsxWithoutOutput = try CommandRunner.run(["plan", "workshop-demo.yaml", "--format", "xlsx"], in: dir)
        #expect(xlsxWithoutOutput.status == 64)
        let badToday = try CommandRunner.run(["plan", "workshop-demo.yaml", "--today", "2026-13-01"], in: dir)
        #expect(badToday.status == 64)
        let overJourney = try CommandRunner.run(["plan", "workshop-demo.yaml", "-o", "workshop-demo.workshop.yaml"], in: dir)
        #expect(overJourney.status == 73)
        let same = try CommandRunner.run(["plan", "workshop-demo.yaml", "--today", "2026-12-01", "--format", "json"], in: dir)
        #expect(same.standardOutput == (try CommandRunner.run(["plan", "workshop-demo.yaml", "--today", "2026-12-01", "--format", "json"], in: dir)).standardOutput)
    }

    @Test func aStaleSidecarIsWarnedAboutAndRenderStillDraws() throws {
        let dir = try Self.workspace()
        _ = try CommandRunner.run(["votes", "workshop-demo.votes.csv", "--journey", "workshop-demo.yaml"], in: dir)
        // the team renames a touchpoint id after voting
        let path = dir.appendingPathComponent("workshop-demo.yaml")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "id: handover", with: "id: hand-over")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let render = try CommandRunner.run(["render", "workshop-demo.yaml", "-o", "map.svg"], in: dir)
        #expect(render.status == 0)
        #expect(render.standardError.contains("workshop-demo.workshop.yaml:33:5: warning: idea \"Hand-over checklist in the ticket\" is for touchpoint \"handover\", which the journey no longer has (did you mean \"hand-over\"?)"))
        let svg = try String(contentsOf: dir.appendingPathComponent("map.svg"), encoding: .utf8)
        // The voted playbook id is drawn as the playbook idea's own text (Playbook.builtin, PB-COMP-LIMIT, en).
        #expect(svg.contains("compensation") && !svg.contains("PB-COMP-LIMIT") && !svg.contains("Hand-over"))
        let analyze = try CommandRunner.run(["analyze", "workshop-demo.yaml", "--format", "json"], in: dir)
        #expect(analyze.status == 0 && analyze.standardOutput.contains("\"participants\""))
    }

    @Test func workshopMessagesAndHelpExistInBothLanguages() {
        for text in WorkshopMessages.samples + WorkshopHelpTexts.all {
            #expect(!text.en.isEmpty && text.en != text.zh && MessageCatalogTests.isChinese(text.zh), "\(text.en)")
        }
    }
}
