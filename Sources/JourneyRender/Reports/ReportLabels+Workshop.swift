import JourneyAnalysis

/// The report's words for participants' own workshop scores.
extension ReportLabels {
    var participantsHeading: String { t("参与者打分（工作坊公开打分）", "Participants' scores (given openly in the workshop)") }

    /// `n=8, median 2.5, range 1–5, quartiles 1.75–4 · split`.
    func spreadLine(_ s: ParticipantSpread) -> String {
        let f = ReportCell.format
        let base = t("n=\(s.n)，中位数 \(f(s.median))，最低–最高 \(f(s.min))–\(f(s.max))，四分位数 \(f(s.q1))–\(f(s.q3))",
                     "n=\(s.n), median \(f(s.median)), lowest–highest \(f(s.min))–\(f(s.max)), quartiles \(f(s.q1))–\(f(s.q3))")
        return s.disagreement ? base + t(" · 分歧大", " · split") : base
    }
}
