import Testing
@testable import JourneyRender

@Suite struct TextMeasurerTests {
    // Expected widths from Tests/Fixtures/render/measure-expectations.py, which reads DejaVu Sans and
    // Noto Sans CJK SC directly with fontTools and keeps the wider advance per character.
    @Test(arguments: [
        ("Hi", 10.0, FontWeight.regular, 10.3000),
        ("Onboarding", 13, .regular, 76.3880),
        ("Week 1", 15, .bold, 62.5950),
        ("“OK”", 12, .regular, 41.3280),
        ("café", 10, .regular, 21.3200),
        ("n=240", 11, .regular, 37.2130),
    ])
    func latinWidthsComeFromTheFontTables(text: String, size: Double, weight: FontWeight, expected: Double) {
        #expect(abs(TextMeasurer.width(text, font: FontSpec(size: size, weight: weight)) - expected) < 0.001)
    }

    @Test func cjkIsOneEmPerCharacter() {
        // 7 ideographs at 14 px = 98 px; full-width punctuation counts the same.
        #expect(TextMeasurer.width("第一通独立来电", font: FontSpec(size: 14)) == 98)
        #expect(TextMeasurer.width("（好）", font: FontSpec(size: 10)) == 30)
        #expect(TextMeasurer.width("こんにちは", font: FontSpec(size: 10)) == 50)
        #expect(TextMeasurer.width("안녕", font: FontSpec(size: 10)) == 20)
    }

    @Test func circledRanksAreOneEm() {
        // Noto Sans CJK SC's advance for ① ② ⑳ (U+2460, U+2461, U+2473), read with fontTools from the hmtx table of
        // /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: 1000/1000 em each. "①②③④" at 22 px is 88 px, and
        // a rank beside a number is measured the same in bold.
        #expect(TextMeasurer.width("①②③④", font: FontSpec(size: 22)) == 88)
        #expect(TextMeasurer.width("⑳", font: FontSpec(size: 10, weight: .bold)) == 10)
        // (but they stay together: not break-anywhere like an ideograph)
        #expect(!CharacterClass.isBreakAnywhere("①"))
    }

    @Test func emojiAreWideAndSequencesCountEveryPart() {
        #expect(TextMeasurer.width("😀", font: FontSpec(size: 10)) == 10)
        #expect(TextMeasurer.width("❤️", font: FontSpec(size: 10)) == 10)
        // A ZWJ family is one glyph with an emoji font but three boxes without: measured as three ems.
        #expect(TextMeasurer.width("👨‍👩‍👧", font: FontSpec(size: 10)) == 30)
        // Thumbs up with a skin tone modifier: two parts.
        #expect(TextMeasurer.width("👍🏽", font: FontSpec(size: 10)) == 20)
    }

    @Test func combiningMarksAddNothing() {
        // "e" + COMBINING ACUTE = width of "e" alone (616/1000 em, the wider of DejaVu 615.2 and Noto 554, rounded up).
        #expect(abs(TextMeasurer.width("e\u{301}", font: FontSpec(size: 10)) - 6.16) < 0.001)
        #expect(TextMeasurer.width("\u{200B}", font: FontSpec(size: 10)) == 0)
    }

    @Test func unknownScriptsGetTheConservativeFallback() {
        // Devanagari is outside the table and not wide: 650/1000 em.
        #expect(abs(TextMeasurer.width("क", font: FontSpec(size: 10)) - 6.5) < 0.001)
    }
    /// The shortcuts of `isEmoji` and `isZeroWidth` (no property lookup below U+203C, in printable ASCII and in the
    /// CJK ideographs) agree with Unicode's own properties over every code point they skip, alone and before VS16.
    @Test func theEmojiAndZeroWidthShortcutsAgreeWithTheProperties() {
        let skipped = Array(0x0...0x203B) + Array(0x3400...0x9FFF)
        for value in skipped {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let p = scalar.properties
            // the rule without shortcuts (CharacterClass.isEmoji on a lone scalar or one followed by VS16)
            let emoji = p.isEmojiPresentation || (p.isEmoji && value > 0xFF)
            #expect(!emoji, "U+\(String(value, radix: 16))")
            let withVS16 = String(scalar) + "\u{FE0F}"
            if withVS16.count == 1 { #expect(CharacterClass.isEmoji(Character(withVS16)) == emoji, "U+\(String(value, radix: 16))") }
            #expect(!CharacterClass.isEmoji(Character(scalar)))
            if (0x20...0x7E).contains(value) || (0x3400...0x9FFF).contains(value) {
                #expect(![.nonspacingMark, .enclosingMark, .format, .control].contains(p.generalCategory))
                #expect(!CharacterClass.isZeroWidth(scalar))
            }
        }
        #expect(CharacterClass.isEmoji("‼\u{FE0F}") && CharacterClass.isEmoji("😀") && !CharacterClass.isEmoji("客"))
    }
}
