import JourneyModel

/// Splits a journey's touchpoints across print pages when they do not fit one sheet at print sizes: as few pages
/// as the minimum column pitch allows, the columns shared out evenly, each page a journey of its own touchpoints
/// (with their stages), so every page is a full map with the stage band and the curve for its columns.
enum PrintPagination {
    /// The page-sized parts of a journey (the journey itself when it fits one page).
    static func split(_ journey: Journey, profile: LayoutProfile, page: Size) -> [Journey] {
        let m = profile.metrics
        let pitch = journey.language == .zh ? m.minPitch : m.minPitchLatin
        let perPage = max(1, Int((page.width - 2 * m.margin - m.gutter) / pitch))
        let count = journey.touchpoints.count
        guard count > perPage else { return [journey] }
        let pages = (count + perPage - 1) / perPage
        let base = count / pages, extra = count % pages
        var parts: [Journey] = []
        var start = 0
        for index in 0..<pages {
            let size = base + (index < extra ? 1 : 0)
            let range = start..<(start + size)
            start += size
            var part = journey
            var position = 0
            part.stages = journey.stages.compactMap { stage in
                let kept = stage.touchpoints.enumerated().filter { range.contains(position + $0.offset) }.map(\.element)
                position += stage.touchpoints.count
                guard !kept.isEmpty else { return nil }
                var copy = stage
                copy.touchpoints = kept
                return copy
            }
            parts.append(part)
        }
        return parts
    }
}
