import Foundation
import JourneyAnalysis
import JourneyModel

/// The `--format text` report for a terminal: ANSI colour when `color` is true (the CLI passes true only on a TTY
/// without NO_COLOR), plain text otherwise.
public enum TextReportWriter {
    /// The report text, ending in a newline.
    public static func write(_ findings: JourneyFindings, journey: Journey, color: Bool) -> String {
        let doc = ReportDocument(findings, journey: journey)
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func styled(_ text: String, _ style: ReportDocument.Style) -> String {
            switch style {
            case .plain: return text
            case .pain: return paint(text, "31")
            case .pleasure: return paint(text, "32")
            case .itch: return paint(text, "35")
            case .mot: return paint(text, "33")
            case .dim: return paint(text, "2")
            }
        }
        var out = paint(doc.title, "1") + "\n"
        for line in doc.subtitle { out += line + "\n" }
        for section in doc.sections {
            out += "\n" + paint(section.heading, "1;34") + "\n"
            for line in section.lines { out += "  " + line + "\n" }
            for item in section.items {
                out += "  " + styled((item.rank.map { "\($0). " } ?? "") + item.headline, item.style) + "\n"
                for detail in item.details { out += "     " + detail + "\n" }
            }
            if let table = section.table {
                let widths = table.header.indices.map { c in
                    ([table.header[c]] + table.rows.map { $0[c] }).map(DisplayWidth.of).max() ?? 0
                }
                func row(_ cells: [String]) -> String {
                    "  " + cells.enumerated().map { DisplayWidth.pad($0.element, to: widths[$0.offset]) }
                        .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
                }
                out += paint(row(table.header), "2") + "\n"
                for cells in table.rows { out += row(cells) + "\n" }
            }
            if section.items.isEmpty, section.lines.isEmpty, section.table == nil, let empty = section.emptyText {
                out += "  " + paint(empty, "2") + "\n"
            }
        }
        return out
    }
}
