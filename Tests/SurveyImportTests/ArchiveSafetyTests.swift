import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// Hostile and wrong ZIP containers: each refused with one clear line (exit 65 in the CLI), nothing written.
@Suite struct ArchiveSafetyTests {
    func failure(_ export: String, options: ImportOptions = ImportOptions()) throws -> (message: String, wrote: Bool, isData: Bool) {
        let output = Fixture.temporaryDirectory() + "/h.csv"
        do {
            _ = try SurveyImporter.importSurvey(exportPath: Fixture.path(export), journey: try Fixture.journey("workshop.journey.yaml"),
                                                options: options, outputPath: output, overwrite: false)
            return ("", FileManager.default.fileExists(atPath: output), false)
        } catch {
            if case ImportError.invalid = error { return ("\(error)", FileManager.default.fileExists(atPath: output), true) }
            return ("\(error)", FileManager.default.fileExists(atPath: output), false)
        }
    }

    static let refusals: [(file: String, message: String)] = [
        ("hostile-zip-bomb.xlsx", "hostile-zip-bomb.xlsx: error: the archive entry \"xl/worksheets/sheet1.xml\" is compressed 1015:1, over the 100:1 limit; refused (a zip bomb?)"),
        ("hostile-zip-huge-entry.xlsx", "hostile-zip-huge-entry.xlsx: error: the archive entry \"xl/worksheets/sheet1.xml\" would inflate to 300 MiB, over the 256 MiB limit for one entry; refused (a zip bomb?)"),
        ("hostile-zip-lying-size.xlsx", "hostile-zip-lying-size.xlsx: error: the archive entry \"xl/worksheets/sheet1.xml\" inflates to more than the 900 bytes its header declares; refused (a damaged or hostile archive)"),
        ("hostile-zip-traversal.xlsx", "hostile-zip-traversal.xlsx: error: the archive entry \"../../etc/cron.d/evil\" has a path that leaves the archive (\"..\" or an absolute path); refused"),
        ("hostile-zip-absolute.lsa", "hostile-zip-absolute.lsa: error: the archive entry \"/etc/passwd\" has a path that leaves the archive (\"..\" or an absolute path); refused"),
        ("hostile-zip-encrypted.xlsx", "hostile-zip-encrypted.xlsx: error: the archive entry \"xl/worksheets/sheet1.xml\" is encrypted; save the file again without a password"),
        ("hostile-zip-doctype.xlsx", "hostile-zip-doctype.xlsx(xl/worksheets/sheet1.xml):2:1: error: the XML has a DOCTYPE; spreadsheet parts never need one, and it is refused for safety (entities and external references are not read)"),
        ("not-a-zip.xlsx", "not-a-zip.xlsx: error: the file is named .xlsx but is not a ZIP archive, so not an Excel workbook; save it as .xlsx or CSV"),
        ("hostile-zip-duplicate.xlsx", "hostile-zip-duplicate.xlsx: error: the archive lists the entry \"xl/worksheets/sheet1.xml\" twice; refused (a damaged or hostile archive)"),
        ("damaged-truncated.xlsx", "damaged-truncated.xlsx: error: the file starts like a ZIP archive but its directory cannot be read (damaged or truncated?)"),
        ("damaged-shared-string.xlsx", "damaged-shared-string.xlsx: row 2, column \"A\": error: the cell refers to shared string 7, but the workbook has 0; the file is damaged"),
        ("damaged-missing-sheet.xlsx", "damaged-missing-sheet.xlsx: error: the workbook lists sheet \"Sheet1\" at xl/worksheets/sheet1.xml, but the archive has no such part"),
        ("damaged-xml.xlsx", "damaged-xml.xlsx(xl/worksheets/sheet1.xml):1:1: error: the part is not well-formed XML: Opening and ending tag mismatch: c line 1 and row"),
        ("empty-sheet.xlsx", "empty-sheet.xlsx: error: sheet \"Sheet1\" (1 of 1) is empty"),
        ("old-excel.xls", "old-excel.xls: error: the file is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which journeymap cannot read; save it as .xlsx (without a password) or CSV"),
    ]

    @Test(arguments: refusals.map(\.file))
    func refusedWithOneClearLineAndNothingWritten(_ file: String) throws {
        let expected = Self.refusals.first { $0.file == file }!.message
        let result = try failure(file)
        #expect(result.isData, "exit 65 (bad data)")
        #expect(result.message.hasSuffix(expected), "\(result.message)")
        #expect(!result.message.contains("\n"), "one line")
        #expect(!result.wrote)
        #expect(!result.message.contains("lollol") && !result.message.contains("root:x"))
    }

    @Test func limitsOnEntriesTotalAndSizeAreEnforced() throws {
        let entries = try failure("qualtrics.xlsx", options: ImportOptions(archiveLimits: ArchiveLimits(maxEntries: 5)))
        #expect(entries.message.hasSuffix("qualtrics.xlsx: error: the archive has more than 5 entries; refused (a workbook has a few dozen)"))
        let total = try failure("qualtrics.xlsx", options: ImportOptions(archiveLimits: ArchiveLimits(maxTotalBytes: 20 << 10)))
        #expect(total.message.hasSuffix("error: the archive's entries would inflate to more than 20 KiB in total; refused (a zip bomb?)"), "\(total.message)")
        let one = try failure("qualtrics.xlsx", options: ImportOptions(archiveLimits: ArchiveLimits(maxEntryBytes: 4096)))
        #expect(one.message.contains("over the 4 KiB limit for one entry"), "\(one.message)")
        let strings = try failure("qualtrics.xlsx", options: ImportOptions(archiveLimits: ArchiveLimits(maxSharedStrings: 10)))
        #expect(strings.message.hasSuffix("qualtrics.xlsx(xl/sharedStrings.xml): error: the workbook has more than 10 shared strings; refused"), "\(strings.message)")
        for result in [entries, total, one, strings] { #expect(result.isData && !result.wrote) }
    }

    @Test func entryNamesThatLeaveTheArchive() {
        for name in ["../x", "a/../../x", "/etc/passwd", "\\windows\\system32", "C:/boot.ini", "c:x", "a/..", "x\0y"] {
            #expect(SafeZipArchive.leavesArchive(name), "\(name)")
        }
        for name in ["xl/workbook.xml", "[Content_Types].xml", "a..b/c", "..a/b", "docProps/core.xml"] {
            #expect(!SafeZipArchive.leavesArchive(name), "\(name)")
        }
    }

    @Test func aZipThatIsNeitherWorkbookNorArchiveIsNamed() throws {
        let dir = Fixture.temporaryDirectory()
        let zip = dir + "/other.zip"
        // The LimeSurvey archive without its .lsr: rebuild a zip holding only a .txt by copying the traversal-free parts.
        let source = try SafeZipArchive(path: Fixture.path("limesurvey-archive.lsa"))
        #expect(source.entryPaths == ["survey_482911.lss", "survey_482911_responses.lsr", "survey_482911_tokens.lst"])
        try Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).write(to: URL(fileURLWithPath: zip)) // an empty ZIP
        let output = dir + "/o.csv"
        #expect {
            _ = try SurveyImporter.importSurvey(exportPath: zip, journey: try Fixture.journey("workshop.journey.yaml"), outputPath: output, overwrite: false)
        } throws: { error in
            "\(error)".hasSuffix("other.zip: error: the file is a ZIP archive but neither an Excel workbook (.xlsx) nor a LimeSurvey survey archive (.lsa); save it as .xlsx or CSV")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func lsaRefusesAForcedCSVFormat() throws {
        let result = try failure("limesurvey-archive.lsa", options: ImportOptions(format: .qualtrics))
        #expect(result.message.hasSuffix("--format qualtrics, but the file is a LimeSurvey survey archive (.lsa); use --format auto or limesurvey-xml"))
    }
}
