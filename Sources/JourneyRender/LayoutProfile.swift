import JourneyModel

/// What a page size is as a layout: its metrics, its page in px, what it shows, and the smallest text it allows.
/// `wide` is the document view (today's map); `slide` is its own view for a 1920 × 1080 slide; `a3` and `a4`
/// fill a landscape sheet at print sizes (96 dpi, so 9 pt = 12 px).
struct LayoutProfile: Sendable {
    /// The size this profile lays out.
    let size: MapSize
    /// Metrics for this size (before a page's plot height and lane gaps are fitted).
    var metrics: LayoutMetrics
    /// The page in px, or nil when the map takes its natural size.
    let page: Size?
    /// Whether the voices lane is drawn.
    let showsVoices: Bool
    /// Most pain pills shown (the top ranked), nil for all.
    let maxPains: Int?
    /// Most pleasure pills shown (the highest scores), nil for all.
    let maxPleasures: Int?
    /// Whether actions are shown only for shown pain points, one each (the top action per pain).
    let actionsPerPainOnly: Bool
    /// Whether the footnotes keep only the anonymity (or estimate) note (a print sheet sets it when the method notes
    /// would crowd out its lanes).
    var compactNotes: Bool
    /// Most touchpoint columns before a slide summarises by stage, or a print page splits across pages.
    let maxColumns: Int?
    /// The curve lane's share of the page height aimed at (the curve is the hero).
    let curveShare: Double
    /// The least share of the page the plot band itself (the scale's maximum to its minimum) takes, never given up
    /// for text: set on a slide, where the callouts sit inside the band; nil to aim at `curveShare` for the lane.
    var plotBandShare: Double? = nil
    /// Whether peak-end callouts sit inside the plot, beside the curve, rather than in rows above and below it.
    var calloutsInPlot = false

    /// The profile of a size.
    static func of(_ size: MapSize) -> LayoutProfile {
        switch size {
        case .wide:
            return LayoutProfile(size: .wide, metrics: .wide, page: nil, showsVoices: true, maxPains: nil, maxPleasures: nil,
                                 actionsPerPainOnly: false, compactNotes: false, maxColumns: nil, curveShare: 1.0 / 3.0)
        case .slide:
            // 24/13 makes the 13 px card names 24 px and the 11 px labels 20.3 px; the title 48 px.
            var m = LayoutMetrics(scale: 24.0 / 13.0)
            m.margin = 20
            m.gutter = 214
            m.laneLabelWidth = 168
            m.minPitch = 0
            m.minPitchLatin = 0
            m.maxPitch = 420
            m.minWidth = 1920
            m.cardNameMaxLines = 2
            m.tagMaxRows = 0
            m.maxActions = 1
            // room for a whole action title: the squeezes shorten it only when the slide is full
            m.actionMaxLines = 4
            m.actionMetaShowsOwnerAndDue = false
            m.showsBoxNote = false
            m.laneGapBase = 4
            m.subtitleBesideTitle = true
            m.showsSeverityText = false
            m.stageNameMaxLines = 2
            // a slimmer stage band: the room goes to the cards' second line and the actions lane
            m.stagePaddingBase = 5
            m.stageGapBase = 8
            m.titleMaxLines = 1
            m.subtitleMaxLines = 2
            m.plotMinHeight = 80
            m.compactLegend = true
            m.actionBase = 13
            // body size for the takeaway (24 px at 1920), so it keeps to its lines beside the peak-end box
            m.takeawayBase = 13
            // value labels flip inside the band, so the plot keeps only the room a scale tick needs
            m.plotPaddingBase = 10
            var slide = LayoutProfile(size: .slide, metrics: m, page: Size(width: 1920, height: 1080), showsVoices: false,
                                      maxPains: 3, maxPleasures: 2, actionsPerPainOnly: true, compactNotes: true, maxColumns: 12,
                                      curveShare: 1.0 / 3.0)
            // The curve is the hero: the band from the scale's maximum to its minimum is a third of the slide, and the
            // callouts sit inside it, so the lanes around it keep their room.
            slide.plotBandShare = 1.0 / 3.0
            slide.calloutsInPlot = true
            return slide
        case .a3, .a4:
            let a3 = size == .a3
            // 96 dpi: 1 mm = 96 / 25.4 px. The smallest wide text (11 px) becomes 12.1 px (A4) or 13.2 px (A3).
            var m = LayoutMetrics(scale: a3 ? 1.2 : 1.1)
            m.margin = 28
            m.gutter = a3 ? 150 : 140
            m.laneLabelWidth = a3 ? 108 : 100
            // Columns wide enough for a ranked pill (▼ 痛点 ①) and names of two or three lines.
            m.minPitch = a3 ? 120 : 110
            m.minPitchLatin = a3 ? 136 : 124
            m.plotMinHeight = a3 ? 120 : 75
            m.laneGapBase = 10
            // Whole quotes and action titles: a sheet that cannot hold them is split (map / voices / actions) before
            // any text is cut.
            m.quoteMaxLines = 8
            m.actionMaxLines = 8
            m.maxQuotes = a3 ? 2 : 1
            m.maxActions = 2
            m.cardNameMaxLines = a3 ? 6 : 5
            m.tagMaxRows = a3 ? 2 : 1
            m.maxPitch = 400
            m.takeawayMaxLines = 3
            let mm = 96.0 / 25.4
            let page = a3 ? Size(width: 420 * mm, height: 297 * mm) : Size(width: 297 * mm, height: 210 * mm)
            m.minWidth = page.width
            var sheet = LayoutProfile(size: size, metrics: m, page: page, showsVoices: true, maxPains: nil, maxPleasures: nil,
                                      actionsPerPainOnly: false, compactNotes: false, maxColumns: nil, curveShare: 1.0 / 3.0)
            // The callouts sit inside the plot where they find room (as on a slide): the curve lane's height goes to
            // the plot, not to rows of callouts above and below it.
            sheet.calloutsInPlot = true
            return sheet
        }
    }
}
