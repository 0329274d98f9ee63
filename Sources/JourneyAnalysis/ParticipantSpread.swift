import JourneyModel

/// The spread of participants' own scores at one touchpoint (`scores:` in the journey), treated as a small estimate
/// sample: n, median, minimum, maximum and quartiles, and whether the room disagreed.
///
/// Quartiles are Hyndman & Fan (1996) type 7 (`Statistics.quantile`, R's and numpy's default): h = (n − 1)p,
/// Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎). Disagreement [proposed]: max − min ≥ (scale max − scale min)/2,
/// e.g. a spread of 2 or more on 1–5, 3 or more on 1–7. The team scored openly in the room, so the anonymity minimum
/// does not apply: a spread of 2 participants is shown as it is.
public struct ParticipantSpread: Sendable, Hashable {
    /// Number of participants' scores.
    public var n: Int
    /// Median (mean of the two middle values when n is even).
    public var median: Double
    /// Lowest score.
    public var min: Double
    /// Highest score.
    public var max: Double
    /// First quartile (type 7).
    public var q1: Double
    /// Third quartile (type 7).
    public var q3: Double
    /// max − min ≥ half the scale's range.
    public var disagreement: Bool

    /// max − min.
    public var range: Double { max - min }

    /// The spread of `scores` on `scale`, or nil for no scores.
    public init?(_ scores: [Double], scale: RatingScale) {
        guard let median = Statistics.median(scores), let quartiles = Statistics.quartiles(scores),
              let low = scores.min(), let high = scores.max() else { return nil }
        n = scores.count
        self.median = median
        min = low
        max = high
        q1 = quartiles.lowerBound
        q3 = quartiles.upperBound
        disagreement = high - low >= Double(scale.max - scale.min) / 2
    }

    /// Each touchpoint's spread by id, for the touchpoints that have participants' scores.
    public static func spreads(_ journey: Journey) -> [String: ParticipantSpread] {
        var out: [String: ParticipantSpread] = [:]
        for t in journey.touchpoints where out[t.id] == nil {
            if let spread = ParticipantSpread(t.participantScores, scale: journey.scale) { out[t.id] = spread }
        }
        return out
    }

    /// Adds each touchpoint's spread to its finding, and the note that these scores were given openly.
    public static func attach(to findings: inout JourneyFindings, journey: Journey) {
        let spreads = spreads(journey)
        guard !spreads.isEmpty else { return }
        for index in findings.touchpoints.indices {
            findings.touchpoints[index].participantSpread = spreads[findings.touchpoints[index].id]
        }
        if !findings.notes.contains(.participantScoresOpen) { findings.notes.append(.participantScoresOpen) }
    }
}
