import JourneyAnalysis
import JourneyModel

/// The journey's co-creation actions grouped per touchpoint, most urgent first: the touchpoints of the ranked pain
/// points in `rankedPains` order (①②③), then every other touchpoint with actions in journey order; inside a group,
/// more votes first, then the larger impact − effort, then the file's order.
struct ActionPlan {
    /// One touchpoint's actions.
    struct Group {
        var touchpoint: Touchpoint
        /// The touchpoint's pain rank (1 = most urgent), nil when it is not a ranked pain point.
        var painRank: Int?
        var actions: [JourneyAction]
    }

    var groups: [Group]

    /// The first action of the plan (the most urgent group's best-supported action), if any.
    var first: (action: JourneyAction, touchpoint: Touchpoint)? {
        groups.first.flatMap { g in g.actions.first.map { ($0, g.touchpoint) } }
    }

    /// Builds the plan from the journey's actions and the findings' pain ranking.
    init(_ journey: Journey, findings: JourneyFindings) {
        let ranks = findings.painRanks
        let order = Dictionary(journey.touchpoints.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        let withActions = journey.touchpoints.filter { t in
            seen.insert(t.id).inserted && t.actions.contains { !TextSanitizer.displayText($0.title).isEmpty }
        }
        groups = withActions.map { t in
            let actions = t.actions.enumerated()
                .filter { !TextSanitizer.displayText($0.element.title).isEmpty }
                .sorted { a, b in
                    let (va, vb) = (a.element.votes ?? 0, b.element.votes ?? 0)
                    if va != vb { return va > vb }
                    let (na, nb) = (Self.net(a.element), Self.net(b.element))
                    if na != nb { return na > nb }
                    return a.offset < b.offset
                }
                .map(\.element)
            return Group(touchpoint: t, painRank: ranks[t.id], actions: actions)
        }.sorted { a, b in
            switch (a.painRank, b.painRank) {
            case let (ra?, rb?): return ra < rb
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return order[a.touchpoint.id, default: 0] < order[b.touchpoint.id, default: 0]
            }
        }
    }

    /// Impact minus effort (missing values count as 2, the middle of 1–3).
    static func net(_ action: JourneyAction) -> Int { (action.impact ?? 2) - (action.effort ?? 2) }
}
