/// Labels under the curve for touchpoints without a drawable survey mean.
extension MapLabels {
    /// A touchpoint the survey does not cover (no column bound, or nobody answered).
    var noSurveyData: String { pick("无问卷数据", "no survey data") }
    /// Fewer than 10 answers: the distribution is reported, not a mean (so no point on the curve).
    func distributionOnly(_ n: Int) -> String { pick("n=\(n) · 仅分布", "n=\(n) · distribution only") }
}
