import Foundation
import Testing

/// The responses file beside a journey is picked up automatically; when it is broken, `render` still draws the
/// workshop estimates (with a warning) while `analyze` refuses, so a report never silently changes its source.
@Suite struct ResponsesDiscoveryTests {
    private func workspace() throws -> URL {
        let directory = CommandRunner.temporaryDirectory()
        let source = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/journeys/valid/minimal.yaml")
        try FileManager.default.copyItem(at: source, to: directory.appendingPathComponent("team.yaml"))
        try "not a responses file\n".write(to: directory.appendingPathComponent("team.responses.csv"), atomically: false, encoding: .utf8)
        return directory
    }

    @Test func renderWarnsAndDrawsTheEstimates() throws {
        let directory = try workspace()
        let result = try CommandRunner.run(["render", "team.yaml", "-o", "map.svg"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix("team.responses.csv: row 1: warning: not a journeymap responses file"))
        #expect(result.standardError.contains("(responses not used; drawing the workshop estimates)"))
        #expect(result.standardOutput.contains("workshop estimate"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("map.svg").path))
    }

    @Test func analyzeRefusesTheBrokenFileWithExit65() throws {
        let directory = try workspace()
        let result = try CommandRunner.run(["analyze", "team.yaml"], in: directory)
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("team.responses.csv: row 1: error: not a journeymap responses file"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func explicitMissingResponsesFileIsExit66ForRenderToo() throws {
        let directory = try workspace()
        let result = try CommandRunner.run(["render", "team.yaml", "--responses", "gone.csv", "-o", "map.svg"], in: directory)
        #expect(result.status == 66)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("map.svg").path))
    }
}

/// A journey the user wrote is never rewritten, however the output path is spelt.
@Suite struct JourneyNeverRewrittenTests {
    @Test func importRefusesAnOutputThatIsTheJourney() throws {
        let directory = CommandRunner.temporaryDirectory()
        let journey = directory.appendingPathComponent("j.yaml")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("journeys/onboarding-90-days.yaml"), to: journey)
        let before = try Data(contentsOf: journey)
        let survey = CommandRunner.packageRoot.appendingPathComponent("journeys/onboarding-90-days.survey.csv").path
        // The journey itself, however spelt: 73 (an input); another .yml: 64 (import writes .csv only).
        for (output, status) in [("./j.yaml", 73), ("j.yaml", 73), ("../\(directory.lastPathComponent)/j.yaml", 73), ("other.yml", 64)] {
            let result = try CommandRunner.run(["import", survey, "--journey", "j.yaml", "-o", output, "--force"], in: directory)
            #expect(result.status == Int32(status), "\(output)")
        }
        #expect(try Data(contentsOf: journey) == before)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("other.yml").path))
    }
}
