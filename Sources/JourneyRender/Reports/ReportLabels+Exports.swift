import JourneyAnalysis
import JourneyModel

extension ReportLabels {
    /// Heading of the journey-wide comments (`survey.comment`).
    var commentsHeading: String { t("其他建议", "Other comments") }

    /// Said instead of the journey-wide comments when the release policy withholds them (never how many there are).
    var commentsHidden: String {
        t("其他建议：填写人数不足或为保护更小的群体，已隐藏", "Other comments: hidden (too few people wrote one, or to protect a smaller group)")
    }
}

extension Journey {
    /// A `--where` filter as the reports show it: the segment's display name and the value's label.
    func shownFilter(_ filter: SegmentFilter) -> SegmentFilter {
        let label = segmentLabel(filter.column)
        return SegmentFilter(column: label.displayName, value: label.display(filter.value))
    }
}
