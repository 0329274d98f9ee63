import Foundation
import Testing

/// The committed sample maps in export/ must be exactly what `render` draws today
/// (regenerate them with `scripts/render-samples.sh` and commit export/).
@Suite struct ExportDriftTests {
    /// Named explicitly: a user's own journeys in journeys/ have no committed map and must not fail the tests.
    static let samples = ["complaint-escalation.yaml", "day-in-the-life.yaml", "onboarding-90-days.yaml"]

    @Test func thereAreSamplesToCheck() {
        #expect(Self.samples.count >= 3)
    }

    @Test(arguments: samples)
    func committedMapMatchesAFreshRender(_ sample: String) throws {
        let name = String(sample.dropLast(".yaml".count))
        let output = CommandRunner.temporaryDirectory().appendingPathComponent("\(name).svg").path
        let result = try CommandRunner.run(["render", "journeys/\(sample)", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let fresh = try Data(contentsOf: URL(fileURLWithPath: output))
        let committed = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("export/\(name).svg"))
        #expect(fresh == committed, "export/\(name).svg is out of date: run scripts/render-samples.sh and commit export/")
    }

    /// The onboarding sample's slide and A3 sheets, as README shows them (`render --size slide|a3`): the same
    /// sheets, byte for byte, however many the layout needs.
    @Test(arguments: ["slide", "a3"])
    func committedSlideAndA3MapsMatchAFreshRender(_ size: String) throws {
        let directory = CommandRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("onboarding-90-days.\(size).svg").path
        let result = try CommandRunner.run(["render", "journeys/onboarding-90-days.yaml", "--size", size, "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        func sheets(in folder: URL) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasPrefix("onboarding-90-days.\(size)") && $0.hasSuffix(".svg") }.sorted()
        }
        let fresh = try sheets(in: directory)
        #expect(!fresh.isEmpty)
        #expect(fresh == (try sheets(in: CommandRunner.packageRoot.appendingPathComponent("export"))),
                "export/ holds other \(size) sheets than a fresh render: run scripts/render-samples.sh and commit export/")
        for file in fresh {
            let committed = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("export/\(file)"))
            #expect(try Data(contentsOf: directory.appendingPathComponent(file)) == committed,
                    "export/\(file) is out of date: run scripts/render-samples.sh and commit export/")
        }
    }
}
