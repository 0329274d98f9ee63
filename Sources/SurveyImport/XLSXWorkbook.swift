import Foundation
import JourneyModel

/// An Excel workbook (`.xlsx`, Office Open XML): its worksheets found through `xl/workbook.xml` and
/// `xl/_rels/workbook.xml.rels` (names → part paths; never assumed to be `sheet1.xml`), its date system
/// (`date1904`), date styles and shared strings. Sheets are read row by row by `XLSXSheetReader`; this type is
/// general (survey import, and later the workshop spreadsheets), and knows nothing of survey dialects.
final class XLSXWorkbook {
    /// One worksheet: its name on the tab, and its part inside the archive.
    struct Sheet: Sendable, Hashable {
        /// The tab's name.
        var name: String
        /// The part, e.g. `xl/worksheets/sheet1.xml`.
        var partPath: String
        /// Whether the tab is hidden (`state="hidden"` or `"veryHidden"`).
        var isHidden = false
    }

    /// The archive's path, for messages.
    let path: String
    /// Worksheets in tab order (chart sheets and dialog sheets left out).
    let sheets: [Sheet]
    /// Whether serials count from 1904-01-01 (old Mac Excel) instead of 1899-12-31.
    let uses1904: Bool
    private let archive: SafeZipArchive
    private let sharedStringsPath: String?
    private let stylesPath: String?
    private var cachedStrings: XLSXSharedStrings?
    private var cachedStyles: XLSXStyles?

    /// Opens an already-checked archive as a workbook.
    /// - Throws: `ImportError.invalid` when it is not a workbook, or its workbook part is broken.
    init(archive: SafeZipArchive) throws(ImportError) {
        self.archive = archive
        path = archive.path
        guard archive.contains("xl/workbook.xml") else {
            throw .invalid(archive.path, "the ZIP archive is not an Excel workbook (no xl/workbook.xml); save it as .xlsx or CSV",
                           zh: "这个 ZIP 压缩包不是 Excel 工作簿（没有 xl/workbook.xml）；请另存为 .xlsx 或 CSV")
        }
        var relations: [String: (type: String, target: String)] = [:]
        if archive.contains("xl/_rels/workbook.xml.rels") {
            let xml = try XMLPartReader(archive.part("xl/_rels/workbook.xml.rels"))
            while try xml.step() {
                guard xml.nodeType == XMLPartReader.Node.element, xml.isNamed("Relationship"),
                      let id = xml.attribute("Id"), let target = xml.attribute("Target"),
                      xml.attribute("TargetMode") != "External" else { continue }
                relations[id] = (xml.attribute("Type") ?? "", Self.resolve(target))
            }
        }
        var sheets: [Sheet] = []
        var uses1904 = false
        let xml = try XMLPartReader(archive.part("xl/workbook.xml"))
        var index = 0
        while try xml.step() {
            guard xml.nodeType == XMLPartReader.Node.element else { continue }
            if xml.isNamed("workbookPr") {
                let value = xml.attribute("date1904")?.lowercased()
                uses1904 = value == "1" || value == "true"
            } else if xml.isNamed("sheet") {
                index += 1
                let name = xml.attribute("name") ?? "Sheet\(index)"
                let relation = xml.attribute("id").flatMap { relations[$0] }
                if let relation, !relation.type.hasSuffix("/worksheet") { continue }
                // Without a relationship, fall back to Excel's conventional part name.
                let part = relation?.target ?? "xl/worksheets/sheet\(index).xml"
                let state = xml.attribute("state")
                sheets.append(Sheet(name: name, partPath: part, isHidden: state == "hidden" || state == "veryHidden"))
            }
        }
        self.sheets = sheets
        self.uses1904 = uses1904
        let byType = { (suffix: String, fallback: String) -> String? in
            if let target = relations.values.first(where: { $0.type.hasSuffix(suffix) })?.target, archive.contains(target) { return target }
            return archive.contains(fallback) ? fallback : nil
        }
        sharedStringsPath = byType("/sharedStrings", "xl/sharedStrings.xml")
        stylesPath = byType("/styles", "xl/styles.xml")
    }

    /// The sheet `--sheet` names: an exact tab name first, else a 1-based position (hidden tabs counted); nil
    /// means the first visible sheet, as Excel opens it.
    /// - Throws: `ImportError.usage` listing the sheets when there is no such sheet.
    func sheet(named choice: String?) throws(ImportError) -> (position: Int, sheet: Sheet) {
        guard !sheets.isEmpty else { throw .invalid(path, "the workbook has no worksheets", zh: "工作簿中没有工作表") }
        guard let choice else {
            let first = sheets.firstIndex { !$0.isHidden } ?? 0
            return (first + 1, sheets[first])
        }
        if let i = sheets.firstIndex(where: { $0.name == choice }) { return (i + 1, sheets[i]) }
        if let n = Int(choice.trimmingCharacters(in: .whitespaces)), n >= 1, n <= sheets.count { return (n, sheets[n - 1]) }
        let list = sheets.enumerated().map { "\($0.offset + 1) \(DiagnosticText.quoted($0.element.name))" }.joined(separator: ", ")
        throw .usage(LocalizedText(en: "--sheet \(DiagnosticText.quoted(choice)): \(path) has no such sheet; its sheets are \(list)",
                                   zh: "--sheet \(DiagnosticText.quoted(choice))：\(path) 中没有这个工作表；它的工作表有 \(list)"))
    }

    /// A reader over one sheet's rows, streamed as the part is inflated (`restarted()` reads it again).
    func rows(of sheet: Sheet) throws(ImportError) -> XLSXSheetReader {
        guard archive.contains(sheet.partPath) else {
            throw .invalid(path, "the workbook lists sheet \(DiagnosticText.quoted(sheet.name)) at \(sheet.partPath), but the archive has no such part",
                           zh: "工作簿在 \(sheet.partPath) 列出了工作表 \(DiagnosticText.quoted(sheet.name))，但压缩包中没有这一部分")
        }
        let strings = try sharedStrings(), styles = try styles()
        return try XLSXSheetReader(part: archive.part(sheet.partPath), archivePath: path,
                                   sharedStrings: strings, styles: styles, uses1904: uses1904)
    }

    /// The shared-strings table, read on first use.
    func sharedStrings() throws(ImportError) -> XLSXSharedStrings {
        if let cachedStrings { return cachedStrings }
        let table = try sharedStringsPath.map { (p) throws(ImportError) in try XLSXSharedStrings(part: archive.part(p), limits: archive.limits) }
            ?? XLSXSharedStrings()
        cachedStrings = table
        return table
    }

    /// The date styles, read on first use.
    func styles() throws(ImportError) -> XLSXStyles {
        if let cachedStyles { return cachedStyles }
        let styles = try stylesPath.map { (p) throws(ImportError) in try XLSXStyles(part: archive.part(p)) } ?? XLSXStyles()
        cachedStyles = styles
        return styles
    }

    /// A relationship target as an archive path: relative to `xl/`, or absolute from the package root.
    static func resolve(_ target: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : ["xl"]
        for component in target.split(separator: "/") {
            if component == "." { continue }
            if component == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(component)
        }
        return parts.joined(separator: "/")
    }
}
