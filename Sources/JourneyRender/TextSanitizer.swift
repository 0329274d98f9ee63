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

    /// Removes characters illegal in XML 1.0, keeping everything else as is. Text with none (every text the layout
    /// wrote) comes back as is after one pass over its bytes: C0 controls other than tab, LF and CR are single
    /// bytes below 0x20, U+FFFE/FFFF start with EF, and a Swift string holds no surrogate.
    public static func xmlSafe(_ text: String) -> String {
        let clean: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 ? ($0 != 0x9 && $0 != 0xA && $0 != 0xD) : $0 == 0xEF }
        }
        if clean == true { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isXMLAllowed(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// One-line display text: XML-illegal characters and C1 controls removed, runs of whitespace
    /// (tabs, newlines, ideographic spaces included) folded to one space, ends trimmed.
    ///
    /// Text that is already clean — the usual case, and the layout asks for the same names on every pass — comes
    /// back as is after one scan, without building a new string.
    public static func displayText(_ text: String) -> String {
        if isDisplayClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard isXMLAllowed(scalar), !(0x7F...0x9F).contains(scalar.value) else { continue }
            if isWhitespace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Unicode's White_Space property (PropList.txt: U+0009–000D, 0020, 0085, 1680, 2000–200A, 2028, 2029,
    /// 202F, 205F, 3000) as a switch, except U+00A0: a no-break space is kept, so text glued with it (the labels' own
    /// "X = …", or the user's) is never broken there.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9...0xD, 0x20, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether `displayText` would return `text` unchanged: only allowed characters, no C1 control, and no
    /// whitespace but single spaces between other characters.
    static func isDisplayClean(_ text: String) -> Bool {
        // Over the UTF-8 bytes when they are contiguous: only the lead bytes of the few code points that matter
        // (C1 and U+00A0: C2; U+1680: E1; U+2000–205F: E2; U+3000: E3; U+FFFE/FFFF: EF) send it to the scalar scan.
        let fast: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var previousSpace = true
            for byte in bytes {
                if byte >= 0x80 {
                    if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF { return false }
                    if byte >= 0xC0 { previousSpace = false }   // the lead byte of another character
                    continue
                }
                if byte == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                } else if byte < 0x20 || byte == 0x7F {
                    return false
                } else {
                    previousSpace = false
                }
            }
            return !previousSpace || bytes.isEmpty
        }
        if fast == true { return true }
        return isDisplayCleanByScalars(text)
    }

    /// `isDisplayClean` one scalar at a time.
    static func isDisplayCleanByScalars(_ text: String) -> Bool {
        var previousSpace = true   // a space at the start is not clean
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value > 0x20 && value < 0x7F { previousSpace = false; continue }   // printable ASCII, the common case
            guard isXMLAllowed(scalar), !(0x7F...0x9F).contains(value) else { return false }
            if isWhitespace(scalar) {
                if value != 0x20 || previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }
}
