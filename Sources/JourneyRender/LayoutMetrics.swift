/// Sizes and spacings of the map, in user units. One place to tune the look.
enum LayoutMetrics {
    static let margin = 32.0
    /// The left column holding lane labels and the curve's scale ticks.
    static let gutter = 132.0
    /// Width of the lane labels inside the gutter (the rest is for scale ticks).
    static let laneLabelWidth = 96.0
    static let columnGap = 10.0
    static let minPitch = 138.0
    /// English words are longer than Chinese phrases: wider columns keep names to fewer lines.
    static let minPitchLatin = 152.0
    static let maxPitch = 230.0
    static let minWidth = 1200.0
    static let laneGap = 18.0

    static let title = FontSpec(size: 26, weight: .bold)
    static let titleLine = 34.0
    /// The takeaway line under the title: larger than the subtitle, the map's headline.
    static let takeaway = FontSpec(size: 17, weight: .bold)
    static let takeawayLine = 23.0
    static let subtitle = FontSpec(size: 14)
    static let subtitleLine = 20.0
    static let boxHeadline = FontSpec(size: 15, weight: .bold)
    static let boxText = FontSpec(size: 13)
    static let boxNote = FontSpec(size: 12)
    static let boxLine = 18.0
    static let boxPadding = 14.0

    static let laneLabel = FontSpec(size: 13, weight: .bold)
    static let laneNote = FontSpec(size: 11)
    static let laneLine = 17.0

    static let stageName = FontSpec(size: 15, weight: .bold)
    static let stageLine = 20.0
    static let stagePadding = 9.0

    static let badge = FontSpec(size: 11, weight: .bold)
    static let badgeHeight = 20.0
    static let badgeGap = 5.0
    static let cardName = FontSpec(size: 13)
    static let cardLine = 18.0
    static let cardPaddingX = 8.0
    static let cardPaddingY = 10.0
    static let cardNameMaxLines = 5
    static let tag = FontSpec(size: 11)
    static let tagHeight = 17.0
    static let tagPaddingX = 6.0
    static let tagGap = 4.0
    static let tagMaxRows = 2

    static let plotPadding = 22.0
    static let value = FontSpec(size: 12, weight: .bold)
    static let valueOffset = 7.0
    static let pointRadius = 5.5
    static let tick = FontSpec(size: 11)
    static let sampleSize = FontSpec(size: 11)
    static let sampleRow = 20.0
    static let callout = FontSpec(size: 12, weight: .bold)
    static let calloutHeight = 22.0
    static let calloutRow = 28.0

    static let pill = FontSpec(size: 13, weight: .bold)
    static let pillHeight = 24.0
    static let severity = FontSpec(size: 11)

    static let quote = FontSpec(size: 12)
    static let quoteLine = 17.0
    static let quoteMaxLines = 8
    static let maxQuotes = 2
    static let action = FontSpec(size: 12, weight: .bold)
    static let actionLine = 17.0
    static let actionMaxLines = 8
    static let actionMeta = FontSpec(size: 11)
    static let actionMetaLine = 15.0
    static let maxActions = 3
    static let boxInset = 8.0
    static let stackGap = 6.0
    static let more = FontSpec(size: 11)

    static let legend = FontSpec(size: 12)
    static let legendRow = 22.0
    static let footnote = FontSpec(size: 11)
    static let footnoteLine = 16.0
}
