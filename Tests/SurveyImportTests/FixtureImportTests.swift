import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// One fixture per export format: the normalized file must equal the hand-written `*.expected.csv` cell by cell,
/// contain none of the export's identifying values, and read back into the same `SurveyResponses`.
struct FormatCase: CustomTestStringConvertible, Sendable {
    let export: String
    let journey: String
    let expected: String
    let format: SurveyFormat
    let encoding: TextEncoding
    let maxBadRows: Int
    let kept: Int
    let skipped: [String: Int]
    /// Values from the export that identify people; none may appear in the output bytes.
    let identifying: [String]
    /// `--encoding`, for encodings that are chosen rather than detected.
    var encodingChoice: EncodingChoice = .auto
    var testDescription: String { export }
}

let formatCases: [FormatCase] = [
    FormatCase(export: "qualtrics.csv", journey: "qualtrics.journey.yaml", expected: "qualtrics.expected.csv",
               format: .qualtrics, encoding: .utf8, maxBadRows: 1, kept: 5,
               skipped: ["survey preview (Status 1)": 1, "survey test (Status 2)": 1, "spam (Status 8)": 1,
                         "unfinished (Finished = 0; --include-partial keeps them)": 1],
               identifying: ["Whitfield", "Okafor", "Chidi", "Novak", "Garcia", "ann.whitfield@example.com", "ann@example.com",
                             "chidi.okafor", "mei.lin@", "192.0.2.17", "198.51.100.23", "198.51.100.77", "R_UMhF6SuJzvtZE2t",
                             "R_2xYq8WmZk3LpQvN", "R_3kPq9ZxLm2NbVcT", "EMP-100", "51.5072", "-0.1276", "138 1234 5678", "13812345678"]),
    FormatCase(export: "surveymonkey.csv", journey: "surveymonkey.journey.yaml", expected: "surveymonkey.expected.csv",
               format: .surveyMonkey, encoding: .utf8, maxBadRows: 0, kept: 4, skipped: [:],
               identifying: ["11498760321", "11498761044", "431298765", "pat.kim", "sam.ortiz", "lee.wong", "Ortiz", "Wong",
                             "203.0.113.10", "198.51.100.200", "dept=CS"]),
    FormatCase(export: "google-forms.csv", journey: "google-forms.journey.yaml", expected: "google-forms.expected.csv",
               format: .googleForms, encoding: .utf8, maxBadRows: 1, kept: 5, skipped: [:],
               identifying: ["robin.hale", "kit.moss", "ash.reyes", "jo.park", "max.lund", "@example.com", "10.0.0.12", "2024/03/04"]),
    FormatCase(export: "wjx-gb18030.csv", journey: "wjx.journey.yaml", expected: "wjx.expected.csv",
               format: .wjx, encoding: .gb18030, maxBadRows: 1, kept: 5, skipped: [:],
               identifying: ["218.80.1.23", "101.88.7.9", "上海-上海", "uid=88231", "13812345678", "2024/01/05"]),
    FormatCase(export: "excel-unicode.tsv", journey: "excel-unicode.journey.yaml", expected: "excel-unicode.expected.csv",
               format: .tsv, encoding: .utf16LE, maxBadRows: 0, kept: 4, skipped: [:],
               identifying: ["E-2041", "E-2042", "Zhang Wei", "María José", "李娜", "Tom Baker"]),
    FormatCase(export: "limesurvey-vv.csv", journey: "limesurvey-vv.journey.yaml", expected: "limesurvey-vv.expected.csv",
               format: .limeSurveyVV, encoding: .utf8, maxBadRows: 1, kept: 3,
               skipped: ["incomplete (no submitdate; --include-partial keeps them)": 1],
               identifying: ["tok_ab12cd34", "tok_ef56gh78", "1398234", "8823411", "192.0.2.45", "intranet.example.com", "emp=4471"]),
    FormatCase(export: "limesurvey-responses.lsr", journey: "limesurvey-xml.journey.yaml", expected: "limesurvey-xml.expected.csv",
               format: .limeSurveyXML, encoding: .utf8, maxBadRows: 0, kept: 3,
               skipped: ["incomplete (no submitdate; --include-partial keeps them)": 1],
               identifying: ["tok_q1w2e3r4", "tok_t5y6u7i8", "88123401", "11223344", "192.0.2.81", "192.0.2.84"]),
    // Real headers: ropensci/qualtRics tests/testthat/files/sample_legacy.csv (see SOURCES.md).
    FormatCase(export: "qualtrics-legacy.csv", journey: "qualtrics-legacy.journey.yaml", expected: "qualtrics-legacy.expected.csv",
               format: .qualtrics, encoding: .utf8, maxBadRows: 0, kept: 3,
               skipped: ["survey preview (Status 1)": 1, "unfinished (Finished = 0; --include-partial keeps them)": 1],
               identifying: ["R_2YPOQ602ER1jkf1", "Anonym", "130.92.34.66", "Baker", "EMP-7781", "tom.baker", "555", "123-4567",
                             "901820", "47.115", "203.0.113.44"]),
    FormatCase(export: "qualtrics-insights.csv", journey: "qualtrics-insights.journey.yaml", expected: "qualtrics-insights.expected.csv",
               format: .qualtrics, encoding: .utf8, maxBadRows: 0, kept: 3,
               skipped: ["survey test (Status 2)": 1, "unfinished (Finished = 0; --include-partial keeps them)": 1],
               identifying: ["test1", "R_ins2", "11.123.123", "Lee", "ann.lee", "HR-5521", "98.254"]),
    FormatCase(export: "surveymonkey-legacy.csv", journey: "surveymonkey-legacy.journey.yaml", expected: "surveymonkey-legacy.expected.csv",
               format: .surveyMonkey, encoding: .utf8, maxBadRows: 0, kept: 3, skipped: [:],
               identifying: ["3312345678", "51234567", "203.0.113", "kim.lee", "Kim", "team=phone", "7946", "0958"]),
    FormatCase(export: "limesurvey.csv", journey: "limesurvey.journey.yaml", expected: "limesurvey.expected.csv",
               format: .limeSurveyCSV, encoding: .utf8, maxBadRows: 0, kept: 3,
               skipped: ["incomplete (no submitdate; --include-partial keeps them)": 1],
               identifying: ["192.0.2.4", "intranet.example.com", "emp=4471", "zhang_wei88"]),
    FormatCase(export: "wjx-coded.csv", journey: "wjx-coded.journey.yaml", expected: "wjx-coded.expected.csv",
               format: .wjx, encoding: .utf8, maxBadRows: 0, kept: 4, skipped: [:],
               identifying: ["218.80.1.23", "上海-上海", "12345678", "夜班小组", "导师很好", "2024/03/01"]),
    FormatCase(export: "semicolon-1252.csv", journey: "semicolon-1252.journey.yaml", expected: "semicolon-1252.expected.csv",
               format: .csv, encoding: .windows1252, maxBadRows: 0, kept: 3, skipped: [:],
               identifying: ["06 12 34 56 78", "12 34"]),
    FormatCase(export: "macroman.csv", journey: "macroman.journey.yaml", expected: "macroman.expected.csv",
               format: .csv, encoding: .macRoman, maxBadRows: 0, kept: 2, skipped: [:], identifying: ["屾"]),
    FormatCase(export: "big5.csv", journey: "big5.journey.yaml", expected: "big5.expected.csv",
               format: .csv, encoding: .big5, maxBadRows: 0, kept: 2, skipped: [:], identifying: [], encodingChoice: .big5),
    FormatCase(export: "shiftjis.csv", journey: "shiftjis.journey.yaml", expected: "shiftjis.expected.csv",
               format: .csv, encoding: .shiftJIS, maxBadRows: 0, kept: 2, skipped: [:], identifying: [], encodingChoice: .shiftJIS),
]

@Suite struct FixtureImportTests {
    @Test(arguments: formatCases)
    func normalizedFileMatchesTheHandWrittenExpectation(_ c: FormatCase) throws {
        let journey = try Fixture.journey(c.journey)
        let output = Fixture.temporaryDirectory() + "/out.responses.csv"
        // A fixed seed, so the expected (export-ordered) rows can be put through the same permutation.
        let summary = try SurveyImporter.importSurvey(exportPath: Fixture.path(c.export), journey: journey,
                                                      options: ImportOptions(encoding: c.encodingChoice, maxBadRows: .count(c.maxBadRows), seed: 7),
                                                      outputPath: output, overwrite: false)
        #expect(summary.format == c.format)
        #expect(summary.encoding == c.encoding)
        #expect(summary.rowsKept == c.kept)
        #expect(Dictionary(uniqueKeysWithValues: summary.skipped.map { ($0.reason, $0.count) }) == c.skipped)
        try Fixture.expectSameRows(output: output, expected: Fixture.path(c.expected), seed: 7)
        let bytes = try String(contentsOfFile: output, encoding: .utf8)
        for value in c.identifying {
            #expect(!bytes.contains(value), "identifying value \(value) leaked into the output")
        }
        // The default seed (a hash of the export) gives the same rows in some order.
        let unseeded = Fixture.temporaryDirectory() + "/default.responses.csv"
        _ = try SurveyImporter.importSurvey(exportPath: Fixture.path(c.export), journey: journey,
                                            options: ImportOptions(encoding: c.encodingChoice, maxBadRows: .count(c.maxBadRows)),
                                            outputPath: unseeded, overwrite: false)
        try Fixture.expectSameRows(output: unseeded, expected: Fixture.path(c.expected), seed: UInt64?.none)
    }

    @Test(arguments: formatCases)
    func writeThenReadGivesTheSameResponses(_ c: FormatCase) throws {
        let journey = try Fixture.journey(c.journey)
        let (responses, _) = try SurveyImporter.load(exportPath: Fixture.path(c.export), journey: journey,
                                                     options: ImportOptions(encoding: c.encodingChoice, maxBadRows: .count(c.maxBadRows)))
        #expect(responses.respondentCount == c.kept)
        let path = Fixture.temporaryDirectory() + "/r.csv"
        try ResponsesFile.write(responses, to: path, overwrite: false)
        let back = try ResponsesFile.read(path: path, journey: journey)
        #expect(back == responses)
        // The streamed file (import) and the in-memory writer give identical bytes.
        let streamed = Fixture.temporaryDirectory() + "/s.csv"
        _ = try SurveyImporter.importSurvey(exportPath: Fixture.path(c.export), journey: journey,
                                            options: ImportOptions(encoding: c.encodingChoice, maxBadRows: .count(c.maxBadRows)),
                                            outputPath: streamed, overwrite: false)
        #expect(FileManager.default.contents(atPath: streamed) == FileManager.default.contents(atPath: path))
    }

    @Test func defaultBadRowLimitRefusesAndWritesNothing() throws {
        let journey = try Fixture.journey("qualtrics.journey.yaml")
        let output = Fixture.temporaryDirectory() + "/none.csv"
        #expect {
            _ = try SurveyImporter.importSurvey(exportPath: Fixture.path("qualtrics.csv"), journey: journey, outputPath: output, overwrite: false)
        } throws: { error in
            let text = "\(error)"
            return text.contains("row 11, column \"Q2_1\": error: value \"7\" is not on the 1–5 scale; excluded")
                && text.contains("1 of 9 rows are bad, over the limit of 0 (--max-bad-rows 5%); nothing was written")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent)
        #expect(leftovers.isEmpty, "no temporary file left behind")
    }

    @Test func includePartialKeepsUnfinishedQualtricsResponses() throws {
        let journey = try Fixture.journey("qualtrics.journey.yaml")
        let (responses, summary) = try SurveyImporter.load(exportPath: Fixture.path("qualtrics.csv"), journey: journey,
                                                           options: ImportOptions(includePartial: true, maxBadRows: .count(1)))
        #expect(summary.rowsKept == 6)
        // The partial row (R_PartialRow) answered Q1 = 2 and Q2_1 = 2, nothing else: exactly one respondent (in
        // shuffled order) has that pattern, and without --include-partial there is none.
        func partial(_ r: SurveyResponses) -> [Int] {
            (0..<r.respondentCount).filter { i in
                r.overall?[i] == 2 && r.answers(for: "offer")?.score[i] == 2 && r.answers(for: "first-week")?.score[i] == nil
                    && r.answers(for: "first-month")?.score[i] == nil
            }
        }
        #expect(partial(responses).count == 1)
        let (finished, _) = try SurveyImporter.load(exportPath: Fixture.path("qualtrics.csv"), journey: journey,
                                                    options: ImportOptions(maxBadRows: .count(1)))
        #expect(partial(finished).isEmpty)
    }

    @Test func bindingTableSaysWhatWasDeclaredAndWhatGuessed() throws {
        let journey = try Fixture.journey("qualtrics.journey.yaml")
        let (_, summary) = try SurveyImporter.load(exportPath: Fixture.path("qualtrics.csv"), journey: journey,
                                                   options: ImportOptions(maxBadRows: .count(1)))
        let table = summary.bindings.map { "\($0.output.header) <- \($0.column.label) \($0.isDeclared ? "declared" : "guessed")" }
        #expect(table == ["segment:Q4 <- Q4 declared", "overall[1..5] <- Q1 declared", "enps[0..10] <- Q3 declared",
                          "score:offer[1..5] <- Q2_1 guessed", "score:first-week[1..5] <- Q2_2 guessed",
                          "score:first-month[1..5] <- Q2_3 declared", "comment:first-month <- Q5 declared"])
        #expect(summary.bindings[3].reason == "grid row \"Offer\" equals the touchpoint name")
        let dropped = summary.droppedIdentifying.map(\.column)
        #expect(dropped.contains("IPAddress") && dropped.contains("RecipientEmail") && dropped.contains("LocationLatitude"))
        let text = summary.render()
        #expect(text.contains("format:    Qualtrics (row 3 holds Qualtrics ImportId JSON)"))
        #expect(text.contains("encoding:  UTF-8 (UTF-8 byte-order mark)"))
        #expect(text.contains("skipped 1: survey preview (Status 1)"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let journey = try Fixture.journey("surveymonkey.journey.yaml")
        let output = Fixture.temporaryDirectory() + "/r.csv"
        try "hand-made".write(toFile: output, atomically: true, encoding: .utf8)
        #expect(throws: ImportError.self) {
            _ = try SurveyImporter.importSurvey(exportPath: Fixture.path("surveymonkey.csv"), journey: journey, outputPath: output, overwrite: false)
        }
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "hand-made")
        _ = try SurveyImporter.importSurvey(exportPath: Fixture.path("surveymonkey.csv"), journey: journey, outputPath: output, overwrite: true)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("journeymap-responses,1\n"))
    }

    @Test func sampleSurveyImportIsDeterministicAndMatchesTheCommittedFile() throws {
        let journeyPath = Fixture.root.appendingPathComponent("journeys/onboarding-90-days.yaml").path
        let exportPath = Fixture.root.appendingPathComponent("journeys/onboarding-90-days.survey.csv").path
        guard FileManager.default.fileExists(atPath: exportPath) else { return }
        let journey = try JourneyLoader.load(path: journeyPath)
        let output = Fixture.temporaryDirectory() + "/sample.csv"
        _ = try SurveyImporter.importSurvey(exportPath: exportPath, journey: journey, outputPath: output, overwrite: false)
        let committed = ResponsesFile.defaultPath(forJourney: journeyPath)
        #expect(FileManager.default.contents(atPath: output) == FileManager.default.contents(atPath: committed))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!text.contains("example.invalid") && !text.contains("R_0001") && !text.contains("198.51.100."))
        let responses = try ResponsesFile.read(path: committed, journey: journey)
        #expect(responses.respondentCount == 260)
    }
}
