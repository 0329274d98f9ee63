import Foundation
import Testing

/// `journeymap import` on Excel workbooks and archives, as a user runs it: `--sheet`, and hostile or wrong files
/// refused with exit 65 (64 for a bad `--sheet`), one message, and no output file.
@Suite struct ImportContainerCommandTests {
    let fixtures = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/import")

    @Test func importsTheChosenSheet() throws {
        let output = CommandRunner.temporaryDirectory().appendingPathComponent("w.responses.csv").path
        let result = try CommandRunner.run(["import", fixtures.appendingPathComponent("workshop.xlsx").path,
                                            "--journey", fixtures.appendingPathComponent("workshop.journey.yaml").path,
                                            "--sheet", "Votes", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("format:    plain CSV (Excel workbook, sheet \"Votes\" (2 of 2); no survey tool's header recognized)"))
        // The expectation lists the rows in sheet order; the import shuffles them (seeded by the workbook's bytes), so
        // the two header lines must match exactly and the rows, without their sequence numbers, as a set.
        let expected = try String(contentsOf: fixtures.appendingPathComponent("workshop.expected.csv"), encoding: .utf8)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        func parts(_ text: String) -> (head: [Substring], rows: [Substring], numbers: [Substring]) {
            let lines = text.split(separator: "\n")
            let rows = lines.dropFirst(2)
            return (Array(lines.prefix(2)), rows.map { $0.drop { $0 != "," } }.sorted(), rows.map { $0.prefix { $0 != "," } })
        }
        #expect(parts(written).head == parts(expected).head)
        #expect(parts(written).rows == parts(expected).rows)
        #expect(parts(written).numbers == ["1", "2", "3", "4"])
    }

    @Test func unknownSheetIsAUsageErrorListingTheSheets() throws {
        let output = CommandRunner.temporaryDirectory().appendingPathComponent("g.csv").path
        let result = try CommandRunner.run(["import", fixtures.appendingPathComponent("google-sheets.xlsx").path,
                                            "--journey", fixtures.appendingPathComponent("google-forms.journey.yaml").path,
                                            "--sheet", "Responses", "-o", output])
        #expect(result.status == 64)
        #expect(result.standardError.contains("has no such sheet; its sheets are 1 \"About\", 2 \"Form Responses 1\""))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test(arguments: ["hostile-zip-bomb.xlsx", "hostile-zip-lying-size.xlsx", "hostile-zip-traversal.xlsx",
                      "hostile-zip-encrypted.xlsx", "hostile-zip-absolute.lsa", "old-excel.xls", "not-a-zip.xlsx"])
    func hostileOrWrongFilesExit65WithOneLineAndNoOutput(_ file: String) throws {
        let output = CommandRunner.temporaryDirectory().appendingPathComponent("h.csv").path
        let result = try CommandRunner.run(["import", fixtures.appendingPathComponent(file).path,
                                            "--journey", fixtures.appendingPathComponent("workshop.journey.yaml").path, "-o", output])
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(result.standardError)")
        #expect(lines.first?.contains("\(file): error: ") == true)
        #expect(result.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
