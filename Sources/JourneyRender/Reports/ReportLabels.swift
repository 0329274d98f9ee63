import Foundation
import JourneyAnalysis
import JourneyModel

/// Generated report wording in Chinese and English (user text is never translated), and number formatting
/// shared by the text and Markdown reports.
struct ReportLabels {
    let zh: Bool

    init(_ language: JourneyLanguage) { zh = language == .zh }

    func t(_ zhText: String, _ enText: String) -> String { zh ? zhText : enText }

    // MARK: Headings

    var analysis: String { t("分析报告", "analysis") }
    var painHeading: String { t("痛点（按严重度）", "Pain points 痛点 (by severity)") }
    var pleasureHeading: String { t("爽点（按撬动值）", "Pleasure points 爽点 (by leverage)") }
    var itchHeading: String { t("痒点（按机会值）", "Itch points 痒点 (by opportunity)") }
    var motHeading: String { t("关键时刻（MOT）", "Moments of truth (MOT)") }
    var peakEndHeading: String { t("峰终定律", "Peak-end") }
    var driversHeading: String { t("关键驱动因素", "Key drivers") }
    var enpsHeading: String { "eNPS" }
    var notesHeading: String { t("说明", "Notes") }
    var none: String { t("无", "none") }

    func segmentsHeading(_ column: String) -> String { t("按「\(column)」分组", "Segments by \(column)") }

    // MARK: Header lines

    func source(_ f: JourneyFindings) -> String {
        if f.source == .estimate { return t("数据来源：工作坊估分", "Source: workshop estimates") }
        let k = f.minimumGroupSize
        guard let n = f.reportedRespondents else {
            return t("数据来源：问卷，不足 \(k) 人 · 少于 \(k) 人的群体不单独报告",
                     "Source: survey, fewer than \(k) respondents · groups under \(k) are never reported")
        }
        return t("数据来源：问卷，\(n) 人 · 少于 \(k) 人的群体不单独报告",
                 "Source: survey, \(n) respondents · groups under \(k) are never reported")
    }

    func filters(_ filters: [SegmentFilter]) -> String {
        t("筛选：", "Filter: ") + filters.map(\.description).joined(separator: t("，", ", "))
    }

    // MARK: Touchpoint phrases

    func severity(_ v: Double) -> String { t("严重度 ", "severity ") + Self.one(v) }
    func leverage(_ v: Double) -> String { t("撬动值 ", "leverage ") + Self.one(v) }
    func opportunity(_ v: Double) -> String { t("机会值 ", "opportunity ") + Self.one(v) }

    func meanPhrase(_ f: TouchpointFinding, scale: RatingScale, source: DataSource) -> String? {
        guard let mean = f.mean else { return nil }
        if source == .estimate { return t("估分 \(Self.two(mean))（\(scale.rangeText)）", "estimate \(Self.two(mean)) on \(scale.rangeText)") }
        var text = t("均值 \(Self.two(mean))（\(scale.rangeText)）", "mean \(Self.two(mean)) on \(scale.rangeText)")
        if let ci = f.ci95 { text += t("，95% CI \(Self.two(ci.lowerBound))–\(Self.two(ci.upperBound))", " (95% CI \(Self.two(ci.lowerBound))–\(Self.two(ci.upperBound)))") }
        if let median = f.median { text += t("，中位数 \(Self.one(median))", ", median \(Self.one(median))") }
        text += t("，n = \(f.n)", ", n = \(f.n)")
        return text
    }

    func boxPhrase(bottom: Bool, _ f: TouchpointFinding, source: DataSource) -> String? {
        guard let share = bottom ? f.b2b : f.t2b, source == .survey else { return nil }
        let ci = bottom ? f.b2bCI95 : f.t2bCI95
        let name = bottom ? t("低分占比", "bottom box") : t("高分占比", "top box")
        let interval = ci.map { " (\(Self.percent($0.lowerBound))–\(Self.percent($0.upperBound)))" } ?? ""
        return "\(name) \(Self.percent(share))\(interval)"
    }

    /// "importance unknown" — the one wording of a missing importance, in every format.
    var importanceUnknown: String { t("重要性未知", "importance unknown") }

    func importancePhrase(_ f: TouchpointFinding) -> String? {
        // an unknown importance is said once, in the item's headline (where its score would be)
        guard let value = f.importanceNormalized else { return nil }
        let source: String
        switch f.importanceSource {
        case .stated?: source = t("员工自评", "stated")
        case .derived?: source = t("由驱动分析推得", "derived from drivers")
        case .estimate?: source = t("工作坊估计", "workshop estimate")
        case .unknown?, nil: return importanceUnknown
        }
        return t("重要性 \(Self.two(value))（\(source)）", "importance \(Self.two(value)) (\(source))")
    }

    func kanoPhrase(_ f: TouchpointFinding) -> String? {
        guard let kano = f.kano else { return nil }
        let better = kano.better.map { "Better \(Self.two($0))" } ?? ""
        let worse = kano.worse.map { "Worse \(Self.two($0))" } ?? ""
        return "Kano \(kanoName(kano.category)) · \(better) · \(worse)"
    }

    func kanoName(_ c: KanoCategory) -> String {
        switch c {
        case .attractive: return t("魅力型 A", "attractive (A)")
        case .oneDimensional: return t("期望型 O", "one-dimensional (O)")
        case .mustBe: return t("必备型 M", "must-be (M)")
        case .indifferent: return t("无差异 I", "indifferent (I)")
        case .reverse: return t("反向 R", "reverse (R)")
        case .questionable: return t("可疑 Q", "questionable (Q)")
        }
    }

    func wishPhrase(_ f: TouchpointFinding) -> String? {
        guard let gap = f.wishGap else { return nil }
        if f.wishSource == .estimate { return t("期望差 \(Self.signed(gap))（工作坊估计）", "wish gap \(Self.signed(gap)) (workshop estimate)") }
        return t("期望差 \(Self.signed(gap))", "wish gap \(Self.signed(gap))")
    }

    func reason(_ r: MOTReason, _ f: TouchpointFinding) -> String {
        switch r {
        case .keyDriver:
            let share = f.driver?.shapleyShare.map { Self.percent($0) } ?? "?"
            if let stability = f.driver?.stability {
                return t("关键驱动因素（占解释方差 \(share)，在 \(Self.percent(stability)) 的重抽样中重现）",
                         "key driver (\(share) of the explained variance; again in \(Self.percent(stability)) of bootstrap resamples)")
            }
            return t("关键驱动因素（占解释方差 \(share)）", "key driver (\(share) of the explained variance)")
        case .peakOrTrough:
            let plus = Self.percent(f.fPlus ?? 0), minus = Self.percent(f.fMinus ?? 0)
            return t("常是最好或最差的时刻（最好 \(plus)，最差 \(minus)）", "often the best or worst moment (best for \(plus), worst for \(minus))")
        case .polarized:
            return t("评价两极分化（\(Self.two(f.polarization ?? 0))）", "opinions split (polarization \(Self.two(f.polarization ?? 0)))")
        case .end:
            return t("旅程终点", "the End of the journey")
        }
    }

    var declared: String { t("团队标注", "declared by the team") }
    var suggested: String { t("数据建议", "suggested by the data") }

    // MARK: Peak-end

    func peakLine(_ p: PeakEndSummary, names: [String: String], means: [String: Double]) -> String {
        func item(_ id: String?) -> String {
            guard let id else { return "–" }
            let mean = means[id].map { " \(Self.two($0))" } ?? ""
            return "\(names[id] ?? id)\(mean)"
        }
        // The End is the journey's last touchpoint; when it is not shown it is "not available", never another touchpoint.
        let end = p.endID == nil && p.peakID != nil ? t("不可用（最后一个触点未显示）", "not available (the last touchpoint is not shown)") : item(p.endID)
        return t("峰值：\(item(p.peakID)) · 谷底：\(item(p.troughID)) · 终点：\(end)",
                 "Peak: \(item(p.peakID)) · Trough: \(item(p.troughID)) · End: \(end)")
    }

    func rememberedLine(_ p: PeakEndSummary, estimate: Bool) -> String? {
        guard let remembered = p.remembered, let mean = p.mean else { return nil }
        // With survey data the remembered score averages each respondent's own (peak + end)/2, which differs from
        // (journey peak + journey end)/2 above; the label says which.
        var text = estimate
            ? t("记忆分 (峰+终)/2：\(Self.two(remembered))，平均：\(Self.two(mean))", "Remembered (peak + end)/2: \(Self.two(remembered)) vs plain mean \(Self.two(mean))")
            : t("记忆分（人均 (峰+终)/2）：\(Self.two(remembered))，人均各触点平均分：\(Self.two(mean))",
                "Remembered (each respondent's (peak + end)/2, averaged): \(Self.two(remembered)) vs plain mean (each respondent's, averaged) \(Self.two(mean))")
        if let gap = p.memoryGap { text += t("（记忆差 \(Self.signed(gap))）", " (memory gap \(Self.signed(gap)))") }
        if estimate { text += t("（工作坊估计）", " (workshop estimate)") }
        return text
    }

    func testLines(_ test: PeakEndTest) -> [String] {
        var lines = [
            t("检验（n = \(test.n)）：R² 平均 \(Self.two(test.r2Mean)) · 峰终均值 \(Self.two(test.r2PeakEnd)) · 峰+终 \(Self.two(test.r2PeakPlusEnd)) · 全模型 \(Self.two(test.r2Full))",
              "Test (n = \(test.n)): R² mean \(Self.two(test.r2Mean)) · PE \(Self.two(test.r2PeakEnd)) · peak + end \(Self.two(test.r2PeakPlusEnd)) · full \(Self.two(test.r2Full))"),
            t("峰+终在平均之上增加 ΔR² = \(Self.three(test.deltaR2))，偏 F 检验 \(Self.p(test.pValue))；峰值定义以\(test.bestPeakDefinition == "intensity" ? "强度" : "正负分开")为佳",
              "Peak and end add ΔR² = \(Self.three(test.deltaR2)) over the mean, partial F-test \(Self.p(test.pValue)); the better peak definition is \(test.bestPeakDefinition)"),
        ]
        if let line = correlationLine(test) { lines.append(line) }
        lines.append("→ " + verdict(test.verdict))
        lines.append("  " + caveat)
        if test.tooClean { lines.append("  " + tooCleanCaution) }
        return lines
    }

    /// r of the overall rating with PE and with the mean, placed against the literature.
    func correlationLine(_ test: PeakEndTest) -> String? {
        guard let r = test.rPeakEnd else { return nil }
        let mean = test.rMean.map { Self.two($0) } ?? "–"
        return t("总体评价与峰终均值的相关 r = \(Self.two(r))，与平均 r = \(mean)（文献：峰终 r = .58，Alaybek 等 2022 元分析；≈ .67，Redelmeier & Kahneman 1996）",
                 "r(overall, PE) = \(Self.two(r)), r(overall, mean) = \(mean) (literature: peak-end r = .58, Alaybek et al. 2022 meta-analysis; ≈ .67, Redelmeier & Kahneman 1996)")
    }

    /// Caution for r above .85.
    var tooCleanCaution: String {
        t("注意：r 高于 .85，远高于文献值：可能是同源方法偏差（同一份问卷、同一时间作答），或数据过于干净而不像真实数据。",
          "Caution: r above .85 is far above the literature: suspect shared-method bias (one survey, one sitting) or data too clean to be real.")
    }

    /// The plain-language verdict: what the data say, no causal or prescriptive claim.
    func verdict(_ v: PeakEndVerdict) -> String {
        switch v {
        case .peakEnd:
            return t("总体评价更多地跟随最强烈的和最后被记住的触点，而不是它们的平均。",
                     "The overall rating tracks the most intense and the last remembered touchpoints more than their average.")
        case .average:
            return t("总体评价跟随各触点的平均；最强烈的和最后的触点没有显著的额外关联。",
                     "The overall rating tracks the average of the touchpoints; the most intense and the last add no significant association.")
        case .inconclusive:
            return t("数据不足以判断总体评价跟随峰终还是平均。", "The data cannot tell whether the overall rating tracks peak and end or the average.")
        }
    }

    var caveat: String {
        t("注意：触点评分本身也是回忆；检验说明的是「哪些被记住的触点与总体评价相关」，不是每一刻的真实感受。",
          "Caveat: touchpoint ratings are themselves recalled; the test shows which remembered touchpoints drive the overall judgement, not moment-by-moment experience.")
    }

    // MARK: Drivers, eNPS, segments, notes

    func driversLine(_ d: DriverSummary) -> String {
        let outcome = d.outcome == "overall" ? t("总体评价", "overall rating") : t("推荐意愿（eNPS 题）", "recommend item (eNPS)")
        guard let r2 = d.r2 else {
            return t("结果变量：\(outcome)；每对触点的共同作答人数太少，未做驱动分解",
                     "Outcome: \(outcome); too few respondents per pair for the decomposition")
        }
        let method = d.method == .relativeWeights ? t("相对权重", "relative weights") : "Shapley/LMG"
        if d.cases == .complete {
            return t("结果变量：\(outcome) · R² \(Self.two(r2)) · \(method)，\(d.completeCases) 份完整答卷",
                     "Outcome: \(outcome) · R² \(Self.two(r2)) · \(method) over \(d.completeCases) complete responses")
        }
        return t("结果变量：\(outcome) · R² \(Self.two(r2)) · \(method)，基于全部作答（两两可用，每对至少 n = \(d.n)；完整答卷仅 \(d.completeCases) 份）",
                 "Outcome: \(outcome) · R² \(Self.two(r2)) · \(method) from every answer (pairwise, each pair n ≥ \(d.n); only \(d.completeCases) complete responses)")
    }

    func enpsLine(_ f: JourneyFindings) -> String? {
        if let e = f.enps {
            return "eNPS \(Self.signedInt(e.score))" + t("（95% CI \(Self.signedInt(e.ci95.lowerBound)) 至 \(Self.signedInt(e.ci95.upperBound))，n = \(e.n)）",
                                                          " (95% CI \(Self.signedInt(e.ci95.lowerBound)) to \(Self.signedInt(e.ci95.upperBound)), n = \(e.n))")
        }
        if f.enpsSuppressed { return t("eNPS：作答人数不足，已隐藏", "eNPS: hidden (too few answers)") }
        return nil
    }

    /// Why a group is not shown, in plain words and without its size: under the minimum, or hidden so that
    /// another small group cannot be worked out from the groups that are shown.
    func hiddenGroup(_ value: String, minimum: Int) -> String {
        t("\(value)：不单独显示（人数少于 \(minimum)，或为了不让另一个小群体被推算出来）",
          "\(value): not shown (fewer than \(minimum) people, or hidden so that another small group cannot be worked out)")
    }

    var missingValue: String { t("（未填写）", "(no answer)") }

    func note(_ n: AnalysisNote) -> String {
        switch n {
        case .estimateOnly: return t("工作坊估分：分类依据旅程文件中的估分、重要性和期望值，标为「估计」。", "Workshop estimates: classes come from the score, importance and wish fields of the journey file and are marked as estimates.")
        case .importanceUnknown: return t("部分或全部触点重要性未知（没有自评、工作坊或驱动分析数据）：不计严重度，痛点按低分占比排序。", "Importance unknown for some or all touchpoints (no stated, workshop or derived importance): no severity is given and those pain points rank by bottom-box share.")
        case .importanceFromWorkshop: return t("问卷没有重要性题：使用旅程文件中工作坊估计的重要性。", "The survey has no importance items: the journey's workshop importance estimates are used.")
        case .wishFromWorkshop: return t("问卷没有期望题：使用旅程文件中工作坊估计的期望值。", "The survey has no wish items: the journey's workshop wish estimates are used.")
        case .driverMatrixRepaired: return t("两两相关矩阵不是半正定：已修正为最近的相关矩阵（Higham 2002）。", "The pairwise correlation matrix was not positive semidefinite: it was replaced by the nearest correlation matrix (Higham 2002).")
        case .endNotAvailable: return t("旅程的最后一个触点（终点）在此群体中未显示：终点不可用。", "The journey's last touchpoint (the End) is not shown for this group: the End is not available.")
        case .coefficientsAssumedOne: return t("没有 Kano 或惩罚-奖励数据：分数中的 Better 与 |Worse| 按 1 计算。", "No Kano or penalty-reward data: Better and |Worse| are taken as 1 in the scores.")
        case .coefficientsFromPenaltyReward: return t("没有 Kano 数据的触点，分数中的 Better/|Worse| 用惩罚-奖励分析代替。", "Where there is no Kano pair, penalty-reward coefficients stand in for Better/|Worse| in the scores.")
        case .noOutcome: return t("没有总体评价或推荐意愿题：无法做关键驱动分析。", "No overall rating or recommend item: no key-driver analysis.")
        case .driversTooFew: return t("每对触点的共同作答人数太少（少于 30），未做驱动分解。", "Too few respondents per pair of touchpoints (under 30) for the driver decomposition.")
        case .peakEndTestNotRun: return t("没有总体评价题或有效人数少于 30：未做峰终检验。", "No overall rating, or fewer than 30 respondents with one: no peak-end test.")
        case .allSuppressed: return t("作答人数少于匿名门槛：不报告任何结果。", "Fewer respondents than the anonymity minimum: nothing is reported.")
        case .recalledRatings: return caveat
        case .participantScoresOpen: return t("参与者打分（scores）是团队在工作坊中公开打的：按原样显示人数与分布，不适用匿名门槛。", "Participants' scores were given openly by the team in the workshop: their number and spread are shown as they are; the anonymity minimum does not apply.")
        }
    }

    // MARK: Numbers

    static func one(_ v: Double) -> String { fixed(v, 1) }
    static func two(_ v: Double) -> String { fixed(v, 2) }
    static func three(_ v: Double) -> String { fixed(v, 3) }
    static func percent(_ v: Double) -> String { fixed(100 * v, 0) + "%" }
    static func signed(_ v: Double) -> String { (v > 0 ? "+" : "") + fixed(v, 2) }
    static func signedInt(_ v: Double) -> String { (v > 0.5 ? "+" : "") + fixed(v, 0) }
    static func p(_ v: Double) -> String { v < 0.001 ? "p < 0.001" : "p = " + fixed(v, 3) }

    /// Fixed decimals, locale-independent, no "-0".
    static func fixed(_ v: Double, _ digits: Int) -> String {
        let text = String(format: "%.\(digits)f", locale: Locale(identifier: "en_US_POSIX"), v)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }
}
