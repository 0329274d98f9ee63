/// The formats `journeymap plan` writes.
public enum PlanFormat: String, Sendable, Hashable, CaseIterable {
    /// Markdown for a wiki or a chat: by priority, by owner, uncovered.
    case markdown
    /// One table, UTF-8 with BOM, CRLF, formula injection defused.
    case csv
    /// The same table as an Excel workbook (binary; needs `-o`).
    case xlsx
    /// Everything, with the priority's parts, for scripts.
    case json

    /// The format a file name implies (`.md`, `.csv`, `.xlsx`, `.json`), or nil.
    public static func inferred(fromPath path: String) -> PlanFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".xlsx") { return .xlsx }
        if lower.hasSuffix(".json") { return .json }
        return nil
    }

    /// Whether it is written to a file only.
    public var isBinary: Bool { self == .xlsx }
}
