import Foundation
import Testing

/// `journeymap analyze --format html` as a user runs it: `-o brief.html` infers the format and writes one file,
/// `--lang` switches the brief's language, and the brief holds the sample's map and findings.
@Suite struct AnalyzeHTMLTests {
    static let sample = "journeys/onboarding-90-days.yaml"

    @Test func outputNameInfersHTMLAndWritesOneFile() throws {
        let directory = CommandRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("brief.html").path
        let result = try CommandRunner.run(["analyze", Self.sample, "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<title>新客服专员的前 90 天 — 分析报告</title>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<section id=\"actions\">") && html.contains("<section id=\"privacy\" class=\"privacy\">"))
        #expect(!html.lowercased().contains("<script"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["brief.html"])
        // same input, same bytes
        let again = try CommandRunner.run(["analyze", Self.sample, "--format", "html"])
        #expect(again.standardOutput == html)
    }

    @Test func langSwitchesTheBriefAndTheMap() throws {
        let result = try CommandRunner.run(["analyze", Self.sample, "--format", "html", "--lang", "en", "--by", "team"])
        #expect(result.status == 0, "\(result.standardError)")
        let html = result.standardOutput
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<strong>Takeaway</strong> Lowest point: "))
        #expect(html.contains("xml:lang=\"en\""))
        // the groups the anonymity rules withheld are named in the privacy note, never with their numbers
        #expect(html.contains("Hidden groups of team: VIP专席组, 在线客服组"))
    }
}
