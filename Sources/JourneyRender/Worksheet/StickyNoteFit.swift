/// Whether a worksheet's sticky-note boxes take a real sticky note: each touchpoint's box width on paper, in mm, and
/// the most touchpoints the paper holds with boxes at least as wide as the smallest common note (38 mm, the 1.5-inch
/// note; the usual one is 76 mm). A box narrower than that cannot be worked on at the wall.
public struct StickyNoteFit: Sendable, Equatable {
    /// The smallest common sticky note, in mm (1.5 in).
    public static let smallestNoteMM = 38.0
    /// Each touchpoint's sticky-note box on paper, in mm.
    public let boxWidthMM: Double
    /// The most touchpoints the paper holds with boxes of at least `smallestNoteMM`.
    public let mostTouchpoints: Int
    /// Whether a 38 mm note fits a box.
    public var fits: Bool { boxWidthMM >= Self.smallestNoteMM }
    /// The box width as the warning and the sheet's footer print it, in whole mm.
    public var shownWidthMM: Int { Int(boxWidthMM.rounded()) }

    /// The fit for `touchpoints` columns on `size`, from the columns `WorksheetLayoutEngine` draws (96 px to the inch).
    public static func of(touchpoints: Int, size: WorksheetSize) -> StickyNoteFit {
        let m = WorksheetMetrics.of(size)
        let pxPerMM = 96 / 25.4
        let box = m.pitch(columns: touchpoints) - WorksheetMetrics.boxInset
        let most = Int((m.pitch(columns: 1) / (smallestNoteMM * pxPerMM + WorksheetMetrics.boxInset)).rounded(.down))
        return StickyNoteFit(boxWidthMM: box / pxPerMM, mostTouchpoints: max(1, most))
    }
}
