import Foundation
import Testing
@testable import JourneyModel

/// `survey.segments` items as `{column, name, values}` and `survey.comment`: decoding, diagnostics with positions, and
/// the label lookups `--by` / `--where` and the reports use.
@Suite struct SegmentLabelTests {
    func parse(_ survey: String) throws -> Journey {
        try JourneyLoader.parse(data: Data("title: T\nsurvey:\n\(survey)stages:\n  - name: S\n    touchpoints:\n      - {id: a, name: A}\n".utf8),
                                path: "j.yaml")
    }

    func errors(_ survey: String) -> [String] {
        do { _ = try parse(survey); return [] } catch { return "\(error)".split(separator: "\n").map(String.init) }
    }

    @Test func plainAndLabelledItemsMix() throws {
        let journey = try parse("""
          segments:
            - team
            - {column: Q4, name: 工龄, values: {"1": 0–1 个月, "2": 1–3 个月}}
          comment: 其他建议

        """)
        let survey = try #require(journey.survey)
        #expect(survey.segments == ["team", "Q4"])
        #expect(survey.segmentLabels == [SegmentLabel(column: "Q4", name: "工龄", values: ["1": "0–1 个月", "2": "1–3 个月"])])
        #expect(survey.comment == "其他建议")
        #expect(journey.segmentLabel("Q4").displayName == "工龄")
        #expect(journey.segmentLabel("Q4").display("2") == "1–3 个月")
        #expect(journey.segmentLabel("Q4").display("9") == "9")
        #expect(journey.segmentLabel("team").displayName == "team")
        #expect(survey.segmentColumn(named: "工龄") == "Q4")
        #expect(survey.segmentColumn(named: "Q4") == "Q4")
        #expect(survey.segmentColumn(named: "team") == "team")
        #expect(survey.segmentColumn(named: "年龄") == nil)
        #expect(journey.segmentLabel("Q4").rawValue("0–1 个月") == "1")
        #expect(journey.segmentLabel("Q4").rawValue("2") == "2")
        #expect(journey.segmentLabel("Q4").rawValue("3") == "3")
    }

    @Test func aRawValueThatIsAlsoALabelStaysRaw() {
        // "2" is a raw value and also the label of "1": a raw value with a label of its own wins.
        let label = SegmentLabel(column: "Q", values: ["1": "2", "2": "two"])
        #expect(label.rawValue("2") == "2")
        #expect(label.rawValue("two") == "2")
    }

    @Test func badItemsAreReportedWithTheirPosition() {
        // Columns counted by hand in characters (line 3 is `segments:`, the first item is on line 4).
        #expect(errors("""
          segments:
            - {name: 工龄}
            - {column: Q4, name: 工龄, value: {}}
            - {column: Q5, name: "  "}
            - {column: Q6, name: 工龄}
            - {column: Q7, values: {"1": A, "2": A}}
            - {column: Q8, values: [A, B]}

        """) == [
            #"j.yaml:4:7: error: a segment has no `column:`; it is required"#,
            #"j.yaml:5:30: error: unknown key "value" in a segment; did you mean "values"?"#,
            #"j.yaml:6:26: error: the name of segment "Q5" is blank; write the name to show, e.g. name: 工龄"#,
            #"j.yaml:7:26: error: segment name "工龄" is already used for segment "Q4"; each segment needs its own name"#,
            #"j.yaml:8:42: error: label "A" is given to both "1" and "2" in segment "Q7"; each value needs its own label"#,
            #"j.yaml:9:28: error: expected values (key: value pairs) but found a list; for example `values: {"1": 0–1 个月, "2": 1–3 个月}`"#,
        ])
    }

    @Test func aNameMayNotBeAnotherSegmentsColumn() {
        #expect(errors("""
          segments:
            - team
            - {column: Q4, name: team}

        """) == [#"j.yaml:4:7: error: segment column "team" is also the name of segment "Q4"; rename one of them"#])
    }

    @Test func theJourneyCommentCountsAsABoundColumn() {
        let text = "title: T\nsurvey:\n  comment: Q3\nstages:\n  - name: S\n    touchpoints:\n      - {id: a, name: A, survey: {score: Q3}}\n"
        do {
            _ = try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml")
            Issue.record("accepted the journey-wide comment column as a score too")
        } catch {
            #expect("\(error)" == #"j.yaml:7:9: error: column "Q3" is bound as score of "a" but is already bound as the journey-wide comment (line 1); bind each survey column once"#)
        }
    }
}
