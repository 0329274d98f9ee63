import Foundation
import JourneyAnalysis
import JourneyModel
import ZIPFoundation

/// The `--format xlsx` report: `ReportTable` as a minimal Office Open XML workbook (one sheet, `Analysis`): text as
/// inline strings (`t="inlineStr"`, never formulas; still defused like the CSV, so a user who re-saves the sheet as
/// CSV does not turn a label into a formula), numbers as numbers, booleans as `t="b"`. The parts are fixed text and
/// the ZIP entries carry a fixed date, so the same input gives byte-identical files.
public enum XLSXReportWriter {
    /// Why the workbook could not be assembled.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// The workbook's parts, in the order they are zipped.
    public static func parts(_ findings: JourneyFindings, journey: Journey) -> [(path: String, xml: String)] {
        parts(rows: [ReportTable.columns.map(ReportCell.text)] + ReportTable(findings, journey: journey).rows, sheetName: "Analysis")
    }

    /// The parts of a one-sheet workbook holding `rows` (the header row first) on a sheet named `sheetName`.
    static func parts(rows: [[ReportCell]], sheetName: String) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheetName: sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", sheet(rows)),
        ]
    }

    /// The workbook as ZIP bytes.
    public static func write(_ findings: JourneyFindings, journey: Journey) throws(Failure) -> Data {
        try zip(parts(findings, journey: journey))
    }

    /// Zips parts with a fixed date, so the bytes never depend on the clock.
    static func zip(_ parts: [(path: String, xml: String)]) throws(Failure) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // 1 January 2000, so the bytes never depend on the clock.
            let fixedDate = Date(timeIntervalSince1970: 946_684_800)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "the workbook could not be assembled") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "the workbook could not be assembled: \(error)")
        }
    }

    // MARK: - Parts

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let rootRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static func workbook(sheetName: String) -> String {
        header + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="\(HTMLText.escape(sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
    }

    static let workbookRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static let styles = header + """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// The worksheet: one `<row>` per table row (the header first), cells with A1 references, empty cells left out.
    static func sheet(_ rows: [[ReportCell]]) -> String {
        var out = header + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        out += "<sheetData>"
        for (r, row) in rows.enumerated() {
            out += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = columnName(c) + String(r + 1)
                switch cell {
                case .empty: continue
                case let .text(text):
                    out += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(HTMLText.escape(ReportCell.defused(text)))</t></is></c>"
                case let .number(value): out += "<c r=\"\(ref)\"><v>\(ReportCell.format(value))</v></c>"
                case let .integer(value): out += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                case let .bool(value): out += "<c r=\"\(ref)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>"
    }

    /// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
