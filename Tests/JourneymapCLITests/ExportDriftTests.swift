import Foundation
import Testing

/// The committed sample maps in export/ must be exactly what `render` draws today
/// (regenerate them with `scripts/render-samples.sh` and commit export/).
@Suite struct ExportDriftTests {
    static let samples: [String] = ((try? FileManager.default.contentsOfDirectory(
        atPath: CommandRunner.packageRoot.appendingPathComponent("journeys").path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

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
