import JourneyModel

/// The one release decision for a responses file and its segment columns (METHODS.md §4.3): which groups — unions of
/// segment cells — may have their figures reported, fixed before any query and applied identically by every command
/// and output format.
///
/// Rule. For each measure (respondents; each touchpoint's ratings, importance, wish, Kano pair and comments; the
/// journey-wide comments; eNPS; peak-end), the policy picks released groups greedily — the whole file, then each segment column's groups, then the
/// crossings of two and of three columns, larger groups first — and keeps a group only when, after adding it, no union
/// of cells with 1 … k − 1 people (k = 5 for figures, 10 for comments) lies in the linear span of the kept groups'
/// indicator vectors. A query's group is reported exactly when it lies in that span and holds at least k people:
/// figures for such a group can already be computed from kept groups, so no set of outputs, over any number of runs,
/// lets a reader add or subtract their way to a group under k (anti-differencing as TalentMap's "filtered reports
/// must differ by ≥ 5", generalised to every linear combination; complementary suppression as in Viva Glint).
public struct ReleasePolicy: Sendable {
    /// Smallest group whose figures may be reported.
    public let minimum: Int
    /// Smallest group of comment writers whose comments may be reported.
    public let commentMinimum: Int
    let cells: SegmentCells
    private var spans: [ReleaseMeasure: CellSpan] = [:]
    private var weights: [ReleaseMeasure: [Int]] = [:]
    /// Per measure, the groups the greedy pass kept (cell lists), in the order kept; for audits and tests.
    public private(set) var kept: [ReleaseMeasure: [[Int]]] = [:]

    /// Decides the release for `responses` bound to `journey`, with the options' minimums.
    public init(journey: Journey, responses: SurveyResponses, options: AnalysisOptions) {
        self.init(journey: journey, tally: ResponseTally(journey: journey, responses: responses, options: options), options: options)
    }

    /// Decides the policy of a tallied response set (the same decision as from the responses in memory: the
    /// policy reads only per-cell counts).
    public init(journey: Journey, tally: ResponseTally, options: AnalysisOptions) {
        minimum = max(options.minimumGroupSize, 1)
        commentMinimum = max(options.minimumCommentGroupSize, minimum)
        cells = SegmentCells(tally)
        let context = tally.context, layout = tally.layout
        var measures: [(ReleaseMeasure, [Int], Int)] = [(.respondents, cells.weights(tally) { $0.respondents }, minimum)]
        for tp in journey.touchpoints {
            guard let t = layout.touchpointIndex(tp.id) else { continue }
            let bound = layout.touchpoints[t]
            func add(_ measure: ReleaseMeasure, _ slot: Int?) {
                guard let slot else { return }
                measures.append((measure, cells.weights(tally) { $0.answered(context, slot: slot) }, minimum))
            }
            add(.score(tp.id), bound.score)
            add(.importance(tp.id), bound.importance)
            add(.wish(tp.id), bound.wish)
            if let k = context.kanoPairs.firstIndex(where: { $0.touchpoint == t }) {
                measures.append((.kano(tp.id), cells.weights(tally) { cell in
                    var both = 0
                    for f in 1...5 { for d in 1...5 { both += cell.kano[k][f * 6 + d] } }
                    return both
                }, minimum))
            }
            if let c = layout.commentColumn(touchpoint: t) {
                measures.append((.comments(tp.id), cells.weights(tally) { $0.commentWriters[c] }, commentMinimum))
            }
        }
        if layout.hasJourneyComments {
            measures.append((.journeyComments, cells.weights(tally) { $0.commentWriters[0] }, commentMinimum))
        }
        if let enps = layout.enps {
            measures.append((.enps, cells.weights(tally) { $0.answered(context, slot: enps) }, minimum))
        }
        measures.append((.peakEnd, cells.weights(tally) { $0.peakEligible }, minimum))

        let candidates = Self.candidates(cells)
        var cache: [[Int]: (CellSpan, [[Int]])] = [:]
        var respondentGroups: Set<[Int]> = []
        for (measure, w, k) in measures {
            // Groups kept for respondents bound every other measure: a figure is never shown for a group whose size is not.
            let pool = measure == .respondents ? candidates : candidates.map { $0.filter(respondentGroups.contains) }
            let key = w + [k]
            let decided = cache[key] ?? Self.decide(pool, weights: w, minimum: k, dimension: cells.count)
            cache[key] = decided
            spans[measure] = decided.0
            weights[measure] = w
            kept[measure] = decided.1
            if measure == .respondents { respondentGroups = Set(decided.1) }
        }
    }

    /// Candidate groups in tiers (the whole file; one column's groups; crossings of two; of three columns), each as
    /// the sorted list of its cells.
    private static func candidates(_ cells: SegmentCells) -> [[[Int]]] {
        var tiers: [[[Int]]] = [[Array(0..<cells.count)]]
        let columns = Array(cells.names.indices)
        for width in 1...min(3, max(columns.count, 1)) where width <= columns.count {
            var tier: Set<[Int]> = []
            for combination in columns.combinations(of: width) {
                var groups: [[Int]: [Int]] = [:]
                for cell in 0..<cells.count { groups[combination.map { cells.keys[cell][$0] }, default: []].append(cell) }
                for group in groups.values { tier.insert(group) }
            }
            tiers.append(tier.sorted { $0.lexicographicallyPrecedes($1) })
        }
        return tiers
    }

    /// The greedy pass for one measure: within each tier, larger groups first (ties: by cells).
    private static func decide(_ tiers: [[[Int]]], weights: [Int], minimum: Int, dimension: Int) -> (CellSpan, [[Int]]) {
        var span = CellSpan(dimension: dimension)
        var kept: [[Int]] = []
        for tier in tiers {
            let sized = tier.map { g in (g, g.reduce(0) { $0 + weights[$1] }) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.lexicographicallyPrecedes($1.0) }
            for (group, size) in sized where size >= minimum {
                let vector = indicator(group, weights: weights, dimension: dimension)
                if span.contains(vector) { continue }
                var trial = span
                trial.add(vector)
                if !trial.revealsSmallUnion(weights: weights, minimum: minimum) {
                    span = trial
                    kept.append(group)
                }
            }
        }
        return (span, kept)
    }

    /// The 0/1 vector of `group` over the cells that carry weight for a measure (cells nobody answered in drop out).
    private static func indicator(_ group: [Int], weights: [Int], dimension: Int) -> [Double] {
        var v = [Double](repeating: 0, count: dimension)
        for cell in group where weights[cell] > 0 { v[cell] = 1 }
        return v
    }

    /// Whether figures of `measure` may be reported for the group made of `group`'s cells.
    public func releases(_ group: [Int], for measure: ReleaseMeasure) -> Bool {
        guard let span = spans[measure], let w = weights[measure] else { return false }
        let size = group.reduce(0) { $0 + w[$1] }
        let k = Self.isComments(measure) ? commentMinimum : minimum
        return size >= k && span.contains(Self.indicator(group, weights: w, dimension: cells.count))
    }

    /// The release of every measure for one group, as `SurveyAnalyzer` consumes it.
    func release(for group: [Int]) -> GroupRelease {
        GroupRelease(allowed: Set(spans.keys.filter { releases(group, for: $0) }))
    }

    private static func isComments(_ measure: ReleaseMeasure) -> Bool {
        switch measure {
        case .comments, .journeyComments: return true
        default: return false
        }
    }
}

/// Which measures may be reported for one group (see `ReleasePolicy`).
struct GroupRelease: Sendable, Hashable {
    /// The measures that may be reported.
    var allowed: Set<ReleaseMeasure>

    /// Whether figures of `measure` may be reported.
    func allows(_ measure: ReleaseMeasure) -> Bool { allowed.contains(measure) }
}

extension Array {
    /// All `k`-element combinations, in lexicographic order of positions.
    func combinations(of k: Int) -> [[Element]] {
        guard k > 0 else { return [[]] }
        guard count >= k else { return [] }
        var result: [[Element]] = []
        var index = Array<Int>(0..<k)
        while true {
            result.append(index.map { self[$0] })
            var i = k - 1
            while i >= 0 && index[i] == count - k + i { i -= 1 }
            if i < 0 { return result }
            index[i] += 1
            for j in (i + 1)..<k { index[j] = index[j - 1] + 1 }
        }
    }
}
