import Foundation
import Testing
@testable import SurveyImport

/// The workbook reader on its own: every kind of cell, gaps, skipped and blank rows, sheet lookup, date styles
/// and serials — written by openpyxl (with Excel-style touch-ups) and re-saved by LibreOffice.
@Suite struct XLSXReaderTests {
    /// The "Votes" sheet of workshop.xlsx as Excel shows it (rows 4 is absent, row 5 only formatted).
    static let votes: [(row: Int, cells: [String])] = [
        (1, ["Participant", "Team", "Session date", "Overall", "Offer", "First week", "First month", "Stage average", "Followed up", "Comment"]),
        (2, ["Ana", "Phone", "2024-02-29", "4", "5", "3", "4", "4", "TRUE", "Buddy system works"]),
        (3, ["Ben", "Chat", "2024-03-01", "3", "4", "", "2", "3", "FALSE", "Too many tools"]),
        (6, ["Cai", "Phone", "2024-03-04", "5", "5", "4", "5", "#DIV/0!", "TRUE", "  Needs a quiet room "]),
        (7, ["Dee", "Chat", "", "", "", "2", "", "", "", ""]),
    ]

    func read(_ file: String, sheet: String?) throws -> (rows: [(Int, [String])], blank: [Int]) {
        let workbook = try XLSXWorkbook(archive: SafeZipArchive(path: Fixture.path(file)))
        let reader = try workbook.rows(of: workbook.sheet(named: sheet).sheet)
        var rows: [(Int, [String])] = [], blank: [Int] = []
        while try reader.nextRecord() {
            if reader.recordIsBlank { blank.append(reader.recordNumber) } else { rows.append((reader.recordNumber, reader.strings())) }
        }
        return (rows, blank)
    }

    @Test(arguments: ["workshop.xlsx", "libreoffice-workshop.xlsx"])
    func everyCellKindReadsAsExcelShowsIt(_ file: String) throws {
        let (rows, blank) = try read(file, sheet: "Votes")
        #expect(rows.map(\.0) == Self.votes.map(\.row))
        for (actual, expected) in zip(rows, Self.votes) {
            #expect(actual.1 == expected.cells, "row \(expected.row)")
        }
        #expect(blank == [5])
    }

    @Test func sheetsAreFoundByNameAndPositionThroughTheRelationships() throws {
        let workbook = try XLSXWorkbook(archive: SafeZipArchive(path: Fixture.path("libreoffice-workshop.xlsx")))
        #expect(workbook.sheets.map(\.name) == ["Notes", "Votes"])
        #expect(try workbook.sheet(named: nil).sheet.name == "Notes")
        #expect(try workbook.sheet(named: "2").sheet == workbook.sheet(named: "Votes").sheet)
        let first = try read("workshop.xlsx", sheet: nil)
        #expect(first.rows.map(\.1) == [["Scores 1–5 per stage; the averages are formulas."]])
    }

    @Test func withoutSheetTheFirstVisibleSheetIsRead() throws {
        let workbook = try XLSXWorkbook(archive: SafeZipArchive(path: Fixture.path("hidden-first-sheet.xlsx")))
        #expect(workbook.sheets.map(\.name) == ["Lookup", "Answers"])
        #expect(workbook.sheets.map(\.isHidden) == [true, false])
        #expect(try workbook.sheet(named: nil).position == 2)
        #expect(try workbook.sheet(named: "1").sheet.name == "Lookup") // still reachable by --sheet
        #expect(try read("hidden-first-sheet.xlsx", sheet: nil).rows.map(\.1) == [["Team", "Overall"], ["Phone", "4"]])
    }

    @Test func mac1904DatesAndDateTimes() throws {
        // surveymonkey.xlsx uses the 1904 date system; its Start Date cells are date-times.
        let (rows, _) = try read("surveymonkey.xlsx", sheet: nil)
        #expect(rows[2].1[2] == "2024-01-08 09:12:45")
        #expect(rows[2].1[0] == "11498760321")
        #expect(try XLSXWorkbook(archive: SafeZipArchive(path: Fixture.path("surveymonkey.xlsx"))).uses1904)
        // google-sheets.xlsx (1900 system) and LibreOffice's re-save of it agree.
        let sheets = try read("google-sheets.xlsx", sheet: "2"), office = try read("libreoffice-google-sheets.xlsx", sheet: "2")
        #expect(sheets.rows[1].1[0] == "2024-03-04 09:15:02")
        #expect(sheets.rows.map(\.1) == office.rows.map(\.1))
    }

    @Test func serialsIncludingTheLotusLeapYearBug() {
        #expect(ExcelDate.text(serial: 1, kind: .date, uses1904: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 59, kind: .date, uses1904: false) == "1900-02-28")
        #expect(ExcelDate.text(serial: 60, kind: .date, uses1904: false) == "1900-02-29")
        #expect(ExcelDate.text(serial: 61, kind: .date, uses1904: false) == "1900-03-01")
        #expect(ExcelDate.text(serial: 45351, kind: .date, uses1904: false) == "2024-02-29")
        #expect(ExcelDate.text(serial: 45355.38543981482, kind: .dateTime, uses1904: false) == "2024-03-04 09:15:02")
        #expect(ExcelDate.text(serial: 45355.5, kind: .date, uses1904: false) == "2024-03-04 12:00:00")
        #expect(ExcelDate.text(serial: 0.75, kind: .time, uses1904: false) == "18:00:00")
        #expect(ExcelDate.text(serial: 0, kind: .date, uses1904: true) == "1904-01-01")
        #expect(ExcelDate.text(serial: 43889, kind: .date, uses1904: true) == "2024-02-29")
        #expect(ExcelDate.text(serial: 0.99999999, kind: .dateTime, uses1904: false) == "1900-01-01 00:00:00")
        #expect(ExcelDate.text(serial: -1, kind: .date, uses1904: false) == nil)
    }

    @Test func dateStylesFromBuiltInIdsAndFormatCodes() {
        #expect(XLSXStyles.kind(numFmtId: 14, code: nil) == .date)
        #expect(XLSXStyles.kind(numFmtId: 22, code: nil) == .dateTime)
        #expect(XLSXStyles.kind(numFmtId: 21, code: nil) == .time)
        #expect(XLSXStyles.kind(numFmtId: 31, code: nil) == .date) // yyyy"年"m"月"d"日"
        #expect(XLSXStyles.kind(numFmtId: 2, code: nil) == nil)
        #expect(XLSXStyles.kind(formatCode: "yyyy/mm/dd\\ h:mm:ss") == .dateTime)
        #expect(XLSXStyles.kind(formatCode: "m/d/yyyy h:mm") == .dateTime)
        #expect(XLSXStyles.kind(formatCode: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(XLSXStyles.kind(formatCode: "[h]:mm:ss") == .time)
        #expect(XLSXStyles.kind(formatCode: "mm:ss") == .time)
        #expect(XLSXStyles.kind(formatCode: "0.00E+00") == nil)
        #expect(XLSXStyles.kind(formatCode: "[Red]#,##0.00") == nil)
        #expect(XLSXStyles.kind(formatCode: "\"Days: \"0") == nil)
        #expect(XLSXStyles.kind(formatCode: "General") == nil)
    }

    @Test func ooxmlEscapesAndColumnNames() {
        #expect(String(decoding: OOXMLEscape.decode(Array("a_x000D_b_x005F_c".utf8)[...]), as: UTF8.self) == "a\rb_c")
        #expect(XLSXSheetReader.columnName(0) == "A")
        #expect(XLSXSheetReader.columnName(26) == "AA")
        #expect(XLSXSheetReader.columnName(16_383) == "XFD")
        #expect(XLSXWorkbook.resolve("worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXWorkbook.resolve("/xl/worksheets/data.xml") == "xl/worksheets/data.xml")
        #expect(XLSXWorkbook.resolve("../xl/worksheets/s.xml") == "xl/worksheets/s.xml")
    }

    @Test func containerFormatsAreDetectedByContentNotName() throws {
        // A workbook renamed .csv is still read as a workbook.
        let dir = Fixture.temporaryDirectory()
        let renamed = dir + "/download.csv"
        try FileManager.default.copyItem(atPath: Fixture.path("wjx-codes.xlsx"), toPath: renamed)
        let (_, summary) = try SurveyImporter.load(exportPath: renamed, journey: try Fixture.journey("wjx.journey.yaml"))
        #expect(summary.format == .wjx)
        #expect(summary.formatReason.hasPrefix("Excel workbook, sheet \"Sheet1\""))
    }
}

/// The public reader later commands use.
@Suite struct SpreadsheetReaderTests {
    @Test func listsSheetsAndStreamsRows() throws {
        let book = try SpreadsheetReader(path: Fixture.path("workshop.xlsx"))
        #expect(book.sheetNames == ["Notes", "Votes"])
        let rows = try book.rows(sheet: "Votes")
        var numbers: [Int] = []
        while let row = try rows.next() {
            numbers.append(row.number)
            if row.number == 3 { #expect(row.cells[9] == "Too many tools") }
        }
        #expect(numbers == [1, 2, 3, 6, 7])
    }

    @Test func refusesWhatIsNotASafeWorkbook() {
        #expect(throws: ImportError.self) { _ = try SpreadsheetReader(path: Fixture.path("not-a-zip.xlsx")) }
        #expect(throws: ImportError.self) { _ = try SpreadsheetReader(path: Fixture.path("hostile-zip-traversal.xlsx")) }
    }
}
