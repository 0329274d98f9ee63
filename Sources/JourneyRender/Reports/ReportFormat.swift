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

    /// The format implied by an output path's extension (`.json`, `.md`/`.markdown`, `.html`/`.htm`, anything else text).
    public static func inferred(fromPath path: String) -> ReportFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        return .text
    }

    /// Renders findings in this format.
    public func render(_ findings: JourneyFindings, journey: Journey, color: Bool = false) -> String {
        switch self {
        case .text: return TextReportWriter.write(findings, journey: journey, color: color)
        case .json: return JSONReportWriter.write(findings, journey: journey)
        case .markdown: return MarkdownReportWriter.write(findings, journey: journey)
        case .html: return HTMLReportWriter.write(findings, journey: journey)
        }
    }
}
