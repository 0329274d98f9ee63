import Foundation
import Testing

/// The differencing attacks of the trust issue, replayed through the CLI on the bundled sample
/// (journeys/onboarding-90-days.responses.csv: teams 电话一组 96, 电话二组 88, 在线客服组 72, VIP专席组 4;
/// VIP专席组's 4 are one in tenure 0-1个月 and three in 2-3个月 — counted with a short Python script over the file).
@Suite struct PrivacyAttackTests {
    static let sample = "journeys/onboarding-90-days.yaml"

    /// The respondents a `--where` query reports, or nil when it is refused (exit 64).
    static func count(_ filters: [String]) throws -> Int? {
        let result = try CommandRunner.run(["analyze", sample, "--format", "json"] + filters.flatMap { ["--where", $0] })
        if result.status == 64 { return nil }
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return object?["respondents"] as? Int
    }

    @Test func everyoneMinusTheThreeLargeTeamsIsRefused() throws {
        // total − 电话一组 − 电话二组 − 在线客服组 = VIP专席组: at least one of the three must be refused.
        let teams = try ["team=电话一组", "team=电话二组", "team=在线客服组"].map { try Self.count([$0]) }
        #expect(teams.contains { $0 == nil })
        #expect(teams.compactMap { $0 }.allSatisfy { $0 >= 5 })
        // …and so must the union that would give the same difference in one step
        #expect(try Self.count(["team=电话一组", "team=电话二组", "team=在线客服组"]) == nil)
    }

    @Test func aTenureBandMinusItsLargeTeamsIsRefused() throws {
        // tenure 0-1个月 (60) minus its crossings with each large team (28 + 16 + 15) = VIP专席组's one person.
        let band = try Self.count(["tenure=0-1个月"])
        let crossings = try ["team=电话一组", "team=电话二组", "team=在线客服组"].map { try Self.count(["tenure=0-1个月", $0]) }
        if let band {
            let shown = crossings.compactMap { $0 }
            // the released figures must not add up to a difference of 1 … 4
            #expect(shown.count < 3 || !(1...4).contains(band - shown.reduce(0, +)))
        }
        for n in crossings.compactMap({ $0 }) { #expect(n >= 5) }
    }

    @Test func refusalsSayTheSameForEmptySmallAndComplementaryGroups() throws {
        func message(_ filter: String, _ value: String) throws -> String {
            let result = try CommandRunner.run(["analyze", Self.sample, "--where", filter])
            #expect(result.status == 64)
            return result.standardError.replacingOccurrences(of: value, with: "X")
        }
        let small = try message("team=VIP专席组", "VIP专席组")          // 4 people
        let complementary = try message("team=在线客服组", "在线客服组")   // 72, hidden so the 4 cannot be worked out
        let empty = try message("team=不存在的组", "不存在的组")          // nobody
        #expect(small == complementary && small == empty)
        #expect(!small.contains("4") && !small.contains("72"))
        let breakdown = try CommandRunner.run(["analyze", Self.sample, "--by", "team"])
        #expect(!breakdown.standardOutput.contains("VIP专席组 · n") && !breakdown.standardOutput.contains("在线客服组 · n"))
    }

    @Test func aFileUnderTheMinimumNeverPrintsItsSize() throws {
        let directory = CommandRunner.temporaryDirectory()
        let lines = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("journeys/onboarding-90-days.responses.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let four = directory.appendingPathComponent("four.responses.csv")
        try (lines.prefix(6).joined(separator: "\n") + "\n").write(to: four, atomically: true, encoding: .utf8)
        for format in ["text", "json", "markdown"] {
            let result = try CommandRunner.run(["analyze", Self.sample, "--responses", four.path, "--format", format])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(!result.standardOutput.contains("4 人") && !result.standardOutput.contains("\"respondents\" : 4")
                    && !result.standardOutput.contains("\"respondents\": 4") && !result.standardOutput.contains("n = 4"))
        }
        let svg = directory.appendingPathComponent("four.svg")
        let render = try CommandRunner.run(["render", Self.sample, "--responses", four.path, "-o", svg.path])
        #expect(render.status == 0, "\(render.standardError)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(!text.contains("n = 4") && (text.contains("n &lt; 5") || text.contains("n < 5")))
        #expect(!render.standardError.contains("n = 4"))
    }

    @Test func aLowerMinimumWarnsAndIsStatedInTheOutput() throws {
        #expect(try CommandRunner.run(["analyze", Self.sample, "--min-group", "2"]).status == 64)
        let three = try CommandRunner.run(["analyze", Self.sample, "--min-group", "3", "--format", "json"])
        #expect(three.status == 0)
        #expect(three.standardError.contains("warning: --min-group 3"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(three.standardOutput.utf8)) as? [String: Any])
        #expect(object["minimumGroupSize"] as? Int == 3)
        let text = try CommandRunner.run(["analyze", Self.sample, "--min-group", "3"])
        #expect(text.standardOutput.contains("少于 3 人的群体不单独报告"))
    }
}
