import JourneyAnalysis

/// The map's words for participants' own workshop scores (`scores:`).
extension MapLabels {
    /// Under a touchpoint with participants' scores: how many dots, and "split" when the room disagreed.
    func participants(_ spread: ParticipantSpread) -> String {
        let count = pick("\(spread.n) 人打分", "\(spread.n) dots")
        return spread.disagreement ? count + pick(" · 分歧大", " · split") : count
    }

    /// The footnote: what the whisker and box show, and why no anonymity rule applies.
    func participantsNote(disagreementRange: String) -> String {
        pick("参与者打分：竖线为最低到最高分，方框为中间一半（四分位数），点为中位数；极差 ≥ \(disagreementRange) 标为「分歧大」。团队在工作坊中公开打分，不适用匿名门槛。",
             "Participants' dots: the line runs from the lowest to the highest score, the box spans the middle half (quartiles), the point is the median; a range of \(disagreementRange) or more is marked \"split\". The team scored openly in the workshop, so the anonymity minimum does not apply.")
    }
}
