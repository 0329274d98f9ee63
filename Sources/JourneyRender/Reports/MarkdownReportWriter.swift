import Foundation
import JourneyAnalysis
import JourneyModel

/// The `--format markdown` report: the text report's content as a shareable Markdown document (GitHub flavour).
public enum MarkdownReportWriter {
    /// The Markdown text, ending in a newline.
    public static func write(_ findings: JourneyFindings, journey: Journey) -> String {
        let doc = ReportDocument(findings, journey: journey)
        var out = "# \(escape(doc.title))\n\n"
        for line in doc.subtitle { out += escape(line) + "  \n" }
        for section in doc.sections {
            out += "\n## \(escape(section.heading))\n\n"
            for line in section.lines { out += "- " + escape(line) + "\n" }
            if !section.lines.isEmpty && (!section.items.isEmpty || section.table != nil) { out += "\n" }
            for item in section.items {
                let headline = escape(item.headline)
                out += (item.rank.map { "\($0). " } ?? "- ") + "**\(headline)**\n"
                for detail in item.details { out += "   - " + escape(detail) + "\n" }
            }
            if let table = section.table {
                out += "| " + table.header.map(escape).joined(separator: " | ") + " |\n"
                out += "|" + table.header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
                for row in table.rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
            }
            if section.items.isEmpty, section.lines.isEmpty, section.table == nil, let empty = section.emptyText {
                out += "_\(escape(empty))_\n"
            }
        }
        return out
    }

    /// Escapes the characters Markdown would read as markup in running text.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "*", "_", "`", "|", "<", ">", "[", "]", "#": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
