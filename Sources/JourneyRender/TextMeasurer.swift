/// Measures text the way a viewer will draw it, without a font engine: real advance widths for Latin,
/// Greek, Cyrillic and punctuation (`FontAdvanceTable`, the wider of DejaVu Sans and Noto Sans CJK SC),
/// one em for CJK and other East Asian wide characters and for the circled ranks ①②③, one em for emoji, nothing for
/// combining marks.
public enum TextMeasurer {
    /// Advance assumed for a character outside the table that is neither wide nor zero-width (in 1/1000 em):
    /// about the widest lowercase Latin letter, so unknown scripts err on the side of too much room.
    static let fallbackAdvance: [FontWeight: Double] = [.regular: 650, .bold: 720]

    /// The highest code point the flat lookup covers.
    static let tableLimit: UInt32 = 0x2606

    /// Flat lookup from code point to advance (regular), `FontAdvanceTable.missing` where not covered.
    static let regularFlat: [UInt16] = flatten(\.regular)
    /// Flat lookup from code point to advance (bold).
    static let boldFlat: [UInt16] = flatten(\.bold)

    private static func flatten(_ keyPath: KeyPath<FontAdvanceTable.Run, [UInt16]>) -> [UInt16] {
        var flat = [UInt16](repeating: FontAdvanceTable.missing, count: Int(tableLimit) + 1)
        for run in FontAdvanceTable.runs {
            for (offset, value) in run[keyPath: keyPath].enumerated() {
                flat[Int(run.start) + offset] = value
            }
        }
        return flat
    }

    /// The width of a string in user units.
    public static func width(_ text: some StringProtocol, font: FontSpec) -> Double {
        var units = 0.0
        for character in text { units += advance(of: character, weight: font.weight) }
        return width(units: units, font: font)
    }

    /// The width in user units of an advance of `units` (1/1000 em) at `font`'s size.
    static func width(units: Double, font: FontSpec) -> Double {
        units * font.size / 1000
    }

    /// Running totals of the advances of `characters` (1/1000 em): element `i` is the advance of the first `i`
    /// characters, so any run's width is a difference of two totals. Every advance is a whole number, so the totals
    /// and their differences are exact and equal to measuring the run on its own.
    static func cumulativeAdvances(_ characters: some Collection<Character>, weight: FontWeight) -> [Double] {
        var totals = [0.0]
        totals.reserveCapacity(characters.count + 1)
        var sum = 0.0
        for character in characters {
            sum += advance(of: character, weight: weight)
            totals.append(sum)
        }
        return totals
    }

    /// The width of one character (grapheme cluster) in 1/1000 em.
    public static func advance(of character: Character, weight: FontWeight) -> Double {
        if CharacterClass.isEmoji(character) {
            // One em per visible part: a ZWJ family or a skin-tone pair is one glyph with an emoji font but
            // several boxes without one (as in librsvg on a server); measuring the parts never under-measures.
            let parts = character.unicodeScalars.filter { !CharacterClass.isZeroWidth($0) && $0.value != 0x200D }.count
            return 1000 * Double(max(parts, 1))
        }
        var units = 0.0
        for scalar in character.unicodeScalars { units += advance(of: scalar, weight: weight) }
        return units
    }

    /// The width of one code point in 1/1000 em.
    static func advance(of scalar: Unicode.Scalar, weight: FontWeight) -> Double {
        let value = scalar.value
        if value <= tableLimit {
            let entry = weight == .bold ? boldFlat[Int(value)] : regularFlat[Int(value)]
            if entry != FontAdvanceTable.missing { return Double(entry) }
        }
        if CharacterClass.isWide(scalar) { return 1000 }
        // Enclosed alphanumerics (the ranks ①②③): one em in Noto Sans CJK, which draws them; the fallback's 650
        // under-measured "①②③④" by a third of an em each, and a legend entry ran into the next one's symbol.
        if (0x2460...0x24FF).contains(value) { return 1000 }
        if CharacterClass.isZeroWidth(scalar) { return 0 }
        return fallbackAdvance[weight] ?? 700
    }
}
