import Foundation
import JourneyAnalysis
import JourneyModel

/// The formats `journeymap analyze` writes.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// A readable terminal report (colour on a TTY).
    case text
    /// JSON with the documented schema.
    case json
    /// A shareable Markdown report.
    case markdown
    /// A self-contained HTML brief: the map inline, the takeaway, the findings, the action plan (`HTMLReportWriter`).
    case html
    /// One row per touchpoint (and per `--by` group) for spreadsheets: UTF-8 with BOM, CRLF (Docs/Analysis-CSV.md).
    case csv
    /// The same table as an Excel workbook (binary: written with `data(_:journey:)`).
    case xlsx

    /// The format implied by an output path's extension (`.json`, `.md`/`.markdown`, `.html`/`.htm`, `.csv`, `.xlsx`,
    /// anything else text).
    public static func inferred(fromPath path: String) -> ReportFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".xlsx") { return .xlsx }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        return .text
    }

    /// Whether the format is binary (written to a file, never to a terminal).
    public var isBinary: Bool { self == .xlsx }

    /// The report's bytes: UTF-8 text for the text formats, the ZIP workbook for `xlsx`.
    public func data(_ findings: JourneyFindings, journey: Journey, color: Bool = false) throws(XLSXReportWriter.Failure) -> Data {
        if self == .xlsx { return try XLSXReportWriter.write(findings, journey: journey) }
        return Data(render(findings, journey: journey, color: color).utf8)
    }

    /// Renders findings in this format (`xlsx`: its worksheet XML; use `data` for the workbook).
    public func render(_ findings: JourneyFindings, journey: Journey, color: Bool = false) -> String {
        switch self {
        case .csv: return CSVReportWriter.write(findings, journey: journey)
        case .xlsx: return XLSXReportWriter.parts(findings, journey: journey).last!.xml
        case .text: return TextReportWriter.write(findings, journey: journey, color: color)
        case .json: return JSONReportWriter.write(findings, journey: journey)
        case .markdown: return MarkdownReportWriter.write(findings, journey: journey)
        case .html: return HTMLReportWriter.write(findings, journey: journey)
        }
    }
}
