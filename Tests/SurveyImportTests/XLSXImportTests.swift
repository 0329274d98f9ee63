import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// One workbook or archive per tool's download: the normalized file must equal the hand-written expectation
/// (most share the CSV fixture's `*.expected.csv`: an .xlsx imports exactly as the CSV does), keep no
/// identifying value, and say in the summary where the rows came from.
struct ContainerCase: CustomTestStringConvertible, Sendable {
    let export: String
    let journey: String
    let expected: String
    let format: SurveyFormat
    var sheet: String? = nil
    var maxBadRows = 0
    let kept: Int
    var skipped: [String: Int] = [:]
    /// Evidence the summary must give for the format.
    let reason: String
    var identifying: [String] = []
    var testDescription: String { export + (sheet.map { " --sheet \($0)" } ?? "") }
}

let containerCases: [ContainerCase] = [
    ContainerCase(export: "qualtrics.xlsx", journey: "qualtrics.journey.yaml", expected: "qualtrics.expected.csv",
                  format: .qualtrics, maxBadRows: 1, kept: 5,
                  skipped: ["survey preview (Status 1)": 1, "survey test (Status 2)": 1, "spam (Status 8)": 1,
                            "unfinished (Finished = 0; --include-partial keeps them)": 1],
                  reason: "Excel workbook, sheet \"Sheet0\" (1 of 1); row 3 holds Qualtrics ImportId JSON",
                  identifying: ["Whitfield", "ann.whitfield@example.com", "192.0.2.17", "R_UMhF6SuJzvtZE2t", "EMP-100", "2022-09-11"]),
    ContainerCase(export: "surveymonkey.xlsx", journey: "surveymonkey.journey.yaml", expected: "surveymonkey.expected.csv",
                  format: .surveyMonkey, kept: 4,
                  reason: "Excel workbook, sheet \"Sheet\" (1 of 1); row 1 starts with SurveyMonkey's Respondent ID and Collector ID",
                  identifying: ["11498760321", "pat.kim", "Ortiz", "203.0.113.10", "dept=CS", "2024-01-08"]),
    ContainerCase(export: "google-sheets.xlsx", journey: "google-forms.journey.yaml", expected: "google-forms.expected.csv",
                  format: .googleForms, sheet: "Form Responses 1", maxBadRows: 1, kept: 5,
                  reason: "Excel workbook, sheet \"Form Responses 1\" (2 of 2); row 1 starts with Google Forms' Timestamp",
                  identifying: ["robin.hale", "@example.com", "10.0.0.12", "2024-03-04"]),
    ContainerCase(export: "google-sheets.xlsx", journey: "google-forms.journey.yaml", expected: "google-forms.expected.csv",
                  format: .googleForms, sheet: "2", maxBadRows: 1, kept: 5,
                  reason: "Excel workbook, sheet \"Form Responses 1\" (2 of 2); row 1 starts with Google Forms' Timestamp"),
    ContainerCase(export: "libreoffice-google-sheets.xlsx", journey: "google-forms.journey.yaml", expected: "google-forms.expected.csv",
                  format: .googleForms, sheet: "Form Responses 1", maxBadRows: 1, kept: 5,
                  reason: "Excel workbook, sheet \"Form Responses 1\" (2 of 2); row 1 starts with Google Forms' Timestamp",
                  identifying: ["robin.hale", "@example.com", "10.0.0.12", "2024-03-04"]),
    ContainerCase(export: "wjx-texts.xlsx", journey: "wjx.journey.yaml", expected: "wjx.expected.csv",
                  format: .wjx, maxBadRows: 1, kept: 5,
                  reason: "Excel workbook, sheet \"Sheet1\" (1 of 1); row 1 starts with 问卷星's 序号, 提交答卷时间",
                  identifying: ["218.80.1.23", "上海-上海", "uid=88231", "13812345678", "2024/01/05"]),
    ContainerCase(export: "wjx-codes.xlsx", journey: "wjx.journey.yaml", expected: "wjx-codes.expected.csv",
                  format: .wjx, kept: 5,
                  reason: "Excel workbook, sheet \"Sheet1\" (1 of 1); row 1 starts with 问卷星's 序号, 提交答卷时间",
                  identifying: ["218.80.1.23", "上海-上海", "uid=88231", "13812345678", "2024/01/05"]),
    ContainerCase(export: "workshop.xlsx", journey: "workshop.journey.yaml", expected: "workshop.expected.csv",
                  format: .csv, sheet: "Votes", kept: 4,
                  reason: "Excel workbook, sheet \"Votes\" (2 of 2); no survey tool's header recognized",
                  identifying: ["Ana", "Ben", "Cai", "Dee", "2024-02-29", "#DIV/0!"]),
    ContainerCase(export: "libreoffice-workshop.xlsx", journey: "workshop.journey.yaml", expected: "workshop.expected.csv",
                  format: .csv, sheet: "2", kept: 4,
                  reason: "Excel workbook, sheet \"Votes\" (2 of 2); no survey tool's header recognized",
                  identifying: ["Ana", "Ben", "Cai", "Dee", "2024-02-29", "#DIV/0!"]),
    ContainerCase(export: "limesurvey-archive.lsa", journey: "limesurvey-xml.journey.yaml", expected: "limesurvey-xml.expected.csv",
                  format: .limeSurveyXML, kept: 3, skipped: ["incomplete (no submitdate; --include-partial keeps them)": 1],
                  reason: "LimeSurvey survey archive (.lsa); its responses survey_482911_responses.lsr read",
                  identifying: ["tok_q1w2e3r4", "tok_t5y6u7i8", "88123401", "192.0.2.81"]),
]

@Suite struct XLSXImportTests {
    @Test(arguments: containerCases)
    func normalizedFileMatchesTheHandWrittenExpectation(_ c: ContainerCase) throws {
        let journey = try Fixture.journey(c.journey)
        let output = Fixture.temporaryDirectory() + "/out.responses.csv"
        let summary = try SurveyImporter.importSurvey(exportPath: Fixture.path(c.export), journey: journey,
                                                      options: ImportOptions(maxBadRows: .count(c.maxBadRows), seed: 7, sheet: c.sheet),
                                                      outputPath: output, overwrite: false)
        #expect(summary.format == c.format)
        #expect(summary.formatReason == c.reason)
        #expect(summary.encoding == .utf8)
        #expect(summary.rowsKept == c.kept)
        #expect(Dictionary(uniqueKeysWithValues: summary.skipped.map { ($0.reason, $0.count) }) == c.skipped)
        // Rows are shuffled by the import (pseudonymization): a fixed seed puts the expected rows through the same
        // permutation, exactly as for the CSV fixtures.
        try Fixture.expectSameRows(output: output, expected: Fixture.path(c.expected), seed: 7)
        let bytes = try String(contentsOfFile: output, encoding: .utf8)
        for value in c.identifying {
            #expect(!bytes.contains(value), "identifying value \(value) leaked into the output")
        }
    }

    @Test func workshopSheetCountsTheBlankRowAndNamesSheetRowsInMessages() throws {
        let (_, summary) = try SurveyImporter.load(exportPath: Fixture.path("workshop.xlsx"), journey: try Fixture.journey("workshop.journey.yaml"),
                                                   options: ImportOptions(maxBadRows: .count(0), sheet: "Votes"))
        #expect(summary.rowsRead == 4)
        #expect(summary.blankLines == 1) // row 5 holds only a formatted empty cell; row 4 is absent from the XML
    }

    @Test func badValueMessagesUseTheSheetRowNumber() throws {
        // 问卷星 texts: row 4 of the sheet (3rd respondent) has 八 as the 第一次独立接线 score.
        let (_, summary) = try SurveyImporter.load(exportPath: Fixture.path("wjx-texts.xlsx"), journey: try Fixture.journey("wjx.journey.yaml"),
                                                   options: ImportOptions(maxBadRows: .count(1)))
        let lines = summary.problems.map(\.description)
        #expect(lines.contains { $0.contains("wjx-texts.xlsx: row 4, column \"3、请为各环节打分—第一次独立接线\"") }, "\(lines)")
    }

    @Test func unknownSheetListsTheSheets() throws {
        #expect {
            _ = try SurveyImporter.load(exportPath: Fixture.path("google-sheets.xlsx"), journey: try Fixture.journey("google-forms.journey.yaml"),
                                        options: ImportOptions(sheet: "Responses"))
        } throws: { error in
            guard case ImportError.usage(let text) = error else { return false }
            let message = text.en
            return message.hasSuffix("google-sheets.xlsx has no such sheet; its sheets are 1 \"About\", 2 \"Form Responses 1\"")
                && message.hasPrefix("--sheet \"Responses\": ")
        }
        #expect(throws: ImportError.self) {
            _ = try SurveyImporter.load(exportPath: Fixture.path("google-sheets.xlsx"), journey: try Fixture.journey("google-forms.journey.yaml"),
                                        options: ImportOptions(sheet: "3"))
        }
    }

    @Test func sheetOptionOnACSVIsAUsageError() throws {
        #expect {
            _ = try SurveyImporter.load(exportPath: Fixture.path("google-forms.csv"), journey: try Fixture.journey("google-forms.journey.yaml"),
                                        options: ImportOptions(sheet: "1"))
        } throws: { error in
            guard case ImportError.usage(let text) = error else { return false }
            let message = text.en
            return message.contains("applies only to Excel workbooks")
        }
    }

    @Test func theFirstSheetIsReadWithoutSheet() throws {
        // google-sheets.xlsx's first sheet is a note, not the responses: its one cell is the header, no touchpoint binds.
        #expect {
            _ = try SurveyImporter.load(exportPath: Fixture.path("google-sheets.xlsx"), journey: try Fixture.journey("google-forms.journey.yaml"))
        } throws: { error in
            "\(error)".hasSuffix("google-sheets.xlsx: note: sheet \"About\" (1 of 2) was read; choose another with --sheet: 2 \"Form Responses 1\"")
        }
    }

    @Test func forcedFormatOnAWorkbookIsUsed() throws {
        let (_, summary) = try SurveyImporter.load(exportPath: Fixture.path("workshop.xlsx"), journey: try Fixture.journey("workshop.journey.yaml"),
                                                   options: ImportOptions(format: .csv, sheet: "Votes"))
        #expect(summary.formatReason == "Excel workbook, sheet \"Votes\" (2 of 2); --format csv, as detected")
        #expect(summary.rowsKept == 4)
    }
}
