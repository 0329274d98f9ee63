import Foundation
import Testing

/// `validate`, `init` and `show` as a user runs them: output, messages and exit codes (sysexits).
@Suite struct FoundationCommandsTests {
    @Test func validateReportsEveryProblemAndExits65() throws {
        let result = try CommandRunner.run(["validate", "Tests/Fixtures/journeys/invalid/several-mistakes.yaml"])
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 14)
        #expect(lines.first == #"Tests/Fixtures/journeys/invalid/several-mistakes.yaml:1:1: error: unknown key "titel" in the journey; did you mean "title"?"#)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func validateAcceptsGoodFilesAndSaysSo() throws {
        let result = try CommandRunner.run(["validate", "Tests/Fixtures/journeys/valid/minimal.yaml", "Tests/Fixtures/journeys/valid/full.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
        Tests/Fixtures/journeys/valid/minimal.yaml: ok (1 stage, 1 touchpoint)
        Tests/Fixtures/journeys/valid/full.yaml: ok (2 stages, 3 touchpoints)

        """)
    }

    @Test func missingFileExits66AndBadDataWins() throws {
        let missing = try CommandRunner.run(["validate", "nope.yaml"])
        #expect(missing.status == 66)
        #expect(missing.standardError == "nope.yaml: error: no such file\n")
        let mixed = try CommandRunner.run(["validate", "nope.yaml", "Tests/Fixtures/journeys/invalid/duplicate-key.yaml"])
        #expect(mixed.status == 65)
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CommandRunner.run(["validate"]).status == 64)
        #expect(try CommandRunner.run(["init", "x.yaml", "--template", "nonsense"]).status == 64)
        #expect(try CommandRunner.run(["frobnicate"]).status == 64)
    }

    @Test func versionAndHelpWork() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try CommandRunner.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE: journeymap validate"))
    }

    @Test func initWritesEveryTemplateThatValidatesAndNeverOverwrites() throws {
        let directory = CommandRunner.temporaryDirectory()
        for template in ["onboarding", "day-in-the-life", "escalation"] {
            for lang in ["zh", "en"] {
                let path = directory.appendingPathComponent("\(template)-\(lang).yaml").path
                let written = try CommandRunner.run(["init", path, "--template", template, "--lang", lang])
                #expect(written.status == 0, "\(template) \(lang): \(written.standardError)")
                let check = try CommandRunner.run(["validate", path])
                #expect(check.status == 0, "\(template) \(lang): \(check.standardError)")
            }
        }
        let target = directory.appendingPathComponent("mine.yaml").path
        try "title: my own words\n".write(toFile: target, atomically: false, encoding: .utf8)
        let refused = try CommandRunner.run(["init", target])
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("the file exists"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "title: my own words\n")
    }

    @Test func showPrintsAnOutlineWithMOTsAndASparkline() throws {
        let result = try CommandRunner.run(["show", "Tests/Fixtures/journeys/valid/full.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("客服新人的前 90 天\n一线客服专员 · 入职 0–3 个月\n"))
        // Scores 2, 6, – on 1–7: (2−1)/6·7 = 1.17 → ▂, (6−1)/6·7 = 5.83 → ▇, gap.
        #expect(result.standardOutput.contains("评分 1–7 · ▂▇ \n"))
        #expect(result.standardOutput.contains("★ 第一次登录工单系统  [first-login]  2"))
        #expect(result.standardOutput.contains("★ 产品培训  [product-training]  –"))
        #expect(!result.standardOutput.contains("\u{1B}["))
    }
}
