/// A kind of mark a map can draw, as its legend explains it. Lanes record the marks they draw on a page, and the
/// legend lists only those, so a print sheet never explains a mark that is on another sheet.
enum MapMark: String, Sendable, Hashable, CaseIterable {
    case mot, suggestedMOT = "suggested-mot", painPill = "pain", rank, pleasurePill = "pleasure", itchPill = "itch"
    case curve, band, neutral, shade, gap
    /// Points on the curve: a pain point (its pill's ▼ in the pain colour), and other points by value.
    case painPoint = "point-pain", pointHigh = "point-high", pointMid = "point-mid", pointLow = "point-low"
    /// Participants' own scores on a point: the whisker (lowest to highest) and the box (the middle half).
    case spread
}

/// How a point on the emotion curve is drawn: a pain point that has its pill on the page as the pill's ▼ in the pain
/// colour, every other point as a dot by its printed value — filled above and near neutral, an open ring below it —
/// so a low score that is not a pain point never looks like one.
enum CurvePointKind: Sendable, Hashable {
    case pain, high, mid, low

    /// The kind of a point of `value` on a scale with `neutral`: by the value as printed beside the point (one
    /// decimal), so two points labelled "3.5" never differ; `isPain` when the page draws the point's pain pill.
    static func of(value: Double, neutral: Double, isPain: Bool) -> CurvePointKind {
        if isPain { return .pain }
        let shown = (value * 10).rounded() / 10
        return shown <= neutral - 0.5 ? .low : shown >= neutral + 0.5 ? .high : .mid
    }

    /// The legend entry that explains it.
    var mark: MapMark {
        switch self {
        case .pain: return .painPoint
        case .high: return .pointHigh
        case .mid: return .pointMid
        case .low: return .pointLow
        }
    }

    /// The point's shape and style at `center` for a dot of `radius` (`stroke`: the outline width).
    func shape(center: Point, radius: Double, stroke: Double) -> Shape {
        switch self {
        case .pain:
            return Shape(MarkShapes.triangleDown(center: Point(x: center.x, y: center.y - radius * 0.2), size: radius * 2.9),
                         style: ShapeStyle(fill: .pain, stroke: .pointStroke, strokeWidth: stroke), owner: "point-pain")
        case .high:
            return Shape(.circle(center: center, radius: radius), style: ShapeStyle(fill: .pointHigh, stroke: .pointStroke, strokeWidth: stroke),
                         owner: "point-high")
        case .mid:
            return Shape(.circle(center: center, radius: radius), style: ShapeStyle(fill: .pointMid, stroke: .pointStroke, strokeWidth: stroke),
                         owner: "point-mid")
        case .low:
            return Shape(.circle(center: center, radius: radius - stroke * 0.2),
                         style: ShapeStyle(fill: .background, stroke: .pointLow, strokeWidth: stroke * 1.6), owner: "point-low")
        }
    }
}
