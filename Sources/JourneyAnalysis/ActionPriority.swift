import JourneyModel

/// The one priority of a co-creation action, shared by the map's action lane, the HTML brief and `journeymap plan`
/// [proposed]: the team's votes, the expected impact for the effort, and how badly its touchpoint hurts, each on 0–1,
/// weighted equally:
///
///     P = 100 · (V + R + S) / 3                                   ∈ [0, 100]
///     V = votes / (most votes of any action in the journey)       (0 when no action has votes)
///     R = (impact/effort − 1/3) / (3 − 1/3) = (3·impact/effort − 1)/8   (impact, effort on 1–3; a missing one counts as 2)
///     S = (K − r + 1) / K for the pain point ranked r of K ranked pain points (`JourneyFindings.rankedPains`), else 0
///
/// Ties: more votes first, then the order the actions are written (journey actions before sidecar ideas).
/// Example: 6 of at most 6 votes, impact 3, effort 1, pain ① of 2 → V = 1, R = 1, S = 1, P = 100; 3 votes,
/// impact 2, effort 2, pain ② of 2 → V = .5, R = .25, S = .5, P = 41.7.
public enum ActionPriority {
    /// The three parts and the priority of one action.
    public struct Score: Sendable, Hashable {
        /// V: votes as a share of the journey's most-voted action.
        public var votes: Double
        /// R: impact for effort, 0 (impact 1, effort 3) to 1 (impact 3, effort 1).
        public var ratio: Double
        /// S: the touchpoint's pain-severity rank, 1 for pain ①, 0 when it is not a ranked pain point.
        public var severity: Double
        /// P = 100·(V + R + S)/3.
        public var priority: Double { 100 * (votes + ratio + severity) / 3 }
    }

    /// The score of an action with `votes` of `maxVotes`, on a touchpoint ranked `painRank` of `painCount` pain points.
    public static func score(votes: Int?, maxVotes: Int, impact: Int?, effort: Int?, painRank: Int?, painCount: Int) -> Score {
        let v = maxVotes > 0 ? Double(Swift.max(0, votes ?? 0)) / Double(maxVotes) : 0
        let ratio = Double(impact ?? 2) / Double(effort ?? 2)
        let r = (ratio - 1.0 / 3) / (3 - 1.0 / 3)
        let s = painRank.map { painCount > 0 ? Double(painCount - $0 + 1) / Double(painCount) : 0 } ?? 0
        return Score(votes: v, ratio: Swift.min(Swift.max(r, 0), 1), severity: Swift.max(0, s))
    }
}

/// Every action of a journey (its own and merged workshop ideas) with its `ActionPriority`, highest first.
public struct ActionRanking: Sendable, Hashable {
    /// One scored action.
    public struct Entry: Sendable, Hashable {
        /// Its touchpoint's id.
        public var touchpointID: String
        /// The action.
        public var action: JourneyAction
        /// Its priority parts.
        public var score: ActionPriority.Score
        /// Its position among the journey's actions (touchpoint order, then the order written).
        public var order: Int
    }

    /// All actions, highest priority first (ties: more votes, then `order`).
    public var entries: [Entry]

    /// Scores every action of `journey` against the pain ranking of `findings`.
    public init(_ journey: Journey, findings: JourneyFindings) {
        let ranks = findings.painRanks
        var seen = Set<String>()
        let touchpoints = journey.touchpoints.filter { seen.insert($0.id).inserted }
        let maxVotes = touchpoints.flatMap(\.actions).compactMap(\.votes).max() ?? 0
        var entries: [Entry] = []
        for t in touchpoints {
            for action in t.actions {
                let score = ActionPriority.score(votes: action.votes, maxVotes: maxVotes, impact: action.impact,
                                                 effort: action.effort, painRank: ranks[t.id], painCount: ranks.count)
                entries.append(Entry(touchpointID: t.id, action: action, score: score, order: entries.count))
            }
        }
        self.entries = entries.sorted { a, b in
            if a.score.priority != b.score.priority { return a.score.priority > b.score.priority }
            let (va, vb) = (a.action.votes ?? 0, b.action.votes ?? 0)
            if va != vb { return va > vb }
            return a.order < b.order
        }
    }

    /// One touchpoint's actions, highest priority first.
    public func actions(for touchpointID: String) -> [JourneyAction] {
        entries.filter { $0.touchpointID == touchpointID }.map(\.action)
    }
}
