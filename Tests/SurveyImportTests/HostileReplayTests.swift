import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// Replays the fuzzing findings in Tests/Fixtures/hostile (csv-, xml-, xlsx-) through the import the harnesses
/// call: each must give responses or one well-formed error, never a crash.
@Suite struct HostileReplayTests {
    static let directory = Fixture.root.appendingPathComponent("Tests/Fixtures/hostile").path

    /// The findings of the import harnesses, by file name.
    static let findings: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { ["csv-", "xml-", "xlsx-"].contains(where: $0.hasPrefix) }.sorted()
    }()

    @Test func theFindingsFolderExists() {
        #expect(FileManager.default.fileExists(atPath: Self.directory + "/README.md"))
    }

    @Test(arguments: findings)
    func findingGivesAResultOrAClearError(_ name: String) throws {
        // The harnesses write each input to a temporary file with the harness's extension; so does the replay.
        let ext = String(name.split(separator: "-").first!)
        let path = Fixture.temporaryDirectory() + "/finding.\(ext)"
        try FileManager.default.copyItem(atPath: Self.directory + "/" + name, toPath: path)
        let journey = try Fixture.journey("hostile.journey.yaml")
        do {
            let (responses, summary) = try SurveyImporter.load(exportPath: path, journey: journey)
            #expect(summary.rowsKept >= 0)
            _ = responses
        } catch {
            let lines = "\(error)".split(separator: "\n")
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.contains("error: ") || $0.contains("warning: ") }, "\(error)")
        }
    }

    /// The votes harness's findings (`votes-…`): a sheet or one well-formed error, never a crash.
    static let votesFindings: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasPrefix("votes-") }.sorted()
    }()

    @Test(arguments: votesFindings)
    func votesFindingGivesASheetOrAClearError(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.directory + "/" + name))
        let journey = try Fixture.journey("hostile.journey.yaml")
        do {
            _ = try VotesSheetReader.read(data: data, path: name, journey: journey)
        } catch {
            #expect("\(error)".split(separator: "\n").allSatisfy { $0.contains("error: ") || $0.contains("warning: ") }, "\(error)")
        }
    }
}
