import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// The three report formats on a small in-memory survey: 40 respondents, four touchpoints (the last answered by
/// only 4 people, so it is withheld), an overall rating, eNPS and a team column with a group of 3.
@Suite struct ReportWriterTests {
    static let journey = Journey(title: "Onboarding", language: .en, stages: [
        Stage(id: "first", name: "First week", touchpoints: [
            Touchpoint(id: "login", name: "First login", isMOT: true, quotes: ["could not log in"]),
            Touchpoint(id: "buddy", name: "Buddy", survey: TouchpointSurveyBinding(score: "Q2")),
        ]),
        Stage(id: "later", name: "Later", touchpoints: [
            Touchpoint(id: "review", name: "Review"),
            Touchpoint(id: "party", name: "Party"),
        ]),
    ], survey: SurveyBinding(overall: "Q9", enps: "Q10", segments: ["team"]))

    static let responses: SurveyResponses = {
        let n = 40
        let login = (0..<n).map { i -> Int? in i % 4 == 0 ? 3 : 1 + (i * 7) % 2 }
        let buddy = (0..<n).map { i -> Int? in 3 + (i * 5) % 3 }
        let review = (0..<n).map { i -> Int? in 1 + (i * 3) % 5 }
        let party = (0..<n).map { i -> Int? in i < 4 ? 5 : nil }
        let overall = (0..<n).map { i -> Int? in min(5, max(1, (login[i]! + buddy[i]! + review[i]!) / 3 + (i % 3 == 0 ? 1 : 0))) }
        let enps = (0..<n).map { i -> Int? in (i * 3) % 11 }
        let team = (0..<n).map { i -> String? in i < 20 ? "A" : i < 37 ? "B" : "C" }
        return SurveyResponses(respondentCount: n, touchpoints: [
            .init(touchpointID: "login", score: RatingColumn(scale: .fivePoint, values: login),
                  comments: (0..<n).map { $0 % 2 == 0 ? "comment \($0)" : nil }),
            .init(touchpointID: "buddy", score: RatingColumn(scale: .fivePoint, values: buddy)),
            .init(touchpointID: "review", score: RatingColumn(scale: .fivePoint, values: review)),
            .init(touchpointID: "party", score: RatingColumn(scale: .fivePoint, values: party)),
        ], overall: RatingColumn(scale: .fivePoint, values: overall), enps: RatingColumn(scale: .recommend, values: enps),
           segments: [SegmentColumn(name: "team", values: team)])
    }()

    static let findings = try! JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(breakdown: "team"))

    @Test func jsonHasTheDocumentedKeysInOrderAndIsDeterministic() throws {
        let text = JSONReportWriter.write(Self.findings, journey: Self.journey)
        #expect(text == JSONReportWriter.write(Self.findings, journey: Self.journey))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        // top-level keys in the documented order
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(topKeys == ["schemaVersion", "journey", "source", "respondents", "minimumGroupSize", "suppressed", "filters",
                            "scale", "touchpoints", "drivers", "peakEnd", "enps", "comments", "breakdown", "breakdownName",
                            "segments", "notes", "comparison"])
        #expect(object["source"] as? String == "survey" && object["respondents"] as? Int == 40)
        let journey = try #require(object["journey"] as? [String: Any])
        #expect(journey["title"] as? String == "Onboarding" && journey["stages"] as? Int == 2 && journey["touchpoints"] as? Int == 4)
        let touchpoints = try #require(object["touchpoints"] as? [[String: Any]])
        for key in ["id", "stage", "n", "mean", "median", "sd", "t2b", "b2b", "ci95", "importance", "class", "severity",
                    "leverage", "opportunity", "mot", "driver", "suppressed"] {
            #expect(touchpoints.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        let login = touchpoints[0]
        #expect((login["ci95"] as? [Double])?.count == 2)
        #expect((login["comments"] as? [String])?.count == 20)
        let party = touchpoints[3]
        #expect(party["suppressed"] as? Bool == true && party["mean"] is NSNull && party["n"] is NSNull && party["class"] is NSNull)
        let peakEnd = try #require(object["peakEnd"] as? [String: Any])
        let test = try #require(peakEnd["test"] as? [String: Any])
        for key in ["n", "r2Mean", "r2PeakEnd", "r2PeakPlusEnd", "r2Full", "deltaR2", "pValue", "bestPeakDefinition"] {
            #expect(test.keys.contains(key), "missing peakEnd.test.\(key)")
        }
        let enps = try #require(object["enps"] as? [String: Any])
        #expect(enps["n"] as? Int == 40 && (enps["ci95"] as? [Double])?.count == 2)
        let segments = try #require(object["segments"] as? [[String: Any]])
        #expect(segments.map { $0["value"] as? String } == ["A", "B", "C"])
        // C (3) is withheld, and B (17) with it: C alone could be recovered as total − A − B
        #expect(segments.map { $0["suppressed"] as? Bool } == [false, true, true])
        #expect(segments[2]["n"] is NSNull && segments[2]["touchpoints"] is NSNull)
        #expect(segments[0]["n"] as? Int == 20)
        // schema 2: every driver number carries its n; completeCases is never null; the End is never moved
        #expect(object["schemaVersion"] as? Int == 2)
        let drivers = try #require(object["drivers"] as? [String: Any])
        #expect(drivers["cases"] as? String == "available" && drivers["completeCases"] is Int && drivers["n"] is Int)
        for t in touchpoints where t["suppressed"] as? Bool == false {
            let driver = try #require(t["driver"] as? [String: Any])
            #expect(driver["nPairs"] is Int && driver.keys.contains("stability"))
            #expect(t.keys.contains("distributionOnly") && t.keys.contains("belowNeutral"))
        }
        #expect(peakEnd["end"] is NSNull && peakEnd["endAvailable"] as? Bool == false)
        #expect((object["notes"] as? [String])?.contains("endNotAvailable") == true)
    }

    /// Every key the JSON report writes is documented in Docs/Analysis-JSON.md (as `key`).
    @Test func everyJSONKeyIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("Docs/Analysis-JSON.md"), encoding: .utf8)
        let text = JSONReportWriter.write(Self.findings, journey: Self.journey)
        var keys = Set<String>()
        func collect(_ value: Any, inCounts: Bool = false) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    if !inCounts { keys.insert(key) }
                    collect(child, inCounts: key == "counts")
                }
            } else if let array = value as? [Any] {
                array.forEach { collect($0) }
            }
        }
        collect(try JSONSerialization.jsonObject(with: Data(text.utf8)))
        for key in keys.sorted() { #expect(doc.contains("`\(key)`"), "Docs/Analysis-JSON.md does not document `\(key)`") }
        #expect(doc.contains("schema version \(JSONReportWriter.schemaVersion)"))
    }

    @Test func importanceUnknownIsWordedTheSameInEveryFormat() throws {
        var finding = TouchpointFinding(id: "login", stageID: "first", n: 40, mean: 1.8, median: 2, t2b: 0, b2b: 0.7, findingClass: .pain)
        finding.importanceSource = .unknown
        let findings = JourneyFindings(source: .survey, respondents: 40, scale: .fivePoint,
                                       touchpoints: [finding] + ["buddy", "review", "party"].map { TouchpointFinding(id: $0, stageID: "first") },
                                       peakEnd: PeakEndSummary())
        var noted = findings
        noted.notes = [.importanceUnknown]
        let text = TextReportWriter.write(noted, journey: Self.journey, color: false)
        #expect(text.contains("First login [login] · importance unknown"))
        #expect(text.contains("Importance unknown for some or all touchpoints"))
        #expect(!text.contains("median") || !text.contains("assumed"))
        let json = JSONReportWriter.write(noted, journey: Self.journey)
        #expect(json.contains("\"importanceSource\": \"unknown\"") && json.contains("\"importanceUnknown\""))
        #expect(json.contains("\"severity\": null"))
    }

    @Test func jsonEscapesAndWritesNumbersPlainly() {
        let value = JSONValue.object([("a", .string("line\n\"q\"\u{1}")), ("b", .number(3)), ("c", .number(0.25)),
                                      ("d", .number(.nan)), ("e", .array([.int(1), .null]))])
        #expect(value.serialized() == "{\n  \"a\": \"line\\n\\\"q\\\"\\u0001\",\n  \"b\": 3,\n  \"c\": 0.25,\n  \"d\": null,\n  \"e\": [1, null]\n}")
        #expect(JSONValue.num(.nan) == .null && JSONValue.num(-0.0).serialized() == "0")
    }

    @Test func textIsPlainWhenPipedAndColouredOnATerminal() {
        let plain = TextReportWriter.write(Self.findings, journey: Self.journey, color: false)
        let coloured = TextReportWriter.write(Self.findings, journey: Self.journey, color: true)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;34m"))
        #expect(plain.hasPrefix("Onboarding — analysis\nSource: survey, 40 respondents"))
        for heading in ["Pain points", "Moments of truth", "Peak-end", "Key drivers", "eNPS", "Segments by team", "Notes"] {
            #expect(plain.contains("\n" + heading), "missing \(heading)")
        }
        #expect(plain.contains("★ First login [login] — declared by the team"))
        #expect(plain.contains("Hidden, fewer than 5 answers: Party"))
        #expect(plain.contains("C: not shown (fewer than 5 people, or hidden so that another small group cannot be worked out)"))
        #expect(plain == TextReportWriter.write(Self.findings, journey: Self.journey, color: false))
    }

    @Test func markdownHasHeadingsAndADriverTable() {
        let md = MarkdownReportWriter.write(Self.findings, journey: Self.journey)
        #expect(md.hasPrefix("# Onboarding — analysis\n"))
        #expect(md.contains("\n## Key drivers\n"))
        #expect(md.contains("| Touchpoint | r | ρ | share of R² | significant | min pair n | stability |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"))
        #expect(md.contains("First login \\[login\\]"))
        #expect(ReportFormat.inferred(fromPath: "out/report.MD") == .markdown && ReportFormat.inferred(fromPath: "x.json") == .json)
    }

    @Test func estimateReportListsClassesAndQuotes() {
        let journey = Journey(title: "Estimate", language: .zh, stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "a", name: "登录", isMOT: true, score: 1, importance: 5, quotes: ["登不上"]),
            Touchpoint(id: "b", name: "师傅", score: 5, importance: 4),
            Touchpoint(id: "c", name: "转正", score: 3, importance: 2),
        ])])
        let text = TextReportWriter.write(EstimateAnalyzer.analyze(journey), journey: journey, color: false)
        #expect(text.contains("数据来源：工作坊估分"))
        #expect(text.contains("1. 登录 [a] · 严重度 "))
        #expect(text.contains("“登不上”"))
        #expect(text.contains("1. 师傅 [b] · 撬动值 "))
    }
}


/// Pain points with equal severity (common with workshop estimates) list the lower score first.
@Suite struct PainOrderTests {
    @Test func equalSeverityPutsTheLowerScoreFirst() {
        // 1–5, no importance anywhere → I* = 1; both are bottom box and declared MOTs → both severity 150.
        let journey = Journey(title: "Order", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "second", name: "Scored two", isMOT: true, score: 2),
                Touchpoint(id: "first", name: "Scored one", isMOT: true, score: 1),
                Touchpoint(id: "fine", name: "Fine", score: 4),
            ]),
        ])
        let text = TextReportWriter.write(EstimateAnalyzer.analyze(journey), journey: journey, color: false)
        let one = text.range(of: "1. Scored one [first]")
        let two = text.range(of: "2. Scored two [second]")
        #expect(one != nil && two != nil)
    }
}
