/// Unicode classes that matter for measuring and breaking text: East Asian wide characters, emoji,
/// zero-width marks, and the kinsoku (禁则) sets that may not start or end a line.
public enum CharacterClass {
    /// East Asian Wide and Fullwidth ranges (UAX #11): CJK ideographs, kana, Hangul, CJK punctuation, fullwidth forms.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F200...0x1F2FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Whether a character is drawn as an emoji (measured one em wide).
    public static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        // No emoji starts below U+203C (‼) but # * 0–9 © ®, which count only above U+00FF here, nor among the CJK
        // ideographs: the common characters skip the property lookups (a sixth of a 200-touchpoint render's work).
        if first.value < 0x203C || (0x3400...0x9FFF).contains(first.value) { return false }
        if first.properties.isEmojiPresentation { return true }
        if (0x1F1E6...0x1F1FF).contains(first.value) { return true }
        // Text-default emoji followed by VS16 or joined into a sequence.
        return first.properties.isEmoji && first.value > 0xFF
            && scalars.contains { $0.value == 0xFE0F || $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) }
    }

    /// Combining marks, format controls (ZWJ, bidi marks, soft hyphen) and variation selectors: no advance.
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        // printable ASCII and the CJK ideographs have an advance (no category lookup for them)
        if (0x20...0x7E).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            return (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
        }
    }

    /// Whether a character is a break-anywhere character: wide (CJK) or an emoji.
    public static func isBreakAnywhere(_ character: Character) -> Bool {
        if isEmoji(character) { return true }
        guard let first = character.unicodeScalars.first else { return false }
        return isWide(first)
    }

    /// Characters that may not begin a line (行頭禁則): closing brackets and quotes, CJK and Latin
    /// sentence punctuation, the ellipsis and dashes, iteration marks and small kana.
    public static let noLineStart: Set<Character> = Set(
        "，。、：；！？）」』”’…‥》〉】〕〗〙〛｝］〞・ー々〻ゝゞヽヾ〜～—–"
            + ",.:;!?)]}%‰′″℃"
            + "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
            + "｡､｣：；！？．，％"
    )

    /// Characters that may not end a line (行末禁則): opening brackets and quotes, currency signs, and Δ, which always
    /// leads what follows it ("Δ −2.1", "Δ 为阶段均值之差": the third review found "；Δ" alone at a line's end).
    public static let noLineEnd: Set<Character> = Set("（「『“‘《〈【〔〖〘〚｛［〝([{$￥¥£€Δ")

    /// Whether a character is punctuation for counting a line's "real" characters (widow detection).
    public static func isPunctuation(_ character: Character) -> Bool {
        noLineStart.contains(character) || noLineEnd.contains(character)
            || character.unicodeScalars.allSatisfy { $0.properties.generalCategory.isPunctuation }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
