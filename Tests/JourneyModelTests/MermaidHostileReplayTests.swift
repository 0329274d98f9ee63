import Foundation
import Testing
@testable import JourneyModel

/// Replays the Mermaid harness's findings (`Tests/Fixtures/hostile/mermaid-…`, kept by `fuzz/run`): each gives a
/// journey or one well-formed `path:line:col: error:` report, never a crash.
@Suite struct MermaidHostileReplayTests {
    static let directory = FixturePaths.fixture("hostile")

    static let findings: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasPrefix("mermaid-") }.sorted()
    }()

    @Test(arguments: findings)
    func findingGivesAJourneyOrAClearError(_ name: String) throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Self.directory + "/" + name)), as: UTF8.self)
        do {
            let journey = try MermaidJourneyImporter.journey(fromMermaid: text, path: name)
            #expect(journey.touchpoints.count >= 0)
        } catch {
            // (the importer throws JourneyLoadError only: typed throws, so no other error can reach here)
            let lines = error.description(in: .en).split(separator: "\n")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.contains("error: ") || $0.contains("warning: ") || $0.contains("note: ") })
        }
    }

    /// Hostile text the harness's dictionary aims at, run every time even before the fuzzer has found anything:
    /// bidi overrides, zero-width and combining marks, a NUL, an unterminated `accDescr {` block, 10,000 sections.
    @Test(arguments: [
        "journey\ntitle \u{202E}evil\u{202C}\nsection A\u{200B}\n  Task\u{0301}: 3: Me\n",
        "journey\nsection A\n  T: 3: \u{0000}\n",
        "journey\naccDescr {\n never closed\n",
        "10000-sections",   // expanded below: a 10,000-section diagram, named here so the test log stays short
        "JOURNEY\n  TITLE x\n  SECTION y\n  z: 9: q\n",
    ])
    func hostileTextGivesAJourneyOrAClearError(_ given: String) throws {
        let text = given == "10000-sections" ? "journey\n" + String(repeating: "section S\n  t: 2: a\n", count: 10_000) : given
        do {
            _ = try MermaidJourneyImporter.journey(fromMermaid: text, path: "h.mmd")
        } catch {
            #expect(error.description(in: .en).split(separator: "\n").allSatisfy { $0.hasPrefix("h.mmd") || $0.contains("note: ") })
        }
    }
}
