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

    /// The fit for `touchpoints` columns on `size` (the same columns `WorksheetLayoutEngine` draws: the width between
    /// the margins and the label gutter shared out, each box 4 px narrower than its column; 96 px to the inch).
    public static func of(touchpoints: Int, size: WorksheetSize) -> StickyNoteFit {
        let m = WorksheetMetrics.of(size)
        let pxPerMM = 96 / 25.4
        let usable = m.page.width - 2 * m.margin - m.gutter
        let box = usable / Double(max(touchpoints, 1)) - 4
        let most = Int((usable / (smallestNoteMM * pxPerMM + 4)).rounded(.down))
        return StickyNoteFit(boxWidthMM: box / pxPerMM, mostTouchpoints: max(1, most))
    }
}
