/// One difference between the sidecar `votes` replaces and the one it writes, for the summary it prints.
public enum WorkshopChange: Sendable, Hashable {
    /// A new idea.
    case added(WorkshopIdea)
    /// An idea no longer in the sheet.
    case removed(WorkshopIdea)
    /// The same idea (touchpoint and text) with another vote count.
    case votes(WorkshopIdea, from: Int)
    /// The same idea with another owner, impact, effort, due date or playbook id (its votes unchanged).
    case details(WorkshopIdea)

    /// The changes from `old` (nil: no sidecar yet) to `new`: removed ideas in the old file's order, then added and
    /// changed ones in the new file's order.
    public static func changes(from old: WorkshopFile?, to new: WorkshopFile) -> [WorkshopChange] {
        let before = Dictionary((old?.ideas ?? []).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let afterKeys = Set(new.ideas.map(\.key))
        var out: [WorkshopChange] = (old?.ideas ?? []).filter { !afterKeys.contains($0.key) }.map { .removed($0) }
        for idea in new.ideas {
            guard let previous = before[idea.key] else { out.append(.added(idea)); continue }
            if previous.votes != idea.votes {
                out.append(.votes(idea, from: previous.votes))
            } else if (previous.owner, previous.impact, previous.effort, previous.due, previous.playbookID)
                        != (idea.owner, idea.impact, idea.effort, idea.due, idea.playbookID) {
                out.append(.details(idea))
            }
        }
        return out
    }
}
