/// One cell of the spreadsheet table (`analyze --format csv` and `xlsx`): text, a number the tool computed, or empty.
public enum ReportCell: Sendable, Hashable {
    /// No value: withheld, not computed, or not applicable to the row.
    case empty
    /// Text (user text such as names, labels and comments, or one of the documented words such as `pain`).
    case text(String)
    /// A number the tool wrote; never defused, so negative numbers stay numeric.
    case number(Double)
    /// A whole number the tool wrote.
    case integer(Int)
    /// `true` / `false`.
    case bool(Bool)

    /// A number, or empty when absent or not finite.
    static func num(_ value: Double?) -> ReportCell {
        guard let value, value.isFinite else { return .empty }
        return .number(value == 0 ? 0 : value)
    }

    /// A text, or empty when absent.
    static func str(_ value: String?) -> ReportCell { value.map(ReportCell.text) ?? .empty }

    /// Text made safe for spreadsheets (OWASP "CSV injection"): a cell starting with `=`, `+`, `-`, `@`, tab or
    /// carriage return would be read as a formula, so it gets a leading `'`, which Excel and LibreOffice show as text.
    public static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// A number in Swift's shortest round-trip form (as in the JSON report): `4`, `3.25`, `-0.125`.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
