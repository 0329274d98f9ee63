/// Keeps short groups of a label on one line when it wraps: a parenthesised group ("(most intense + end)/2",
/// "(3 = neutral)", full-width "（4 = 中性）") and a scale with its range and note ("scale 1–5 (3 = neutral)").
/// Their spaces become no-break spaces (U+00A0) for `TextWrapper`, and plain spaces again in the wrapped lines; a
/// group longer than `maxGroup` characters, or wider than the line, still wraps inside.
enum TextGroups {
    static let noBreakSpace: Character = "\u{00A0}"
    /// Longest group kept together, in characters.
    static let maxGroup = 28

    /// `text` with the spaces inside its short groups made non-breaking.
    static func glued(_ text: String) -> String {
        var characters = Array(text)
        var opens: [Int] = []
        var ranges: [ClosedRange<Int>] = []
        for (index, character) in characters.enumerated() {
            if character == "(" || character == "（" { opens.append(index) }
            if character == ")" || character == "）", let open = opens.popLast() {
                // a group's trailing "/2" (or any non-space run) stays with it
                var end = index
                while end + 1 < characters.count, characters[end + 1] != " ", !"(（".contains(characters[end + 1]) { end += 1 }
                if end - open + 1 <= maxGroup { ranges.append(open...end) }
            }
        }
        for range in ranges {
            for index in range where characters[index] == " " { characters[index] = noBreakSpace }
            // "1–5 (3 = neutral)": the space before a short group that follows a number
            if range.lowerBound >= 2, characters[range.lowerBound - 1] == " ", characters[range.lowerBound - 2].isNumber {
                characters[range.lowerBound - 1] = noBreakSpace
            }
        }
        // "scale 1–5", "评分 1–7": the space before a number range
        for index in characters.indices.dropFirst().dropLast() where characters[index] == " " {
            let rest = characters[(index + 1)...].prefix { $0.isNumber || $0 == "–" || $0 == "-" }
            if rest.contains(where: { $0 == "–" || $0 == "-" }), rest.first?.isNumber == true, characters[index - 1].isLetter {
                characters[index] = noBreakSpace
            }
        }
        return String(characters)
    }

    /// Wraps `text` keeping its short groups together (see `glued`); the lines carry plain spaces.
    static func wrap(_ text: String, width: Double, font: FontSpec, maxLines: Int = .max) -> WrappedText {
        let wrapped = TextWrapper.wrap(glued(text), width: width, font: font, maxLines: maxLines)
        let lines = wrapped.lines.map { String($0.map { $0 == noBreakSpace ? " " : $0 }) }
        return WrappedText(lines: lines, width: wrapped.width, isTruncated: wrapped.isTruncated)
    }
}
