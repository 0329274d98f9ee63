/// The one summary the journey model itself needs of participants' dots: their median, which stands in for
/// `score:` when a touchpoint gives `scores:` only. The full spread (quartiles, disagreement) is
/// `ParticipantSpread` in JourneyAnalysis; `Statistics.median` is this same function.
public enum ParticipantScores {
    /// The median: the middle value of the sorted scores, or the mean of the two middle values when their number is
    /// even (`[2, 3, 4, 5]` → 3.5); nil for no scores.
    public static func median(_ scores: [Double]) -> Double? {
        guard !scores.isEmpty else { return nil }
        let sorted = scores.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
