/// Sizes and spacings of the map, in user units (px), for one page size: one place to tune the look.
///
/// Every font, line height and spacing is today's wide value times `scale` (`wide` is exactly 1, so the document
/// view is unchanged); the gutter, pitch and lane rules a profile sets itself.
struct LayoutMetrics: Sendable, Hashable {
    /// Factor applied to every font, line height and spacing of the wide map.
    var scale: Double = 1
    /// The left column holding lane labels and the curve's scale ticks.
    var gutter = 132.0
    /// Width of the lane labels inside the gutter (the rest is for scale ticks).
    var laneLabelWidth = 96.0
    var margin = 32.0
    var minPitch = 138.0
    /// English words are longer than Chinese phrases: wider columns keep names to fewer lines.
    var minPitchLatin = 152.0
    var maxPitch = 230.0
    var minWidth = 1200.0
    /// The curve's plot height: from the scale's steps, clamped to these bounds (profiles stretch it to fill a page).
    var plotMinHeight = 180.0
    var plotMaxHeight = 240.0
    var cardNameMaxLines = 5
    var tagMaxRows = 2
    var quoteMaxLines = 8
    var maxQuotes = 2
    var actionMaxLines = 8
    var maxActions = 3
    /// Whether the peak-end box has its verdict note (always in full: the box and the footnotes are never cut).
    var showsBoxNote = true
    /// The curve's plot height when a profile fixes it (to make the curve the hero of a page); nil derives it.
    var plotHeight: Double? = nil
    /// Extra space between lanes, spread by a page profile so the map fills its page.
    var laneGapExtra = 0.0
    /// Extra room above and below the plot, so that a sheet whose plot height is set by another sheet still gives
    /// the curve its share of the page.
    var curvePadding = 0.0
    /// Wide-map size of the takeaway line (a slide keeps it at body size).
    var takeawayBase = 17.0
    /// Wide-map size of the action title (a slide raises it to body size).
    var actionBase = 12.0
    /// Wide-map space between lanes (a slide packs its lanes tighter).
    var laneGapBase = 18.0
    /// Whether the legend keeps only the marks a slide needs (the callouts and points label themselves).
    var compactLegend = false
    /// A slide's plot band share once it yields to keep its actions lane (nil: the profile's `plotBandShare`).
    var bandShareOverride: Double? = nil
    /// Whether pain pills have their severity in words under the bar (a slide keeps rank and bar only).
    var showsSeverityText = true
    /// Lines of a stage name in the stage band.
    var stageNameMaxLines = 3
    /// Whether the subtitle (persona, data line, scale) is drawn: a full slide leaves it out before it drops its
    /// actions (the ticks show the scale, the footnote the data).
    var showsSubtitle = true
    /// Whether a one-line subtitle goes beside a one-line title when it fits (a slide).
    var subtitleBesideTitle = false
    /// Lines of the title and of the subtitle.
    var titleMaxLines = 2
    /// Lines of the takeaway line under the title (print sheets allow three, so it is not cut).
    var takeawayMaxLines = 2
    var subtitleMaxLines = 3
    /// Most lines of an action's votes, owner and due date (packed at the " · " between them).
    var actionMetaMaxLines = 4
    /// Whether the owner and due date are among them (a slide shows the votes and leaves the rest to the plan).
    var actionMetaShowsOwnerAndDue = true

    /// The wide (document) metrics: today's values.
    static let wide = LayoutMetrics()

    /// `value` (a wide-map length) at this size.
    func px(_ value: Double) -> Double { value * scale }
    func font(_ size: Double, _ weight: FontWeight = .regular) -> FontSpec { FontSpec(size: size * scale, weight: weight) }

    var columnGap: Double { px(10) }
    var laneGap: Double { px(laneGapBase) + laneGapExtra }

    var title: FontSpec { font(26, .bold) }
    var titleLine: Double { px(34) }
    /// The takeaway line under the title: larger than the subtitle, the map's headline.
    var takeaway: FontSpec { font(takeawayBase, .bold) }
    var takeawayLine: Double { px(takeawayBase * 1.35) }
    var subtitle: FontSpec { font(14) }
    var subtitleLine: Double { px(20) }
    var boxHeadline: FontSpec { font(15, .bold) }
    var boxText: FontSpec { font(13) }
    var boxNote: FontSpec { font(12) }
    var boxLine: Double { px(18) }
    var boxPadding: Double { px(14) }

    var laneLabel: FontSpec { font(13, .bold) }
    var laneNote: FontSpec { font(11) }
    var laneLine: Double { px(17) }

    var stageName: FontSpec { font(15, .bold) }
    var stageLine: Double { px(20) }
    var stagePadding: Double { px(stagePaddingBase) }
    /// The stage band's padding above and below its names, at base size (a slide keeps a slimmer band).
    var stagePaddingBase = 9.0
    /// The gap between the stage band and the touchpoint cards, at base size.
    var stageGapBase = 14.0

    var badge: FontSpec { font(11, .bold) }
    var badgeHeight: Double { px(20) }
    var badgeGap: Double { px(5) }
    var cardName: FontSpec { font(13) }
    var cardLine: Double { px(18) }
    var cardPaddingX: Double { px(8) }
    var cardPaddingY: Double { px(10) }
    var tag: FontSpec { font(11) }
    var tagHeight: Double { px(17) }
    var tagPaddingX: Double { px(6) }
    var tagGap: Double { px(4) }

    /// Wide-map room above the scale's maximum and below its minimum inside the plot (a slide keeps it tight: its
    /// value labels flip inside the band instead).
    var plotPaddingBase = 22.0
    var plotPadding: Double { px(plotPaddingBase) }
    var value: FontSpec { font(12, .bold) }
    var valueOffset: Double { px(7) }
    var pointRadius: Double { px(5.5) }
    var tick: FontSpec { font(11) }
    var sampleSize: FontSpec { font(11) }
    var sampleRow: Double { px(20) }
    var callout: FontSpec { font(12, .bold) }
    var calloutHeight: Double { px(22) }
    var calloutRow: Double { px(28) }

    var pill: FontSpec { font(13, .bold) }
    var pillHeight: Double { px(24) }
    var severity: FontSpec { font(11) }

    var quote: FontSpec { font(12) }
    var quoteLine: Double { px(17) }
    var action: FontSpec { font(actionBase, .bold) }
    var actionLine: Double { px(17 * actionBase / 12) }
    var actionMeta: FontSpec { font(11) }
    var actionMetaLine: Double { px(15) }
    var boxInset: Double { px(8) }
    var stackGap: Double { px(6) }
    var more: FontSpec { font(11) }

    var legend: FontSpec { font(12) }
    var legendRow: Double { px(22) }
    var footnote: FontSpec { font(11) }
    var footnoteLine: Double { px(16) }
}
