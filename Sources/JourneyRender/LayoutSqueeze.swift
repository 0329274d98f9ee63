/// The cuts a page size makes, in order, when its map does not fit the page at its text sizes: fewer and shorter
/// quotes and actions first, then shorter names and tags, and the peak-end box's note left out (never cut). Text is
/// never made smaller; cut text keeps its full wording in `<title>`; the footnotes are never cut.
enum LayoutSqueeze {
    typealias Step = @Sendable (inout LayoutMetrics) -> Void

    /// The steps for a size (none for `wide`, which grows instead).
    static func steps(for size: MapSize) -> [Step] {
        switch size {
        case .wide: return []
        case .slide:
            // A slide keeps its names and its one action per pain whole as long as it can: the header's second
            // lines first, the band down to 30 % (`MapLayoutEngine.minimumBandShare`), an action's fourth line, then
            // one line per touchpoint name (a stage card keeps two), an action's third line, then the subtitle; the
            // actions lane goes (`lastResort`) only when even two-line actions do not fit (never one line: a cut
            // title says nothing).
            return [
                { $0.subtitleMaxLines = 1; $0.stageNameMaxLines = 1 },
                { $0.titleMaxLines = 1 },
                { $0.bandShareOverride = MapLayoutEngine.minimumBandShare },
                { $0.actionMaxLines = min($0.actionMaxLines, 3) },
                { $0.cardNameMaxLines = 1 },
                { $0.actionMaxLines = 2 },
                { $0.showsSubtitle = false },
            ]
        case .a3, .a4:
            // Touchpoint names are never cut here (only past `cardNameMaxLines`); the header's second lines, the
            // actions' meta and the stage names go before an action or a quote is shortened.
            return keepingText(for: size) + [
                { $0.subtitleMaxLines = 1 },
                { $0.actionMetaMaxLines = min($0.actionMetaMaxLines, 1) },
                { $0.stageNameMaxLines = 1 },
                { $0.quoteMaxLines = min($0.quoteMaxLines, 4); $0.actionMaxLines = min($0.actionMaxLines, 4) },
                { $0.quoteMaxLines = 3; $0.actionMaxLines = 3; $0.titleMaxLines = 1 },
                // the last resort: a name longer than three lines in its column is cut there (never shorter)
                { $0.cardNameMaxLines = min($0.cardNameMaxLines, 4) },
                { $0.cardNameMaxLines = min($0.cardNameMaxLines, 3); $0.actionMaxLines = 2; $0.quoteMaxLines = 2 },
                // only a sheet that still cannot hold its lanes (stress texts) goes below three lines
                { $0.cardNameMaxLines = 2; $0.actionMaxLines = 1; $0.stageNameMaxLines = 1 },
                { $0.cardNameMaxLines = 1 },
            ]
        }
    }

    /// The print steps that cut no text: narrower lane gaps, a second quote or action (the report lists them),
    /// actor-tag rows, the box's note. A print sheet runs these first and moves its voices to another sheet before it
    /// cuts any text.
    static func keepingText(for size: MapSize) -> [Step] {
        guard size == .a3 || size == .a4 else { return [] }
        let content = keepingContent(for: size)
        return [content[0], { $0.maxQuotes = 1; $0.maxActions = 1 }] + content.dropFirst()
    }

    /// The print steps that leave every quote and action on the sheet: narrower gaps between the lanes, the
    /// actor-tag rows, then the box's note (what a sheet gives up to keep its curve at a third of its height, and
    /// what saves a sheet that is a few pixels too tall from cutting an action's owner and date). The note, which
    /// names the most intense moment and the end, goes last: without it a sheet's reader cannot say where the
    /// box's two figures are drawn.
    static func keepingContent(for size: MapSize) -> [Step] {
        guard size == .a3 || size == .a4 else { return [] }
        return [
            { $0.laneGapBase = min($0.laneGapBase, 5) },
            { $0.tagMaxRows = min($0.tagMaxRows, 1) },
            { $0.tagMaxRows = 0 },
            { $0.showsBoxNote = false },
        ]
    }

    /// The lane a size drops when nothing else is left to cut (a print page goes to a second sheet instead).
    static func lastResort(for size: MapSize) -> LaneKind? { size == .slide ? .actions : nil }
}
