import JourneyModel

/// A Kano category (Kano et al. 1984).
public enum KanoCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Attractive: delights when present, not missed when absent.
    case attractive = "A"
    /// One-dimensional: the better it works, the happier people are.
    case oneDimensional = "O"
    /// Must-be: taken for granted, hurts when missing.
    case mustBe = "M"
    /// Indifferent.
    case indifferent = "I"
    /// Reverse: people prefer it absent.
    case reverse = "R"
    /// Questionable: contradictory answers.
    case questionable = "Q"
}

/// The Kano evaluation of one touchpoint: category counts, Berger's Better/Worse coefficients and the category.
public struct KanoResult: Sendable, Hashable {
    /// Respondents who answered both questions.
    public var n: Int
    /// Count per category.
    public var counts: [KanoCategory: Int]
    /// Better = (A + O)/(A + O + M + I) (Berger et al. 1993, formula 16); nil when A + O + M + I = 0.
    public var better: Double?
    /// Worse = −(O + M)/(A + O + M + I) (formula 17), ≤ 0.
    public var worse: Double?
    /// The modal category with the Matzler & Hinterhuber (1998) tie-break.
    public var category: KanoCategory
    /// The category by coefficients with a 0.5 cutoff: O (both ≥ .5), A (Better only), M (|Worse| only), I.
    public var coefficientCategory: KanoCategory?
}

/// Evaluates Kano question pairs (METHODS.md §3.2).
public enum KanoEvaluator {
    /// Tie-break order M > O > A > I (Matzler & Hinterhuber 1998), then R and Q.
    static let precedence: [KanoCategory] = [.mustBe, .oneDimensional, .attractive, .indifferent, .reverse, .questionable]

    /// The evaluation table, row = functional answer, column = dysfunctional answer
    /// (Like, Must-be, Neutral, Live-with, Dislike).
    public static func category(functional: KanoAnswer, dysfunctional: KanoAnswer) -> KanoCategory {
        switch (functional, dysfunctional) {
        case (.like, .like), (.dislike, .dislike): return .questionable
        case (.like, .dislike): return .oneDimensional
        case (.like, _): return .attractive
        case (.dislike, _): return .reverse
        case (_, .like): return .reverse
        case (_, .dislike): return .mustBe
        default: return .indifferent
        }
    }

    /// Evaluates paired answers (nil = not answered); nil when nobody answered both.
    ///
    /// Category: the mode; when the top two shares are within `tieMargin` (5 points) of each other, the one
    /// first in M > O > A > I (> R > Q) wins.
    public static func evaluate(functional: [Int?], dysfunctional: [Int?], tieMargin: Double = 0.05) -> KanoResult? {
        var table = [Int](repeating: 0, count: 36)
        for (f, d) in zip(functional, dysfunctional) {
            guard let f, let d, KanoAnswer(rawValue: f) != nil, KanoAnswer(rawValue: d) != nil else { continue }
            table[f * 6 + d] += 1
        }
        return evaluate(pairCounts: table, tieMargin: tieMargin)
    }

    /// The same from a 6 × 6 table of answer pairs: `pairCounts[f * 6 + d]` respondents answered f (functional) and
    /// d (dysfunctional), `KanoAnswer` codes 1…5 (row and column 0 = not answered, ignored).
    public static func evaluate(pairCounts table: [Int], tieMargin: Double = 0.05) -> KanoResult? {
        var counts: [KanoCategory: Int] = [:]
        var n = 0
        for f in KanoAnswer.allCases { for d in KanoAnswer.allCases {
            let c = table[f.rawValue * 6 + d.rawValue]
            guard c > 0 else { continue }
            counts[category(functional: f, dysfunctional: d), default: 0] += c
            n += c
        } }
        guard n > 0 else { return nil }
        let a = counts[.attractive, default: 0], o = counts[.oneDimensional, default: 0]
        let m = counts[.mustBe, default: 0], i = counts[.indifferent, default: 0]
        let denominator = Double(a + o + m + i)
        let better = denominator > 0 ? Double(a + o) / denominator : nil
        let worse = denominator > 0 ? -Double(o + m) / denominator : nil
        let ranked = precedence.enumerated().sorted { lhs, rhs in
            let l = counts[lhs.element, default: 0], r = counts[rhs.element, default: 0]
            return l != r ? l > r : lhs.offset < rhs.offset
        }.map(\.element)
        var category = ranked[0]
        let gap = counts[ranked[0], default: 0] - counts[ranked[1], default: 0]
        if Double(gap) <= tieMargin * Double(n) + 1e-12,
           precedence.firstIndex(of: ranked[1])! < precedence.firstIndex(of: ranked[0])! {
            category = ranked[1]
        }
        var byCoefficients: KanoCategory?
        if let better, let worse {
            switch (better >= 0.5, abs(worse) >= 0.5) {
            case (true, true): byCoefficients = .oneDimensional
            case (true, false): byCoefficients = .attractive
            case (false, true): byCoefficients = .mustBe
            case (false, false): byCoefficients = .indifferent
            }
        }
        return KanoResult(n: n, counts: counts, better: better, worse: worse, category: category,
                          coefficientCategory: byCoefficients)
    }
}
