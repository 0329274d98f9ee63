import JourneyModel

extension AnalysisRequest {
    /// The request in the responses file's terms: a segment's display name (`--by 工龄`) becomes its column (`Q4`)
    /// and a value label (`--where 工龄=0–1 个月`) its raw value (`1`); raw columns and values pass through. Labels
    /// are only names, so the release policy sees exactly the groups the raw request would select.
    public func resolved(for journey: Journey) -> AnalysisRequest {
        guard let survey = journey.survey else { return self }
        func column(_ typed: String) -> String { survey.segmentColumn(named: typed) ?? typed }
        return AnalysisRequest(
            filters: filters.map { filter in
                let raw = column(filter.column)
                return SegmentFilter(column: raw, value: survey.segmentLabel(raw).rawValue(filter.value))
            },
            breakdown: breakdown.map(column))
    }
}

extension Journey {
    /// `工龄 (Q4)` for a segment column with a display name, else the column.
    func segmentListName(_ column: String) -> String {
        let label = segmentLabel(column)
        return label.name.map { "\($0) (\(column))" } ?? column
    }
}
