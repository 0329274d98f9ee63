/// Legend texts for the priority marks and point colours (kept apart from the lane and header labels).
extension MapLabels {
    var legendRank: String { pick("①②③ = 痛点优先顺序（按严重度）", "①②③ = pain points by priority (severity)") }
    var legendPointHigh: String { pick("高于中性", "Above neutral") }
    var legendPointMid: String { pick("接近中性", "Near neutral") }
    var legendPointLow: String { pick("低于中性（未标为痛点）", "Below neutral (not marked as a pain point)") }
    /// A pain point on the curve: drawn as its pill's ▼, numbered as its pill.
    var legendPointPain: String { pick("曲线上的痛点", "Pain point on the curve") }
    func votes(_ n: Int) -> String { pick("\(n) 票", n == 1 ? "1 vote" : "\(n) votes") }
    var legendBelowNeutral: String { pick("阴影 = 低于中性", "Shaded = below neutral") }
}
