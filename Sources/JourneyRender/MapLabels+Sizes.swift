extension MapLabels {
    /// A slide's stage-mean card: "stage mean of 8 touchpoints", then the pain (or pleasure) point it leads with.
    /// The card leads with the touchpoint that matters (the stage band already names the stage; the footnote says
    /// that each point is a stage mean).
    /// With the lead's own `score`: "最痛：第一次被客户投诉（2.5）" — the touchpoint's figure, beside the stage mean the
    /// point shows, so the card and the takeaway quote the same number.
    func stageMean(count: Int, lead: String?, pain: Bool, score: String? = nil) -> String {
        guard let lead else { return pick("阶段均值（\(count) 个触点）", "Stage mean (\(count) touchpoint\(count == 1 ? "" : "s"))") }
        return stageCard(pick(pain ? "最痛：" : "最爽：", pain ? "Worst: " : "Best: "), lead, score)
    }
    /// A slide's stage card for a stage without a pain or pleasure point: its touchpoint farthest from neutral, with
    /// its score ("最高：转正答辩与面谈（5.5）" / "Lowest: Hand over open cases (3)").
    func stageExtreme(_ name: String, low: Bool, score: String?) -> String {
        stageCard(pick(low ? "最低：" : "最高：", low ? "Lowest: " : "Highest: "), name, score)
    }
    /// The card of the stage that ends the journey, naming its End as the header's box does ("终点：结案与复盘（2.5）"
    /// / "End: Close and review (2.5)").
    func stageEnd(_ name: String, score: String?) -> String { stageCard(pick("终点：", "End: "), name, score) }
    /// A stage card: its word, the touchpoint's name and its score.
    private func stageCard(_ word: String, _ name: String, _ score: String?) -> String {
        word + TextSanitizer.displayText(name) + (score.map(stageCardScore) ?? "")
    }
    /// The end of a stage card: its touchpoint's score in brackets ("（2.7）", " (2.4)"), so it never reads as part of
    /// the name ("Best: Leave on time 4", review 7); kept when the card is cut.
    func stageCardScore(_ score: String) -> String { pick("（\(score)）", " (\(score))") }
    /// After the remembered score on a stage curve: its figure comes from the touchpoints, not the stage means drawn.
    var byTouchpoint: String { pick("（按触点）", " (by touchpoint)") }
    /// A slide's participants note (its legend explains the box and whisker).
    func participantsNoteShort(disagreementRange: String) -> String {
        pick("「分歧大」= 极差 ≥ \(disagreementRange)；团队公开打分，不适用匿名门槛。",
             "\"Split\" = a range of \(disagreementRange) or more; the team scored openly, so no anonymity minimum applies.")
    }
    /// A stage curve's value label: the point is a stage mean and says so ("均值 3.2" / "mean 3.2").
    func stageMeanValue(_ value: String) -> String { pick("均值 \(value)", "mean \(value)") }
    /// Footnote of a slide whose curve has one point per stage; `namingEnd`: a card names the journey's End instead
    /// (the fourth review: "终点：结案与复盘（2.5）" over a 爽点 pill, unexplained).
    func stageCurveNote(namingEnd: Bool) -> String {
        namingEnd ? pick("每个点是一个阶段各触点的平均分；卡片写出该阶段最痛（或最爽）的触点，旅程终点所在阶段写出终点。",
                         "Each point is a stage's mean; the card names its worst (or best) touchpoint, or the journey's end.")
            : pick("每个点是一个阶段各触点的平均分；卡片写出该阶段最痛（或最爽）的触点。",
                   "Each point is a stage's mean; the card names its worst (or best) touchpoint.")
    }
}

extension MapLabels {
    /// After a print sheet's title: which sheet of how many, in words ("（第 1 页，共 4 页）" / " (sheet 1 of 4)"), so
    /// it never looks like a score ("2.5/7").
    /// After the name of a stage whose first touchpoints are on the sheet before (as on the worksheets).
    var stageContinued: String { pick("（续）", " (cont.)") }
    func sheetNumber(_ sheet: Int, of total: Int) -> String { pick("（第 \(sheet) 页，共 \(total) 页）", " (sheet \(sheet) of \(total))") }
    /// The same, first in the subtitle when the title would need another line for it ("第 1 页，共 3 页" / "Sheet 1 of 3").
    func sheetInSubtitle(_ sheet: Int, of total: Int) -> String { pick("第 \(sheet) 页，共 \(total) 页", "Sheet \(sheet) of \(total)") }
    /// A print sheet whose voices (or actions and voices) are on a continuation sheet: where they are
    /// ("这些触点的员工之声见第 2 页（共 4 页）" / "Actions and voices for these touchpoints: sheet 2 of 4").
    func onSheet(_ lanes: Set<LaneKind>, sheet: Int, of total: Int) -> String {
        let zh = [lanes.contains(.actions) ? "改进行动" : nil, lanes.contains(.voices) ? "员工之声" : nil].compactMap { $0 }
        let en = [lanes.contains(.actions) ? "actions" : nil, lanes.contains(.voices) ? "voices" : nil].compactMap { $0 }
            .joined(separator: " and ")
        return pick("这些触点的\(zh.joined(separator: "与"))见第 \(sheet) 页（共 \(total) 页）",
                    en.prefix(1).uppercased() + en.dropFirst() + " for these touchpoints: sheet \(sheet) of \(total)")
    }
}
