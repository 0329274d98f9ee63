import Foundation
import Testing
@testable import JourneyModel

/// Hostile journeys are refused quickly with a clear message, never a hang or a crash.
@Suite struct HostileYAMLTests {
    /// What the loader said about `text` (its time is measured by bench/hostile_bench.sh, never asserted here).
    struct Refusal { var message: String }

    private func refusal(_ text: String, limits: YAMLSafetyLimits = .journey) -> Refusal {
        do {
            _ = try JourneyLoader.parse(data: Data(text.utf8), path: "h.yaml", limits: limits)
            return Refusal(message: "accepted")
        } catch {
            return Refusal(message: "\(error)")
        }
    }

    /// Nine levels of nine aliases: 9^9 ≈ 387 million strings once expanded.
    static let billionLaughs: String = {
        var lines = ["lol0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1...8 {
            let refs = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ",")
            lines.append("lol\(level): &l\(level) [\(refs)]")
        }
        return lines.joined(separator: "\n") + "\ntitle: *l8\n"
    }()

    @Test func aliasBombIsRefused() {
        let result = refusal(Self.billionLaughs)
        #expect(result.message.contains("expands to more than 200000 values through aliases"))
        #expect(result.message.hasPrefix("h.yaml:"))
    }

    @Test func harmlessAliasesStillWork() throws {
        let text = """
        title: Aliases
        stages:
          - name: S
            touchpoints:
              - {id: a, name: A, actors: &team [新人, 导师]}
              - {id: b, name: B, actors: *team}
        """
        let journey = try JourneyLoader.parse(data: Data(text.utf8), path: "a.yaml")
        #expect(journey.touchpoints[1].actors == ["新人", "导师"])
    }

    @Test func deepFlowNestingIsRefused() {
        let text = "title: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        let result = refusal(text)
        #expect(result.message == "h.yaml:1:72: error: nesting is too deep (over 64 levels); a journey needs fewer than 10")
    }

    @Test func deepBlockNestingIsRefused() {
        let text = "title:\n" + String(repeating: "- ", count: 20_000) + "x\n"
        let result = refusal(text)
        #expect(result.message.hasPrefix("h.yaml:2:"))
        #expect(result.message.contains("nesting is too deep"))
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        let limits = YAMLSafetyLimits(maxBytes: 1000, maxDepth: 64, maxExpandedNodes: 200_000)
        let text = "title: x\n# " + String(repeating: "a", count: 2000) + "\n"
        #expect(refusal(text, limits: limits).message
                == "h.yaml: error: the file is 2012 bytes, over the 1000-byte limit for a journey; is this the right file?")
    }

    @Test func oversizedFileOnDiskIsRefusedWithoutReadingIt() throws {
        let directory = FixturePaths.temporaryDirectory()
        let path = directory.appendingPathComponent("huge.yaml").path
        try Data(repeating: UInt8(ascii: "#"), count: (2 << 20) + 1).write(to: URL(fileURLWithPath: path))
        do {
            _ = try JourneyLoader.load(path: path)
            Issue.record("accepted a file over the limit")
        } catch {
            #expect(error.description.hasSuffix("over the 2097152-byte limit for a journey; is this the right file?"))
        }
    }
}
