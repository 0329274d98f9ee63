import Foundation
import Testing

/// `journeymap analyze` end to end on the sample journey and its imported survey
/// (journeys/onboarding-90-days.responses.csv: 260 synthetic respondents whose overall rating the generator
/// builds from each one's peak and end; team VIP专席组 has 4 people).
@Suite struct AnalyzeSampleTests {
    static let sample = "journeys/onboarding-90-days.yaml"

    /// A survey without importance items (Tests/Fixtures/analysis/escalation.*, 240 respondents, 22 complete cases):
    /// the drivers run from every answer, so every touchpoint has a derived importance and none is "importance
    /// unknown"; the complete-case option skips the drivers and then says "importance unknown", never I* = 1.
    @Test func surveyWithoutImportanceItems() throws {
        let path = "Tests/Fixtures/analysis/escalation.yaml"
        let result = try CommandRunner.run(["analyze", path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let drivers = try #require(object["drivers"] as? [String: Any])
        #expect(drivers["cases"] as? String == "available" && drivers["n"] as? Int == 55 && drivers["completeCases"] as? Int == 22)
        let touchpoints = try #require(object["touchpoints"] as? [[String: Any]])
        #expect(touchpoints.allSatisfy { $0["importanceSource"] as? String == "derived" })
        let complete = try CommandRunner.run(["analyze", path, "--complete-cases"])
        #expect(complete.status == 0)
        #expect(complete.standardOutput.contains("重要性未知") && !complete.standardOutput.contains("取中位数"))
        #expect(!complete.standardOutput.contains("重要性 1.00"))
        let json = try CommandRunner.run(["analyze", path, "--complete-cases", "--format", "json"])
        #expect(json.standardOutput.contains("\"importanceSource\": \"unknown\"") && !json.standardOutput.contains("\"assumed\""))
        #expect(json.standardOutput.contains("\"importanceUnknown\""))
    }

    @Test func surveyJSONEndToEnd() throws {
        let result = try CommandRunner.run(["analyze", Self.sample, "--by", "team", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "survey")
        #expect(object["respondents"] as? Int == 260)
        let peakEnd = try #require(object["peakEnd"] as? [String: Any])
        let test = try #require(peakEnd["test"] as? [String: Any])
        #expect(test["verdict"] as? String == "peakEnd")   // the generator builds the overall rating from peak and end
        let touchpoints = try #require(object["touchpoints"] as? [[String: Any]])
        #expect(touchpoints.count == 15)
        #expect(touchpoints.contains { $0["class"] as? String == "pain" })
        let segments = try #require(object["segments"] as? [[String: Any]])
        let vip = try #require(segments.first { $0["value"] as? String == "VIP专席组" })
        #expect(vip["suppressed"] as? Bool == true && vip["n"] is NSNull)
        #expect(segments.filter { $0["suppressed"] as? Bool == true }.count >= 2)   // plus its complement
        #expect(!result.standardOutput.contains("R_0001"))                          // no respondent ids
        let again = try CommandRunner.run(["analyze", Self.sample, "--by", "team", "--format", "json"])
        #expect(again.standardOutput == result.standardOutput)
    }

    @Test func textReportAndRefusedFilters() throws {
        let text = try CommandRunner.run(["analyze", Self.sample])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("数据来源：问卷，260 人"))
        // plain-language verdict, the recall caveat beside it, r against the literature with the mean model's r
        #expect(text.standardOutput.contains("总体评价更多地跟随最强烈的和最后被记住的触点，而不是它们的平均。"))
        #expect(text.standardOutput.contains("注意：触点评分本身也是回忆"))
        #expect(text.standardOutput.contains("Alaybek 等 2022 元分析") && text.standardOutput.contains("与平均 r = "))
        // every answer: the driver line says n per pair and the few complete responses
        #expect(text.standardOutput.contains("基于全部作答（两两可用，每对至少 n = 72；完整答卷仅 43 份）"))
        // The survey remembered score is the mean of each respondent's own (peak + end)/2, and says so.
        #expect(text.standardOutput.contains("记忆分（人均 (峰+终)/2）："))
        // the complete-case option: the 43 respondents who rated all 15 touchpoints
        let complete = try CommandRunner.run(["analyze", Self.sample, "--complete-cases", "--format", "json"])
        #expect(complete.status == 0)
        #expect(complete.standardOutput.contains("\"cases\": \"complete\",\n    \"n\": 43,\n    \"completeCases\": 43"))
        let vip = try CommandRunner.run(["analyze", Self.sample, "--where", "team=VIP专席组"])
        #expect(vip.status == 64)
        #expect(vip.standardError.contains("is not reported: it holds fewer than 5 respondents"))
        let invalid = try CommandRunner.run(["analyze", Self.sample, "--responses", "Tests/Fixtures/journeys/valid/minimal.yaml"])
        #expect(invalid.status == 65)
        let estimates = try CommandRunner.run(["analyze", Self.sample, "--estimates"])
        #expect(estimates.status == 0 && estimates.standardOutput.contains("工作坊估分"))
        #expect(try CommandRunner.run(["analyze", Self.sample, "--estimates", "--by", "team"]).status == 64)
    }
}
