import Testing
@testable import JourneyRender

@Suite struct TextWrapperTests {
    let font10 = FontSpec(size: 10)

    @Test func cjkBreaksBetweenWords() {
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
        // ICU gives 大家 / 给 / 我 / 唱 / 了 / 歌; its single characters join their neighbours (给我唱了歌 is one
        // unit, 6 em with the quote), so the break falls after 大家.
        let wrapped = TextWrapper.wrap("“大家给我唱了歌”", width: 70, font: font10)
        #expect(wrapped.lines == ["“大家", "给我唱了歌”"])
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
        // Every cut is marked with a hyphen and leaves at least two letters on each side.
        #expect(wrapped.lines.dropLast().allSatisfy { $0.hasSuffix("-") })
        #expect(wrapped.lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == "Supercalifragilistic")
        #expect(wrapped.lines.allSatisfy { $0.filter(\.isLetter).count >= 2 })
        #expect(!wrapped.isTruncated)
        for line in wrapped.lines { #expect(TextMeasurer.width(line, font: font10) <= 40) }
    }

    @Test func chineseWordsAreNeverSplit() {
        // The splits the trust review found (第一次独立接听客/户来电, 发/布, 辱/骂): at every width from 2 to 8
        // ideographs, no line boundary falls inside 客户, 来电, 发布 or 辱骂.
        let texts = ["第一次独立接听客户来电", "新版本发布会后的培训", "被客户辱骂后怎么办"]
        for text in texts {
            for characters in 2...8 {
                let lines = TextWrapper.wrap(text, width: Double(characters) * 10, font: font10).lines
                #expect(lines.joined() == text)
                for (a, b) in zip(lines, lines.dropFirst()) {
                    let seam = String(a.suffix(1)) + String(b.prefix(1))
                    #expect(!["客户", "来电", "发布", "辱骂"].contains(seam), "\(text) at \(characters): \(lines)")
                }
            }
        }
    }

    @Test func longLatinWordsBreakAtTheirSeamsFirst() {
        // e-mail addresses and domains at the @ and the dots, camelCase at the step; never one letter alone.
        let mail = TextWrapper.wrap("service.desk@example.com", width: 70, font: font10).lines
        #expect(mail.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == "service.desk@example.com")
        #expect(!mail.contains { $0.hasSuffix("-") })          // seams were enough, no hyphen added
        #expect(mail.allSatisfy { $0.count >= 2 })
        let camel = TextWrapper.wrap("CustomerServicePortal", width: 60, font: font10).lines
        #expect(camel == ["Customer", "Service", "Portal"])
        let long = TextWrapper.wrap("internationalization", width: 60, font: font10).lines
        #expect(long.allSatisfy { $0.filter(\.isLetter).count >= 2 })
        #expect(long.count > 1 && long.dropLast().allSatisfy { $0.hasSuffix("-") })
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
        #expect(wrapped.lines[0] == "这是一个")   // 非常 is one word: it moves down whole
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

    @Test func singleCharactersICULeavesAloneJoinTheirNeighbours() {
        // The splits the second review found: 来/电, 同/一个, 就不/紧张了 (ICU gives 来|电, 同|一个, 就不|紧张|了).
        // At every width from the longest joined unit up to the whole text, no line boundary falls inside them.
        let cases: [(String, [String])] = [
            ("第一次独立接听客户来电", ["来电"]),
            ("客户第三次来电催进度", ["来电"]),
            ("第三次向不同的人从头解释同一个案子", ["同一", "一个"]),
            ("组长在门口等我，还准备了欢迎卡，一下子就不紧张了。", ["就不", "不紧", "紧张", "张了"]),
        ]
        for (text, words) in cases {
            for characters in 7...Array(text).count {
                let lines = TextWrapper.wrap(text, width: Double(characters) * 10, font: font10).lines
                #expect(lines.joined() == text)
                for (a, b) in zip(lines, lines.dropFirst()) {
                    let seam = String(a.suffix(1)) + String(b.prefix(1))
                    #expect(!words.contains(seam), "\(text) at \(characters): \(lines)")
                }
            }
        }
        // The merge rules on ICU's segments: particles join backward, negations and other single characters forward.
        let merged = WordSegmenter.merged([["就", "不"], ["紧", "张"], ["了"], ["。"]])
        #expect(merged.strong == [5] && merged.weak == [2, 4])
        #expect(WordSegmenter.merged([["同"], ["一", "个"]]).weak == [1])
        #expect(WordSegmenter.merged([["来"], ["电"]]).weak == [1])
        #expect(WordSegmenter.merged([["解", "释"], ["案", "子"]]).strong == [2])
    }

    @Test func aJoinedUnitWiderThanTheLineBreaksAtTheWordsItJoined() {
        // "就不紧张了" is one unit; at 3 ideographs a line it breaks at 就不 | 紧张了, not inside 紧张.
        let lines = TextWrapper.wrap("就不紧张了", width: 30, font: font10).lines
        #expect(lines == ["就不", "紧张了"])
    }

    @Test func aFigureStaysWithItsLabel() {
        // "… = 3.96" never leaves "3.96" or "= 3.96" alone on a line, at any width.
        let text = "记忆分（每人 (最强烈 + 终点)/2 的平均）= 3.96"
        for characters in 6...30 {
            let lines = TextWrapper.wrap(text, width: Double(characters) * 10, font: font10).lines
            #expect(!lines.contains { $0.hasSuffix("=") || $0.hasPrefix("=") || $0 == "3.96" }, "\(characters): \(lines)")
        }
        let english = TextWrapper.wrap("Remembered (each person's (most intense + end)/2, averaged) = 3.96", width: 120, font: font10).lines
        #expect(english.last?.hasSuffix("= 3.96") == true && english.last != "= 3.96", "\(english)")
    }
}
