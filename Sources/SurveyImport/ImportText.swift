/// Small text helpers shared by the import messages and matchers.
enum ImportText {
    /// `"value"` with control characters made visible and long values cut, so a message stays on one line
    /// and never echoes more than a short piece of the user's data.
    static func quoted(_ text: String, limit: Int = 60) -> String {
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

    /// Trims and collapses every run of whitespace (spaces, tabs, newlines, ideographic spaces) to one space,
    /// so that a multi-line question text can be matched by the one-line text a journey gives.
    static func normalized(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " "; pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Normalized and case-folded, for guessing bindings by name.
    static func folded(_ text: String) -> String { normalized(text).lowercased() }
}
