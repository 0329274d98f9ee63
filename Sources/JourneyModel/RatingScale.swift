/// A closed integer rating scale such as 1–5 or 1–7, with the neutral point that centres scores.
///
/// METHODS.md: v = x − c with c = (K + 1)/2 unless the scale names one.
public struct RatingScale: Sendable, Hashable, Codable {
    /// Lowest point, e.g. 1.
    public var min: Int
    /// Highest point, e.g. 7.
    public var max: Int
    /// The neutral point; the midpoint unless the journey names one.
    public var neutral: Double

    /// Creates a scale; `neutral` defaults to the midpoint.
    public init(min: Int, max: Int, neutral: Double? = nil) {
        self.min = min
        self.max = max
        self.neutral = neutral ?? Double(min + max) / 2
    }

    /// The default experience scale, 1–5.
    public static let fivePoint = RatingScale(min: 1, max: 5)
    /// The 0–10 "how likely are you to recommend" scale used by eNPS.
    public static let recommend = RatingScale(min: 0, max: 10)

    /// Number of points K.
    public var pointCount: Int { max - min + 1 }

    /// Whether a value lies on the scale (inclusive).
    public func contains(_ value: Double) -> Bool {
        value >= Double(min) && value <= Double(max)
    }

    /// `1–7`, as used in messages.
    public var rangeText: String { "\(min)–\(max)" }
}
