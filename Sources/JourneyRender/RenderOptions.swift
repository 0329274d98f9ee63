import JourneyModel

/// The colour scheme of a map.
public enum MapTheme: String, Sendable, Hashable, CaseIterable {
    /// Light background, soft colours (default).
    case light
    /// Dark background for projectors.
    case dark
    /// Black on white that survives greyscale printing: marks differ by shape and hatching.
    case print
    /// High contrast, colour-blind-safe Okabe–Ito palette.
    case contrast
}

/// The page size of a map.
public enum MapSize: String, Sendable, Hashable, CaseIterable {
    /// Its own view of a 1920 × 1080 slide: large text, the top findings, no voices; long journeys by stage.
    case slide
    /// Natural size: the width grows with the number of touchpoints (default).
    case wide
    /// A3 landscape (420 × 297 mm) at print sizes, filling the sheet; several pages when the journey needs them.
    case a3
    /// A4 landscape (297 × 210 mm) at print sizes, filling the sheet; several pages when the journey needs them.
    case a4
}

/// The output file format.
public enum MapFormat: String, Sendable, Hashable, CaseIterable {
    case svg, png, pdf
    /// A Mermaid `journey` diagram (`.mmd`), written by `MermaidWriter`.
    case mermaid

    /// The file extension: `mmd` for Mermaid, else the format's name.
    public var fileExtension: String { self == .mermaid ? "mmd" : rawValue }
}

/// Everything that shapes a rendered map besides the journey and its findings.
public struct RenderOptions: Sendable, Hashable {
    /// The two terms of (most intense + end)/2: the most intense touchpoint's score and the End's (nil where missing).
    struct PeakEndTerms: Sendable, Hashable {
        var peak: Double?
        var end: Double?
        /// The touchpoints they are the scores of (a stage curve's box names them: its points are stage means).
        var peakID: String? = nil
        var endID: String? = nil
    }
    /// Which sheet of how many a print page is.
    struct SheetNumber: Sendable, Hashable {
        var sheet: Int
        var total: Int
    }

    /// Colour scheme.
    public var theme: MapTheme
    /// Language of generated labels; nil uses the journey's.
    public var language: JourneyLanguage?
    /// Page size.
    public var size: MapSize
    /// A "generated on" line in the footnote, e.g. "2026-11-22"; nil for none (the default keeps output deterministic).
    public var stamp: String?
    /// "Made with journeymap" in the footnote (off by default: the map is the team's, not ours).
    public var credit: Bool
    /// The takeaway line under the title (`MapTakeaway`; `--no-takeaway` turns it off).
    public var takeaway: Bool
    /// The takeaway worked out from the whole journey before a slide summarises it by stage or print splits it into
    /// sheets, so every page says the same thing (set by `MapLayoutEngine.pages`).
    var takeawayText: String? = nil
    /// The takeaway without the first action's place, for a header whose lines cannot hold the whole one.
    var takeawayShortText: String? = nil
    /// The takeaway with the first action left to its card, for a header that cannot hold even the short one.
    var takeawayShortestText: String? = nil
    /// The action the takeaway names first (`MapTakeaway.firstAction`, the action plan's first), whose card says
    /// "先做 / Do first", so a room sees which card the headline means even when another has more votes.
    var firstAction: JourneyAction? = nil
    /// Every touchpoint's display name by id, for a print sheet that shows part of the journey: its peak-end box
    /// names the most intense moment and the end even when they are on another sheet.
    var wholeJourneyNames: [String: String] = [:]
    /// Whether the curve has one point per stage (a slide of a long journey).
    var stageCurve = false
    /// One curve per released group of the findings' `--by` breakdown beside the journey's own (`render --by`).
    public var segmentCurves = false
    /// How many touchpoints a stage curve summarises (the `<desc>` says so).
    var summarizedTouchpoints = 0
    /// A stage curve's card scores by stage point id (" (2.4)"): a cut card keeps its number (`StageSummary`).
    var stageCardScores: [String: String] = [:]
    /// Whether a stage card of a stage curve names the journey's End ("终点：…"), which the footnote then explains.
    var stageCardNamesEnd = false
    /// A stage curve's pain ranks by stage point id: each the rank of the pain point it leads with in the whole journey
    /// (as the wide map and the report number it), never renumbered per slide.
    var painRankOverride: [String: Int]? = nil
    /// A stage curve's other pain ranks by stage point id, in rank order: those its stage holds besides its lead, so
    /// the stage's pill can carry them ("痛点 ①③", review 8 #3) and the footnote can say where one it has no room
    /// for is ("③ in Morning peak").
    var stageCompanionRanks: [String: [Int]] = [:]
    /// The two terms of (most intense + end)/2, the touchpoints' own scores, worked out before a slide summarises the
    /// journey by stage (whose findings no longer hold those touchpoints), so the box can write them in.
    var peakEndTerms: PeakEndTerms? = nil
    /// A print sheet's place in its set ("sheet 1 of 3"), after the title, or first in the subtitle when it would
    /// add a title line (set by `PrintPagination`); nil for a single page.
    var sheet: SheetNumber? = nil
    /// Each stage's colour slot by id, from its place in the whole journey, so a stage keeps its colour on every sheet.
    var stageColors: [String: Int] = [:]

    /// Creates options.
    public init(theme: MapTheme = .light, language: JourneyLanguage? = nil, size: MapSize = .wide, stamp: String? = nil,
                credit: Bool = false, takeaway: Bool = true) {
        self.theme = theme
        self.language = language
        self.size = size
        self.stamp = stamp
        self.credit = credit
        self.takeaway = takeaway
    }
}
