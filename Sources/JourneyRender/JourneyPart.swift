import JourneyModel

extension Journey {
    /// The journey with only its touchpoints at positions `range` (counted over the whole journey), in their stages,
    /// for a sheet that shows one part: a stage whose earlier touchpoints are on an earlier sheet gets `continued`
    /// after its name ("跟岗带教（续）"), and an empty stage between two of the part's stays, so that the stages after
    /// it keep their place. Used by print map sheets and worksheets alike.
    func part(touchpoints range: Range<Int>, continued: String) -> Journey {
        var part = self
        var offset = 0
        part.stages = stages.compactMap { stage in
            let stageRange = offset..<(offset + stage.touchpoints.count)
            offset += stage.touchpoints.count
            if stage.touchpoints.isEmpty {
                return range.lowerBound < stageRange.lowerBound && stageRange.lowerBound < range.upperBound ? stage : nil
            }
            let kept = stageRange.clamped(to: range)
            guard !kept.isEmpty else { return nil }
            var piece = stage
            piece.touchpoints = Array(stage.touchpoints[(kept.lowerBound - stageRange.lowerBound)..<(kept.upperBound - stageRange.lowerBound)])
            if kept.lowerBound > stageRange.lowerBound { piece.name += continued }
            return piece
        }
        return part
    }
}
