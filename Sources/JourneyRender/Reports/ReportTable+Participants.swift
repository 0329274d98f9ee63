import JourneyAnalysis

extension ReportTable {
    /// Columns appended for participants' own scores (`scores:` in the journey, given openly in the workshop): the
    /// `ParticipantSpread` of the JSON report's `participants` object. Empty on touchpoints without scores and on
    /// `--by` group rows (the room's scores belong to no survey group).
    static let participantColumns = ["participantsN", "participantsMedian", "participantsMin", "participantsMax",
                                     "participantsQ1", "participantsQ3", "participantsRange", "participantsSplit"]

    /// A whole-selection touchpoint row's participants' cells.
    static func participantCells(_ spread: ParticipantSpread?) -> [String: ReportCell] {
        guard let s = spread else { return [:] }
        return ["participantsN": .integer(s.n), "participantsMedian": .num(s.median), "participantsMin": .num(s.min),
                "participantsMax": .num(s.max), "participantsQ1": .num(s.q1), "participantsQ3": .num(s.q3), "participantsRange": .num(s.range),
                "participantsSplit": .bool(s.disagreement)]
    }
}
