import JourneyModel

/// Top-2 / bottom-2 boxes scaled to the scale (METHODS.md §3.3): the top and bottom 2 points on 5–7 point
/// scales; [proposed] 1 point on 2–4 point scales and round(2K/7) points above 7 (3 of 11 on 0–10).
public struct LikertBoxes: Sendable, Hashable {
    /// Points in each box.
    public var size: Int
    /// Values ≤ this are in the bottom box.
    public var bottomMax: Double
    /// Values ≥ this are in the top box.
    public var topMin: Double

    /// The boxes of a scale.
    public init(_ scale: RatingScale) {
        let k = scale.pointCount
        size = k <= 4 ? 1 : k <= 7 ? 2 : Int((2 * Double(k) / 7).rounded())
        bottomMax = Double(scale.min + size - 1)
        topMin = Double(scale.max - size + 1)
    }
}
