/// A journey with its workshop sidecar merged in, and the ideas that no longer fit it.
public struct WorkshopMerge: Sendable, Hashable {
    /// The journey, each idea appended to its touchpoint's actions (origin `.workshop`), after the file's own actions.
    public var journey: Journey
    /// Ideas whose touchpoint the journey no longer has (renamed or removed since `votes` ran), in the sidecar's order.
    public var unmatched: [WorkshopIdea]
}

extension Journey {
    /// The journey with the sidecar's ideas as actions on their touchpoints; the journey's own actions come first
    /// and are never changed. An idea whose touchpoint id is not in the journey is left out and listed in `unmatched`.
    public func mergingWorkshop(_ file: WorkshopFile) -> WorkshopMerge {
        var merged = self
        var unmatched: [WorkshopIdea] = []
        var byTouchpoint: [String: [JourneyAction]] = [:]
        let ids = Set(touchpoints.map(\.id))
        for idea in file.ideas {
            if ids.contains(idea.touchpoint) { byTouchpoint[idea.touchpoint, default: []].append(idea.action) } else { unmatched.append(idea) }
        }
        for s in merged.stages.indices {
            for t in merged.stages[s].touchpoints.indices {
                merged.stages[s].touchpoints[t].actions += byTouchpoint[merged.stages[s].touchpoints[t].id] ?? []
            }
        }
        return WorkshopMerge(journey: merged, unmatched: unmatched)
    }
}
