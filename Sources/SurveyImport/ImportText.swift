/// Small text helpers shared by the import messages and matchers.
enum ImportText {
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
