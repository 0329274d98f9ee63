import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// Import on several threads (`ChunkedImport`): reading an export's rows in 1, 2 or 3 byte ranges gives the same
/// responses file, byte for byte, and the same summary and messages; a cut inside a quoted line break or a problem in
/// a later range falls back to one pass; the spool and the scanner's in-place lines against plain references.
@Suite struct ChunkedImportTests {
    private static let journeyText = """
        title: T
        scale: {min: 1, max: 5}
        survey: {respondent: ResponseId, segments: [team], comment: Remarks}
        stages:
          - name: S
            touchpoints:
              - {id: q1, name: Q1}
              - {id: q2, name: Q2}
              - {id: q3, name: Q3}
              - {id: q4, name: Q4}
              - {id: q5, name: Q5}
        """

    /// How a seeded export is written.
    struct ExportShape: Sendable, CustomTestStringConvertible {
        var seed: UInt64
        var rows = 3000
        var ids = true
        var repeatedIDs = false
        /// With `ids`, about 1 row in 12 after the first third has no id (a later range then spools its rows from
        /// that row on, for the row stream's draws).
        var missingIDs = false
        var multilineComments = false
        var blankLines = false
        var crlf = false
        var bom = false
        var testDescription: String { "seed \(seed)" }
    }

    static let shapes: [ExportShape] = [
        ExportShape(seed: 1),
        ExportShape(seed: 2, ids: false, blankLines: true),
        ExportShape(seed: 3, repeatedIDs: true),
        ExportShape(seed: 4, multilineComments: true, crlf: true),
        ExportShape(seed: 5, ids: false, multilineComments: true, bom: true),
        ExportShape(seed: 6, rows: 7000, repeatedIDs: true, blankLines: true),
        ExportShape(seed: 7, missingIDs: true),
        ExportShape(seed: 8, rows: 5000, repeatedIDs: true, missingIDs: true, blankLines: true),
    ]

    /// A seeded export: an id (with `repeatedIDs`, about 1 in 20 rows of the second half repeats an earlier id), a team (Team A…G, and Team H only in the last third, so a later range meets a new
    /// segment value), five ratings 1–5 with about 10% empty, and a comment for about 1 row in 8 (with commas,
    /// quotes, an e-mail address to mask, and, when asked, line breaks).
    static func export(_ shape: ExportShape) -> String {
        var random = SplitMix(state: shape.seed)
        func draw(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let newline = shape.crlf ? "\r\n" : "\n"
        var lines = ["ResponseId,team,Q1,Q2,Q3,Q4,Q5,Remarks"]
        for i in 0..<shape.rows {
            var cells: [String] = []
            // Repeats only in the second half, so the rows the summary names are read by a later range.
            let id = shape.repeatedIDs && draw(20) == 0 && i > shape.rows / 2 + 10 ? draw(i) + 1 : i + 1
            let missing = shape.missingIDs && i > shape.rows / 3 && draw(12) == 0
            cells.append(shape.ids && !missing ? "R\(id)" : "")
            cells.append(i > shape.rows * 2 / 3 && draw(4) == 0 ? "Team H" : "Team \(["A", "B", "C", "D", "E", "F", "G"][draw(7)])")
            for _ in 0..<5 { cells.append(draw(10) == 0 ? "" : String(draw(5) + 1)) }
            switch draw(8) {
            case 0: cells.append("\"more training, please\"")
            case 1: cells.append("\"the \"\"new\"\" tool\" is slow")
            case 2: cells.append(shape.multilineComments ? "\"first line\(newline)second line\"" : "write to agent\(i)@example.invalid")
            default: cells.append("")
            }
            lines.append(cells.joined(separator: ","))
            if shape.blankLines, draw(50) == 0 { lines.append("") }
        }
        return (shape.bom ? "\u{FEFF}" : "") + lines.joined(separator: newline) + newline
    }

    private func write(_ text: String) throws -> String {
        let path = Fixture.temporaryDirectory() + "/survey.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func journey() throws -> Journey { try JourneyLoader.parse(data: Data(Self.journeyText.utf8), path: "j.yaml") }

    /// The responses file and the summary (without the output path) of importing `path` in `chunks` ranges.
    private func imported(_ path: String, chunks: Int, options given: ImportOptions)
        throws -> (file: Data, summary: String, problems: [String], repeats: [[Int]]) {
        var options = given
        options.chunkCount = chunks
        options.bucketCount = 3
        let output = Fixture.temporaryDirectory() + "/r.csv"
        var summary = try SurveyImporter.importSurvey(exportPath: path, journey: journey(), options: options, outputPath: output, overwrite: false)
        summary.outputPath = nil
        return (try Data(contentsOf: URL(fileURLWithPath: output)), summary.render(), summary.problems.map(\.description),
                summary.duplicateExamples.map { [$0.row, $0.first] })
    }

    /// Whether pass 1 of `path` in `chunks` ranges ran on several threads (nil from `ChunkedImport.read`: one pass).
    private func readInRanges(_ path: String, chunks: Int, options given: ImportOptions) throws -> Bool {
        var options = given
        options.chunkCount = chunks
        let prepared = try SurveyImporter.prepare(exportPath: path, journey: journey(), options: options)
        let layout = prepared.plan.layout, seed = prepared.seed
        return try ChunkedImport.read(prepared, scratchDirectory: nil) { () throws(ImportError) in
            try ScatteredRows(layout: layout, seed: seed, bucketCount: 2, directory: nil)
        } != nil
    }

    @Test(arguments: shapes)
    func oneTwoOrThreeRangesWriteTheSameFile(shape: ExportShape) throws {
        let path = try write(Self.export(shape))
        let options = ImportOptions(dedupe: shape.repeatedIDs ? (shape.seed == 3 ? .first : .last) : nil,
                                    seed: shape.seed == 2 ? nil : 40 + shape.seed)
        let one = try imported(path, chunks: 1, options: options)
        #expect(one.file.count > 1000)
        // Repeats are named by their record numbers, which a later range only knows once the ranges before it are read.
        #expect(shape.repeatedIDs == !one.repeats.isEmpty)
        #expect(one.repeats.allSatisfy { $0[0] > shape.rows / 2 })
        for chunks in [2, 3] {
            let several = try imported(path, chunks: chunks, options: options)
            #expect(several.file == one.file, "\(chunks) ranges: the responses file")
            #expect(several.summary == one.summary, "\(chunks) ranges: the summary")
            #expect(several.repeats == one.repeats, "\(chunks) ranges: the repeated rows named")
        }
        if !shape.multilineComments {
            // No quoted line break can be cut: the ranges really were read on their own threads.
            #expect(try readInRanges(path, chunks: 2, options: options))
            #expect(try readInRanges(path, chunks: 3, options: options))
        }
    }

    @Test func aCutInsideAQuotedLineBreakFallsBackToOnePass() throws {
        // 200 short rows, then one comment of 4,000 lines, then 10 rows: the middle of the data lies in the comment.
        var lines = ["ResponseId,team,Q1,Q2,Q3,Q4,Q5,Remarks"]
        for i in 0..<200 { lines.append("R\(i + 1),Team A,\(i % 5 + 1),2,3,4,5,") }
        lines.append("R201,Team B,1,1,1,1,1,\"" + Array(repeating: "a long remark", count: 4000).joined(separator: "\n") + "\"")
        for i in 0..<10 { lines.append("R\(i + 202),Team B,\(i % 5 + 1),5,4,3,2,") }
        let path = try write(lines.joined(separator: "\n") + "\n")
        let options = ImportOptions(seed: 9)
        #expect(try !readInRanges(path, chunks: 2, options: options))
        let one = try imported(path, chunks: 1, options: options)
        #expect(try imported(path, chunks: 2, options: options).file == one.file)
        #expect(try imported(path, chunks: 3, options: options).file == one.file)
    }

    @Test func problemsAreReportedAtTheirRowsWhateverTheRanges() throws {
        // 3,000 rows without blank lines, so data row i (from 0) is record i + 2. Values off the 1–5 scale in data
        // rows 10, 1500 and 2990 (records 12, 1502 and 2992), a row with a field too many in data row 2500 (record 2502).
        var lines = ["ResponseId,team,Q1,Q2,Q3,Q4,Q5,Remarks"]
        for i in 0..<3000 {
            switch i {
            case 10, 1500, 2990: lines.append("R\(i + 1),Team A,9,2,3,4,5,")
            case 2500: lines.append("R\(i + 1),Team A,1,2,3,4,5,,extra")
            default: lines.append("R\(i + 1),Team \(i % 2 == 0 ? "A" : "B"),\(i % 5 + 1),2,3,4,5,")
            }
        }
        let path = try write(lines.joined(separator: "\n") + "\n")
        let options = ImportOptions(maxBadRows: .count(10), seed: 5)
        // A later range with a problem cannot number it: one pass instead.
        #expect(try !readInRanges(path, chunks: 2, options: options))
        let one = try imported(path, chunks: 1, options: options)
        #expect(one.problems.count == 4)
        #expect(one.problems[0].contains("row 12, column \"Q1\""))
        #expect(one.problems[1].contains("row 1502, column \"Q1\""))
        #expect(one.problems[2].contains("row 2502"))
        #expect(one.problems[3].contains("row 2992, column \"Q1\""))
        for chunks in [2, 3] {
            let several = try imported(path, chunks: chunks, options: options)
            #expect(several.problems == one.problems)
            #expect(several.summary == one.summary)
            #expect(several.file == one.file)
        }
    }

    @Test func problemsInTheFirstRangeAloneKeepTheRanges() throws {
        // A value off the scale in data row 5 (record 7) only: the first range reports it with its own row numbers.
        var lines = ["ResponseId,team,Q1,Q2,Q3,Q4,Q5,Remarks"]
        for i in 0..<3000 { lines.append("R\(i + 1),Team A,\(i == 5 ? 8 : i % 5 + 1),2,3,4,5,") }
        let path = try write(lines.joined(separator: "\n") + "\n")
        let options = ImportOptions(seed: 5)
        #expect(try readInRanges(path, chunks: 2, options: options))
        let one = try imported(path, chunks: 1, options: options), two = try imported(path, chunks: 2, options: options)
        #expect(one.problems.count == 1 && one.problems[0].contains("row 7, column \"Q1\""))
        #expect(two.problems == one.problems && two.summary == one.summary && two.file == one.file)
    }

    @Test func theSpoolGivesBackEveryRecordInOrder() throws {
        // A 64-byte buffer, so records straddle refills and the longest (300-byte comments) are wider than it.
        let layout = ResponsesLayout(columns: [
            ResponsesColumn(kind: .segment, segmentName: "team"),
            ResponsesColumn(kind: .score, touchpointID: "a", scale: RatingScale(min: 1, max: 5)),
            ResponsesColumn(kind: .comment, touchpointID: "a"),
        ])
        let spool = try RowSpool(layout: layout, directory: nil, bufferBytes: 64)
        var row = NormalizedRow(layout: layout)
        var expected: [(code: UInt8, segment: UInt32, comment: String?, rowNumber: Int)] = []
        for i in 0..<500 {
            row.codes[0] = UInt8(i % 6)
            let segment = spool.intern(slot: 0, i % 3 == 0 ? nil : "Team \(i % 4)")
            let comment: String? = i % 5 == 0 ? nil : String(repeating: "x", count: (i * 37) % 301)
            row.texts = [nil, comment]
            try spool.append(row, segmentIDs: [segment, 0], idHash: UInt64(i), rowNumber: i + 2)
            expected.append((UInt8(i % 6), segment, comment, i + 2))
        }
        #expect(spool.levels.values[0] == ["Team 1", "Team 2", "Team 0", "Team 3"])
        var seen = 0
        try spool.forEachRecord { bytes, length in
            let want = expected[seen]
            #expect(bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self) == UInt64(seen))
            #expect(bytes.loadUnaligned(fromByteOffset: 8, as: Int64.self) == Int64(want.rowNumber))
            #expect(bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self) == UInt64(seen))
            #expect(bytes.load(fromByteOffset: 24, as: UInt8.self) == want.code)
            #expect(bytes.loadUnaligned(fromByteOffset: 25, as: UInt32.self) == want.segment)
            let stored = Int(bytes.loadUnaligned(fromByteOffset: 29, as: UInt32.self))
            let comment = stored == 0 ? nil : String(decoding: UnsafeRawBufferPointer(start: bytes + 33, count: stored - 1), as: UTF8.self)
            #expect(comment == want.comment)
            #expect(length == 33 + max(0, stored - 1))
            seen += 1
        }
        #expect(seen == 500)
    }

    @Test(arguments: [1, 2, 3, 4])
    func linesSplitInPlaceGiveTheFieldsOfTheGeneralPath(seed: UInt64) throws {
        // A 7-byte chunk puts almost every line across chunks (the general path); 64 KiB reads nearly all in place.
        let text = Self.export(ExportShape(seed: seed, rows: 400, ids: seed % 2 == 0, multilineComments: seed > 2,
                                           blankLines: true, crlf: seed == 4))
        func records(chunk: Int) throws -> [[String]] {
            let scanner = CSVScanner(source: MemoryByteSource(Array(text.utf8)), path: "s.csv",
                                     options: .init(chunkSize: chunk))
            var out: [[String]] = []
            while try scanner.nextRecord() { out.append(["\(scanner.recordNumber)", "\(scanner.recordHasNUL)"] + scanner.strings()) }
            return out
        }
        let general = try records(chunk: 7)
        #expect(general.count > 400)
        #expect(try records(chunk: 64 << 10) == general)
    }
}
