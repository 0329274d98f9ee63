import CJourneyICU

/// Word boundaries for Chinese (and Japanese) text from ICU's dictionary-based word break iterator, so that a line
/// never splits a word such as 客户 or 发布 (UAX #29 with ICU's CJK dictionary; kinsoku is applied on top by
/// `TextWrapper`), with the single characters ICU leaves alone joined to a neighbour.
///
/// ICU's dictionary knows 客户 and 紧张 but not every compound: 来电 comes back as 来|电, 同一个 as 同|一个,
/// 就不紧张了 as 就不|紧张|了. A one-character segment is rarely a phrase on its own, so (`merged`):
/// - aspect, structural and sentence-final particles (了 的 着 过 们 吗 呢 吧 啊 呀 地 得), the verbal measure
///   words (遍 次 趟), the postpositions 内 后 时 ("五分钟内", "上线后", "接听时") and the directional 来 去
///   ("退回来") join the word before them — they never start a phrase;
/// - a single character before punctuation or at the end joins the word before it;
/// - every other single character joins the word after it (来|电 → 来电, 同|一个 → 同一个);
/// - a negation (不 没 别) joins the word after it with no break at all: it belongs to what it negates; ICU's
///   segment ending in one gives it up first (就不|紧张 → 就 | 不紧张, so a line may end after 就, never after 不).
/// The boundaries these rules remove are kept as weaker ones (`Segmentation.weak`): `TextWrapper` breaks there only
/// when a joined unit is wider than the whole line.
///
/// Before the merges, the words of `lexicon` — workplace and customer-service terms that ICU 72's dictionary (Debian
/// 12) splits, such as 入|职, 复|盘, 工|单, 带|教师|傅 — are made whole: no boundary inside them, one at each end.
/// Noun suffixes (`suffixes`: 工作|群 → 工作群, 知识|库 → 知识库, 申请|单 → 申请单) join the word before them like
/// particles.
enum WordSegmenter {
    /// Where a line may break inside a run of ideographs: `strong` between words, `weak` inside a joined unit.
    /// Offsets are character indices into `Array(text)`, 0 and the end excluded.
    struct Segmentation: Equatable {
        var strong: Set<Int>
        var weak: Set<Int>
        /// False when ICU is unavailable: callers break between any two ideographs.
        var available = true
    }

    /// Particles and measure words that join the word before them.
    static let joinsBackward: Set<Character> = Set("了的着过们吗呢吧啊呀地得遍次趟内后时来去")
    /// Negations that join the word after them.
    static let joinsForward: Set<Character> = Set("不没别")
    /// Noun suffixes and the conjunction 与 that, standing alone, join the word before them (工作群, 知识库, 满意度,
    /// 申请单, 茶水间, 时间线, 报到与 | 欢迎仪式): a line never starts with them.
    static let suffixes: Set<Character> = Set("群库度率员者与单间线")

    /// Words ICU 72's Chinese dictionary splits that workshop journeys use all the time (checked with `ubrk` on the
    /// sample journeys: 入|职, 客|服, 账|号, 复|盘, 工|单, 话|术, 合|规, 质|检, 转|正, 结|案, 带|教师|傅 …).
    /// Kept short on purpose: only terms of the tool's domain, never general vocabulary ICU already knows.
    static let lexicon: Set<String> = [
        "入职", "客服", "账号", "复盘", "工单", "带教", "师傅", "实操", "话术", "合规", "质检", "接线", "接听", "来电",
        "资深", "答疑", "转正", "面谈", "结案", "取证", "调取", "赔付", "兜底", "难缠", "致歉函", "时限", "超时",
        "首月", "专员", "组长", "班组长", "一对一", "预开通", "工作群", "工作日", "知识库", "第一周", "第一天",
        "第一月", "培训期", "当事人", "试用期", "满意度", "接通率", "投诉单", "纸质", "签字", "签完字", "时间线", "茶水间", "后续", "干好", "拿出来", "一个人",
        "成长曲线", "答不上来", "上一天", "通话中",
    ]
    /// The longest word in `lexicon`, in characters.
    static let longestLexiconWord = lexicon.map(\.count).max() ?? 0

    /// The character offsets at which a word starts after the merges (the strong boundaries).
    static func boundaries(_ text: String) -> Set<Int> { segmentation(text).strong }

    /// ICU's segments of `text` merged by the rules above.
    static func segmentation(_ text: String) -> Segmentation {
        guard let icu = icuBoundaries(text) else { return Segmentation(strong: [], weak: [], available: false) }
        let characters = Array(text)
        let raw = withLexiconWords(icu, characters)
        let cuts = [0] + raw.sorted() + [characters.count]
        let segments = zip(cuts, cuts.dropFirst()).map { Array(characters[$0..<$1]) }
        return merged(splittingNegations(segments))
    }

    /// ICU's boundaries with the words of `lexicon` made whole: leftmost-longest matches, no boundary inside one,
    /// a boundary at each end.
    static func withLexiconWords(_ boundaries: Set<Int>, _ characters: [Character]) -> Set<Int> {
        var result = boundaries
        var start = 0
        while start < characters.count - 1 {
            var matched = 0
            var length = min(longestLexiconWord, characters.count - start)
            while length >= 2 {
                if lexicon.contains(String(characters[start..<(start + length)])) { matched = length; break }
                length -= 1
            }
            guard matched > 0 else { start += 1; continue }
            for inside in (start + 1)..<(start + matched) { result.remove(inside) }
            if start > 0 { result.insert(start) }
            if start + matched < characters.count { result.insert(start + matched) }
            start += matched
        }
        return result
    }

    /// ICU's segments that end in a negation after other characters ("就不" of 就不|紧张) lose it to the word after
    /// them: 就 | 不 | 紧张, so that the negation stays with what it negates and a line may end after 就.
    static func splittingNegations(_ segments: [[Character]]) -> [[Character]] {
        segments.enumerated().flatMap { index, segment -> [[Character]] in
            guard segment.count > 1, let last = segment.last, joinsForward.contains(last),
                  segment.allSatisfy(TextWrapper.isIdeographic), index + 1 < segments.count,
                  let next = segments[index + 1].first, TextWrapper.isIdeographic(next) else { return [segment] }
            return [Array(segment.dropLast()), [last]]
        }
    }

    /// Applies the merge rules to segments (each an array of characters); returns the boundaries kept and removed.
    static func merged(_ segments: [[Character]]) -> Segmentation {
        func isWord(_ segment: [Character]) -> Bool { segment.allSatisfy(TextWrapper.isIdeographic) }
        var strong: Set<Int> = []
        var weak: Set<Int> = []
        var offset = 0
        for index in segments.indices.dropLast() {
            let a = segments[index], b = segments[index + 1]
            offset += a.count
            guard isWord(a), isWord(b), let lastA = a.last, let firstB = b.first else { strong.insert(offset); continue }
            let next = index + 2 < segments.count ? segments[index + 2] : nil
            var join = false
            // b, a single character: joins backward when it is a particle or a suffix, or nothing (or punctuation)
            // follows it.
            let backward = joinsBackward.contains(firstB) || suffixes.contains(firstB)
            if b.count == 1 && (backward || next.map { !isWord($0) } ?? true) { join = true }
            // a, a single character that does not itself join backward: joins the word after it.
            if a.count == 1 && !joinsBackward.contains(lastA) && !suffixes.contains(lastA) { join = true }
            // a negation alone and the word it negates: no break at all ("不紧张", never "不 / 紧张")
            // (a longer segment never ends in one here: `splittingNegations` gave it to the word after it)
            if a.count == 1 && joinsForward.contains(lastA) && !joinsBackward.contains(firstB) { continue }
            if join { weak.insert(offset) } else { strong.insert(offset) }
        }
        return Segmentation(strong: strong, weak: weak)
    }

    /// ICU's own word boundaries (character offsets, 0 and the end excluded); nil when ICU fails.
    static func icuBoundaries(_ text: String) -> Set<Int>? {
        let utf16 = Array(text.utf16)
        guard !utf16.isEmpty, utf16.count < Int32.max / 2 else { return nil }
        var offsets = [Int32](repeating: 0, count: utf16.count + 1)
        let count = utf16.withUnsafeBufferPointer { text in
            offsets.withUnsafeMutableBufferPointer { out in
                cjicu_word_boundaries(text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
            }
        }
        guard count > 0 else { return nil }
        let unitOffsets = Set(offsets.prefix(Int(min(count, Int32(offsets.count)))).map(Int.init))
        // UTF-16 offsets → character offsets.
        var result: Set<Int> = []
        var position = 0
        for (index, character) in text.enumerated() {
            if index > 0 && unitOffsets.contains(position) { result.insert(index) }
            position += character.utf16.count
        }
        return result
    }
}
