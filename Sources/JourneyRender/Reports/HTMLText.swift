/// Escaping of text for HTML and XML: every user string passes through here before it enters the brief or a
/// workbook's sheet XML.
public enum HTMLText {
    /// Text safe in element content and in double- or single-quoted attributes: `& < > " '` become entities,
    /// characters XML 1.0 forbids and C1 controls are dropped (a browser would show them as boxes or refuse them).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard TextSanitizer.isXMLAllowed(scalar), !(0x7F...0x9F).contains(scalar.value) else { continue }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
