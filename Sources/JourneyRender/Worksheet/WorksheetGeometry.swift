import JourneyAnalysis
import JourneyModel

/// What every sheet of a worksheet set shares, so the sheets line up when they are taped side by side on the wall
/// (the fourth review: the third A4 sheet's grid had other rows than the first two): the touchpoint cards' lines,
/// the room for the ideas, and so the height of the sticky-note boxes and of the emotion grid's rows; and the sticky
/// note the boxes are made for. Each sheet shares its own width among its own touchpoints.
struct WorksheetGeometry: Sendable, Equatable {
    /// Lines every touchpoint card gives its name.
    var nameLines: Int
    /// The most ideas a sheet lists (the rest are counted, "另有 N 条").
    var ideaCapacity: Int
    /// Rows of small print the ideas take on every sheet: the heading, the ideas, the "more" line (0: no sheet has any).
    var ideaRows: Int
    /// The sticky note the boxes are made for, in mm.
    var noteMM: Double
    /// The height a notes box aims at, in px at 96 dpi: the note and 2 mm, so the note still fits after a printer's
    /// fit-to-page shrink of up to 2.5 % (the fourth review: boxes of 76.07 mm took a 76 mm note only just).
    var noteHeightPx: Double { (noteMM + 2) * 96 / 25.4 }

    /// The geometry of `sheets` (each sheet's part of the journey and its ideas) on `size`.
    static func of(_ sheets: [(Journey, [IdeaSuggestion])], size: WorksheetSize, noteMM: Double,
                   language: JourneyLanguage) -> WorksheetGeometry {
        let m = WorksheetMetrics.of(size)
        // A name wraps to as many lines as it needs (narrow columns — many touchpoints on A4 — allow more); each line
        // beyond the usual ones is paid for by one line of ideas in small print, so the notes keep their room. Only a
        // name longer than that is cut with "…". The set takes the most lines any of its sheets needs.
        var nameLines = 1, usualLines = 1
        for (journey, _) in sheets {
            let pitch = m.pitch(columns: journey.touchpoints.count)
            let least = WorksheetLayoutEngine.leastNameLines(pitch: pitch)
            let lines = WorksheetLayoutEngine.nameLines(journey.touchpoints.map(\.name), width: pitch - 14, font: m.touchpoint,
                                                        least: least, most: pitch < 100 ? 8 : 5)
            nameLines = max(nameLines, lines)
            usualLines = max(usualLines, least)
        }
        // (the set's card lines beyond the usual ones — the most any of its sheets keeps however short its names — each
        // paid for by a line of ideas)
        let capacity = sheets.isEmpty ? m.ideaLines : max(1, m.ideaLines - (nameLines - usualLines))
        let counts = sheets.map { WorksheetLayoutEngine.ideaLines($0.0, $0.1, language).count }
        func rows(_ capacity: Int) -> Int { counts.map { $0 == 0 ? 0 : min($0, capacity) + 1 + ($0 > capacity ? 1 : 0) }.max() ?? 0 }
        let geometry = WorksheetGeometry(nameLines: nameLines, ideaCapacity: capacity, ideaRows: rows(capacity), noteMM: noteMM)
        // The notes take the note's height before the ideas take more than two lines: a sheet lists fewer ideas (and
        // counts the rest, "另有 N 条") when that makes its notes as high as the note, which fits their width. (Where
        // not even two ideas would do it — A4's 38 mm note — the ideas keep their lines.)
        let fits = sheets.allSatisfy { StickyNoteFit.of(touchpoints: $0.0.touchpoints.count, size: size, noteMM: noteMM).fits }
        let first = sheets.first?.0
        let top = m.margin + (first.map { $0.title.isEmpty ? 0 : m.line(m.title) } ?? 0) + m.line(m.subtitle) + m.gap
        let points = first?.scale.pointCount ?? 7
        func reachesTheNote(_ g: WorksheetGeometry) -> Bool { g.gridAndNotes(m, top: top, rows: points, fits: true).notes >= g.noteHeightPx - 0.005 }
        guard fits, !reachesTheNote(geometry), capacity > 2 else { return geometry }
        for fewer in stride(from: capacity - 1, through: 2, by: -1) {
            var trial = geometry
            trial.ideaCapacity = fewer
            trial.ideaRows = rows(fewer)
            if reachesTheNote(trial) { return trial }
        }
        return geometry
    }

    /// The strip for dots under each notes box.
    static func dotsHeight(_ m: WorksheetMetrics) -> Double { m.line(m.small) + 14 }
    /// The stage band: two lines of a stage name.
    static func stageHeight(_ m: WorksheetMetrics) -> Double { m.line(m.stage) * 2 + 8 }
    /// A touchpoint card: its name's lines and a line for the MOT badge.
    func cardHeight(_ m: WorksheetMetrics) -> Double { m.line(m.touchpoint) * Double(nameLines) + m.line(m.small) + 8 }

    /// The emotion grid's and the notes boxes' heights on a sheet whose header ends at `top`, for a scale of `rows`
    /// points (at most 7 rows' worth of height). The fixed rows below the notes are counted bottom up, so the notes take
    /// what is left. The grid's rows take their dot-sized height unless the notes would be lower than the note (when
    /// it `fits` their width: not on a `--one-sheet` sheet of narrow boxes); then they give way down to 7 mm (a dot
    /// still covers one row), and below that (down to 4.5 mm, a 7-point scale on A4) only to keep the notes at
    /// `WorksheetMetrics.minimumNotes`.
    func gridAndNotes(_ m: WorksheetMetrics, top: Double, rows points: Int, fits: Bool) -> (grid: Double, notes: Double) {
        let rows = Double(min(points, 7))
        let ideasHeight = m.line(m.small) * Double(ideaRows)
        let footerHeight = m.line(m.small)
        let fixed = Self.stageHeight(m) + cardHeight(m) + Self.dotsHeight(m) + m.boxHeight + ideasHeight + footerHeight + 8 * m.gap
        let room = m.page.height - m.margin - top - fixed
        let noteHeight = fits ? noteHeightPx : 0
        let forTheNote = max(room - max(noteHeight, WorksheetMetrics.minimumNotes), rows * WorksheetMetrics.noteGridRow)
        let grid = max(rows * WorksheetMetrics.smallestGridRow,
                       min(rows * m.gridRow, forTheNote, room - WorksheetMetrics.minimumNotes)).rounded(.down)
        return (grid, max(room - grid, 60))
    }
}
