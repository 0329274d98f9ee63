import Foundation
import Testing

/// `journeymap analyze` end to end on the sample journey and its imported survey
/// (journeys/onboarding-90-days.responses.csv: 260 synthetic respondents whose overall rating the generator
/// builds from each one's peak and end; team VIP专席组 has 4 people).
@Suite struct AnalyzeSampleTests {
    static let sample = "journeys/onboarding-90-days.yaml"

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
        #expect(text.standardOutput.contains("总体评价更多由峰值和终点决定"))
        // The survey remembered score is the mean of each respondent's own (peak + end)/2, and says so.
        #expect(text.standardOutput.contains("记忆分（人均 (峰+终)/2）："))
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
