import Testing
@testable import JourneyRender

@Suite struct TextWrapperTests {
    let font10 = FontSpec(size: 10)

    @Test func cjkBreaksBetweenAnyTwoCharacters() {
        // 4 ideographs of 10 px fit in 40 px.
        let wrapped = TextWrapper.wrap("收到录用通知邮件", width: 40, font: font10)
        #expect(wrapped.lines == ["收到录用", "通知邮件"])
        #expect(!wrapped.isTruncated)
    }

    @Test func singleCharacterWidowIsAvoided() {
        // Greedy gives "第一通独立来" + "电" at 60 px; the widow rule moves "来" down.
        let wrapped = TextWrapper.wrap("第一通独立来电", width: 60, font: font10)
        #expect(wrapped.lines == ["第一通独立", "来电"])
    }

    @Test func closingQuoteNeverStartsALine() {
        // 70 px holds 7 ideographs; the closing quote (1 em in Noto) sticks to "歌", so greedy gives
        // "“大家给我唱了" is impossible: the opening quote sticks to "大". Lines: “大家给我唱 | 了歌” after the widow fix.
        let wrapped = TextWrapper.wrap("“大家给我唱了歌”", width: 70, font: font10)
        #expect(wrapped.lines == ["“大家给我唱", "了歌”"])
        for line in wrapped.lines {
            #expect(!CharacterClass.noLineStart.contains(line.first!))
            #expect(!CharacterClass.noLineEnd.contains(line.last!))
        }
    }

    @Test func chinesePunctuationStaysWithThePreviousCharacter() {
        // "账号第三天才开通，" at 40 px: the comma joins "通"; no line starts with "，" or "。".
        let wrapped = TextWrapper.wrap("账号第三天才开通，很着急。", width: 40, font: font10)
        #expect(wrapped.lines.allSatisfy { !CharacterClass.noLineStart.contains($0.first!) })
        #expect(wrapped.lines.joined() == "账号第三天才开通，很着急。")
    }

    @Test func openingBracketNeverEndsALine() {
        // At 50 px: "入职前（第" would end a line with nothing special, but "（" must not end one:
        // greedy "入职前一天" | "（IT）开通" — checked generically plus the exact split.
        let wrapped = TextWrapper.wrap("入职前一天（IT）开通", width: 50, font: font10)
        for line in wrapped.lines { #expect(!CharacterClass.noLineEnd.contains(line.last!)) }
        #expect(wrapped.lines.joined() == "入职前一天（IT）开通")
    }

    @Test func latinBreaksAtSpaces() {
        // Widths at 10 px from measure-expectations.py (fontTools): "First day" 43.38, "First day at" 56.62,
        // "at work" 37.46. A 50 px line holds "First day" but not "First day at".
        let wrapped = TextWrapper.wrap("First day at work", width: 50, font: font10)
        #expect(wrapped.lines == ["First day", "at work"])
    }

    @Test func longWordBreaksInsideOnlyAsLastResort() {
        let wrapped = TextWrapper.wrap("Supercalifragilistic", width: 40, font: font10)
        #expect(wrapped.lines.count > 1)
        #expect(wrapped.lines.joined() == "Supercalifragilistic")
        #expect(!wrapped.isTruncated)
        for line in wrapped.lines { #expect(TextMeasurer.width(line, font: font10) <= 40) }
    }

    @Test func hyphenatedWordsBreakAfterTheHyphen() {
        let wrapped = TextWrapper.wrap("self-service portal", width: 50, font: font10)
        #expect(wrapped.lines.first == "self-")
    }

    @Test func ellipsisOnlyWhenLinesRunOut() {
        let text = "这是一个非常非常长的触点名称需要被截断才能放下"
        let wrapped = TextWrapper.wrap(text, width: 50, font: font10, maxLines: 2)
        #expect(wrapped.lines.count == 2)
        #expect(wrapped.isTruncated)
        #expect(wrapped.lines[1].hasSuffix("…"))
        #expect(wrapped.lines[0] == "这是一个非")
        for line in wrapped.lines { #expect(TextMeasurer.width(line, font: font10) <= 50) }
        let roomy = TextWrapper.wrap(text, width: 50, font: font10, maxLines: 10)
        #expect(!roomy.isTruncated)
        #expect(roomy.lines.joined() == text)
    }

    @Test func whitespaceAndIllegalCharactersAreCleaned() {
        let wrapped = TextWrapper.wrap("  a\u{0}b\n\tc\u{FFFE}  ", width: 100, font: font10)
        #expect(wrapped.lines == ["ab c"])
    }

    @Test func mixedScriptsBreakBetweenCJKAndLatin() {
        let wrapped = TextWrapper.wrap("使用CRM系统", width: 40, font: font10)
        for line in wrapped.lines { #expect(TextMeasurer.width(line, font: font10) <= 40) }
        #expect(wrapped.lines.joined() == "使用CRM系统")
        #expect(wrapped.lines.contains { $0.contains("CRM") })
    }
}
