/// The anonymity rules of METHODS.md §4.3 (after Viva Glint, Qualtrics EX, Lattice and TalentMap): nothing computed
/// over fewer than k_min respondents (5 for scores, 10 for comments) leaves the tool; complementary suppression;
/// filters that would isolate fewer than k_min respondents — or leave out fewer than k_min — are refused.
public enum AnonymityGuard {
    /// Which groups of a partition to hide. A group with 0 < n < minimum is hidden (primary suppression); then, while
    /// the hidden groups together hold fewer than `minimum` respondents — so the shown total minus the shown groups
    /// would reveal them — the smallest shown non-empty group is hidden too (complementary suppression; ties → first).
    /// `initially` marks groups already hidden for another reason. Empty groups reveal nothing and stay as they are.
    public static func suppressionMask(sizes: [Int], minimum: Int, initially: [Bool]? = nil) -> [Bool] {
        var hidden = initially ?? [Bool](repeating: false, count: sizes.count)
        for (g, n) in sizes.enumerated() where n > 0 && n < minimum { hidden[g] = true }
        while true {
            let hiddenTotal = sizes.indices.filter { hidden[$0] }.reduce(0) { $0 + sizes[$1] }
            guard hiddenTotal > 0, hiddenTotal < minimum else { break }
            let candidates = sizes.indices.filter { !hidden[$0] && sizes[$0] > 0 }
            guard let smallest = candidates.min(by: { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 < $1) }) else { break }
            hidden[smallest] = true
        }
        return hidden
    }

    /// Whether a filtered selection may be reported: it must hold at least `minimum` respondents, and the
    /// respondents it leaves out must be none or at least `minimum` (anti-differencing, as TalentMap requires).
    public static func checkSelection(selected: Int, total: Int, minimum: Int) -> SelectionCheck {
        if selected < minimum { return .tooFew }
        let excluded = total - selected
        if excluded > 0 && excluded < minimum { return .excludesTooFew }
        return .allowed
    }

    /// The outcome of `checkSelection`.
    public enum SelectionCheck: Sendable, Hashable {
        /// The selection may be reported.
        case allowed
        /// Fewer respondents than the minimum are selected.
        case tooFew
        /// So few are left out that comparing with the unfiltered report would reveal them.
        case excludesTooFew
    }

    /// A finding with everything but its identity withheld (`suppressed` true, values nil).
    static func withheld(_ finding: TouchpointFinding) -> TouchpointFinding {
        var f = TouchpointFinding(id: finding.id, stageID: finding.stageID,
                                  mot: MOTAssessment(declared: finding.mot.declared), suppressed: true)
        f.importanceSource = nil
        return f
    }
}
