import Testing
import JourneyAnalysis
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

    /// Review 8: "…逐触点的变化与检验见分析 / 报告。" on the waves slide's footnote. By hand at 10 px a character, 90 px
    /// holds 9. The units (WordSegmenter's rules: 与 joins the word before it, a lone 见 the word after it) are
    /// 变化与 | 检验 | 见分析 | 报告。; greedy puts the first three (8) on line 1, since 报告 would make 10, and leaves
    /// "报告。" alone under it; a two-character word under a line of six or more takes the unit before it down.
    /// A short text keeps its two-character last line (`singleCharacterWidowIsAvoided`: "第一通独立 / 来电").
    @Test func aTwoCharacterWordIsNotAloneUnderALongLine() {
        let wrapped = TextWrapper.wrap("变化与检验见分析报告。", width: 90, font: font10)
        #expect(wrapped.lines == ["变化与检验", "见分析报告。"])
        // two Latin letters are not a Chinese widow: "… ab" stays
        #expect(TextWrapper.wrap("变化与检验见分析 ab", width: 90, font: font10).lines.last == "ab")
    }

    @Test func aFigureIsNeverAloneOnTheLastLine() {
        // 11 ideographs take 110 px at 10 px; at 115 px greedy leaves " 2.5" alone on line 2. The widow rule moves
        // the word before it down with it (ICU: 客户 / 投诉), as on a slide's stage card.
        let wrapped = TextWrapper.wrap("最痛：第一次被客户投诉 2.5", width: 115, font: font10)
        #expect(wrapped.lines == ["最痛：第一次被客户", "投诉 2.5"])
        // a longer last line is left alone
        #expect(TextWrapper.wrap("最痛：第一次被客户投诉 2.5 分", width: 115, font: font10).lines.last != "2.5")
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
        // the word's last piece after a cut keeps at least three letters: "Morn-ing", never "Morni-ng" (the wall
        // worksheet); every other piece at least two
        for word in ["Morning", "systems", "customer", "overnight", "Supercalifragilistic"] {
            for width in stride(from: 14.0, through: 60, by: 2) {
                let lines = TextWrapper.wrap(word, width: width, font: font10).lines
                for (line, next) in zip(lines, lines.dropFirst()) where line.hasSuffix("-") && !next.hasSuffix("-") {
                    #expect(next.filter(\.isLetter).count >= 3, "\(word) at \(width): \(lines)")
                }
            }
        }
    }

    /// The vowels counted once per word (`vowelCounts`) give the same syllable cuts as scanning the word at every
    /// candidate: checked at every cut of every word of the samples' names and of seeded random letter strings (with
    /// and without vowels). The counted path is what made a 9,990-letter word without a vowel lay out in 0.2 s, not 90.
    @Test func countedVowelsGiveTheSameSyllableCuts() throws {
        var words: [String] = []
        for path in TestPaths.samplePaths() {
            let journey = try TestPaths.load(path)
            words += journey.touchpoints.flatMap { $0.name.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        }
        var generator = SplitMix64(seed: 20261202)
        for length in [5, 12, 40] {
            for letters in ["xbcdfgh", "aeioubcdst", "stprchkwy", "éàxzq"] {
                words.append(String((0..<length).map { _ in Array(letters)[Int(generator.next() % UInt64(letters.count))] }))
            }
        }
        var checked = 0
        for word in words {
            let characters = Array(word), counts = TextWrapper.vowelCounts(characters)
            #expect(counts.count == characters.count + 1 && counts.last == characters.filter(TextWrapper.isVowel).count)
            for cut in 0...characters.count {
                #expect(TextWrapper.isSyllableCut(characters, at: cut, vowelsBefore: counts) == TextWrapper.isSyllableCut(characters, at: cut), "\(word) at \(cut)")
                checked += 1
            }
        }
        #expect(checked > 500, "\(checked) cuts")
    }

    @Test func aHyphenFallsBetweenSyllables() {
        // Review 7's A4 worksheet had "syst-ems" and "goodw-ill": the longest head that fits, cut anywhere. At the
        // width of that head (plus its hyphen) the cut now falls at the syllable a dictionary gives (Merriam-Webster:
        // sys·tems, good·will, com·pen·sa·tion, su·per·vi·sor, es·ca·la·tion, up·dates, ap·prove, cus·tom·er), a
        // little earlier on the line.
        let cases: [(word: String, greedy: String, expected: String)] = [
            ("systems", "syst", "sys"), ("goodwill", "goodw", "good"), ("compensation", "compensati", "compensa"),
            ("supervisor", "supervi", "super"), ("escalation", "escal", "esca"), ("updates", "upda", "up"),
            ("approve", "appr", "ap"), ("customer", "custo", "cus"),
        ]
        for c in cases {
            let width = TextMeasurer.width(c.greedy + "-", font: font10) + 0.1
            let lines = TextWrapper.wrap(c.word, width: width, font: font10).lines
            #expect(lines.first == c.expected + "-", "\(c.word) at the width of \(c.greedy)-: \(lines)")
            #expect(lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == c.word)
        }
        // no syllable cut within reach: the longest head, as before ("xxxxxxxx" has no vowel)
        let none = TextWrapper.wrap("xxxxxxxxxx", width: TextMeasurer.width("xxxxx-", font: font10) + 0.1, font: font10).lines
        #expect(none.first == "xxxxx-")
        // never between the letters of one sound
        #expect(TextWrapper.isSyllableCut(Array("matches"), at: 3))          // mat-ches
        #expect(!TextWrapper.isSyllableCut(Array("matches"), at: 4) && !TextWrapper.isSyllableCut(Array("aphasia"), at: 2))
        #expect(!TextWrapper.isSyllableCut(Array("approve"), at: 3) && !TextWrapper.isSyllableCut(Array("updates"), at: 4))
    }

    @Test func aCardsLastLineIsNotOneWordAlone() {
        // The workshop sample's A4 action card read "Agents may grant refunds up to 200 on the / spot".
        let text = "Agents may grant refunds up to 200 on the spot"
        let width = TextMeasurer.width("Agents may grant refunds up to 200 on the", font: font10) + 1
        #expect(TextWrapper.wrap(text, width: width, font: font10).lines.last == "spot")   // the case it is for
        let even = TextWrapper.balanced(text, width: width, font: font10)
        #expect(even.lines.count == 2 && !even.isTruncated && even.lines.joined(separator: " ") == text)
        let widths = even.lines.map { TextMeasurer.width($0, font: font10) }
        #expect(widths.min()! >= 0.4 * widths.max()!, "\(even.lines)")
        // Property over seeded texts and widths: never a line more, never cut where `wrap` is whole, every line within
        // the width, the same characters as `wrap` gives (so no extra hyphen).
        var generator = SplitMix64(seed: 12)
        let words = ["call", "the", "customer", "back", "within", "two", "hours", "and", "log", "every", "refund", "approval",
                     "客户", "回电", "两小时内", "记录"]
        for _ in 0..<300 {
            let count = Int(generator.next() % 12) + 2
            let text = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            let width = 40 + Double(generator.next() % 160)
            let plain = TextWrapper.wrap(text, width: width, font: font10, maxLines: 4)
            let even = TextWrapper.balanced(text, width: width, font: font10, maxLines: 4)
            #expect(even.lines.count <= plain.lines.count, "\(text) at \(width)")
            if !plain.isTruncated {
                // the same characters as `wrap`'s lines: no word cut that `wrap` kept whole
                #expect(!even.isTruncated && even.lines.joined().filter { $0 != " " } == plain.lines.joined().filter { $0 != " " },
                        "\(text) at \(width)")
            }
            for line in even.lines { #expect(TextMeasurer.width(line, font: font10) <= width + 0.01, "\(text) at \(width)") }
        }
    }

    @Test func chineseWordsAreNeverSplit() {
        // The splits the trust review found (第一次独立接听客/户来电, 发/布, 辱/骂): at every width from 2 to 8
        // ideographs, no line boundary falls inside 客户, 来电, 发布 or 辱骂.
        // Review 6's, from the samples' quotes: 组长签完 / 字, 上线 / 后都 (a postposition starts no line), 就不 / 紧张.
        // Review 7's: 自己能干 / 好, 退回 / 来, 时间 / 线, 茶水 / 间, 申请 / 单, 后 / 续.
        // Review 8's: 成长 / 曲线, 答 / 不上来, 比上 / 一天, 通话 / 中.
        let texts = ["第一次独立接听客户来电", "新版本发布会后的培训", "被客户辱骂后怎么办", "组长签完字就发邮件了",
                     "练的按钮上线后都找不到", "一下子就不紧张了", "觉得自己能干好这份工作", "案子又退回来让我重写",
                     "就把故障时间线拉出来了", "先去茶水间歇一下", "填写赔偿申请单", "后续环节只补充不重述",
                     "统一用成长曲线模板", "客户问的问题我答不上来", "比上一天课还有用", "在通话中查知识库"]
        for text in texts {
            // (a line of 2 ideographs must cut the three-character 签完字 and 上线后)
            for characters in (texts.firstIndex(of: text)! < 3 ? 2 : 3)...8 {
                let lines = TextWrapper.wrap(text, width: Double(characters) * 10, font: font10).lines
                #expect(lines.joined() == text)
                for (a, b) in zip(lines, lines.dropFirst()) {
                    let seam = String(a.suffix(1)) + String(b.prefix(1))
                    #expect(!["客户", "来电", "发布", "辱骂", "完字", "线后", "不紧", "干好", "回来", "间线", "水间", "请单", "后续",
                              "长曲", "答不", "上一", "话中"].contains(seam),
                            "\(text) at \(characters): \(lines)")
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
        let merged = WordSegmenter.merged(WordSegmenter.splittingNegations([["就", "不"], ["紧", "张"], ["了"], ["。"]]))
        #expect(merged.strong == [5] && merged.weak == [1, 4])
        #expect(WordSegmenter.merged([["同"], ["一", "个"]]).weak == [1])
        #expect(WordSegmenter.merged([["来"], ["电"]]).weak == [1])
        #expect(WordSegmenter.merged([["解", "释"], ["案", "子"]]).strong == [2])
    }

    @Test func aJoinedUnitWiderThanTheLineBreaksAtTheWordsItJoined() {
        // "就不紧张了" is one unit; at 4 ideographs a line it breaks at 就 | 不紧张了, never inside 紧张 and never
        // between the negation and what it negates (review 6: "一下子就不 / 紧张了"); at 3 the negation still
        // stays with its word.
        #expect(TextWrapper.wrap("就不紧张了", width: 40, font: font10).lines == ["就", "不紧张了"])
        #expect(TextWrapper.wrap("就不紧张了", width: 30, font: font10).lines == ["就", "不紧张", "了"])
        #expect(TextWrapper.wrap("一下子就不紧张了。”", width: 66, font: font10).lines == ["一下子就", "不紧张了。”"])
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

    /// A figure keeps its Chinese measure word ("3 / 个工作日" was review 4's finding) at every width at which the
    /// pair fits, and a no-break space holds on both sides ("）÷ 2" never leaves "÷ 2" alone).
    @Test func aFigureKeepsItsMeasureWordAndNoBreakSpacesHold() {
        let cases: [(String, [String])] = [
            ("入职前 3 个工作日由 HR 触发账号批量预开通", ["3 个"]),
            ("把每日 15 分钟复盘写进排班，每级审批设 4 小时时限", ["15 分", "4 小"]),
        ]
        for (text, pairs) in cases {
            for characters in 6...24 {   // (a card is never narrower than 6 characters)
                let lines = TextWrapper.wrap(text, width: Double(characters) * 10, font: font10).lines
                for pair in pairs {
                    let figure = String(pair.prefix { $0 != " " })
                    // the figure's line also holds the character after it
                    #expect(lines.contains { $0.contains(pair) } || !lines.contains { $0.contains(figure) },
                            "\(characters): \(lines)")
                }
            }
        }
        // a Chinese numeral keeps its measure word, and 内 stays with the time before it (review 6: "有三 / 个版本",
        // "五分钟 / 内")
        let pairs: [(String, String, String)] = [("赔偿政策有三个版本，我不确定哪个是最新的", "三", "个"),
                                                 ("老同事五分钟内就有人回，比上一天课还有用", "钟", "内")]
        for (text, first, second) in pairs {
            for characters in 4...24 {
                let lines = TextWrapper.wrap(text, width: Double(characters) * 10, font: font10).lines
                #expect(!zip(lines, lines.dropFirst()).contains { $0.hasSuffix(first) && $1.hasPrefix(second) }, "\(characters): \(lines)")
            }
        }
        let box = "记忆分 1.8\u{00A0}=（最强烈\u{00A0}1 + 终点\u{00A0}2.5）\u{00A0}÷\u{00A0}2"
        for characters in 8...30 {
            let lines = TextWrapper.wrap(box, width: Double(characters) * 10, font: font10).lines
            #expect(!lines.contains { $0.hasPrefix("÷") }, "\(characters): \(lines)")
        }
    }

    /// Character offsets at which `lines` break `text` (the lines joined give the text, spaces aside).
    func breaks(_ lines: [String]) -> [Int] {
        var offsets: [Int] = [], total = 0
        for line in lines.dropLast() { total += line.count; offsets.append(total) }
        return offsets
    }

    @Test func noBreakFallsInsideAWorkplaceWord() {
        // The splits issue 10 found on the worksheet and the map cards: 带教师/傅, 入职第/一周, 报到/与欢迎, 十几个工作/群.
        // ICU 72 gives 带|教师|傅|一对|一|复|盘 and 入|职|第|一周|…|工作|群; the lexicon and the suffix rule make the
        // words whole. At every width from 4 ideographs up, no line boundary falls inside one of them.
        let cases: [(String, [String])] = [
            ("带教师傅一对一复盘", ["带教", "师傅", "一对一", "复盘"]),
            ("入职第一周被拉进十几个工作群却不知道该看哪个", ["入职", "第一周", "十几个", "工作群", "不知道", "哪个"]),
            ("报到与欢迎仪式", ["报到", "欢迎", "仪式"]),
            ("通话中查知识库", ["通话", "知识库"]),
            ("班组长当场支持并签字", ["班组长", "当场", "支持", "签字"]),
        ]
        for (text, words) in cases {
            let characters = Array(text)
            var inside: Set<Int> = []   // offsets strictly inside a listed word
            for word in words {
                let w = Array(word)
                for start in 0...(characters.count - w.count) where Array(characters[start..<(start + w.count)]) == w {
                    for offset in (start + 1)..<(start + w.count) { inside.insert(offset) }
                }
            }
            for perLine in 4...characters.count {
                let lines = TextWrapper.wrap(text, width: Double(perLine) * 10, font: font10).lines
                #expect(lines.joined() == text)
                #expect(breaks(lines).allSatisfy { !inside.contains($0) }, "\(text) at \(perLine): \(lines)")
                #expect(!lines.contains { $0.hasPrefix("与") || $0.hasPrefix("群") }, "\(text) at \(perLine): \(lines)")
            }
        }
        // At 4 ideographs a line (the A4 worksheet's narrow cards) the phrases read as words.
        #expect(TextWrapper.wrap("带教师傅一对一复盘", width: 40, font: font10).lines == ["带教师傅", "一对一", "复盘"])
        #expect(TextWrapper.wrap("报到与欢迎仪式", width: 40, font: font10).lines == ["报到与", "欢迎仪式"])
        #expect(TextWrapper.wrap("入职第一周被拉进十几个工作群", width: 40, font: font10).lines == ["入职", "第一周", "被拉进", "十几个", "工作群"])
    }

    @Test func aTwoCharacterWordIsNeverSplit() {
        // At 2 and 3 ideographs a line, every two-character word of these names stays on one line.
        let cases: [(String, [String])] = [
            ("工单系统实操", ["工单", "系统", "实操"]),
            ("客服受理", ["客服", "受理"]),
            ("话术与合规考试", ["话术", "合规", "考试"]),
            ("转正答辩与面谈", ["转正", "答辩", "面谈"]),
        ]
        for (text, words) in cases {
            for perLine in 2...3 {
                let lines = TextWrapper.wrap(text, width: Double(perLine) * 10, font: font10).lines
                #expect(lines.joined() == text)
                for word in words {
                    #expect(lines.contains { $0.contains(word) }, "\(text) at \(perLine): \(word) split in \(lines)")
                }
            }
        }
    }

    @Test func aShortParenthesisedGroupStaysOnOneLine() {
        // The formula and scale lines of issue 10: "(most intense + / end)/2" and "scale / 1–5" no more. At every width
        // at which the group fits, it is on one line (with the figure it equals: "= 3.96"); "1–5 (3 = neutral)" stays with
        // its range and "scale" with 1–5.
        let cases: [(String, String)] = [
            ("Remembered (most intense + end)/2 = 3.96", "(most intense + end)/2 = 3.96"),
            ("Emotion on the scale 1–5 (3 = neutral), the dashed line marks neutral", "scale 1–5 (3 = neutral),"),
            ("情绪评分 1–5（3 = 中性），虚线为中性", "评分 1–5（3 = 中性），"),
        ]
        for (text, group) in cases {
            let groupWidth = TextMeasurer.width(group, font: font10)
            for width in stride(from: groupWidth, through: groupWidth + 120, by: 7) {
                let lines = TextWrapper.wrap(text, width: width, font: font10).lines
                #expect(lines.contains { $0.contains(group) }, "\(width): \(lines)")
            }
        }
        // Narrower than the group, it still breaks — at its spaces, never mid-word.
        let narrow = TextWrapper.wrap("Rate (most intense + end)/2", width: 60, font: font10).lines
        #expect(narrow.count > 1 && narrow.joined(separator: " ") == "Rate (most intense + end)/2", "\(narrow)")
        #expect(narrow.allSatisfy { TextMeasurer.width($0, font: font10) <= 60 }, "\(narrow)")
    }

    @Test func aTruncatedLongTextEndsAtTheSameCharacterAsTheFullWrap() {
        // `wrap` reads only the head of a long text when the lines are limited: the shown lines are those of the
        // whole text. Compared with an unlimited wrap of the same text, cut to 3 lines.
        let texts = [String(repeating: "长", count: 3_000), String(repeating: "internationalization ", count: 300),
                     String(repeating: "x", count: 3_000), String(repeating: "客户来电催进度，", count: 300)]
        for text in texts {
            let full = TextWrapper.wrap(text, width: 95, font: font10).lines
            let cut = TextWrapper.wrap(text, width: 95, font: font10, maxLines: 3)
            #expect(cut.isTruncated)
            #expect(Array(cut.lines.prefix(2)) == Array(full.prefix(2)))
            // (the last line's cut then ends its clause: "客户来电催进度…", not "客户来电催进度，…")
            let forced = TextWrapper.ellipsized(full[2], width: 95, font: font10, forced: true)
            #expect(cut.lines[2] == TextWrapper.tidiedCut(String(forced.dropLast()), width: 95, font: font10) + "…")
        }
    }
    /// A cut line ends at a word: "…from 20 to 50 for a…", never "…for a thre…" (review 9, the day-in-the-life slide's
    /// action card). At every width from 60 to 200 px: the shown text without its "…" is the text's head up to a space
    /// or a hyphen, unless its last line's whole words would fill less than half the line (then it is cut in a word).
    @Test func aCutLineEndsAtAWord() {
        let text = "Raise the agent goodwill limit from 20 to 50 for a three-month trial"
        var wordEnds = 0
        for width in stride(from: 60.0, through: 200, by: 5) {
            let cut = TextWrapper.wrap(text, width: width, font: font10, maxLines: 2)
            guard cut.isTruncated, let last = cut.lines.last else { continue }
            #expect(last.hasSuffix("…") && TextMeasurer.width(last, font: font10) <= width, "\(width): \(cut.lines)")
            let head = String(last.dropLast())
            let shown = (cut.lines.dropLast() + [head]).joined(separator: " ")
            #expect(text.hasPrefix(shown), "\(width): \(cut.lines)")
            let next = text[text.index(text.startIndex, offsetBy: shown.count)]
            if next == " " || shown.hasSuffix("-") { wordEnds += 1; continue }
            // cut inside a word only when its whole words would fill less than half the line
            let words = head.split(separator: " ").dropLast().joined(separator: " ")
            #expect(TextMeasurer.width(words, font: font10) < width / 2, "\(width): \(cut.lines) ends inside a word")
        }
        #expect(wordEnds >= 10)
        // Chinese: the cut falls between words of the lexicon ("客户" is never cut to "客…")
        for width in stride(from: 60.0, through: 160, by: 4) {
            let cut = TextWrapper.wrap("第一次独立接听客户来电，旁边没有带教师傅", width: width, font: font10, maxLines: 1)
            guard let line = cut.lines.first, cut.isTruncated else { continue }
            #expect(!line.hasSuffix("客…") && !line.hasSuffix("带…") && !line.hasSuffix("师…"), "\(width): \(line)")
        }
    }

    /// A cut ends a clause, not the next clause's first words or a function word (the third slide review: "…abusive
    /// calls, plus…", "…20 to 50 for a…", "500 元，超出部分…"). Cases by hand, then over every width from 60 to 240 px
    /// for three action titles: the shown text never ends on a function word, and never holds a clause mark followed
    /// by a fragment of half the line or less.
    @Test func aCutEndsAClause() {
        #expect(TextWrapper.tidiedCut("abusive calls, plus", width: 200, font: font10) == "abusive calls")
        #expect(TextWrapper.tidiedCut("from 20 to 50 for a", width: 200, font: font10) == "from 20 to 50")
        #expect(TextWrapper.tidiedCut("500 元，超出部分", width: 120, font: font10) == "500 元")
        // a figure's comma, a decimal point and a long fragment stay
        #expect(TextWrapper.tidiedCut("pay 1,000 agents", width: 200, font: font10) == "pay 1,000 agents")
        #expect(TextWrapper.tidiedCut("raise to 3.5 points", width: 200, font: font10) == "raise to 3.5 points")
        #expect(TextWrapper.tidiedCut("Agents, not supervisors, approve small refunds", width: 200, font: font10)
                == "Agents, not supervisors, approve small refunds")
        let titles = ["Written permission and a script to end abusive calls, plus a number to report them",
                      "Raise the agent goodwill limit from 20 to 50 for a three-month trial",
                      "一线赔付权限从 200 元提高到 500 元，超出部分由班组长在系统内一键确认"]
        var cuts = 0
        for text in titles {
            for width in stride(from: 60.0, through: 240, by: 4) {
                let wrapped = TextWrapper.wrap(text, width: width, font: font10, maxLines: 2)
                guard wrapped.isTruncated, let last = wrapped.lines.last, last.hasSuffix("…") else { continue }
                cuts += 1
                let head = String(last.dropLast())
                let lastWord = head.split(separator: " ").last.map { $0.lowercased() } ?? ""
                #expect(!TextWrapper.functionWords.contains(lastWord), "\(width): \(wrapped.lines)")
                let characters = Array(head)
                if let mark = characters.indices.last(where: { "，；".contains(characters[$0])
                    || (",;".contains(characters[$0]) && $0 + 1 < characters.count && characters[$0 + 1] == " ") }) {
                    let fragment = String(characters[(mark + 1)...])
                    #expect(TextMeasurer.width(fragment, font: font10) > width / 2, "\(width): \(wrapped.lines)")
                }
            }
        }
        #expect(cuts > 40)
    }

    /// A short quoted term is never split across lines (the third review: "新人上线首月设“投诉 / 兜底”热线" on the
    /// onboarding A3 sheet). At every width from the term's own to 240 px, each line holds both quotes of “投诉兜底” or neither; a
    /// quoted sentence longer than `quoteKeepLimit` still wraps inside.
    @Test func aShortQuotedTermStaysOnOneLine() {
        let text = "新人上线首月设“投诉兜底”热线，组长 2 分钟内接手"
        var widths = 0
        // (from the term's own width: a narrower line must break it)
        for width in stride(from: TextMeasurer.width("“投诉兜底”", font: font10).rounded(.up), through: 240, by: 3) {
            let lines = TextWrapper.wrap(text, width: width, font: font10).lines
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(width): \(lines)")
            #expect(lines.allSatisfy { $0.contains("“") == $0.contains("”") }, "\(width): \(lines)")
            if lines.count > 1 { widths += 1 }
        }
        #expect(widths > 10)
        let long = "他说“你先别急，我帮你把这个案子从头到尾查一遍”然后挂了"
        let narrow = TextWrapper.wrap(long, width: 80, font: font10).lines
        #expect(narrow.contains { $0.contains("“") != $0.contains("”") }, "\(narrow)")
    }

    /// Δ never ends a line: it leads its figure or its definition (the third review: "；Δ / 为阶段均值之差" in the
    /// compare slide's footnote). At every width from 60 to 300 px.
    @Test func deltaNeverEndsALine() {
        let text = "Δ = 本期 − 基线（按未取整的分值计算）；Δ 为阶段均值之差；逐触点的变化与检验见分析报告"
        var broken = 0
        for width in stride(from: 60.0, through: 300, by: 3) {
            let lines = TextWrapper.wrap(text, width: width, font: font10).lines
            #expect(lines.dropLast().allSatisfy { !$0.hasSuffix("Δ") && !$0.hasSuffix("Δ ") }, "\(width): \(lines)")
            if lines.count > 1 { broken += 1 }
        }
        #expect(broken > 30)
    }

    /// `keepingTail`: a cut text keeps its end ("… 1.5") within the width; an uncut one is unchanged.
    @Test func aCutTextKeepsItsTail() {
        let text = "Worst: Wait for a supervisor to approve a refund 1.5"
        var kept = 0
        for width in stride(from: 70.0, through: 260, by: 6) {
            let wrapped = TextWrapper.wrap(text, width: width, font: font10, maxLines: 2, keepingTail: " 1.5")
            #expect(wrapped.lines.allSatisfy { TextMeasurer.width($0, font: font10) <= width + 0.01 }, "\(width): \(wrapped.lines)")
            if wrapped.isTruncated {
                #expect(wrapped.lines.count == 2 && wrapped.lines[1].hasSuffix("… 1.5"), "\(width): \(wrapped.lines)")
                kept += 1
            } else {
                #expect(wrapped.lines.joined(separator: " ") == text, "\(width): \(wrapped.lines)")
            }
        }
        #expect(kept >= 3)
    }
}
