/// Cleans user text before it is measured or written: removes what XML 1.0 forbids and folds whitespace.
public enum TextSanitizer {
    /// Whether XML 1.0 allows a code point: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    /// (Lone surrogates cannot occur in a Swift string; invalid UTF-16 becomes U+FFFD on the way in.)
    public static func isXMLAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Removes characters illegal in XML 1.0, keeping everything else as is.
    public static func xmlSafe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isXMLAllowed(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// One-line display text: XML-illegal characters and C1 controls removed, runs of whitespace
    /// (tabs, newlines, ideographic spaces included) folded to one space, ends trimmed.
    public static func displayText(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard isXMLAllowed(scalar), !(0x7F...0x9F).contains(scalar.value) else { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
