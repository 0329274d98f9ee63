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
}
