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

    /// The onboarding sample's slide and A3 sheets, as README shows them (`render --size slide|a3`).
    static let sized: [(size: String, files: [String])] = [
        ("slide", ["onboarding-90-days.slide.svg"]),
        ("a3", ["onboarding-90-days.a3-1.svg", "onboarding-90-days.a3-2.svg", "onboarding-90-days.a3-3.svg"]),
    ]

    @Test func committedSlideAndA3MapsMatchAFreshRender() throws {
        for (size, files) in Self.sized {
            let directory = CommandRunner.temporaryDirectory()
            let output = directory.appendingPathComponent("onboarding-90-days.\(size).svg").path
            let result = try CommandRunner.run(["render", "journeys/onboarding-90-days.yaml", "--size", size, "-o", output])
            #expect(result.status == 0, "\(result.standardError)")
            for file in files {
                let fresh = try Data(contentsOf: directory.appendingPathComponent(file))
                let committed = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("export/\(file)"))
                #expect(fresh == committed, "export/\(file) is out of date: run scripts/render-samples.sh and commit export/")
            }
        }
    }
}
