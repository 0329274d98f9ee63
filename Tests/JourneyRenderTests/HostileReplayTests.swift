import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
import JourneyRender

/// Replays the fuzzing findings in Tests/Fixtures/hostile (yaml-, render-) through the journey loader and, when
/// the journey is valid, the analysis, the layout and the SVG writer, as the harnesses do: a map or one
/// well-formed error, never a crash.
@Suite struct HostileReplayTests {
    static let directory = TestPaths.root.appendingPathComponent("Tests/Fixtures/hostile").path

    static let findings: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix("yaml-") || $0.hasPrefix("render-") }.sorted()
    }()

    @Test(arguments: findings)
    func findingGivesAMapOrAClearError(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.directory + "/" + name))
        do {
            let journey = try JourneyLoader.parse(data: data, path: name)
            let svg = MapRenderer.svg(journey, findings: JourneyAnalyzer.analyze(journey, responses: nil))
            #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        } catch {
            let lines = "\(error)".split(separator: "\n")
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.hasPrefix(name) && $0.contains("error: ") }, "\(error)")
        }
    }
}
