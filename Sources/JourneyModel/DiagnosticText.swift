/// How diagnostics quote a user's value: one line, control characters visible, long values cut, so a message
/// never echoes more than a short piece of the user's data.
public enum DiagnosticText {
    /// `"value"` with control characters made visible and long values cut, so a message stays on one line
    /// and never echoes more than a short piece of the user's data. C0 and C1 controls (ESC, CSI: no terminal
    /// escape sequences from a hostile header) and the bidi controls (U+202A–202E, U+2066–2069, LRM/RLM/ALM:
    /// no reordered message) are written as `\u{…}`.
    public static func quoted(_ text: String, limit: Int = 60) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit { out += "…"; break }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\u{0}": out += "\\0"
            default:
                if isInvisibleControl(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return "\"" + out + "\""
    }

    /// C0, DEL, C1, and the bidi embedding, override, isolate and mark characters.
    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
