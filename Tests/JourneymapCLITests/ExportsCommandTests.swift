import Foundation
import Testing

/// Issue 14, "exports people use", as a user runs it: `analyze -o x.csv` / `--format xlsx`, segment display names and
/// value labels in every format and in `--by` / `--where`, and the journey-wide comment column (其他建议) from import to
/// report, released only with at least 10 writers and never for a group the release policy hides.
@Suite struct ExportsCommandTests {
    static let sample = "journeys/onboarding-90-days.yaml"

    /// The sample journey and its responses in a temporary directory, `tenure` named 工龄 and `0-1个月` labelled 新人.
    func labelledSample() throws -> (directory: URL, journey: String) {
        let directory = CommandRunner.temporaryDirectory()
        let root = CommandRunner.packageRoot
        var text = try String(contentsOf: root.appendingPathComponent(Self.sample), encoding: .utf8)
        let plain = "  segments: [tenure, team]"
        #expect(text.contains(plain))
        text = text.replacingOccurrences(of: plain, with: """
              segments:
                - {column: tenure, name: 工龄, values: {"0-1个月": 新人}}
                - team
            """)
        let journey = directory.appendingPathComponent("j.yaml").path
        try text.write(toFile: journey, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("journeys/onboarding-90-days.responses.csv").path,
                                         toPath: directory.appendingPathComponent("j.responses.csv").path)
        return (directory, journey)
    }

    @Test func segmentNamesAndLabelsInEveryFormat() throws {
        let (directory, journey) = try labelledSample()
        let text = try CommandRunner.run(["analyze", journey, "--by", "工龄"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("按「工龄」分组"))
        #expect(text.standardOutput.contains("新人 · n = "))
        #expect(!text.standardOutput.contains("0-1个月"))
        let markdown = try CommandRunner.run(["analyze", journey, "--by", "tenure", "--format", "markdown"])
        #expect(markdown.standardOutput.contains("工龄") && markdown.standardOutput.contains("新人"))
        let english = try CommandRunner.run(["analyze", journey, "--by", "tenure", "--lang", "en"])
        #expect(english.standardOutput.contains("Segments by 工龄"))

        let json = try CommandRunner.run(["analyze", journey, "--by", "工龄", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["breakdown"] as? String == "tenure")
        #expect(object["breakdownName"] as? String == "工龄")
        let segments = try #require(object["segments"] as? [[String: Any]])
        let newcomers = try #require(segments.first { $0["value"] as? String == "0-1个月" })
        #expect(newcomers["name"] as? String == "工龄")
        #expect(newcomers["label"] as? String == "新人")
        // --by by name and by column give the same report.
        let byColumn = try CommandRunner.run(["analyze", journey, "--by", "tenure", "--format", "json"])
        #expect(byColumn.standardOutput == json.standardOutput)

        let csvPath = directory.appendingPathComponent("by.csv").path
        let csv = try CommandRunner.run(["analyze", journey, "--by", "工龄", "-o", csvPath])
        #expect(csv.status == 0, "\(csv.standardError)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csvPath))
        #expect(Array(bytes.prefix(9)) == [0xEF, 0xBB, 0xBF] + Array("level,".utf8))
        let table = String(decoding: bytes, as: UTF8.self)
        #expect(table.contains("\r\njourney,工龄,tenure,新人,0-1个月,,false,"))
    }

    @Test func whereAcceptsTheLabelOrTheRawValue() throws {
        let (_, journey) = try labelledSample()
        let byLabel = try CommandRunner.run(["analyze", journey, "--where", "工龄=新人", "--format", "json"])
        let byCode = try CommandRunner.run(["analyze", journey, "--where", "tenure=0-1个月", "--format", "json"])
        #expect(byLabel.status == 0, "\(byLabel.standardError)")
        #expect(byLabel.standardOutput == byCode.standardOutput)
        #expect(byLabel.standardOutput.contains("\"label\": \"新人\""))
        let text = try CommandRunner.run(["analyze", journey, "--where", "工龄=新人"])
        #expect(text.standardOutput.contains("筛选：工龄=新人"))
        // Refusals and unknown columns speak in display names, never revealing a size.
        let refused = try CommandRunner.run(["analyze", journey, "--where", "工龄=nobody"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--where 工龄=nobody is not reported"))
        #expect(refused.standardError.contains("工龄=新人"))
        let unknown = try CommandRunner.run(["analyze", journey, "--by", "年龄"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("工龄 (tenure), team"))
    }

    @Test func xlsxNeedsAFileAndIsWrittenAtomically() throws {
        let (directory, journey) = try labelledSample()
        let refused = try CommandRunner.run(["analyze", journey, "--format", "xlsx"])
        #expect(refused.status == 64)
        let reports = directory.appendingPathComponent("reports")
        let out = reports.appendingPathComponent("analysis.xlsx").path
        let result = try CommandRunner.run(["analyze", journey, "--by", "team", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == ["analysis.xlsx"])
        let again = try CommandRunner.run(["analyze", journey, "--by", "team", "--format", "xlsx", "-o", reports.appendingPathComponent("analysis-2.xlsx").path])
        #expect(again.status == 0)
        #expect(try Data(contentsOf: reports.appendingPathComponent("analysis-2.xlsx")) == data)   // deterministic
    }

    // MARK: - Journey-wide comments

    /// 30 respondents in teams A (rows 0–14) and B (15–29); those `wrote` picks fill in 其他建议, row 0 with an e-mail
    /// address that import must mask.
    func commentSurvey(wrote: (Int) -> Bool) throws -> (journey: String, responses: String, import: CommandRunner.Result) {
        let directory = CommandRunner.temporaryDirectory()
        let journey = directory.appendingPathComponent("c.yaml").path
        try """
            title: 其他建议
            language: zh
            survey:
              respondent: ResponseId
              segments: [team]
              comment: 其他建议
            stages:
              - name: 入职
                touchpoints:
                  - {id: day-one, name: 入职第一天, survey: {score: Q1}}
            """.write(toFile: journey, atomically: true, encoding: .utf8)
        var lines = ["ResponseId,team,Q1,其他建议"]
        for i in 0..<30 {
            let comment = !wrote(i) ? "" : i == 0 ? "请联系 zhang.san@example.com" : "建议\(i)"
            lines.append("R\(i),\(i < 15 ? "A" : "B"),\(1 + i % 5),\(comment)")
        }
        let export = directory.appendingPathComponent("survey.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: export, atomically: true, encoding: .utf8)
        let responses = directory.appendingPathComponent("c.responses.csv").path
        let result = try CommandRunner.run(["import", export, "--journey", journey, "-o", responses])
        return (journey, responses, result)
    }

    @Test func journeyCommentsAreImportedMaskedAndShownFromTenWriters() throws {
        let (journey, responses, imported) = try commentSurvey { $0 < 10 }
        #expect(imported.status == 0, "\(imported.standardError)")
        let file = try String(contentsOfFile: responses, encoding: .utf8)
        #expect(file.components(separatedBy: "\n")[1] == "respondent,segment:team,comment:*,score:day-one[1..5]")
        #expect(!file.contains("example.com"))
        #expect(file.contains("[e-mail]"))
        let json = try CommandRunner.run(["analyze", journey, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let comments = try #require(object["comments"] as? [String: Any])
        #expect(comments["suppressed"] as? Bool == false)
        let texts = try #require(comments["texts"] as? [String])
        #expect(texts.count == 10)
        #expect(texts.contains("建议9") && texts.contains { $0.contains("[e-mail]") })
        let text = try CommandRunner.run(["analyze", journey])
        #expect(text.standardOutput.contains("其他建议\n"))
        #expect(text.standardOutput.contains("“建议9”"))
        let csv = try CommandRunner.run(["analyze", journey, "--format", "csv"])
        #expect(csv.standardOutput.contains("建议1\n建议2\n"))
    }

    @Test func journeyCommentsAreWithheldUnderTenWriters() throws {
        let (journey, _, imported) = try commentSurvey { $0 < 9 }
        #expect(imported.status == 0, "\(imported.standardError)")
        let json = try CommandRunner.run(["analyze", journey, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let comments = try #require(object["comments"] as? [String: Any])
        #expect(comments["suppressed"] as? Bool == true)
        #expect(comments["texts"] is NSNull)
        for format in ["text", "markdown", "csv", "json"] {
            let out = try CommandRunner.run(["analyze", journey, "--format", format]).standardOutput
            #expect(!out.contains("建议1"), "\(format)")
        }
        #expect(try CommandRunner.run(["analyze", journey]).standardOutput.contains("其他建议：填写人数不足或为保护更小的群体，已隐藏"))
    }

    /// 12 writers: 11 in team A, 1 in team B. Team A has 11 ≥ 10 writers, but releasing its comments beside the whole
    /// file's would single out B's one writer (12 − 11), so the policy keeps only the whole file's.
    @Test func journeyCommentsNeverShowForAGroupThePolicyHides() throws {
        let (journey, _, imported) = try commentSurvey { $0 < 11 || $0 == 15 }
        #expect(imported.status == 0, "\(imported.standardError)")
        let json = try CommandRunner.run(["analyze", journey, "--by", "team", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(((object["comments"] as? [String: Any])?["texts"] as? [String])?.count == 12)
        let segments = try #require(object["segments"] as? [[String: Any]])
        let a = try #require(segments.first { $0["value"] as? String == "A" })
        #expect(a["n"] as? Int == 15)                                            // the group itself is shown …
        #expect((a["comments"] as? [String: Any])?["suppressed"] as? Bool == true)  // … its comments are not
        let csv = try CommandRunner.run(["analyze", journey, "--by", "team", "--format", "csv"]).standardOutput
        #expect(csv.components(separatedBy: "建议3").count == 2)                   // once: in the whole file's row only
    }
}
