import JourneyModel

/// The playbook ideas suggested for one touchpoint, and why the touchpoint was picked.
public struct IdeaSuggestion: Sendable, Hashable {
    /// The touchpoint's id.
    public var touchpointID: String
    /// What makes it a place for ideas, most specific first (trough, end, pain, mot, itch): ideas for the first come first.
    public var roles: [PlaybookTrigger]
    /// The pain point's rank (1 = most urgent, `JourneyFindings.rankedPains`), when it is one.
    public var painRank: Int?
    /// The ideas, best first.
    public var ideas: [PlaybookIdea]

    /// Creates a suggestion.
    public init(touchpointID: String, roles: [PlaybookTrigger], painRank: Int? = nil, ideas: [PlaybookIdea]) {
        self.touchpointID = touchpointID
        self.roles = roles
        self.painRank = painRank
        self.ideas = ideas
    }
}

/// Picks peak-management ideas (峰值管理行为) for a journey from a playbook: for each pain point (in `rankedPains`
/// order), the trough, each moment of truth (declared or suggested), each itch point and the End.
///
/// Why these places: the remembered experience is dominated by its most intense moment and its end (Kahneman et al.
/// 1993; Redelmeier, Katz & Kahneman 2003), so the worst moment is repaired first and the End made a high point; MOTs
/// are where a deliberate positive peak pays most. An idea fits a place when its `when` names one of the place's
/// roles; ideas for the most specific role come first (trough, end, pain, MOT, itch: a moment of truth that hurts is
/// repaired before a positive peak is built there), then ideas on the touchpoint's topic (an idea's `topics` found in
/// its name, description or quotes) before general ones, then playbook order, and an idea not yet suggested elsewhere
/// is preferred, so the team does not read the same three ideas at every touchpoint. An idea with topics is never
/// suggested off its topic: a compensation limit does not land on "开通系统账号". Pure: same input, same output.
public enum IdeaSelector {
    /// The suggestions in the order above; at most `perTouchpoint` ideas each; touchpoints without a fitting idea left out.
    public static func suggestions(for journey: Journey, findings: JourneyFindings, playbook: Playbook,
                                   perTouchpoint: Int = 3) -> [IdeaSuggestion] {
        let shown = findings.touchpoints.filter { !$0.suppressed }
        let byID = Dictionary(shown.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ranks = findings.painRanks
        var order: [String] = findings.rankedPains.map(\.id)
        if let trough = findings.peakEnd.troughID { order.append(trough) }
        let journeyOrder = journey.touchpoints.map(\.id)
        order += journeyOrder.filter { id in byID[id].map { $0.mot.declared || $0.mot.suggested } ?? false }
        order += journeyOrder.filter { byID[$0]?.findingClass == .itch }
        if let end = findings.peakEnd.endID { order.append(end) }

        var seen = Set<String>()
        var used = Set<String>()
        var result: [IdeaSuggestion] = []
        for id in order where !seen.contains(id) {
            seen.insert(id)
            guard let finding = byID[id] else { continue }
            var roles: [PlaybookTrigger] = []
            if findings.peakEnd.troughID == id { roles.append(.trough) }
            if findings.peakEnd.endID == id { roles.append(.end) }
            if finding.findingClass == .pain { roles.append(.pain) }
            if finding.mot.declared || finding.mot.suggested { roles.append(.mot) }
            if finding.findingClass == .itch { roles.append(.itch) }
            let text = journey.touchpoint(id: id).map(Self.topicText) ?? ""
            let ideas = pick(for: roles, from: playbook, avoiding: used, limit: perTouchpoint, text: text)
            guard !ideas.isEmpty else { continue }
            used.formUnion(ideas.map(\.id))
            result.append(IdeaSuggestion(touchpointID: id, roles: roles, painRank: ranks[id], ideas: ideas))
        }
        return result
    }

    /// What an idea's topics are looked for in: the touchpoint's name, description and quotes.
    static func topicText(_ touchpoint: Touchpoint) -> String {
        ([touchpoint.name, touchpoint.description ?? ""] + touchpoint.quotes).joined(separator: "\n")
    }

    /// Ideas fitting any of `roles` (and, when they have topics, the touchpoint's `text`): sorted by the first role
    /// they fit, then on-topic ideas before general ones, then playbook order; unused ones first.
    static func pick(for roles: [PlaybookTrigger], from playbook: Playbook, avoiding used: Set<String>, limit: Int,
                     text: String = "") -> [PlaybookIdea] {
        let fitting = playbook.ideas.enumerated().compactMap { index, idea -> (Int, Int, Int, PlaybookIdea)? in
            guard let rank = roles.firstIndex(where: idea.when.contains), idea.fitsTopic(of: text) else { return nil }
            return (rank, idea.topics.isEmpty ? 1 : 0, index, idea)
        }
        let sorted = fitting.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
        let fresh = sorted.filter { !used.contains($0.id) }
        let again = sorted.filter { used.contains($0.id) }
        return Array((fresh + again).prefix(max(0, limit)))
    }
}
