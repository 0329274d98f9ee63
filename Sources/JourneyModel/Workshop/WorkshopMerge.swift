import Foundation

/// A journey with its workshop sidecar merged in, and the ideas that no longer fit it.
public struct WorkshopMerge: Sendable, Hashable {
    /// The journey, each idea appended to its touchpoint's actions (origin `.workshop`), after the file's own actions.
    public var journey: Journey
    /// Ideas whose touchpoint the journey no longer has (renamed or removed since `votes` ran), in the sidecar's order.
    public var unmatched: [WorkshopIdea]
}

extension Journey {
    /// The journey with the sidecar's ideas as actions on their touchpoints, after the journey's own actions. An idea
    /// whose text is that of one of the touchpoint's journey actions (spaces and case aside) votes for that action: the
    /// sheet's count replaces its `votes:`, and owner, impact, effort and due fill in only what the journey leaves
    /// empty. An idea whose text is only a playbook id (`PB-COMP-LIMIT`, voted from the worksheet's suggestions)
    /// takes that idea's text in the journey's language from `playbook` (the built-in one by default).
    /// An idea whose touchpoint id is not in the journey is left out and listed in `unmatched`.
    public func mergingWorkshop(_ file: WorkshopFile, playbook: Playbook = .builtin) -> WorkshopMerge {
        var merged = self
        var unmatched: [WorkshopIdea] = []
        var byTouchpoint: [String: [JourneyAction]] = [:]
        let ids = Set(touchpoints.map(\.id))
        for idea in file.ideas {
            guard ids.contains(idea.touchpoint) else { unmatched.append(idea); continue }
            var action = idea.action
            if let id = idea.playbookID, WorkshopIdea.playbookID(in: idea.title) == id, let known = playbook.lookup(id: id) {
                action.title = known.text.text(in: language)
            }
            byTouchpoint[idea.touchpoint, default: []].append(action)
        }
        for s in merged.stages.indices {
            for t in merged.stages[s].touchpoints.indices {
                for idea in byTouchpoint[merged.stages[s].touchpoints[t].id] ?? [] {
                    merged.stages[s].touchpoints[t].actions.merge(idea)
                }
            }
        }
        return WorkshopMerge(journey: merged, unmatched: unmatched)
    }
}

extension [JourneyAction] {
    /// Adds a sidecar idea, or folds it into the journey action with the same text.
    mutating func merge(_ idea: JourneyAction) {
        func folded(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        guard let index = firstIndex(where: { $0.origin == .journey && folded($0.title) == folded(idea.title) }) else {
            append(idea)
            return
        }
        self[index].votes = idea.votes
        self[index].owner = self[index].owner ?? idea.owner
        self[index].impact = self[index].impact ?? idea.impact
        self[index].effort = self[index].effort ?? idea.effort
        self[index].due = self[index].due ?? idea.due
        self[index].playbookID = self[index].playbookID ?? idea.playbookID
    }
}
