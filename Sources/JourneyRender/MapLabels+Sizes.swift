extension MapLabels {
    /// A slide's stage-mean card: "stage mean of 8 touchpoints", then the pain (or pleasure) point it leads with.
    /// The card leads with the touchpoint that matters (the stage band already names the stage; the footnote says
    /// that each point is a stage mean).
    /// With the lead's own `score`: "最痛：第一次被客户投诉 2.5" — the touchpoint's figure, beside the stage mean the
    /// point shows, so the card and the takeaway quote the same number.
    func stageMean(count: Int, lead: String?, pain: Bool, score: String? = nil) -> String {
        guard let lead else { return pick("阶段均值（\(count) 个触点）", "Stage mean (\(count) touchpoint\(count == 1 ? "" : "s"))") }
        return pick(pain ? "最痛：" : "最爽：", pain ? "Worst: " : "Best: ") + TextSanitizer.displayText(lead) + (score.map { " " + $0 } ?? "")
    }
    /// After the remembered score on a stage curve: its figure comes from the touchpoints, not the stage means drawn.
    var byTouchpoint: String { pick("（按触点）", " (by touchpoint)") }
    /// A slide's participants note (its legend explains the box and whisker).
    func participantsNoteShort(disagreementRange: String) -> String {
        pick("「分歧大」= 极差 ≥ \(disagreementRange)；团队公开打分，不适用匿名门槛。",
             "\"Split\" = a range of \(disagreementRange) or more; the team scored openly, so no anonymity minimum applies.")
    }
    /// A stage curve's value label: the point is a stage mean and says so ("均值 3.2" / "mean 3.2").
    func stageMeanValue(_ value: String) -> String { pick("均值 \(value)", "mean \(value)") }
    /// Footnote of a slide whose curve has one point per stage.
    var stageCurveNote: String { pick("每个点是一个阶段各触点的平均分；卡片写出该阶段最痛（或最爽）的触点。",
                                      "Each point is the mean of a stage's touchpoints; the card names its worst (or best) touchpoint.") }
}

extension MapLabels {
    /// A print sheet whose voices did not fit: where they are ("员工之声见第 3/5 页").
    func voicesOnSheet(_ sheet: Int, of total: Int) -> String {
        pick("这些触点的员工之声见第 \(sheet)/\(total) 页", "Voices for these touchpoints: sheet \(sheet)/\(total)")
    }
}
