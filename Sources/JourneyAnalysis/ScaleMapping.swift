import JourneyModel

/// The linear map of one rating scale onto another, so that two journeys on different scales can share one plot:
/// y = min_to + (x − min_from)·(max_to − min_to)/(max_from − min_from). Ends map to ends; the neutral points agree
/// only when both sit at the same relative place.
public struct ScaleMapping: Sendable, Hashable {
    /// The scale values come from.
    public var from: RatingScale
    /// The scale they are drawn on.
    public var to: RatingScale

    /// Creates a mapping.
    public init(from: RatingScale, to: RatingScale) {
        self.from = from
        self.to = to
    }

    /// Whether the scales are the same (nothing is mapped).
    public var isIdentity: Bool { from.min == to.min && from.max == to.max }

    /// A value of `from` on `to`.
    public func map(_ x: Double) -> Double {
        guard !isIdentity, from.max > from.min else { return x }
        return Double(to.min) + (x - Double(from.min)) * Double(to.max - to.min) / Double(from.max - from.min)
    }
}
