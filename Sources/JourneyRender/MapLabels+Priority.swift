/// Legend texts for the priority marks and point colours (kept apart from the lane and header labels).
extension MapLabels {
    /// The rank legend names the ranks the page draws ("②③④ = …"), never ①②③ when others are shown.
    func legendRank(_ ranks: [Int]) -> String {
        pick("\(rankMarks(ranks)) = 痛点优先顺序（按严重度）", "\(rankMarks(ranks)) = pain points by severity")
    }
    /// The short legend's one entry for the pain ▼ on the curve and its ranks.
    func legendRankOnCurve(_ ranks: [Int]) -> String {
        pick("\(rankMarks(ranks)) = 痛点，按严重度排序", "\(rankMarks(ranks)) = pain points, by severity")
    }
    /// The ranks as the legend writes them: "①②③④", or "①…⑦" for more than four.
    func rankMarks(_ ranks: [Int]) -> String {
        let sorted = ranks.sorted()
        if sorted.count > 4, let first = sorted.first, let last = sorted.last {
            return MapNumber.circled(first) + "…" + MapNumber.circled(last)
        }
        return sorted.map(MapNumber.circled).joined()
    }
    /// After a stage curve's note: where the ranks it does not draw are, so "①②④" never leaves the room asking
    /// where ③ is ("③ 在「区域主管审批」内。" / " ③ in Regional approval."); empty when none is hidden.
    func ranksInside(_ hidden: [(rank: Int, stage: String)]) -> String {
        guard !hidden.isEmpty else { return "" }
        let zh = hidden.map { "\(MapNumber.circled($0.rank)) 在「\(TextSanitizer.displayText($0.stage))」内" }.joined(separator: "，")
        let en = hidden.map { "\(MapNumber.circled($0.rank)) in \(TextSanitizer.displayText($0.stage))" }.joined(separator: ", ")
        return pick(zh + "。", " " + en + ".")
    }
    /// On a slide, which shows only its top pain points: the ones it draws as ▼ without a pill or rank, so a room
    /// never reads a drawn pain as "not a pain point" ("「客服受理」的 ▼ 是痛点 ⑤：幻灯片只给前 4 个痛点编号。").
    /// `numbered`: the last rank the slide numbers (its pills, and the ranks inside their stages), so the count
    /// never contradicts the ①②③④ on screen.
    func unlabelledPains(_ pains: [(rank: Int, place: String?)], numbered: Int) -> String {
        guard !pains.isEmpty else { return "" }
        let placed = pains.compactMap { pain in pain.place.map { (rank: pain.rank, place: $0) } }
        if pains.count > 3 || placed.count < pains.count {
            return pick("另有 \(pains.count) 个痛点（▼ 无编号）：幻灯片只给前 \(numbered) 个编号，全部见分析报告。",
                        "\(pains.count) more pain points (▼ without a number): a slide numbers only the top \(numbered); all are in the analysis report.")
        }
        // (the rank in words: the ▼ on screen has no number, so "⑤ 在…" beside "▼ 无编号" read as a contradiction)
        let zh = placed.map { "「\(TextSanitizer.displayText($0.place))」的 ▼ 是痛点 \(MapNumber.circled($0.rank))" }.joined(separator: "，")
        let en = placed.map { "the ▼ at \(TextSanitizer.displayText($0.place)) is pain \(MapNumber.circled($0.rank))" }.joined(separator: ", ")
        return pick("\(zh)：幻灯片只给前 \(numbered) 个痛点编号。", "\(en.prefix(1).uppercased() + en.dropFirst()): a slide numbers only the top \(numbered) pain points.")
    }
    /// Participants' box and whisker on a point, in the legend.
    var legendSpread: String { pick("各人打分：竖线 = 最低–最高，框 = 中间一半", "Participants: line = lowest–highest, box = middle half") }
    var legendPointHigh: String { pick("高于中性", "Above neutral") }
    var legendPointMid: String { pick("接近中性", "Near neutral") }
    var legendPointLow: String { pick("低于中性（未标为痛点）", "Below neutral, not a pain point") }
    /// A pain point on the curve: drawn as its pill's ▼, numbered as its pill.
    var legendPointPain: String { pick("曲线上的痛点", "Pain point on the curve") }
    func votes(_ n: Int) -> String { pick("\(n) 票", n == 1 ? "1 vote" : "\(n) votes") }
    /// On the card of the action the takeaway names first (the action plan's first), before its votes.
    var doFirst: String { pick("先做", "Do first") }
    var legendBelowNeutral: String { pick("阴影 = 低于中性", "Shaded = below neutral") }
}
