import Foundation
import Testing

/// `render` and `analyze` with `--compare`, `--baseline`, `--labels` and `render --by`: the documented exit codes
/// (64 usage, 66 missing file, 65 cannot be compared) and that map, report and JSON print the same Δ.
@Suite struct ComparisonCommandTests {
    static let onboarding = "journeys/onboarding-90-days.yaml"
    static let day = "journeys/day-in-the-life.yaml"
    static let toBe = "Tests/Fixtures/compare/day-in-the-life.to-be.yaml"
    static let wave1 = "Tests/Fixtures/compare/onboarding.wave1.csv"
    static let wave2 = "Tests/Fixtures/compare/onboarding.wave2.csv"

    @Test func usageErrorsExit64() throws {
        let out = CommandRunner.temporaryDirectory().appendingPathComponent("m.svg").path
        for command in ["render", "analyze"] {
            let extra = command == "render" ? ["-o", out] : []
            let noResponses = try CommandRunner.run([command, Self.onboarding, "--baseline", Self.wave1] + extra)
            #expect(noResponses.status == 64, "\(command): \(noResponses.standardError)")
            #expect(noResponses.standardError.contains("--responses NEW"))
            #expect(try CommandRunner.run([command, Self.day, "--compare", Self.toBe, "--baseline", Self.wave1,
                                           "--responses", Self.wave2] + extra).status == 64)
            #expect(try CommandRunner.run([command, Self.day, "--labels", "a,b"] + extra).status == 64)
            #expect(try CommandRunner.run([command, Self.day, "--compare", Self.toBe, "--labels", "only-one"] + extra).status == 64)
        }
        #expect(try CommandRunner.run(["render", Self.onboarding, "--by", "team", "--compare", Self.toBe, "-o", out]).status == 64)
        #expect(try CommandRunner.run(["analyze", Self.onboarding, "--by", "team", "--compare", Self.toBe]).status == 64)
        // --by needs responses: the estimate journey has none.
        #expect(try CommandRunner.run(["render", Self.day, "--by", "team", "-o", out]).status == 64)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// `--compare OTHER --compare-responses FILE` reads the other side's answers from FILE instead of beside OTHER.
    /// The onboarding journey against itself with wave 1 as the other side's answers is the wave comparison:
    /// welcome's reference is wave 1's mean, 787/150 = 5.2467 (python: the `score:welcome[1..7]` column of
    /// onboarding.wave1.csv, 150 answers), and every Δ equals `--baseline`'s.
    @Test func compareResponsesReadsTheOtherSidesAnswers() throws {
        func comparison(_ args: [String]) throws -> [String: [String: Any]] {
            let run = try CommandRunner.run(["analyze", Self.onboarding, "--responses", Self.wave2, "--format", "json"] + args)
            #expect(run.status == 0, "\(run.standardError)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
            let rows = try #require((json["comparison"] as? [String: Any])?["touchpoints"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0) })
        }
        let explicit = try comparison(["--compare", Self.onboarding, "--compare-responses", Self.wave1])
        let waves = try comparison(["--baseline", Self.wave1])
        let welcome = try #require(explicit["welcome"]?["reference"] as? Double)
        #expect(abs(welcome - 787.0 / 150) < 1e-12)
        #expect(explicit["welcome"]?["referenceN"] as? Int == 150)
        #expect(!explicit.isEmpty && explicit.keys.sorted() == waves.keys.sorted())
        for (id, row) in explicit { #expect(row["delta"] as? Double == waves[id]?["delta"] as? Double, "\(id)") }
        // without it, the other side is the sample's own responses beside the journey: another reference
        let beside = try comparison(["--compare", Self.onboarding])
        #expect(beside["welcome"]?["reference"] as? Double != welcome)
        // on its own it is a usage error, and it is an input: never an output
        let out = CommandRunner.temporaryDirectory().appendingPathComponent("m.svg").path
        #expect(try CommandRunner.run(["render", Self.onboarding, "--compare-responses", Self.wave1, "-o", out]).status == 64)
        let over = try CommandRunner.run(["analyze", Self.onboarding, "--compare", Self.onboarding, "--compare-responses", Self.wave1,
                                          "-o", Self.wave1, "--force"])
        #expect(over.status == 73)
    }

    @Test func missingFilesExit66() throws {
        let out = CommandRunner.temporaryDirectory().appendingPathComponent("m.svg").path
        #expect(try CommandRunner.run(["render", Self.day, "--compare", "nope.yaml", "-o", out]).status == 66)
        #expect(try CommandRunner.run(["analyze", Self.day, "--compare", "nope.yaml"]).status == 66)
        let baseline = try CommandRunner.run(["analyze", Self.onboarding, "--responses", Self.wave2, "--baseline", "old.csv"])
        #expect(baseline.status == 66)
        #expect(baseline.standardError.hasPrefix("old.csv: error:"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func incompatibleInputsExit65() throws {
        let directory = CommandRunner.temporaryDirectory()
        // A journey that shares no touchpoint id with the sample.
        let other = directory.appendingPathComponent("other.yaml")
        try """
        version: 1
        title: Other
        language: en
        stages:
          - id: s
            name: S
            touchpoints:
              - {id: unrelated, name: Unrelated, score: 3}
        """.write(to: other, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("m.svg").path
        let disjoint = try CommandRunner.run(["render", Self.day, "--compare", other.path, "-o", out])
        #expect(disjoint.status == 65)
        #expect(disjoint.standardError.contains("share no touchpoint id"))
        #expect(!FileManager.default.fileExists(atPath: out))
        // A baseline wave of four respondents: below the anonymity minimum.
        let lines = try String(contentsOfFile: CommandRunner.packageRoot.appendingPathComponent(Self.wave1).path, encoding: .utf8)
            .split(separator: "\n")
        let tiny = directory.appendingPathComponent("tiny.csv")
        try (lines.prefix(6).joined(separator: "\n") + "\n").write(to: tiny, atomically: true, encoding: .utf8)
        let small = try CommandRunner.run(["analyze", Self.onboarding, "--responses", Self.wave2, "--baseline", tiny.path])
        #expect(small.status == 65)
        #expect(small.standardError.contains("fewer than 5 respondents"))
        #expect(!small.standardOutput.contains("tiny"))
    }

    /// The Δ of every touchpoint: JSON (full precision), the map's data-delta (two decimals) and the Markdown table
    /// (two decimals) are the same numbers.
    @Test func mapReportAndJSONAgree() throws {
        let directory = CommandRunner.temporaryDirectory()
        let svg = directory.appendingPathComponent("waves.svg").path
        let args = [Self.onboarding, "--responses", Self.wave2, "--baseline", Self.wave1, "--labels", "十一月,十月"]
        let rendered = try CommandRunner.run(["render"] + args + ["-o", svg])
        #expect(rendered.status == 0, "\(rendered.standardError)")
        let json = try CommandRunner.run(["analyze"] + args + ["--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let comparison = try #require(object["comparison"] as? [String: Any])
        #expect(comparison["kind"] as? String == "waves")
        #expect(comparison["label"] as? String == "十一月" && comparison["referenceLabel"] as? String == "十月")
        let rows = try #require(comparison["touchpoints"] as? [[String: Any]])
        #expect(rows.count == 15)
        let map = try String(contentsOfFile: svg, encoding: .utf8)
        let markdown = try CommandRunner.run(["analyze"] + args + ["--format", "markdown"]).standardOutput
        for row in rows {
            let id = try #require(row["id"] as? String)
            let delta = try #require(row["delta"] as? Double)
            let two = String(format: "%.2f", delta)
            #expect(map.contains("id=\"delta-\(id)\" data-touchpoint=\"\(id)\" data-delta=\"\(two)\""), "\(id)")
            #expect(markdown.contains("[\(id)\\] |") && markdown.contains((delta > 0 ? "+" : "") + two), "\(id)")
            let significant = row["significant"] as? Bool
            #expect(map.contains("data-delta=\"\(two)\" data-significant=\"\(significant == true)\""), "\(id)")
        }
        let marked = rows.filter { $0["significant"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(Set(marked) == ["account-setup", "first-complaint", "kb-search"])
        #expect(map.contains("十一月") && map.contains("十月"))
    }

    /// `render --by team` on the sample: VIP专席组 (4 people) and the group that would reveal it are not drawn; the
    /// map says how many are hidden, never their sizes or names.
    @Test func renderByHidesUnreleasedGroups() throws {
        let svg = CommandRunner.temporaryDirectory().appendingPathComponent("by.svg").path
        let result = try CommandRunner.run(["render", Self.onboarding, "--by", "team", "-o", svg])
        #expect(result.status == 0, "\(result.standardError)")
        let map = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(map.contains("data-hidden-groups=\"2\""))
        // (the team of 72 is hidden too: the note never says "< 5" of both)
        #expect(map.contains("2 个分组已隐藏（不足 5 人，或为保护更小的群体）"))
        #expect(!map.contains("已隐藏（&lt; 5 人）") && !map.contains("已隐藏（< 5 人）"))
        #expect(!map.contains("VIP专席组"))
        #expect(!map.contains("n = 4"))
        let analysis = try CommandRunner.run(["analyze", Self.onboarding, "--by", "team", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(analysis.standardOutput.utf8)) as? [String: Any])
        let segments = try #require(object["segments"] as? [[String: Any]])
        let shown = segments.filter { $0["suppressed"] as? Bool == false }.compactMap { $0["value"] as? String }
        // The same release decision as analyze --by: each released group is on the map, with its n.
        #expect(map.contains("data-curves=\"\(shown.count)\""))
        for group in segments where group["suppressed"] as? Bool == false {
            #expect(map.contains("\(group["value"] as! String)（n = \(group["n"] as! Int)）"))
        }
    }
}
