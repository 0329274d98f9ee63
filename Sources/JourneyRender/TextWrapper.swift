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
/// bracket or quote (（「『“‘). A last line of a single character, or of a figure alone ("2.5"), is avoided by moving
/// a unit down from the line above. Text that still does not fit in `maxLines` ends in "…", the last resort.
public enum TextWrapper {
    /// An unbreakable piece of text and whether a space separates it from the piece before.
    struct Unit: Equatable {
        var text: String
        var width: Double
        var spaceBefore: Bool
        /// Character offsets inside `text` where a joined Chinese unit may break when it is wider than the line.
        var weakBreaks: [Int] = []
        /// The weak breaks tried first, outside any group kept together: the space of a figure glued to its label
        /// ("(most intense + end)/2 = 2.5" breaks before "=" before it breaks inside the brackets).
        var preferredBreaks: [Int] = []
    }

    /// Wraps `text` (already cleaned by `TextSanitizer.displayText`) to lines no wider than `width`.
    /// Each distinct wrap is computed once (`WrapCache`): the layout engine asks for the same ones on every pass.
    public static func wrap(_ text: String, width: Double, font: FontSpec, maxLines: Int = .max) -> WrappedText {
        cachedWrap(text, width: width, font: font, maxLines: maxLines, reserve: 0)
    }

    /// `wrap` with its lines evened out for a centred card whose last line is short (under 40 % of the widest): the
    /// narrowest width, down to half, that keeps the same number of whole lines, so a card's last line is not one
    /// word alone ("…up to 200 on the / spot"). Cut text, and lines already even, are left as `wrap` gives them.
    public static func balanced(_ text: String, width: Double, font: FontSpec, maxLines: Int = .max) -> WrappedText {
        let full = wrap(text, width: width, font: font, maxLines: maxLines)
        guard full.lines.count > 1, !full.isTruncated, let last = full.lines.last,
              TextMeasurer.width(last, font: font) < 0.4 * full.width else { return full }
        // bisection on half-pixel widths: `high` always keeps the line count, and cuts no word `wrap` kept whole
        // (a narrower line must not hyphenate "approval")
        func letters(_ wrapped: WrappedText) -> String { wrapped.lines.joined().filter { $0 != " " } }
        let whole = letters(full)
        var low = (width / 2).rounded(.down), high = width
        while high - low > 0.5 {
            let middle = ((low + high) / 2 * 2).rounded() / 2
            let trial = wrap(text, width: middle, font: font, maxLines: maxLines)
            if !trial.isTruncated && trial.lines.count == full.lines.count && letters(trial) == whole { high = middle } else { low = middle }
        }
        return high == width ? full : wrap(text, width: high, font: font, maxLines: maxLines)
    }

    /// `computeWrap` through the process-wide cache.
    static func cachedWrap(_ text: String, width: Double, font: FontSpec, maxLines: Int, reserve: Double) -> WrappedText {
        WrapCache.shared.wrapped(WrapCache.Key(text: text, width: width, font: font, maxLines: maxLines, reserve: reserve)) {
            computeWrap(text, width: width, font: font, maxLines: maxLines, reserve: reserve)
        }
    }

    /// `reserve`: room kept at the end of a cut last line (for a tail `wrap(_:width:font:maxLines:keepingTail:)` adds).
    static func computeWrap(_ text: String, width: Double, font: FontSpec, maxLines: Int, reserve: Double = 0) -> WrappedText {
        guard maxLines > 0 else {
            return WrappedText(lines: [], width: 0, isTruncated: !TextSanitizer.displayText(text).isEmpty)
        }
        let spaceWidth = TextMeasurer.width(" ", font: font)
        // Only the head of a long text is cleaned and broken: the lines after the last shown one never matter.
        let clean = TextSanitizer.displayText(leadingText(text, width: width, font: font, spaceWidth: spaceWidth,
                                                          maxLines: maxLines))
        guard !clean.isEmpty else { return WrappedText(lines: [], width: 0, isTruncated: false) }
        let units = splitOversized(units(of: clean, font: font), width: width, font: font)
        // Two lines beyond the last shown one are enough: the widow rule only moves units between the last two.
        var lines = fill(units, width: width, spaceWidth: spaceWidth, maxLines: maxLines > Int.max - 2 ? .max : maxLines + 2)
        lines = avoidWidow(lines, width: width, spaceWidth: spaceWidth)
        // A no-break space (a label's "2.5 = (", or the user's own) holds its line together and reads as a space.
        var texts = lines.map(shown)
        var truncated = false
        if texts.count > maxLines {
            truncated = true
            texts = Array(texts.prefix(maxLines))
            texts[maxLines - 1] = ellipsized(line: lines[maxLines - 1], width: width - reserve, font: font, spaceWidth: spaceWidth)
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

    /// The head of raw `text` that decides its first `maxLines + 2` lines; the whole text when it is short or the
    /// lines are unlimited. A line holds at most `max(width, widest character) + a space` of text, so past
    /// `(maxLines + 4)` such lines every shown line is settled; 64 visible characters more keep the word breaks
    /// (ICU looks a few characters ahead) and a word cut at the end identical. Whitespace and what
    /// `TextSanitizer.displayText` removes count as nothing, so the cleaned head is never shorter than needed. This
    /// keeps a 10,000-character name in a three-line box as cheap as a short one.
    static func leadingText(_ text: String, width: Double, font: FontSpec, spaceWidth: Double, maxLines: Int) -> String {
        guard maxLines <= 10_000 else { return text }
        func isVisible(_ character: Character) -> Bool {
            character.unicodeScalars.contains {
                !$0.properties.isWhitespace && TextSanitizer.isXMLAllowed($0) && !(0x7F...0x9F).contains($0.value)
            }
        }
        let limit = Double(maxLines + 4)
        var total = 0.0, widest = 0.0
        var index = text.startIndex
        var margin: Int? = nil   // visible characters still to take once the limit is passed
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard isVisible(character) else { continue }
            if let left = margin {
                if left <= 1 { return String(text[..<index]) }
                margin = left - 1
                continue
            }
            let characterWidth = TextMeasurer.width(units: TextMeasurer.advance(of: character, weight: font.weight), font: font)
            total += characterWidth
            widest = max(widest, characterWidth)
            if total > limit * (max(width, widest) + spaceWidth) { margin = 64 }
        }
        return text
    }

    // MARK: - Units

    /// Splits text into unbreakable units following the break rules and kinsoku.
    static func units(of text: String, font: FontSpec) -> [Unit] {
        let characters = Array(text)
        let words = characters.contains(where: isIdeographic) ? WordSegmenter.segmentation(text)
            : WordSegmenter.Segmentation(strong: [], weak: [], available: false)
        var units: [Unit] = []
        var current = ""
        var currentCount = 0   // characters in `current` (String.count walks the whole string)
        var currentSpaceBefore = false
        var currentWeak: [Int] = []
        var currentPreferred: [Int] = []
        var pendingSpace = false
        let (kept, outerKept) = keptTogether(characters)
        for (index, character) in characters.enumerated() {
            if character == " " {
                pendingSpace = true
                continue
            }
            if current.isEmpty {
                current.append(character)
                currentCount = 1
                currentSpaceBefore = pendingSpace
                pendingSpace = false
                continue
            }
            let previous = current.last!
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let insideWord = words.available && isIdeographic(previous) && isIdeographic(character) && !words.strong.contains(index)
            let allowed = !insideWord && canBreak(between: previous, and: character, spaced: pendingSpace, after: next)
            let glued = gluedAroundEquals(characters, at: index)
            let breakable = allowed && !glued
            if breakable && !kept.contains(index) {
                units.append(Unit(text: current, width: 0, spaceBefore: currentSpaceBefore, weakBreaks: currentWeak,
                                  preferredBreaks: currentPreferred))
                current = String(character)
                currentCount = 1
                currentSpaceBefore = pendingSpace
                currentWeak = []
                currentPreferred = []
            } else {
                if pendingSpace { current.append(" "); currentCount += 1 }
                // A break kept back by a group stays available for when the group is wider than the line; the space
                // before an "=" that holds a figure to its label ("= 2.5" stays whole) and the glue outside brackets
                // are the first of them to give.
                let softGlue = (allowed && glued && pendingSpace && character == "=" && !kept.contains(index))
                    || (breakable && outerKept.contains(index))
                if words.weak.contains(index) || breakable || softGlue { currentWeak.append(currentCount) }
                if softGlue { currentPreferred.append(currentCount) }
                current.append(character)
                currentCount += 1
            }
            pendingSpace = false
        }
        if !current.isEmpty {
            units.append(Unit(text: current, width: 0, spaceBefore: currentSpaceBefore, weakBreaks: currentWeak,
                              preferredBreaks: currentPreferred))
        }
        return units.map {
            Unit(text: $0.text, width: TextMeasurer.width($0.text, font: font), spaceBefore: $0.spaceBefore,
                 weakBreaks: $0.weakBreaks, preferredBreaks: $0.preferredBreaks)
        }
    }

    /// Chinese numerals that a measure word follows ("三个", "两次", "几位").
    static let chineseNumerals: Set<Character> = Set("一二三四五六七八九十两几百千万")
    /// Measure words (and time units) that stay with the figure or numeral before them.
    static let measureWords: Set<Character> = Set("个位名件条项次遍趟天周月年分秒页份级种张本台")

    /// Longest parenthesised group, brackets included, that `keptTogether` keeps on one line.
    static let keepTogetherLimit = 24
    /// Longest quoted term, quotes included, that `keptTogether` keeps on one line (six ideographs): a name or a
    /// coined term (“投诉兜底”, 「一线之声」), not a quoted sentence, which wraps as any text does.
    static let quoteKeepLimit = 8

    /// Indices before which the line does not break, so that a short unit reads whole: inside a parenthesised group
    /// of at most `keepTogetherLimit` characters ("(3 = neutral)", "(most intense + end)/2", "（最强烈 + 终点）") or a
    /// quoted term of at most `quoteKeepLimit` (“投诉兜底”),
    /// between a figure and the group after it ("1–5 (3 = neutral)"), between a word and the range after it
    /// ("scale 1–5"), and between a figure and the Chinese measure word after it ("3 个工作日"). A group wider than
    /// the line still breaks at those points (they become weak breaks); `outer` holds those outside every group (a
    /// figure to its group, a word to its range), which such a unit gives up first.
    static func keptTogether(_ characters: [Character]) -> (all: Set<Int>, outer: Set<Int>) {
        var kept: Set<Int> = []
        var inside: Set<Int> = []
        var outer: Set<Int> = []
        var opens: [Int] = []
        var quoteOpens: [Int] = []
        // a group, its closing mark included, is kept on one line
        func keepGroup(from open: Int, to close: Int) {
            for position in (open + 1)...close { kept.insert(position); inside.insert(position) }
        }
        func previousVisible(_ index: Int) -> Int? {
            var i = index - 1
            while i >= 0, characters[i] == " " { i -= 1 }
            return i >= 0 ? i : nil
        }
        for (index, character) in characters.enumerated() {
            switch character {
            case "(", "（":
                opens.append(index)
            case ")", "）":
                guard let open = opens.popLast(), index - open + 1 <= keepTogetherLimit else { continue }
                keepGroup(from: open, to: index)
                if let before = previousVisible(open), characters[before].isNumber { kept.insert(open); outer.insert(open) }
            case "“", "「", "『", "《":
                quoteOpens.append(index)
            case "”", "」", "』", "》":
                // a short quoted term reads whole: “投诉兜底”, 「一线之声」 (third review: "设“投诉 / 兜底”热线")
                guard let open = quoteOpens.popLast(), index - open + 1 <= quoteKeepLimit else { continue }
                keepGroup(from: open, to: index)
            default:
                // A figure and the Chinese measure word after it read as one: "3 个工作日", "15 分钟", "4 小时", and a
                // Chinese numeral with its measure word: "三个版本", "五分钟".
                if isIdeographic(character), index > 0, characters[index - 1] == " ",
                   let before = previousVisible(index), characters[before].isNumber {
                    kept.insert(index)
                    continue
                }
                if measureWords.contains(character), index > 0, chineseNumerals.contains(characters[index - 1]) {
                    kept.insert(index)
                    continue
                }
                // A range such as 1–5 after a word: no break before its first digit.
                guard character.isNumber, index > 0, characters[index - 1] == " ", isRange(characters, from: index),
                      let before = previousVisible(index), characters[before].isLetter else { continue }
                kept.insert(index)
                outer.insert(index)
            }
        }
        return (kept, outer.subtracting(inside))
    }

    /// Whether `characters` from `start` read digits, an en dash and digits ("1–5", "0–10").
    static func isRange(_ characters: [Character], from start: Int) -> Bool {
        var i = start
        while i < characters.count, characters[i].isNumber { i += 1 }
        guard i > start, i < characters.count, characters[i] == "–" else { return false }
        let dash = i
        i += 1
        while i < characters.count, characters[i].isNumber { i += 1 }
        return i > dash + 1
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
        // a no-break space is glue on both sides ("）\u{00A0}÷\u{00A0}2" never leaves "÷ 2" alone)
        if a == "\u{00A0}" || b == "\u{00A0}" { return false }
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
            // A joined unit wider than the line breaks at the breaks it kept back: the preferred ones first (each
            // piece keeps its own weak breaks for when it is still too wide), then every word boundary it joined.
            if !unit.weakBreaks.isEmpty {
                let preferred = !unit.preferredBreaks.isEmpty
                let characters = Array(unit.text)
                let cuts = [0] + (preferred ? unit.preferredBreaks : unit.weakBreaks) + [characters.count]
                let pieces = zip(cuts, cuts.dropFirst()).map { start, end in
                    // A break kept back inside a group may follow a space: the space becomes the piece's spaceBefore.
                    var slice = characters[start..<end]
                    while slice.last == " " { slice = slice.dropLast() }
                    let text = String(slice)
                    let spaced = start == 0 ? unit.spaceBefore : characters[start - 1] == " "
                    let inner = preferred ? unit.weakBreaks.filter { $0 > start && $0 < start + slice.count }.map { $0 - start } : []
                    return Unit(text: text, width: TextMeasurer.width(text, font: font), spaceBefore: spaced, weakBreaks: inner)
                }
                out += splitOversized(pieces, width: width, font: font)
                continue
            }
            if !unit.text.contains(where: CharacterClass.isBreakAnywhere) {
                out += splitLatin(unit, width: width, font: font)
                continue
            }
            // Character by character, the piece's advance kept as a running total (measuring each candidate anew is
            // quadratic in a long unit).
            var piece = ""
            var pieceAdvance = 0.0
            var first = true
            for character in unit.text {
                let advance = TextMeasurer.advance(of: character, weight: font.weight)
                if !piece.isEmpty, TextMeasurer.width(units: pieceAdvance + advance, font: font) > width {
                    out.append(Unit(text: piece, width: TextMeasurer.width(units: pieceAdvance, font: font),
                                    spaceBefore: first && unit.spaceBefore))
                    first = false
                    piece = character == " " ? "" : String(character)
                    pieceAdvance = character == " " ? 0 : advance
                } else {
                    piece.append(character)
                    pieceAdvance += advance
                }
            }
            if !piece.isEmpty {
                out.append(Unit(text: piece, width: TextMeasurer.width(units: pieceAdvance, font: font),
                                spaceBefore: first && unit.spaceBefore))
            }
        }
        return out
    }

    /// A long Latin word in pieces that fit: packed from its soft pieces, and a piece still too wide cut with a
    /// hyphen, keeping at least two letters before every cut and three after it ("internationali-" / "zation").
    static func splitLatin(_ unit: Unit, width: Double, font: FontSpec) -> [Unit] {
        var lines: [String] = []
        var line = ""
        var lineAdvance = 0.0
        let hyphen = TextMeasurer.advance(of: Character("-"), weight: font.weight)
        func fits(_ advance: Double) -> Bool { TextMeasurer.width(units: advance, font: font) <= width }
        for piece in softPieces(unit.text) {
            let characters = Array(piece)
            let totals = TextMeasurer.cumulativeAdvances(characters, weight: font.weight)
            // (the vowels before each position, counted once: asking "a vowel on both sides?" anew for every candidate
            // cut made a 9,990-letter word without a vowel take 90 s to lay out)
            let vowels = vowelCounts(characters)
            if fits(lineAdvance + totals[characters.count]) { line += piece; lineAdvance += totals[characters.count]; continue }
            if !line.isEmpty { lines.append(line); line = ""; lineAdvance = 0 }
            if fits(totals[characters.count]) { line = piece; lineAdvance = totals[characters.count]; continue }
            // Hyphenate: the longest head (≥ 2 characters, leaving ≥ 3: "Morn-ing", never "Morni-ng") that fits with
            // its hyphen, found by bisection over the running totals (a head's width only grows with its length).
            var start = 0
            while !fits(totals[characters.count] - totals[start]) && characters.count - start >= 5 {
                func headFits(_ cut: Int) -> Bool { fits(totals[start + cut] - totals[start] + hyphen) }
                var low = 2, high = characters.count - start - 3   // the answer is in low...high; low when none fits
                while low < high {
                    let middle = (low + high + 1) / 2
                    if headFits(middle) { low = middle } else { high = middle - 1 }
                }
                // the longest head that fits, or a shorter one (down to 60 % of it) that cuts where a reader expects
                let cut = stride(from: low, through: max(2, Int(Double(low) * 0.6)), by: -1)
                    .first { isSyllableCut(characters, at: start + $0, vowelsBefore: vowels) } ?? low
                lines.append(String(characters[start..<(start + cut)]) + "-")
                start += cut
            }
            line = String(characters[start...])
            lineAdvance = totals[characters.count] - totals[start]
        }
        if !line.isEmpty { lines.append(line) }
        return lines.enumerated().map { index, text in
            Unit(text: text, width: TextMeasurer.width(text, font: font), spaceBefore: index == 0 && unit.spaceBefore)
        }
    }

    /// Whether a hyphen at `cut` (the characters before it stay on the line) falls where a reader expects one, with a
    /// vowel on both sides of it: between two consonants that are not one sound, before a vowel or a consonant pair
    /// that starts syllables ("sys-tems", "good-will", "ap-prove"; never "ma-tch" or "app-rove"), or after a vowel
    /// before a consonant and a vowel when four letters or more follow ("internationali-zation", never "upda-tes").
    /// Review 7 found "syst-ems" and "goodw-ill" on the A4 worksheet; a hyphenation dictionary would be more than a
    /// map's emergency break needs.
    /// How many vowels (`isVowel`) come before each position: element i counts `characters[..<i]` (count + 1 elements).
    static func vowelCounts(_ characters: [Character]) -> [Int] {
        var counts = [0]
        counts.reserveCapacity(characters.count + 1)
        for character in characters { counts.append(counts[counts.count - 1] + (isVowel(character) ? 1 : 0)) }
        return counts
    }

    /// `vowelsBefore[i]`: how many vowels `characters[..<i]` holds (`vowelCounts`; counted here when not given).
    static func isSyllableCut(_ characters: [Character], at cut: Int, vowelsBefore: [Int]? = nil) -> Bool {
        guard cut >= 2, cut + 1 < characters.count else { return false }
        let before = characters[cut - 1], after = characters[cut], next = characters[cut + 1]
        let vowelsAhead = vowelsBefore.map { $0[cut] > 0 } ?? characters[..<cut].contains(where: isVowel)
        let vowelsAfter = vowelsBefore.map { $0[characters.count] - $0[cut] > 0 } ?? characters[cut...].contains(where: isVowel)
        guard before.isLetter, after.isLetter, vowelsAhead, vowelsAfter else { return false }
        func pair(_ a: Character, _ b: Character) -> String { String([a, b]).lowercased() }
        switch (isVowel(before), isVowel(after)) {
        case (false, false):
            if soundPairs.contains(pair(before, after)) { return false }
            // a pair that starts syllables stays together when a consonant before it can take the cut ("ap-prove")
            if onsetPairs.contains(pair(before, after)), !isVowel(characters[cut - 2]) { return false }
            return isVowel(next) || onsetPairs.contains(pair(after, next))
        case (true, false): return isVowel(next) && characters.count - cut >= 4
        default: return false
        }
    }

    /// Consonant pairs that are one sound: never cut between them.
    static let soundPairs: Set<String> = ["ch", "ck", "gh", "ph", "qu", "sh", "th", "wh"]
    /// Consonant pairs that start English syllables ("pr" in ap-prove, "st" in in-stall).
    static let onsetPairs: Set<String> = ["bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sk", "sl",
                                          "sm", "sn", "sp", "st", "sw", "tr", "tw", "ch", "sh", "th", "ph", "wh"]

    /// A Latin vowel, `y` included ("sys-tems"), accented ones too.
    static func isVowel(_ character: Character) -> Bool { vowelSet.contains(character) }
    static let vowelSet = Set("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœAEIOUYÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝŸÆŒ")

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
    /// Stops after `maxLines` full lines.
    static func fill(_ units: [Unit], width: Double, spaceWidth: Double, maxLines: Int = .max) -> [[Unit]] {
        var lines: [[Unit]] = []
        var line: [Unit] = []
        var lineWidth = 0.0
        for unit in units {
            let added = line.isEmpty ? unit.width : lineWidth + (unit.spaceBefore ? spaceWidth : 0) + unit.width
            if !line.isEmpty && added > width {
                lines.append(line)
                if lines.count >= maxLines { return lines }
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

    /// A line as it is drawn: its units joined, a no-break space (which holds the line together) drawn as a space.
    static func shown(_ line: [Unit]) -> String { join(line).replacingOccurrences(of: "\u{00A0}", with: " ") }

    /// Letters, digits and ideographs in a line: punctuation does not count.
    static func realCharacterCount(_ line: [Unit]) -> Int {
        line.reduce(0) { $0 + $1.text.filter { $0 != " " && !CharacterClass.isPunctuation($0) }.count }
    }

    /// Moves units from the second-to-last line down while the last line holds a single character, a figure alone,
    /// or, under a line of six or more characters, a Chinese word of two characters alone ("…见分析 / 报告。").
    static func avoidWidow(_ lines: [[Unit]], width: Double, spaceWidth: Double) -> [[Unit]] {
        // a widow: one character, a figure alone ("2.5" under "最痛：第一次被客户投诉"), or two ideographs under a
        // long line (a short text's "第一通独立 / 来电" reads well)
        func isWidow(_ line: [Unit], under previous: [Unit]) -> Bool {
            let real = realCharacterCount(line)
            return real <= 1
                || line.count == 1 && line[0].text.contains(where: \.isNumber) && line[0].text.allSatisfy { $0.isNumber || ".,%+-−()（）".contains($0) }
                || real == 2 && realCharacterCount(previous) >= 6
                    && line.allSatisfy { unit in unit.text.allSatisfy { $0 == " " || CharacterClass.isPunctuation($0) || $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } } }
        }
        guard lines.count >= 2, isWidow(lines[lines.count - 1], under: lines[lines.count - 2]) else { return lines }
        var lines = lines
        var previous = lines[lines.count - 2]
        var last = lines[lines.count - 1]
        while isWidow(last, under: previous) && previous.count >= 2 {
            let moved = previous.removeLast()
            var candidate = last
            candidate.insert(moved, at: 0)
            guard lineWidth(candidate, spaceWidth: spaceWidth) <= width else { return lines }
            last = candidate
        }
        guard !isWidow(last, under: previous), !previous.isEmpty else { return lines }
        lines[lines.count - 2] = previous
        lines[lines.count - 1] = last
        return lines
    }

    /// A cut line ends at a word: "…from 20 to 50 for a three-month trial" → "…20 to 50…" (`tidiedCut`), not
    /// "for a thre…". Whole units (words, or a Chinese word) are dropped from the end while the line and "…" are too
    /// wide; when that would leave less than half the line, the line is cut inside a word instead
    /// (`ellipsized(_:width:font:forced:)`).
    static func ellipsized(line: [Unit], width: Double, font: FontSpec, spaceWidth: Double) -> String {
        let ellipsis = TextMeasurer.width("…", font: font)
        var kept = line
        while !kept.isEmpty {
            var head = shown(kept)
            while let last = head.last, last == " " || CharacterClass.noLineEnd.contains(last) { head.removeLast() }
            let headWidth = TextMeasurer.width(head, font: font)
            if headWidth + ellipsis <= width {
                if kept.count == line.count || headWidth >= width / 2, !head.isEmpty { return tidiedCut(head, width: width, font: font) + "…" }
                break
            }
            kept.removeLast()
        }
        return ellipsized(shown(line), width: width, font: font, forced: true)
    }

    /// Where a cut line's "…" goes once the line ends at a word: at the last clause mark when what follows it is a
    /// fragment of half the line or less ("…abusive calls, plus…" → "…abusive calls…", "500 元，超出部分…" →
    /// "500 元…"), and never after an English function word ("…from 20 to 50 for a…" → "…from 20 to 50…"). The
    /// reader then sees a whole clause, not the first words of the next.
    static func tidiedCut(_ head: String, width: Double, font: FontSpec) -> String {
        let characters = Array(head)
        if let mark = characters.indices.last(where: { index in
            guard clauseMarks.contains(characters[index]), index > 0 else { return false }
            // a Latin mark ends a clause only before a space ("1,000", "3.5" and "example.com" do not)
            return !",;.!?".contains(characters[index]) || index + 1 == characters.count || characters[index + 1] == " "
        }) {
            let before = String(characters[..<mark].reversed().drop(while: { $0 == " " }).reversed())
            let fragment = String(characters[(mark + 1)...])
            if !before.isEmpty, TextMeasurer.width(fragment, font: font) <= width / 2 { return before }
        }
        var words = head.split(separator: " ", omittingEmptySubsequences: false)
        while words.count > 1, let last = words.last, functionWords.contains(last.lowercased()) { words.removeLast() }
        let kept = String(words.joined(separator: " ").reversed().drop(while: { $0 == " " }).reversed())
        return kept.isEmpty ? head : kept
    }

    /// Marks that end a clause or a sentence, where a cut may end instead of inside the clause after them.
    static let clauseMarks: Set<Character> = ["，", ",", "；", ";", "、", "。", ".", "!", "?", "！", "？"]
    /// English words a cut line never ends on: articles, conjunctions and prepositions leave the reader hanging.
    static let functionWords: Set<String> = ["a", "an", "the", "and", "or", "but", "for", "to", "of", "in", "on", "at",
                                             "by", "with", "from", "into", "via", "per", "as", "than", "plus", "&"]

    /// A text whose end must survive a cut: a stage card's score ("Worst: Wait for a supervisor to approve (2.4)").
    /// Wrapped as `wrap` does; when it is cut, its last line ends "… (2.4)", so the card never loses its number.
    public static func wrap(_ text: String, width: Double, font: FontSpec, maxLines: Int, keepingTail tail: String) -> WrappedText {
        let whole = wrap(text, width: width, font: font, maxLines: maxLines)
        guard whole.isTruncated, !tail.isEmpty, text.hasSuffix(tail), maxLines > 0 else { return whole }
        let tailWidth = TextMeasurer.width(tail, font: font)
        guard tailWidth < width / 2 else { return whole }
        let head = cachedWrap(String(text.dropLast(tail.count)), width: width, font: font, maxLines: maxLines, reserve: tailWidth)
        var texts = head.lines
        guard let last = texts.indices.last else { return whole }
        // the head alone fits its lines, but not with the tail after it
        if !head.isTruncated { texts[last] = ellipsized(texts[last], width: width - tailWidth, font: font, forced: true) }
        texts[last] += tail
        return WrappedText(lines: texts, width: texts.map { TextMeasurer.width($0, font: font) }.max() ?? 0, isTruncated: true)
    }

    /// Cuts `text` so that it plus "…" fits `width`, never leaving an opening bracket or a space before the "…".
    /// The head's width comes from running totals, so a long text costs one pass, not one per character removed.
    static func ellipsized(_ text: String, width: Double, font: FontSpec, forced: Bool) -> String {
        let characters = Array(text)
        let totals = TextMeasurer.cumulativeAdvances(characters, weight: font.weight)
        let ellipsis = "…"
        let ellipsisAdvance = TextMeasurer.advance(of: Character("…"), weight: font.weight)
        var end = characters.count
        while end > 0 {
            while end > 0, characters[end - 1] == " " || CharacterClass.noLineEnd.contains(characters[end - 1]) {
                end -= 1
            }
            if TextMeasurer.width(units: totals[end] + ellipsisAdvance, font: font) <= width {
                return String(characters[..<end]) + ellipsis
            }
            if end > 0 { end -= 1 }
        }
        return TextMeasurer.width(ellipsis, font: font) <= width ? ellipsis : ""
    }
}
