/// Which cell styles of a workbook (`xl/styles.xml`) show numbers as dates: a cell's `s` attribute indexes
/// `<cellXfs>`, whose `numFmtId` is a built-in date format (14–22, 27–36, 45–47, 50–58 — the last ranges are the
/// Chinese, Japanese and Korean built-ins) or a custom `<numFmt formatCode>` with date or time tokens.
struct XLSXStyles {
    /// The date kind of each cell style, nil for styles that are not dates.
    private(set) var kinds: [ExcelDate.Kind?] = []

    /// No styles: every number is a number.
    init() {}

    /// Reads `styles.xml`.
    init(part: ArchivePart) throws(ImportError) {
        let xml = try XMLPartReader(part)
        var custom: [Int: String] = [:]
        var inCellXfs = false
        while try xml.step() {
            let type = xml.nodeType
            if type == XMLPartReader.Node.element {
                if xml.isNamed("numFmt") {
                    if let id = xml.attribute("numFmtId").flatMap({ Int($0) }) { custom[id] = xml.attribute("formatCode") ?? "" }
                } else if xml.isNamed("cellXfs") {
                    inCellXfs = !xml.isEmptyElement
                } else if inCellXfs, xml.isNamed("xf") {
                    let id = xml.attribute("numFmtId").flatMap { Int($0) } ?? 0
                    kinds.append(Self.kind(numFmtId: id, code: custom[id]))
                }
            } else if type == XMLPartReader.Node.endElement, xml.isNamed("cellXfs") {
                inCellXfs = false
            }
        }
    }

    /// The date kind of cell style `index`, nil when it is not a date style.
    @inline(__always)
    func kind(style index: Int) -> ExcelDate.Kind? { index >= 0 && index < kinds.count ? kinds[index] : nil }

    /// The date kind of a number format.
    static func kind(numFmtId id: Int, code: String?) -> ExcelDate.Kind? {
        if let code { return kind(formatCode: code) }
        switch id {
        case 14...17, 27...31, 36, 50...58: return .date
        case 18...21, 32...35, 45...47: return .time
        case 22: return .dateTime
        default: return nil
        }
    }

    /// The date kind a custom format code shows: quoted text, `\`-escaped characters and `[…]` sections (colours,
    /// locales, conditions — but `[h]`, `[m]`, `[s]` elapsed times count) are ignored; `y` or `d` make a date,
    /// `h` or `s` a time, `m` alone a month.
    static func kind(formatCode: String) -> ExcelDate.Kind? {
        let lower = formatCode.lowercased()
        if lower == "general" || lower == "@" { return nil }
        var hasDate = false, hasTime = false, hasMonth = false
        var inQuote = false, inBracket = false, escaped = false
        var bracket = ""
        for ch in lower {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket) { hasTime = true }
                } else { bracket.append(ch) }
                continue
            }
            switch ch {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true; bracket = ""
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            case "m": hasMonth = true
            case ";": if hasDate || hasTime || hasMonth { break }
            default: break
            }
        }
        if hasDate || (hasMonth && !hasTime) { return hasTime ? .dateTime : .date }
        return hasTime ? .time : nil
    }
}
