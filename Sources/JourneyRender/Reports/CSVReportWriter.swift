import JourneyAnalysis
import JourneyModel

/// The `--format csv` report: `ReportTable` as RFC 4180 CSV for Excel — UTF-8 with a byte-order mark (so Excel reads
/// Chinese correctly), CRLF line ends, cells quoted when they hold a comma, quote, CR or LF (quotes doubled), text
/// cells defused against formula injection (`ReportCell.defused`), numbers in shortest round-trip form. Deterministic.
public enum CSVReportWriter {
    /// The byte-order mark that opens the file.
    public static let byteOrderMark = "\u{FEFF}"

    /// The report as CSV text, BOM first, every line ending in CRLF.
    public static func write(_ findings: JourneyFindings, journey: Journey) -> String {
        write(header: ReportTable.columns, rows: ReportTable(findings, journey: journey).rows)
    }

    /// Any table in the same form (the action plan uses it too): BOM, the header row, then the rows, CRLF.
    static func write(header: [String], rows: [[ReportCell]]) -> String {
        var out = byteOrderMark
        out += header.map { quoted(ReportCell.defused($0)) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map(cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One cell's CSV text.
    static func cell(_ cell: ReportCell) -> String {
        switch cell {
        case .empty: return ""
        case let .text(text): return quoted(ReportCell.defused(text))
        case let .number(value): return ReportCell.format(value)
        case let .integer(value): return String(value)
        case let .bool(value): return value ? "true" : "false"
        }
    }

    /// RFC 4180: quoted when the text holds a comma, a quote, CR or LF; quotes inside doubled.
    static func quoted(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
