import JourneyModel

/// The order in which a touchpoint's actions are shown: most votes first, then the better impact-for-effort
/// (impact − effort on their 1–3 scales), then the order the team wrote them [proposed]. The map shows the first
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

    /// impact − effort, 0 when either is missing.
    static func gain(_ action: JourneyAction) -> Int {
        guard let impact = action.impact, let effort = action.effort else { return 0 }
        return impact - effort
    }
}
