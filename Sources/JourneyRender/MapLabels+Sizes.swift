extension MapLabels {
    /// A slide's stage-mean card: "stage mean of 8 touchpoints", then the pain (or pleasure) point it leads with.
    /// The card leads with the touchpoint that matters (the stage band already names the stage; the footnote says
    /// that each point is a stage mean).
    func stageMean(count: Int, lead: String?, pain: Bool) -> String {
        guard let lead else { return pick("阶段均值（\(count) 个触点）", "Stage mean of \(count)") }
        return pick(pain ? "最痛：" : "最爽：", pain ? "Worst: " : "Best: ") + TextSanitizer.displayText(lead)
    }
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
