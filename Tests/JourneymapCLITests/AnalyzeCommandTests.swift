import Foundation
import Testing

/// `journeymap analyze` as a user runs it: formats, output files, --fail-on and the documented exit codes.
@Suite struct AnalyzeCommandTests {
    static let sample = "journeys/onboarding-90-days.yaml"
    static let fixture = "Tests/Fixtures/journeys/valid/full.yaml"

    @Test func estimateReportOnTheFixtureJourney() throws {
        let result = try CommandRunner.run(["analyze", Self.fixture])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("工作坊估分"))
        #expect(result.standardOutput.contains("痛点"))
        #expect(!result.standardOutput.contains("\u{1B}["))
    }

    @Test func jsonIsValidAndSaysEstimate() throws {
        let directory = CommandRunner.temporaryDirectory()
        let journey = directory.appendingPathComponent("j.yaml")
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent(Self.fixture).path, toPath: journey.path)
        let result = try CommandRunner.run(["analyze", journey.path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "estimate")
        #expect(object["respondents"] as? Int == 0)
        let again = try CommandRunner.run(["analyze", journey.path, "--format", "json"])
        #expect(again.standardOutput == result.standardOutput)   // byte-identical
    }

    @Test func writesToAFileAtomicallyAndInfersTheFormat() throws {
        let directory = CommandRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("reports/analysis.md").path
        let result = try CommandRunner.run(["analyze", Self.fixture, "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# "))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("reports").path)
        #expect(leftovers == ["analysis.md"])
    }

    @Test func failOnExitsOneWhenTheConditionHolds() throws {
        // full.yaml has a declared MOT scored 2 on 1–7 with importance: a pain point
        let held = try CommandRunner.run(["analyze", Self.fixture, "--fail-on", "pain>=1"])
        #expect(held.status == 1)
        #expect(held.standardError.contains("--fail-on pain>=1 holds"))
        let notHeld = try CommandRunner.run(["analyze", Self.fixture, "--fail-on", "pain>=50"])
        #expect(notHeld.status == 0)
    }

    @Test func usageAndInputErrorsUseTheDocumentedCodes() throws {
        #expect(try CommandRunner.run(["analyze", Self.fixture, "--fail-on", "pain>>1"]).status == 64)
        #expect(try CommandRunner.run(["analyze", Self.fixture, "--where", "team"]).status == 64)
        #expect(try CommandRunner.run(["analyze", Self.fixture, "--min-group", "1"]).status == 64)
        #expect(try CommandRunner.run(["analyze", Self.fixture, "--format", "pdf"]).status == 64)
        #expect(try CommandRunner.run(["analyze", Self.fixture, "-o", "x.yaml"]).status == 64)
        let needsData = try CommandRunner.run(["analyze", Self.fixture, "--by", "team"])
        #expect(needsData.status == 64)
        #expect(needsData.standardError.contains("--by and --where need survey responses"))
        let missing = try CommandRunner.run(["analyze", "nope.yaml"])
        #expect(missing.status == 66)
        let missingResponses = try CommandRunner.run(["analyze", Self.fixture, "--responses", "nope.csv"])
        #expect(missingResponses.status == 66)
        #expect(missingResponses.standardError.hasPrefix("nope.csv: error: no such responses file"))
    }
}
