/// Whether a worksheet's sticky-note boxes take the team's sticky notes: each touchpoint's box width on paper, in mm,
/// and the most touchpoints the paper holds with boxes at least as wide as the note. A box narrower than the note
/// cannot be worked on at the wall: a note stuck there covers the next touchpoint's box too.
public struct StickyNoteFit: Sendable, Equatable {
    /// The smallest common sticky note, in mm (1.5 in; 38 × 51 mm): the default on A4.
    public static let smallestNoteMM = 38.0
    /// The usual square sticky note, in mm (3 in): the default on A3, the wall sheet.
    public static let standardNoteMM = 76.0
    /// The notes a sheet can be set up for (`--note`), in mm: 1 in to 4 in.
    public static let noteRangeMM = 25...102
    /// Each touchpoint's sticky-note box on paper, in mm.
    public let boxWidthMM: Double
    /// The note the boxes are measured against, in mm.
    public let noteMM: Double
    /// The most touchpoints the paper holds with boxes of at least `noteMM`.
    public let mostTouchpoints: Int
    /// Whether the note fits a box.
    public var fits: Bool { boxWidthMM >= noteMM - 0.005 }
    /// The box width as the warning and the sheet's footer print it, in whole mm.
    public var shownWidthMM: Int { Int(boxWidthMM.rounded()) }

    /// The fit for `touchpoints` columns on `size`, from the columns `WorksheetLayoutEngine` draws (96 px to the inch),
    /// for notes of `noteMM` (nil: the paper's default, `WorksheetSize.defaultNoteMM`).
    public static func of(touchpoints: Int, size: WorksheetSize, noteMM: Double? = nil) -> StickyNoteFit {
        let note = noteMM ?? size.defaultNoteMM
        let m = WorksheetMetrics.of(size)
        let pxPerMM = 96 / 25.4
        let box = m.pitch(columns: touchpoints) - WorksheetMetrics.boxInset
        let most = Int((m.pitch(columns: 1) / (note * pxPerMM + WorksheetMetrics.boxInset)).rounded(.down))
        return StickyNoteFit(boxWidthMM: box / pxPerMM, noteMM: note, mostTouchpoints: max(1, most))
    }
}
