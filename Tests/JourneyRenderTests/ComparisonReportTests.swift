import Foundation
import JourneyModel
import Testing
@testable import JourneyAnalysis
@testable import JourneyRender

/// The comparison in the reports: the Markdown table, the JSON member and the CSV columns print the comparison's
/// numbers (by hand: as-is 2 and 4 on 1–5, to-be 5 and 5.5 on 1–7 → mapped 3.667 and 4, Δ −1.667 and 0).
@Suite struct ComparisonReportTests {
    static func findings() throws -> (Journey, JourneyFindings) {
        let shown = Journey(title: "As is", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "a", name: "Alpha", score: 2), Touchpoint(id: "b", name: "Beta", score: 4), Touchpoint(id: "c", name: "Gamma", score: 3),
        ])])
        let other = Journey(title: "To be", language: .en, scale: RatingScale(min: 1, max: 7), stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "a", name: "Alpha", score: 5), Touchpoint(id: "b", name: "Beta", score: 5.5),
        ])])
        var f = JourneyAnalyzer.analyze(shown, responses: nil)
        f.comparison = try ComparisonAnalyzer.compare(ComparisonSide(journey: shown, findings: f, label: "As is"),
                                                      with: ComparisonSide(journey: other, findings: JourneyAnalyzer.analyze(other, responses: nil), label: "To be"),
                                                      kind: .journeys)
        return (shown, f)
    }

    @Test func markdownJSONAndCSVCarryTheSameDeltas() throws {
        let (journey, f) = try Self.findings()
        let markdown = MarkdownReportWriter.write(f, journey: journey)
        #expect(markdown.contains("## Comparison: As is vs To be"))
        #expect(markdown.contains("| Alpha \\[a\\] | 2.00 | 3.67 | -1.67 |"))
        #expect(markdown.contains("| Beta \\[b\\] | 4.00 | 4.00 | 0.00 |"))
        #expect(markdown.contains("To be's 1–7 scale is mapped linearly onto 1–5"))
        #expect(markdown.contains("Only in As is: Gamma \\[c\\]"))
        #expect(!markdown.contains("Holm"))   // two estimates: no test

        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReportWriter.write(f, journey: journey).utf8)) as? [String: Any])
        let comparison = try #require(json["comparison"] as? [String: Any])
        #expect(comparison["scaleMapped"] as? Bool == true && comparison["test"] is NSNull)
        let rows = try #require(comparison["touchpoints"] as? [[String: Any]])
        #expect(abs((rows[0]["delta"] as? Double ?? 0) - (2 - 11.0 / 3)) < 1e-12)
        #expect(rows[1]["delta"] as? Double == 0)
        #expect((comparison["onlyShown"] as? [[String: Any]])?.first?["id"] as? String == "c")

        let table = ReportTable(f, journey: journey)
        let delta = try #require(ReportTable.columns.firstIndex(of: "compareDelta"))
        let touchpoint = try #require(ReportTable.columns.firstIndex(of: "touchpoint"))
        let alpha = try #require(table.rows.first { $0[touchpoint] == .text("a") })
        #expect(alpha[delta] == .number(2 - 11.0 / 3))
        let gamma = try #require(table.rows.first { $0[touchpoint] == .text("c") })
        #expect(gamma[delta] == .empty)
        // appended after the original columns, before the participants' columns that came later
        let start = try #require(ReportTable.columns.firstIndex(of: "comments")) + 1
        #expect(Array(ReportTable.columns[start ..< start + 5]) == ReportTable.comparisonColumns)
    }
}
