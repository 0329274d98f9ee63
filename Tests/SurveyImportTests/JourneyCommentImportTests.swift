import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// `survey.comment` (其他建议) through import and the responses file: bound like a touchpoint comment, PII masked,
/// an identifying header refused, written as `comment:*` after eNPS and read back unchanged.
@Suite struct JourneyCommentImportTests {
    static let journeyText = """
        title: T
        language: zh
        survey: {respondent: ResponseId, segments: [team], comment: 其他建议}
        stages:
          - name: S
            touchpoints:
              - {id: a, name: A, survey: {score: Q1, comment: Q2}}
        """

    func journey(_ text: String = journeyText) throws -> Journey {
        try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml")
    }

    func export(_ rows: [String]) throws -> String {
        let path = Fixture.temporaryDirectory() + "/survey.csv"
        try (["ResponseId,team,Q1,Q2,其他建议"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func importedMaskedAndRoundTripped() throws {
        let journey = try journey()
        let path = try export([
            "R1,A,4,ok,联系 13912345678",
            "R2,B,2,,多一些培训",
            "R3,A,5,好,",
        ])
        let (responses, _) = try SurveyImporter.load(exportPath: path, journey: journey, options: ImportOptions())
        let comments = try #require(responses.journeyComments)
        #expect(comments.count == 3)
        #expect(comments.compactMap { $0 }.sorted() == ["多一些培训", "联系 [phone]"])
        #expect(ResponsesFile.layout(of: responses).columns.map(\.header) == ["segment:team", "comment:*", "score:a[1..5]", "comment:a"])
        let out = Fixture.temporaryDirectory() + "/r.csv"
        try ResponsesFile.write(responses, to: out, overwrite: false)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.split(separator: "\n")[1] == "respondent,segment:team,comment:*,score:a[1..5],comment:a")
        #expect(try ResponsesFile.read(path: out, journey: journey) == responses)
    }

    @Test func theHeaderParsesAndNeverNamesATouchpoint() {
        let parsed = ResponsesColumn.parse(header: "comment:*")
        #expect(parsed?.column == ResponsesColumn(kind: .comment))
        #expect(parsed?.column.isJourneyComment == true)
        #expect(ResponsesColumn.parse(header: "comment:a")?.column.isJourneyComment == false)
    }

    @Test func anIdentifyingColumnIsRefused() throws {
        let journey = try journey(Self.journeyText.replacingOccurrences(of: "comment: 其他建议}", with: "comment: Email}"))
        let path = Fixture.temporaryDirectory() + "/survey.csv"
        try "ResponseId,team,Q1,Q2,Email\nR1,A,4,,a@example.com\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try SurveyImporter.load(exportPath: path, journey: journey, options: ImportOptions())
        } throws: { error in
            "\(error)".contains("comment column \"Email\" looks identifying")
        }
    }
}
