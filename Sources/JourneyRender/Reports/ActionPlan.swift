import JourneyAnalysis
import JourneyModel

/// The journey's co-creation actions grouped per touchpoint, most urgent first: the touchpoints of the ranked pain
/// points in `rankedPains` order (①②③), then every other touchpoint with actions in journey order; inside a group,
/// the order of `ActionPriority` (the one priority of votes, impact for effort and pain rank that `journeymap plan` lists).
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
        let ranking = ActionRanking(journey, findings: findings)
        let order = Dictionary(journey.touchpoints.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        let withActions = journey.touchpoints.filter { t in
            seen.insert(t.id).inserted && t.actions.contains { !TextSanitizer.displayText($0.title).isEmpty }
        }
        groups = withActions.map { t in
            let actions = ranking.actions(for: t.id).filter { !TextSanitizer.displayText($0.title).isEmpty }
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

}
