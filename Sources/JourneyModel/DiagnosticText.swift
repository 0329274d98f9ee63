/// How diagnostics quote a user's value: one line, control characters visible, long values cut, so a message
/// never echoes more than a short piece of the user's data.
public enum DiagnosticText {
    /// `"value"` with control characters made visible and long values cut, so a message stays on one line
    /// and never echoes more than a short piece of the user's data.
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
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return "\"" + out + "\""
    }
}
