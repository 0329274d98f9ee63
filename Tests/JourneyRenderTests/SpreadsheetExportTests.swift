import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
import SurveyImport
@testable import JourneyRender

/// `analyze --format csv` and `xlsx` on hand-made findings, so every expected cell is written out here, not computed by
/// the code under test: BOM, CRLF, RFC 4180 quoting, defused user text next to negative numbers that stay numbers,
/// suppressed groups without a size, segment names and value labels, and the workbook's parts.
///
/// Checked once by hand on `analyze journeys/onboarding-90-days.yaml --by tenure -o exp.xlsx` (2026-12-01):
/// openpyxl 3 (`load_workbook`) reads sheet `Analysis`, 65 rows × 76 columns, numbers as float (`penalty` 0.5,
/// `enps` −41.25, `memoryGap` −0.0719 stay numeric), booleans as bool, 工龄-style labels intact; LibreOffice 7
/// (`libreoffice --headless --convert-to csv exp.xlsx`) opens and converts it, header row identical.
@Suite struct SpreadsheetExportTests {
    static let journey = Journey(title: "J", language: .en, stages: [
        Stage(id: "s1", name: "S", touchpoints: [
            Touchpoint(id: "a", name: "=HYPERLINK(\"x\",\"y\")"),
            Touchpoint(id: "b", name: "-2 min, \"fast\""),
        ]),
    ], survey: SurveyBinding(segments: ["Q4"], segmentLabels: [SegmentLabel(column: "Q4", name: "工龄", values: ["1": "0–1 个月", "2": "@1–3 个月"])]))

    /// Touchpoint a: n 12, mean 2.5, distribution 1:4;2:3;3:1;4:2;5:2 (4+3+1+2+2 = 12), a pain with penalty −0.75;
    /// touchpoint b withheld. eNPS −12.5 over 12; journey-wide comments "+1 from me" and "ok".
    static func group(respondents: Int) -> JourneyFindings {
        var a = TouchpointFinding(id: "a", stageID: "s1", n: 12, mean: 2.5, median: 2, sd: 1.5, quartiles: 1...4,
                                  distribution: [4, 3, 1, 2, 2], t2b: 1.0 / 3, b2b: 7.0 / 12, findingClass: .pain, severity: 40.25)
        a.penaltyReward = PenaltyReward(penalty: -0.75, reward: 0.5)
        a.comments = ["=SUM(A1)", "plain"]
        let b = TouchpointFinding(id: "b", stageID: "s1", suppressed: true)
        var f = JourneyFindings(source: .survey, respondents: respondents, scale: .fivePoint, touchpoints: [a, b],
                                peakEnd: PeakEndSummary(), enps: ENPSResult(score: -12.5, ci95: -40 ... 15, n: 12))
        f.comments = ["+1 from me", "ok"]
        return f
    }

    static var findings: JourneyFindings {
        var f = group(respondents: 30)
        f.breakdown = "Q4"
        f.segments = [
            SegmentFinding(column: "Q4", value: "1", n: 12, suppressed: false, findings: group(respondents: 12)),
            SegmentFinding(column: "Q4", value: "2", n: nil, suppressed: true, findings: nil),
        ]
        return f
    }

    static func cells(_ line: Substring) -> [String] {
        // A minimal RFC 4180 splitter for the test (quoted cells may hold commas and doubled quotes).
        var out: [String] = [], cell = "", quoted = false, i = line.startIndex
        while i < line.endIndex {
            let ch = line[i]
            if quoted {
                if ch == "\"" {
                    let next = line.index(after: i)
                    if next < line.endIndex && line[next] == "\"" { cell.append("\""); i = next } else { quoted = false }
                } else { cell.append(ch) }
            } else if ch == "\"" { quoted = true } else if ch == "," { out.append(cell); cell = "" } else { cell.append(ch) }
            i = line.index(after: i)
        }
        out.append(cell)
        return out
    }

    static func column(_ name: String) -> Int { ReportTable.columns.firstIndex(of: name)! }

    @Test func csvBytesHaveBOMAndCRLFAndQuoteAndDefuse() throws {
        let csv = CSVReportWriter.write(Self.findings, journey: Self.journey)
        let bytes = Array(csv.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        // Every LF outside a quoted cell is preceded by CR: the only bare LFs are inside the comment cells.
        let lines = csv.dropFirst().components(separatedBy: "\r\n").dropLast()
        // 3 groups (all, Q4=1, Q4=2) × (1 journey row + 2 touchpoints) + the header
        #expect(lines.count == 1 + 3 * 3)
        #expect(lines[0].hasPrefix("level,segment,segmentColumn,value,valueCode,filter,suppressed,respondents,stage,touchpoint,name,n,mean,"))
        let a = Self.cells(Substring(lines[2]))
        #expect(a.count == ReportTable.columns.count)
        #expect(a[Self.column("name")] == "'=HYPERLINK(\"x\",\"y\")")
        #expect(lines[2].contains(",\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\","))      // quoted: it holds a comma and quotes
        #expect(a[Self.column("mean")] == "2.5")
        #expect(a[Self.column("distribution")] == "1:4;2:3;3:1;4:2;5:2")
        #expect(a[Self.column("penalty")] == "-0.75")                        // a number: never defused
        #expect(a[Self.column("class")] == "pain")
        #expect(a[Self.column("severity")] == "40.25")
        #expect(a[Self.column("painRank")] == "1")
        #expect(a[Self.column("comments")] == "'=SUM(A1)\nplain")              // user text: defused (first line)
        let b = Self.cells(Substring(lines[3]))
        #expect(b[Self.column("name")] == "'-2 min, \"fast\"")
        #expect(b[Self.column("suppressed")] == "true")
        #expect(b[Self.column("n")] == "" && b[Self.column("mean")] == "")
        let journeyRow = Self.cells(Substring(lines[1]))
        #expect(journeyRow[Self.column("level")] == "journey")
        #expect(journeyRow[Self.column("respondents")] == "30")
        #expect(journeyRow[Self.column("enps")] == "-12.5")
        #expect(journeyRow[Self.column("enpsCi95Low")] == "-40")
        #expect(journeyRow[Self.column("comments")] == "'+1 from me\nok")
    }

    /// Participants' open scores at touchpoint a: [1, 4, 2, 5, 1, 3, 2, 4] (journeys/workshop-demo.yaml's split room).
    /// By hand: sorted 1 1 2 2 3 4 4 5; median (2 + 3)/2 = 2.5; type-7 quartiles h = 7·0.25 = 1.75 → 1 + 0.75·(2 − 1)
    /// = 1.75 and h = 7·0.75 = 5.25 → 4 + 0.25·(4 − 4) = 4; range 5 − 1 = 4 ≥ (5 − 1)/2, so split. Only the whole
    /// selection's row carries them: the room's dots belong to no survey group.
    @Test func csvCarriesParticipantsSpreadOnTheWholeSelectionOnly() throws {
        var f = Self.findings
        f.touchpoints[0].participantSpread = ParticipantSpread([1, 4, 2, 5, 1, 3, 2, 4], scale: .fivePoint)
        let lines = CSVReportWriter.write(f, journey: Self.journey).dropFirst().components(separatedBy: "\r\n").dropLast()
        let a = Self.cells(Substring(lines[2]))
        let got = ReportTable.participantColumns.map { a[Self.column($0)] }
        #expect(got == ["8", "2.5", "1", "5", "1.75", "4", "4", "true"])
        #expect(Self.cells(Substring(lines[3]))[Self.column("participantsN")] == "")      // b: no scores
        let groupA = Self.cells(Substring(lines[5]))                                      // Q4=1's touchpoint a
        #expect(groupA[Self.column("touchpoint")] == "a" && groupA[Self.column("participantsN")] == "")
        #expect(ReportTable.columns.suffix(ReportTable.participantColumns.count) == ArraySlice(ReportTable.participantColumns))
    }

    @Test func csvShowsSegmentNamesAndLabelsAndNeverASuppressedSize() {
        let csv = CSVReportWriter.write(Self.findings, journey: Self.journey)
        let lines = csv.dropFirst().components(separatedBy: "\r\n").dropLast().map { Self.cells(Substring($0)) }
        let shown = lines[4], hidden = lines[7]
        #expect(shown[Self.column("segment")] == "工龄")
        #expect(shown[Self.column("segmentColumn")] == "Q4")
        #expect(shown[Self.column("value")] == "0–1 个月")
        #expect(shown[Self.column("valueCode")] == "1")
        #expect(shown[Self.column("respondents")] == "12")
        #expect(hidden[Self.column("value")] == "'@1–3 个月")                 // a label is user text: defused
        #expect(hidden[Self.column("suppressed")] == "true")
        #expect(hidden[Self.column("respondents")] == "")
        for row in lines[7...9] {
            #expect(row[Self.column("suppressed")] == "true")
            #expect(row[Self.column("n")] == "" && row[Self.column("mean")] == "" && row[Self.column("enps")] == "")
        }
        #expect(CSVReportWriter.write(Self.findings, journey: Self.journey) == csv)   // deterministic
    }

    @Test func defusingCoversEveryFormulaLead() {
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(ReportCell.defused(lead + "1") == "'" + lead + "1")
        }
        #expect(ReportCell.defused("1+1") == "1+1")
        #expect(ReportCell.defused("工龄") == "工龄")
        #expect(CSVReportWriter.cell(.number(-3)) == "-3")
        #expect(CSVReportWriter.cell(.number(-0.125)) == "-0.125")
    }

    @Test func workbookPartsAndReadBack() throws {
        let parts = XLSXReportWriter.parts(Self.findings, journey: Self.journey)
        #expect(parts.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                      "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        let sheet = parts.last!.xml
        // Row 3 is touchpoint a: its name an inline string, defused (the leading ' written as &#39;) and XML-escaped;
        // its mean and penalty plain numbers.
        #expect(sheet.contains("<c r=\"K3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">&#39;=HYPERLINK(&quot;x&quot;,&quot;y&quot;)</t></is></c>"))
        #expect(sheet.contains("<c r=\"M3\"><v>2.5</v></c>"))
        let penalty = XLSXReportWriter.columnName(Self.column("penalty"))
        #expect(sheet.contains("<c r=\"\(penalty)3\"><v>-0.75</v></c>"))
        #expect(sheet.contains("<c r=\"G3\" t=\"b\"><v>0</v></c>"))
        #expect(XLSXReportWriter.columnName(0) == "A" && XLSXReportWriter.columnName(25) == "Z" && XLSXReportWriter.columnName(26) == "AA")
        #expect(parts[0].xml.contains("/xl/worksheets/sheet1.xml"))
        #expect(parts[2].xml.contains("<sheet name=\"Analysis\" sheetId=\"1\" r:id=\"rId1\"/>"))

        let data = try XLSXReportWriter.write(Self.findings, journey: Self.journey)
        #expect(try XLSXReportWriter.write(Self.findings, journey: Self.journey) == data)   // byte-identical
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try data.write(to: url)
        let book = try SpreadsheetReader(path: url.path)
        #expect(book.sheetNames == ["Analysis"])
        let rows = try book.rows()
        var read: [[String]] = []
        while let row = try rows.next() { read.append(row.cells) }
        #expect(read.count == 10)
        #expect(read[0] == ReportTable.columns)
        #expect(read[2][Self.column("name")] == "'=HYPERLINK(\"x\",\"y\")")
        #expect(read[2][Self.column("penalty")] == "-0.75")
        #expect(read[4][Self.column("segment")] == "工龄" && read[4][Self.column("value")] == "0–1 个月")
    }
}
