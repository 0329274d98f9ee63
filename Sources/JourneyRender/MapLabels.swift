import Foundation
import JourneyAnalysis
import JourneyModel

/// Every generated word on the map, in Chinese and English. User text is never translated.
public struct MapLabels: Sendable {
    /// The language of the labels.
    public let language: JourneyLanguage

    /// Labels for a language.
    public init(_ language: JourneyLanguage) { self.language = language }

    func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    // MARK: Terminal outline (`journeymap show`)
    var outlineScale: String { pick("评分", "Scale") }
    var outlineRemembered: String { pick("记忆分（最强烈+终）/2", "Remembered (most intense+end)/2") }
    var outlineAverage: String { pick("平均", "average") }

    /// The name of a finding class, as the findings lane and the outline print it.
    func classLabel(_ findingClass: FindingClass) -> String {
        switch findingClass {
        case .pain: return legendPain
        case .pleasure: return legendPleasure
        case .itch: return legendItch
        case .neutral: return pick("一般", "Neutral")
        }
    }

    // MARK: Lanes
    var laneTouchpoints: String { pick("触点", "Touchpoints") }
    var laneCurve: String { pick("情绪曲线", "Emotion") }
    var laneFindings: String { pick("发现", "Findings") }
    var laneVoices: String { pick("员工之声", "Voices") }
    var laneActions: String { pick("改进行动", "Actions") }
    var estimateNote: String { pick("（估计）", "(estimate)") }

    // MARK: Header
    func surveyDataLine(_ findings: JourneyFindings) -> String {
        guard let n = findings.reportedRespondents else {
            return pick("n < \(findings.minimumGroupSize) · 调研", "n < \(findings.minimumGroupSize) · survey")
        }
        return pick("n = \(n) · 调研", "n = \(n) · survey")
    }
    var estimateDataLine: String { pick("工作坊估计", "workshop estimate") }
    var unratedDataLine: String { pick("尚未评分", "not rated yet") }
    var noScoresNote: String {
        pick("尚无评分：给触点填上工作坊估分（score），或导入问卷（journeymap import），即可画出情绪曲线与峰终分析。",
             "No scores yet: give the touchpoints a workshop score, or import a survey (journeymap import), to draw the emotion curve and the peak-end analysis.")
    }
    /// The subtitle's data and scale, then the persona's first part, as a footnote sentence, for a slide that left
    /// its subtitle out ("n = 260 · 调研 · 评分 1–7（4 = 中性）· 一线客服专员。").
    func dataAndScaleNote(_ data: String, _ scale: String, persona: String? = nil) -> String {
        let shown = TextSanitizer.displayText(data)
        // a sentence starts with a capital, but "n = 260" stays the sample size it is everywhere else (not "N = 260")
        let sampleSize = shown.first == "n" && shown.dropFirst().first?.isWhitespace == true   // (a no-break space too)
        let sentence = sampleSize ? shown : shown.prefix(1).uppercased() + shown.dropFirst()
        let whose = persona.map { " · " + $0 } ?? ""
        return pick("\(shown) · \(scale)\(whose)。", "\(sentence) · \(scale)\(whose).")
    }
    func scaleLine(_ scale: RatingScale) -> String {
        let neutral = MapNumber.format(scale.neutral)
        return pick("评分 \(scale.min)–\(scale.max)（\(neutral) = 中性）", "scale \(scale.min)–\(scale.max) (\(neutral) = neutral)")
    }
    /// With survey data the remembered score is the mean of each respondent's own (peak + end)/2, which is
    /// not (curve peak + curve end)/2; the label says so.
    /// Without survey data the figure is one touchpoint's score plus another's, so both are written in
    /// ("（最强烈 1 + 终点 2.5）÷ 2"): a reader can check it even where those touchpoints are not drawn (a stage curve).
    func rememberedLine(_ value: Double, comparedWith average: Double, perRespondent: Bool,
                        peak: Double? = nil, end: Double? = nil) -> String {
        let text = MapNumber.format(value, distinctFrom: average)
        if perRespondent {
            return pick("记忆分 \(text)\u{00A0}=\u{00A0}每人（最强烈 + 终点）\u{00A0}÷\u{00A0}2 的平均", "Remembered \(text)\u{00A0}=\u{00A0}each person's (most intense + end)\u{00A0}÷\u{00A0}2, averaged")
        }
        if let peak, let end {
            let p = MapNumber.format(peak), e = MapNumber.format(end)
            return pick("记忆分 \(text)\u{00A0}=（最强烈\u{00A0}\(p) + 终点\u{00A0}\(e)）\u{00A0}÷\u{00A0}2",
                        "Remembered \(text)\u{00A0}= (most intense\u{00A0}\(p) + end\u{00A0}\(e))\u{00A0}÷\u{00A0}2")
        }
        return pick("记忆分 \(text)\u{00A0}=（最强烈 + 终点）\u{00A0}÷\u{00A0}2", "Remembered \(text)\u{00A0}=\u{00A0}(most intense + end)\u{00A0}÷\u{00A0}2")
    }
    /// With survey data, the same formula on the curve's own callouts, so the header reconciles with what the map
    /// shows, and why it differs from the per-person figure.
    func curveRememberedLine(peak: Double, end: Double, short: Bool = false) -> String {
        let p = MapNumber.fixed(peak, digits: 1), e = MapNumber.fixed(end, digits: 1)
        let value = MapNumber.fixed((peak + end) / 2, digits: 1)
        if short { return pick("曲线上（\(p) + \(e)）/2 = \(value)", "On the curve (\(p) + \(e))/2 = \(value)") }
        return pick("曲线上：（最强烈 \(p) + 终点 \(e)）/2 = \(value)；每个人最强烈的时刻不同，所以人均记忆分与之不同",
                    "On the curve: (most intense \(p) + end \(e))/2 = \(value); each person's most intense moment differs, so the per-person figure does too")
    }
    /// On a stage curve the same formula on the two touchpoints' means, which the stage cards name with their scores.
    func touchpointRememberedLine(peak: Double, end: Double) -> String {
        let p = MapNumber.fixed(peak, digits: 1), e = MapNumber.fixed(end, digits: 1)
        let value = MapNumber.fixed((peak + end) / 2, digits: 1)
        return pick("按触点（\(p) + \(e)）/2 = \(value)", "By touchpoint (\(p) + \(e))/2 = \(value)")
    }
    /// The box's plain average beside the remembered score, with the same definition as its headline.
    func averageLine(_ value: Double, comparedWith remembered: Double, perRespondent: Bool) -> String {
        let text = MapNumber.format(value, distinctFrom: remembered)
        // with survey data the mean is each person's average of their touchpoints, averaged, as the headline's figure
        // is (the third review: onboarding's 4.03 is not the 4.12 its fifteen drawn means average)
        if perRespondent { return pick("每人各触点平均分的平均 = \(text)", "Each person's average of touchpoints, averaged = \(text)") }
        return pick("各触点平均分 = \(text)", "Average of touchpoints = \(text)")
    }
    func peakEndNames(peak: String?, end: String?, endAvailable: Bool = true) -> String {
        let endPart = end.map { pick("终点：\($0)", "end: \($0)") } ?? (endAvailable ? nil : endNotAvailable)
        let names = [peak.map { pick("最强烈：\($0)", "most intense: \($0)") }, endPart].compactMap { $0 }.joined(separator: pick("；", "; "))
        // a line of its own in the box: it starts with a capital ("Most intense: …; end: …")
        return names.prefix(1).uppercased() + names.dropFirst()
    }
    /// A pain point without any importance evidence (no severity), worded as in the reports and the JSON.
    var importanceUnknown: String { pick("重要性未知", "importance unknown") }
    /// The End (the journey's last touchpoint) is withheld or unrated here; it is never moved to another touchpoint.
    var endNotAvailable: String { pick("终点在此不可用", "End not available here") }
    /// The verdict in plain language, with the R² of the model that decided it as a share of the rating's spread
    /// (mean + peak + end for a peak-end verdict, the mean alone otherwise), r against the literature, and the
    /// recall caveat (METHODS.md §1.1).
    func verdict(_ test: PeakEndTest) -> String {
        // R² in plain words: the share of the spread in the overall rating that the model accounts for.
        func percent(_ r2: Double) -> String { "\(Int((max(0, min(1, r2)) * 100).rounded()))\u{A0}%" }
        let decided = percent(test.verdictR2), mean = percent(test.r2Mean)
        let r = test.rPeakEnd.map { MapNumber.fixed($0, digits: 2) } ?? "–"
        let rMean = test.rMean.map { MapNumber.fixed($0, digits: 2) } ?? "–"
        let head: String
        // (a weak link says so first, as the takeaway does: the waves box said "跟随各触点的平均（解释了 4 %）"
        // under a takeaway of "只弱相关", third review)
        let weak = MapTakeaway.isWeak(test) ? pick("总体评价与各触点只弱相关：", "The overall rating barely tracks the touchpoints: ") : ""
        switch test.verdict {
        case .peakEnd where !weak.isEmpty:
            head = weak + pick("最强烈与最后的触点解释了总体评价差异的 \(decided)，平均只解释 \(mean)",
                               "the most intense and the last account for \(decided) of its spread, the average alone for \(mean)")
        case .average where !weak.isEmpty:
            head = weak + pick("平均只解释了总体评价差异的 \(decided)，峰与终无显著额外关联",
                               "their average accounts for \(decided) of its spread; peak and end add no significant association")
        case .peakEnd:
            head = pick("总体评价更多跟随最强烈与最后的触点，而非平均（它们解释了总体评价差异的 \(decided)，平均只解释 \(mean)）",
                        "The overall rating tracks the most intense and the last touchpoints more than their average (they account for \(decided) of its spread, the average alone for \(mean))")
        case .average:
            head = pick("总体评价跟随各触点的平均（解释了总体评价差异的 \(decided)），峰与终无显著额外关联",
                        "The overall rating tracks the touchpoints' average (it accounts for \(decided) of its spread); peak and end add no significant association")
        case .inconclusive:
            head = pick("峰终与平均难分高下（平均解释了总体评价差异的 \(mean)）", "Peak-end vs average inconclusive (the average accounts for \(mean) of the overall rating's spread)")
        }
        // n sits inside the sentence, with no-break spaces, so it never wraps onto a line of its own; it says whom it
        // counts, since it is smaller than the subtitle's n (review 7: "n = 247" beside "n = 260" was unexplained).
        let literature = pick("峰终 r = \(r)、平均 r = \(rMean)（n\u{A0}=\u{A0}\(test.n)：给了总体评价且评了至少 3 个触点的人；文献 .58–.67）",
                              "peak-end r = \(r), mean r = \(rMean) (n\u{A0}=\u{A0}\(test.n) with an overall rating and 3+ touchpoints rated; literature .58–.67)")
        var text = head + pick("；", "; ") + literature + pick("。", ". ")
        if test.tooClean { text += pick("r > .85：疑同源偏差或数据过于干净。", "r > .85: suspect shared-method bias or data too clean. ") }
        text += pick("评分本身是回忆：说明被记住的触点与总体评价的关系。", "Ratings are recalled: this is about remembered touchpoints.")
        return text
    }

    // MARK: Marks
    var mot: String { pick("关键时刻", "MOT") }
    var suggestedMOT: String { pick("建议关键时刻", "Suggested MOT") }
    /// The suggested-MOT badge in a narrow column (the legend spells it out).
    var suggestedMOTShort: String { pick("建议", "Suggested") }
    /// The peak of the peak-end rule is the moment farthest from neutral: named for a lay audience.
    var peak: String { pick("最强烈时刻", "Most intense moment") }
    var high: String { pick("最高点", "Highest point") }
    var trough: String { pick("最低点", "Lowest point") }
    /// One callout where the most intense moment is also the lowest (or highest) point: one name, not two.
    var lowestAndMostIntense: String { pick("最低点 · 最强烈", "Lowest point · most intense") }
    var highestAndMostIntense: String { pick("最高点 · 最强烈", "Highest point · most intense") }
    var end: String { pick("终点", "End") }
    /// A stage curve's last point: the last stage's mean, not the End touchpoint the box's "终点 2.5" is.
    var lastStage: String { pick("最后阶段", "Last stage") }
    func pill(_ findingClass: FindingClass) -> String {
        switch findingClass {
        case .pain: return pick("痛点", "Pain")
        case .pleasure: return pick("爽点", "Pleasure")
        case .itch: return pick("痒点", "Itch")
        case .neutral: return pick("一般", "Neutral")
        }
    }
    func severity(_ value: Double) -> String { pick("严重度 \(Int(value.rounded()))", "severity \(Int(value.rounded()))") }
    func sampleSize(_ n: Int) -> String { "n=\(n)" }
    func suppressed(minimum: Int) -> String { "n<\(minimum)" }
    var unrated: String { pick("未评分", "not rated") }
    /// Under a touchpoint's action cards: how many more, and where they are (the action plan lists them all).
    func more(_ count: Int) -> String { pick("另有 \(count) 条，见行动计划", "+\(count) more in the action plan") }
    /// Under a slide's "Actions" label: the actions of the points it shows no card for (it costs the lanes no height).
    func actionsOffSlide(_ count: Int) -> String { pick("另有 \(count) 条见计划", "+\(count) in the plan") }
    /// A slide with no room for its actions lane says where they are (a sentence of its footnote).
    func actionsNotOnSlide(_ count: Int) -> String {
        pick("这页放不下改进行动：\(count) 条见行动计划。", "No room for the actions on this slide: \(count) in the action plan.")
    }
    /// The same count on a slide's action card, after its votes.
    func moreShort(_ count: Int) -> String { pick("另有 \(count) 条", "+\(count) more") }
    var moreInReport: String { pick("更多见分析报告", "more in the report") }
    func quoted(_ text: String) -> String { Self.quoted(text) }

    /// Quotation marks that suit the text: “…” around Chinese, straight "…" around Latin text (the map's CJK-first
    /// fonts draw “ ” full width, which opens a gap inside an English sentence).
    static func quoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: ["\"", "“", "”", "「", "」", " "])
        let chinese = trimmed.unicodeScalars.contains(where: CharacterClass.isWide)
        return chinese ? "“" + trimmed + "”" : "\"" + trimmed + "\""
    }

    // MARK: Legend and footnote
    var legendMOT: String { pick("关键时刻（团队认定）", "Moment of truth (declared)") }
    var legendSuggested: String { pick("建议关键时刻（数据）", "Suggested MOT (from data)") }
    /// In estimate mode suggestions come from the workshop's own scores (its best, worst and last touchpoints).
    var legendSuggestedEstimate: String { pick("建议关键时刻（按估分）", "Suggested MOT (from the estimates)") }
    func legendSuggested(isSurvey: Bool) -> String { isSurvey ? legendSuggested : legendSuggestedEstimate }
    var legendPain: String { pick("痛点", "Pain point") }
    var legendPleasure: String { pick("爽点", "Pleasure point") }
    var legendItch: String { pick("痒点", "Itch point") }
    var legendSurveyCurve: String { pick("平均分", "Mean score") }
    var legendEstimateCurve: String { pick("工作坊估计（虚线）", "Workshop estimate (dashed)") }
    var legendBand: String { pick("95% 置信区间", "95% confidence interval") }
    func legendNeutral(_ value: Double) -> String { pick("中性线 = \(MapNumber.format(value))", "Neutral = \(MapNumber.format(value))") }
    var legendGap: String { pick("断开 = 未评分", "Gap = not rated") }
    /// The footnote's definition of the remembered score: the same definition as the header's headline.
    func methodNote(perRespondent: Bool) -> String {
        let definition = perRespondent
            ? pick("记忆分 = 每位员工（自己最强烈的时刻 + 最后一个触点）/2 的平均", "Remembered score = each person's (own most intense moment + last touchpoint)/2, averaged")
            : pick("记忆分 =（最强烈时刻 + 终点）/2", "Remembered score = (most intense moment + end)/2")
        return definition + pick("：峰终定律（Kahneman 等，1993）；最强烈时刻 = 离中性线最远的时刻。痛点/爽点/痒点的判定规则见分析报告。",
                                 ": the peak-end rule (Kahneman et al. 1993); most intense moment = the one farthest from neutral. How pain, pleasure and itch points are found: see the analysis report.")
    }
    /// A full print sheet's one line for the severities it prints, the formula left to the document view.
    var severityNoteShort: String {
        pick("严重度（0–100）越高越该先改；算法与判定规则见分析报告。", "Severity (0–100): higher = fix first; how it is worked out: see the analysis report.")
    }
    /// What the severity number under a pain point means, in plain words, with a glossary line.
    func severityNote(isEstimate: Bool) -> String {
        if isEstimate {
            return pick("严重度（0–100，越高越该先改）= 重要性 × 低于中性的程度 × 关键时刻加权（工作坊估分）。",
                        "Severity (0–100, higher = fix first) = importance × how far the score sits below neutral × a weight for moments of truth (workshop estimates).")
        }
        return pick("严重度（0–100，越高越该先改）= 重要性 × 低分占比 × 缺失时的不满程度 × 关键时刻加权。低分占比：打最低两档的人所占比例；不满程度：来自 Kano 题，没有时按低分对总体评价的拖累估计。",
             "Severity (0–100, higher = fix first) = importance × share of low scores × how much its absence annoys × a weight for moments of truth. Low scores: the bottom two points of the scale; annoyance: from Kano questions, else estimated from how much low scores pull the overall rating down.")
    }
    var estimateNoteLong: String {
        pick("数据为工作坊估计，未经调研验证。", "Scores are workshop estimates, not survey results.")
    }
    func anonymityNote(_ minimum: Int) -> String {
        pick("匿名保护：少于 \(minimum) 人的数值不显示。", "Anonymity: values from fewer than \(minimum) respondents are not shown.")
    }
    /// The footnote's last line: the credit only when asked for (`--credit`), the date only with `--stamp`.
    func generated(_ stamp: String?, credit: Bool) -> String? {
        switch (credit, stamp) {
        case (false, nil): return nil
        case (false, let stamp?): return pick("生成日期 \(stamp)", "Generated \(stamp)")
        case (true, nil): return pick("由 journeymap 生成", "Made with journeymap")
        case (true, let stamp?): return pick("由 journeymap 生成 · \(stamp)", "Made with journeymap · \(stamp)")
        }
    }
}

/// Number formatting that never depends on the locale.
public enum MapNumber {
    /// A score as the map prints it: one decimal for survey means (3.0), as written for workshop estimates (3, 2.5).
    public static func score(_ value: Double, source: DataSource) -> String {
        source == .survey ? fixed(value, digits: 1) : format(value)
    }
    /// One decimal, or none for whole numbers: 4, 4.5, −1.2.
    public static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return fixed(value, digits: 1)
    }

    /// `format(value)`, or two decimals when one decimal would make two different values that are shown side
    /// by side look equal (remembered 3.96 vs average 4.03 must not both read "4").
    public static func format(_ value: Double, distinctFrom other: Double) -> String {
        guard format(value) == format(other), abs(value - other) > 1e-9 else { return format(value) }
        return fixed(value, digits: 2)
    }

    /// Exactly `digits` decimals.
    public static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        var text = String(whole)
        if digits > 0 {
            let f = String(fraction)
            text += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    /// A coordinate for SVG: at most two decimals, no trailing zeros, "-0" never.
    public static func coordinate(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let negative = hundredths < 0
        let magnitude = abs(hundredths)
        var text = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? "." + String(fraction / 10) : "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return negative ? "-" + text : text
    }
}
