import JourneyModel

/// The workshop's action plan as `journeymap plan` lists it: every action (the journey's own and the sidecar's
/// ideas) with its touchpoint, stage and `ActionPriority`, highest first; the same actions grouped by owner; the pain
/// points and moments of truth that no action covers; and which actions are overdue on `today`.
public struct PrioritizedPlan: Sendable, Hashable {
    /// One action of the plan.
    public struct Item: Sendable, Hashable {
        /// Its touchpoint's id.
        public var touchpointID: String
        /// Its stage's id.
        public var stageID: String
        /// The action (title, owner, due, impact, effort, votes, origin).
        public var action: JourneyAction
        /// Its priority and the parts it is made of.
        public var score: ActionPriority.Score
        /// The touchpoint's pain rank (1 = most urgent), nil when it is not a ranked pain point.
        public var painRank: Int?
        /// Due before `today`.
        public var overdue: Bool
    }

    /// A pain point or moment of truth with no action.
    public struct Uncovered: Sendable, Hashable {
        /// The touchpoint's id.
        public var touchpointID: String
        /// Its stage's id.
        public var stageID: String
        /// Its pain rank, when it is a ranked pain point.
        public var painRank: Int?
        /// Whether it is a moment of truth (declared or suggested).
        public var isMOT: Bool
    }

    /// The actions of one owner (nil: no owner yet), highest priority first.
    public struct OwnerGroup: Sendable, Hashable {
        /// The owner as written, nil for unassigned actions.
        public var owner: String?
        /// Their actions, highest priority first.
        public var items: [Item]
    }

    /// Every action, highest priority first (ties: more votes, then the order written).
    public var items: [Item]
    /// Owners in code-point order of their names, unassigned last; each with their actions by priority.
    public var owners: [OwnerGroup]
    /// Ranked pain points without an action (in rank order), then moments of truth without one (journey order).
    public var uncovered: [Uncovered]
    /// The date overdue is judged against.
    public var today: JourneyDate

    /// Builds the plan from a journey (with its sidecar merged) and its findings.
    public init(_ journey: Journey, findings: JourneyFindings, today: JourneyDate) {
        let ranks = findings.painRanks
        let ranking = ActionRanking(journey, findings: findings)
        items = ranking.entries.map { entry in
            Item(touchpointID: entry.touchpointID, stageID: journey.stageID(ofTouchpoint: entry.touchpointID) ?? "",
                 action: entry.action, score: entry.score, painRank: ranks[entry.touchpointID],
                 overdue: entry.action.due.map { $0 < today } ?? false)
        }
        var groups: [String?: [Item]] = [:]
        for item in items { groups[item.action.owner, default: []].append(item) }
        owners = groups.keys.sorted { a, b in
            switch (a, b) {
            case let (x?, y?): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
            case (.some, nil): return true
            default: return false
            }
        }.map { OwnerGroup(owner: $0, items: groups[$0] ?? []) }
        let covered = Set(items.map(\.touchpointID))
        let pains = findings.rankedPains.filter { !covered.contains($0.id) }
        let painIDs = Set(pains.map(\.id))
        let mots = findings.touchpoints.filter { ($0.mot.declared || $0.mot.suggested) && !covered.contains($0.id) && !painIDs.contains($0.id) }
        uncovered = (pains + mots).map { f in
            Uncovered(touchpointID: f.id, stageID: f.stageID, painRank: ranks[f.id], isMOT: f.mot.declared || f.mot.suggested)
        }
        self.today = today
    }

    /// The overdue actions, in priority order.
    public var overdue: [Item] { items.filter(\.overdue) }
}
