import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// The plan's writers (defused spreadsheets, BOM, JSON), the map's action lane in plan order, and participants'
/// spread on the curve with its footnote.
@Suite struct WorkshopRenderTests {
    /// a: pain ① with two actions (X 1 vote, impact 3, effort 1; Y 5 votes, impact 1, effort 3); b: a hostile action.
    static func fixture() -> (Journey, JourneyFindings) {
        let journey = Journey(title: "Plan", language: .en, stages: [Stage(id: "s", name: "Stage", touchpoints: [
            Touchpoint(id: "a", name: "A", score: 1, participantScores: [1, 1, 2, 1, 5], actions: [
                JourneyAction(title: "X", impact: 3, effort: 1, votes: 1),
                JourneyAction(title: "Y", impact: 1, effort: 3, votes: 5),
            ]),
            Touchpoint(id: "b", name: "B", score: 4, actions: [
                JourneyAction(title: "=HYPERLINK(\"http://x\",\"y\")", owner: "+owner", due: JourneyDate(iso: "2026-01-02"), votes: 2),
                JourneyAction(title: "@SUM(A1)", owner: "-1", votes: 0),
                JourneyAction(title: "\tTabbed", owner: "\rCR"),
            ]),
        ])])
        var findings = JourneyAnalyzer.analyze(journey, responses: nil)
        findings.touchpoints[0].findingClass = .pain
        findings.touchpoints[0].severity = 80
        findings.touchpoints[1].findingClass = .neutral
        return (journey, findings)
    }

    static let today = JourneyDate(iso: "2026-06-01")!

    @Test func theMapsActionLaneShowsThePlansOrder() {
        let (journey, findings) = Self.fixture()
        // max votes 5, one pain point: X: V = .2, R = 1, S = 1 → 73.3; Y: V = 1, R = 0, S = 1 → 66.7 — X first,
        // although Y has more votes (the old order was "most votes first").
        let plan = PrioritizedPlan(journey, findings: findings, today: Self.today)
        #expect(plan.items.prefix(2).map(\.action.title) == ["X", "Y"])
        let layout = MapLayoutEngine.layout(journey, findings: findings)
        let column = layout.columns[0]
        let actions = layout.textRuns.filter { $0.role == .action && $0.x >= column.x && $0.x <= column.maxX }.sorted { $0.y < $1.y }
        #expect(actions.map { $0.lines.joined() } == ["X", "Y"])
        let meta = layout.textRuns.filter { $0.role == .actionMeta && $0.x >= column.x && $0.x <= column.maxX }.sorted { $0.y < $1.y }
        // X, the plan's first, is the action the takeaway names: its card says so
        #expect(meta.map { $0.lines.joined() } == ["Do first · 1 vote", "5 votes"])
    }

    @Test func csvIsUTF8WithBOMCRLFAndDefused() {
        let (journey, findings) = Self.fixture()
        let csv = PlanReportWriter.csv(PrioritizedPlan(journey, findings: findings, today: Self.today), journey: journey)
        #expect(csv.hasPrefix("\u{FEFF}rank,priority,action,touchpoint_id,"))
        #expect(csv.hasSuffix("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // the text kept after a leading apostrophe; quotes doubled because the cell holds quotes and a comma
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",b,B,Stage,'+owner,2026-01-02,overdue,"))
        #expect(csv.contains(",'@SUM(A1),b,B,Stage,'-1,,"))
        #expect(csv.contains(",'\tTabbed,b,B,Stage,\"'\rCR\","))
    }

    @Test func xlsxCellsAreInlineTextAndDefused() throws {
        let (journey, findings) = Self.fixture()
        let plan = PrioritizedPlan(journey, findings: findings, today: Self.today)
        let rows = [PlanLabels(.en).columns.map(ReportCell.text)] + PlanReportWriter.rows(plan, journey: journey)
        let sheet = XLSXReportWriter.parts(rows: rows, sheetName: "Action plan").first { $0.path == "xl/worksheets/sheet1.xml" }!.xml
        // the apostrophe is escaped as &#39; in the XML, so Excel shows '=HYPERLINK(…) as text
        #expect(sheet.contains("<t xml:space=\"preserve\">&#39;=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>"))
        #expect(sheet.contains("<t xml:space=\"preserve\">&#39;+owner</t>"))
        #expect(!sheet.contains("<f>"))
        let data = try PlanReportWriter.data(plan, journey: journey, format: .xlsx)
        #expect(data == (try PlanReportWriter.data(plan, journey: journey, format: .xlsx)))   // deterministic bytes
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func jsonAndMarkdownCarryTheParts() throws {
        let (journey, findings) = Self.fixture()
        let plan = PrioritizedPlan(journey, findings: findings, today: Self.today)
        let json = PlanReportWriter.json(plan, journey: journey)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["title"] as? String == "X")
        #expect(items.first?["priority"] as? Double == 73.3)      // 100·(.2 + 1 + 1)/3 = 73.33 → one decimal
        #expect(items.first?["votesShare"] as? Double == 0.2)
        #expect((object["uncovered"] as? [Any])?.isEmpty == true)
        let markdown = PlanReportWriter.markdown(plan, journey: journey)
        #expect(markdown.contains("| 1 | 73.3 | X | A | Stage |"))
        #expect(markdown.contains("2026-01-02 ⚠ overdue"))
        #expect(markdown.contains("### (no owner yet)"))
    }

    @Test func theCurveDrawsTheSpreadAndTheFootnoteSaysWhy() {
        let (journey, findings) = Self.fixture()
        let layout = MapLayoutEngine.layout(journey, findings: findings)
        // dots 1 1 2 1 5: the whisker spans 1–5, the quartile box 1–2 (type 7: q1 = 1, q3 = 2)
        let whiskers = layout.shapes.filter {
            // (the legend's spread key has an owner; the curve's whisker has none)
            if case .line(let p, let q) = $0.geometry, p.x == q.x, $0.style.stroke == .curve, $0.owner == nil { return true } else { return false }
        }
        #expect(whiskers.count == 1)
        let samples = layout.textRuns.filter { $0.role == .sampleSize }.map { $0.lines.joined() }
        #expect(samples.contains("5 dots · split"))              // range 4 ≥ 2
        let notes = layout.textRuns.filter { $0.role == .footnote }.map { $0.lines.joined(separator: " ") }.joined(separator: " ")
        #expect(notes.contains("The team scored openly in the workshop, so the anonymity minimum does not apply."))
    }
}
