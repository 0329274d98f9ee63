import JourneyModel

/// The order in which a touchpoint's actions are shown: most votes first, then the better impact-for-effort
/// (impact − effort on their 1–3 scales, a missing one counting as 2), then the order the team wrote them [proposed]. The map shows the first
/// few and counts the rest, so the most-voted action is never the one hidden.
enum ActionPriority {
    /// `actions` in display order.
    static func ordered(_ actions: [JourneyAction]) -> [JourneyAction] {
        actions.enumerated().sorted { a, b in
            let (va, vb) = (a.element.votes ?? 0, b.element.votes ?? 0)
            if va != vb { return va > vb }
            let (ga, gb) = (gain(a.element), gain(b.element))
            if ga != gb { return ga > gb }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// impact − effort, a missing value counting as 2 (the middle of 1–3).
    static func gain(_ action: JourneyAction) -> Int { (action.impact ?? 2) - (action.effort ?? 2) }
}
