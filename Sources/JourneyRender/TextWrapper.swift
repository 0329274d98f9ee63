/// Text broken into lines that fit a width; `isTruncated` when the line limit forced an ellipsis.
public struct WrappedText: Sendable, Hashable {
    /// The lines, each at most the requested width.
    public var lines: [String]
    /// The widest line, in user units.
    public var width: Double
    /// True when text was cut and ends in "…" (the caller keeps the full text in a `<title>`).
    public var isTruncated: Bool

    /// Creates wrapped text.
    public init(lines: [String], width: Double, isTruncated: Bool) {
        self.lines = lines
        self.width = width
        self.isTruncated = isTruncated
    }
}

/// Line breaking for mixed Chinese/Latin text (SVG 1.1 has none of its own).
///
/// Breaks at spaces between Latin words, between CJK words (ICU's dictionary word boundaries, so 客户 or 发布 stay
/// whole; between any two ideographs when ICU is unavailable), after a hyphen or slash inside a word, and — only
/// when one word is wider than the line — inside it: first after `-`, `/`, `.`, `_`, `@` or at a camelCase step,
/// then mid-word with a hyphen, never leaving fewer than two letters on either side. Kinsoku (禁则): no line
/// starts with closing punctuation (，。、：；！？）」』”’… and Latin ,.;:!?) and no line ends with an opening
/// bracket or quote (（「『“‘). A last line of a single character is avoided by moving a unit down from the
/// line above. Text that still does not fit in `maxLines` ends in "…", the last resort.
public enum TextWrapper {
    /// An unbreakable piece of text and whether a space separates it from the piece before.
    struct Unit: Equatable {
        var text: String
        var width: Double
        var spaceBefore: Bool
        /// Character offsets inside `text` where a joined Chinese unit may break when it is wider than the line.
        var weakBreaks: [Int] = []
    }

    /// Wraps `text` (already cleaned by `TextSanitizer.displayText`) to lines no wider than `width`.
    public static func wrap(_ text: String, width: Double, font: FontSpec, maxLines: Int = .max) -> WrappedText {
        let clean = TextSanitizer.displayText(text)
        guard !clean.isEmpty, maxLines > 0 else { return WrappedText(lines: [], width: 0, isTruncated: !clean.isEmpty) }
        let spaceWidth = TextMeasurer.width(" ", font: font)
        let units = splitOversized(units(of: clean, font: font), width: width, font: font)
        var lines = fill(units, width: width, spaceWidth: spaceWidth)
        lines = avoidWidow(lines, width: width, spaceWidth: spaceWidth)
        var texts = lines.map(join)
        var truncated = false
        if texts.count > maxLines {
            truncated = true
            texts = Array(texts.prefix(maxLines))
            texts[maxLines - 1] = ellipsized(texts[maxLines - 1], width: width, font: font, forced: true)
        }
        let widest = texts.map { TextMeasurer.width($0, font: font) }.max() ?? 0
        return WrappedText(lines: texts, width: widest, isTruncated: truncated)
    }

    /// One line: the text as is when it fits, else cut with "…".
    public static func singleLine(_ text: String, width: Double, font: FontSpec) -> WrappedText {
        let clean = TextSanitizer.displayText(text)
        let fits = TextMeasurer.width(clean, font: font) <= width
        let line = fits ? clean : ellipsized(clean, width: width, font: font, forced: true)
        return WrappedText(lines: line.isEmpty ? [] : [line], width: TextMeasurer.width(line, font: font), isTruncated: !fits)
    }

    // MARK: - Units

    /// Splits text into unbreakable units following the break rules and kinsoku.
    static func units(of text: String, font: FontSpec) -> [Unit] {
        let characters = Array(text)
        let words = characters.contains(where: isIdeographic) ? WordSegmenter.segmentation(text)
            : WordSegmenter.Segmentation(strong: [], weak: [], available: false)
        var units: [Unit] = []
        var current = ""
        var currentSpaceBefore = false
        var currentWeak: [Int] = []
        var pendingSpace = false
        for (index, character) in characters.enumerated() {
            if character == " " {
                pendingSpace = true
                continue
            }
            if current.isEmpty {
                current.append(character)
                currentSpaceBefore = pendingSpace
                pendingSpace = false
                continue
            }
            let previous = current.last!
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let insideWord = words.available && isIdeographic(previous) && isIdeographic(character) && !words.strong.contains(index)
            if !insideWord, !gluedAroundEquals(characters, at: index),
               canBreak(between: previous, and: character, spaced: pendingSpace, after: next) {
                units.append(Unit(text: current, width: 0, spaceBefore: currentSpaceBefore, weakBreaks: currentWeak))
                current = String(character)
                currentSpaceBefore = pendingSpace
                currentWeak = []
            } else {
                if pendingSpace { current.append(" ") }
                if words.weak.contains(index) { currentWeak.append(current.count) }
                current.append(character)
            }
            pendingSpace = false
        }
        if !current.isEmpty { units.append(Unit(text: current, width: 0, spaceBefore: currentSpaceBefore, weakBreaks: currentWeak)) }
        return units.map { Unit(text: $0.text, width: TextMeasurer.width($0.text, font: font), spaceBefore: $0.spaceBefore, weakBreaks: $0.weakBreaks) }
    }

    /// Whether the break before `characters[index]` would part a label from its figure: "= 3.96", "n = 260" stay
    /// on one line — no break before an "=" that a number (or "–" for none) follows, nor after it.
    static func gluedAroundEquals(_ characters: [Character], at index: Int) -> Bool {
        func numberFollows(_ position: Int) -> Bool {
            var i = position
            while i < characters.count, characters[i] == " " { i += 1 }
            return i < characters.count && (characters[i].isNumber || "-−–".contains(characters[i]))
        }
        var before = index - 1
        while before >= 0, characters[before] == " " { before -= 1 }
        if characters[index] == "=" { return numberFollows(index + 1) }
        if before >= 0, characters[before] == "=" { return numberFollows(index) }
        return false
    }

    /// Whether a line may break between `a` and `b` (`spaced`: a space lies between them).
    static func canBreak(between a: Character, and b: Character, spaced: Bool, after next: Character?) -> Bool {
        if CharacterClass.noLineStart.contains(b) || CharacterClass.noLineEnd.contains(a) { return false }
        if spaced { return true }
        if CharacterClass.isBreakAnywhere(a) || CharacterClass.isBreakAnywhere(b) { return true }
        // Inside a Latin word: after a hyphen or slash before a letter ("self-service", "IT/HR"); never before a digit,
        // so "(peak + end)/2" and "2026-12-31" stay whole.
        if a == "-" || a == "/" {
            return b.isLetter
        }
        return false
    }

    /// Han, kana and Hangul letters: the characters a CJK dictionary segments into words.
    static func isIdeographic(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, CharacterClass.isWide(scalar) else { return false }
        return character.isLetter
    }

    /// Cuts units wider than the line into pieces that fit (the emergency break inside a long word): Latin words at
    /// their soft points first (`softPieces`), then with a hyphen; other text character by character.
    static func splitOversized(_ units: [Unit], width: Double, font: FontSpec) -> [Unit] {
        var out: [Unit] = []
        for unit in units {
            guard unit.width > width else { out.append(unit); continue }
            // A joined Chinese unit wider than the line breaks at the word boundaries it joined first.
            if !unit.weakBreaks.isEmpty {
                let characters = Array(unit.text)
                let cuts = [0] + unit.weakBreaks + [characters.count]
                let pieces = zip(cuts, cuts.dropFirst()).map { start, end in
                    let text = String(characters[start..<end])
                    return Unit(text: text, width: TextMeasurer.width(text, font: font), spaceBefore: start == 0 && unit.spaceBefore)
                }
                out += splitOversized(pieces, width: width, font: font)
                continue
            }
            if !unit.text.contains(where: CharacterClass.isBreakAnywhere) {
                out += splitLatin(unit, width: width, font: font)
                continue
            }
            var piece = ""
            var first = true
            for character in unit.text {
                let candidate = piece + String(character)
                if !piece.isEmpty, TextMeasurer.width(candidate, font: font) > width {
                    out.append(Unit(text: piece, width: TextMeasurer.width(piece, font: font), spaceBefore: first && unit.spaceBefore))
                    first = false
                    piece = character == " " ? "" : String(character)
                } else {
                    piece = candidate
                }
            }
            if !piece.isEmpty {
                out.append(Unit(text: piece, width: TextMeasurer.width(piece, font: font), spaceBefore: first && unit.spaceBefore))
            }
        }
        return out
    }

    /// A long Latin word in pieces that fit: packed from its soft pieces, and a piece still too wide cut with a
    /// hyphen, keeping at least two letters before and after every cut ("internationali-" / "zation").
    static func splitLatin(_ unit: Unit, width: Double, font: FontSpec) -> [Unit] {
        var lines: [String] = []
        var line = ""
        for piece in softPieces(unit.text) {
            if TextMeasurer.width(line + piece, font: font) <= width { line += piece; continue }
            if !line.isEmpty { lines.append(line); line = "" }
            if TextMeasurer.width(piece, font: font) <= width { line = piece; continue }
            // Hyphenate: the longest head (≥ 2 characters, leaving ≥ 2) that fits with its hyphen.
            var rest = Array(piece)
            while TextMeasurer.width(String(rest), font: font) > width && rest.count >= 4 {
                var cut = rest.count - 2
                while cut > 2 && TextMeasurer.width(String(rest[..<cut]) + "-", font: font) > width { cut -= 1 }
                lines.append(String(rest[..<cut]) + "-")
                rest = Array(rest[cut...])
            }
            line = String(rest)
        }
        if !line.isEmpty { lines.append(line) }
        return lines.enumerated().map { index, text in
            Unit(text: text, width: TextMeasurer.width(text, font: font), spaceBefore: index == 0 && unit.spaceBefore)
        }
    }

    /// A word cut after `-`, `/`, `.`, `_`, `@` (when letters follow) and before an upper-case letter that follows a
    /// lower-case one, so "customer-service", "example.com" and "camelCase" break where a reader expects.
    static func softPieces(_ word: String) -> [String] {
        let characters = Array(word)
        var pieces: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            if index > 0, !current.isEmpty {
                let previous = characters[index - 1]
                let afterMark = "-/._@".contains(previous) && (character.isLetter || character.isNumber)
                let camel = previous.isLowercase && character.isUppercase
                if (afterMark || camel) && current.count >= 2 && characters.count - index >= 2 {
                    pieces.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    // MARK: - Lines

    /// Greedy fill: as many units on each line as fit.
    static func fill(_ units: [Unit], width: Double, spaceWidth: Double) -> [[Unit]] {
        var lines: [[Unit]] = []
        var line: [Unit] = []
        var lineWidth = 0.0
        for unit in units {
            let added = line.isEmpty ? unit.width : lineWidth + (unit.spaceBefore ? spaceWidth : 0) + unit.width
            if !line.isEmpty && added > width {
                lines.append(line)
                line = [unit]
                lineWidth = unit.width
            } else {
                line.append(unit)
                lineWidth = added
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func lineWidth(_ line: [Unit], spaceWidth: Double) -> Double {
        var total = 0.0
        for (index, unit) in line.enumerated() {
            total += unit.width + (index > 0 && unit.spaceBefore ? spaceWidth : 0)
        }
        return total
    }

    static func join(_ line: [Unit]) -> String {
        var text = ""
        for (index, unit) in line.enumerated() {
            if index > 0 && unit.spaceBefore { text += " " }
            text += unit.text
        }
        return text
    }

    /// Letters, digits and ideographs in a line: punctuation does not count.
    static func realCharacterCount(_ line: [Unit]) -> Int {
        line.reduce(0) { $0 + $1.text.filter { $0 != " " && !CharacterClass.isPunctuation($0) }.count }
    }

    /// Moves units from the second-to-last line down while the last line holds a single character.
    static func avoidWidow(_ lines: [[Unit]], width: Double, spaceWidth: Double) -> [[Unit]] {
        guard lines.count >= 2, realCharacterCount(lines[lines.count - 1]) <= 1 else { return lines }
        var lines = lines
        var previous = lines[lines.count - 2]
        var last = lines[lines.count - 1]
        while realCharacterCount(last) <= 1 && previous.count >= 2 {
            let moved = previous.removeLast()
            var candidate = last
            candidate.insert(moved, at: 0)
            guard lineWidth(candidate, spaceWidth: spaceWidth) <= width else { return lines }
            last = candidate
        }
        guard realCharacterCount(last) > 1, !previous.isEmpty else { return lines }
        lines[lines.count - 2] = previous
        lines[lines.count - 1] = last
        return lines
    }

    /// Cuts `text` so that it plus "…" fits `width`, never leaving an opening bracket or a space before the "…".
    static func ellipsized(_ text: String, width: Double, font: FontSpec, forced: Bool) -> String {
        var characters = Array(text)
        let ellipsis = "…"
        while !characters.isEmpty {
            while let last = characters.last, last == " " || CharacterClass.noLineEnd.contains(last) {
                characters.removeLast()
            }
            let candidate = String(characters) + ellipsis
            if TextMeasurer.width(candidate, font: font) <= width { return candidate }
            if !characters.isEmpty { characters.removeLast() }
        }
        return TextMeasurer.width(ellipsis, font: font) <= width ? ellipsis : ""
    }
}
