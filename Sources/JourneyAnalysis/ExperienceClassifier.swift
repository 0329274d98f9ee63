import JourneyModel

/// Thresholds of the pain / pleasure / itch rules (METHODS.md §3.3, all [proposed] defaults).
public struct ClassificationThresholds: Sendable, Hashable {
    /// Pain when B2B ≥ this (default .25) …
    public var painBottomBox: Double = 0.25
    /// … or the median ≤ neutral − this (default 1).
    public var painMedianBelowNeutral: Double = 1
    /// Pleasure needs T2B ≥ this (default .60) …
    public var pleasureTopBox: Double = 0.60
    /// … and B2B below this (default .15).
    public var pleasureBottomBoxBelow: Double = 0.15
    /// Cutoff for Better and |Worse| (default .5).
    public var coefficientCutoff: Double = 0.5
    /// Itch needs a wish gap ≥ this on a 5-point scale (default 1.0), scaled by (K − 1)/4 on other scales.
    public var wishGapOnFivePoints: Double = 1.0
    /// Severity weight of a moment of truth (default .5: ×1.5, then ÷1.5 so that severity stays on 0–100).
    public var motWeight: Double = 0.5

    /// The defaults.
    public init() {}
}

/// What the classifier knows about one touchpoint.
public struct ClassificationEvidence: Sendable, Hashable {
    /// Top-box share.
    public var t2b: Double
    /// Bottom-box share.
    public var b2b: Double
    /// Median rating.
    public var median: Double
    /// I*: importance normalized to [0, 1]; nil when unknown (no stated, workshop or derived importance).
    public var importance: Double?
    /// The median I* over the journey's touchpoints that have one; nil when none has.
    public var medianImportance: Double?
    /// Kano evaluation, when the journey binds a Kano pair.
    public var kano: KanoResult?
    /// Penalty-reward stand-ins for |Worse| and Better (rescaled to [0, 1]), used in the scores when there is no Kano data.
    public var penalty: Double?
    /// See `penalty`.
    public var reward: Double?
    /// f⁺: share of respondents whose best moment is here; nil in estimate mode.
    public var fPlus: Double?
    /// Touchpoints in the journey (T, for the 2/T rule).
    public var touchpointCount: Int
    /// Wish gap G = E − P in scale units.
    public var wishGap: Double?
    /// Declared or suggested moment of truth.
    public var isMOT: Bool
    /// Workshop estimate (one value) rather than survey data.
    public var isEstimate: Bool
    /// The bottom-box factor of the severity when it differs from `b2b` (workshop estimates: the graded
    /// shortfall below neutral, so that severity discriminates between single values).
    public var severityBottomBox: Double?

    /// Creates evidence.
    public init(t2b: Double, b2b: Double, median: Double, importance: Double?, medianImportance: Double?,
                kano: KanoResult? = nil, penalty: Double? = nil, reward: Double? = nil, fPlus: Double? = nil,
                touchpointCount: Int, wishGap: Double? = nil, isMOT: Bool = false, isEstimate: Bool = false,
                severityBottomBox: Double? = nil) {
        self.severityBottomBox = severityBottomBox
        self.t2b = t2b
        self.b2b = b2b
        self.median = median
        self.importance = importance
        self.medianImportance = medianImportance
        self.kano = kano
        self.penalty = penalty
        self.reward = reward
        self.fPlus = fPlus
        self.touchpointCount = touchpointCount
        self.wishGap = wishGap
        self.isMOT = isMOT
        self.isEstimate = isEstimate
    }
}

/// Where the Better and |Worse| used in the scores came from (METHODS.md §3.3, last paragraph of the scores).
public enum CoefficientSource: String, Sendable, Hashable, Codable {
    /// Berger's Kano coefficients.
    case kano
    /// Penalty-reward contrast coefficients rescaled to [0, 1].
    case penaltyReward
    /// Neither was available: Better = |Worse| = 1.
    case assumedOne
}

/// A touchpoint's class and scores.
public struct Classification: Sendable, Hashable {
    /// Pain, pleasure, itch or neutral.
    public var findingClass: FindingClass
    /// Severity ×100 (pain only).
    public var severity: Double?
    /// Leverage ×100 (pleasure only).
    public var leverage: Double?
    /// Opportunity ×100 (itch only).
    public var opportunity: Double?
    /// Where the coefficient in the class's score came from (|Worse| for pain, Better otherwise).
    public var coefficientSource: CoefficientSource
    /// Below neutral (median < c) and not a pain: neutral with this flag, never itch or pleasure (§3.3, revised).
    public var belowNeutral: Bool = false
}

/// Classifies touchpoints as 痛点 pain / 爽点 pleasure / 痒点 itch / neutral (METHODS.md §3.3, rules [proposed],
/// as revised), after 梁宁《产品思维30讲》: pain = fear, pleasure = a need met at once, itch = the imagined ideal self.
///
/// Rules, applied in the order pain > pleasure > itch:
/// - pain: (B2B ≥ .25 or median ≤ c − 1) and (importance clause or Kano ∈ {M, O} or |Worse| ≥ .5). The importance
///   clause is I* ≥ median I* on survey data and, in estimate mode, absolute: I* ≥ .5 (importance at least its
///   scale's midpoint). An unknown importance never excludes a pain (it is "not given").
/// - pleasure: T2B ≥ .60 and B2B < .15 and median ≥ c and (Kano ∈ {A, O} or Better ≥ .5 or f⁺ ≥ 2/T)
/// - itch: not pain, median ≥ c (an itch is an aspiration, not a hurt), (Kano = A or Better ≥ .5 with
///   |Worse| < .5, or no Kano data) and G ≥ 1.0 (5-point scale)
/// - neutral otherwise; below neutral (median < c) it carries `belowNeutral`.
///
/// Kano, Better and Worse in the rules are the Kano survey's own; without a Kano pair those clauses are false
/// (the itch rule names the "no Kano data" case itself). In estimate mode the pleasure rule's last clause has
/// no data behind it (no Kano, no respondents) and is dropped. Scores (×100, all on 0–100) [proposed]:
/// S = I*·B2B·(1 + |Worse|)/2·(1 + 0.5·[MOT])/1.5 — formula 18 with the MOT factor folded in (divided by its
/// maximum 1.5) so severity never exceeds 100; L = I*·T2B·Better, O = I*·Better·min(G/(K − 1), 1) (19);
/// with Better from Kano, else the rescaled reward, else 1, and |Worse| from Kano, else the rescaled penalty,
/// else 1. Without I* (importance unknown) no score is given: the report ranks such pains by B2B.
public enum ExperienceClassifier {
    /// Classifies one touchpoint on a scale.
    public static func classify(_ e: ClassificationEvidence, scale: RatingScale,
                                thresholds t: ClassificationThresholds = ClassificationThresholds()) -> Classification {
        let kano = e.kano
        let category = kano?.category
        let kanoBetter = kano?.better, kanoWorse = kano?.worse.map(abs)
        let low = e.b2b >= t.painBottomBox || e.median <= scale.neutral - t.painMedianBelowNeutral
        let important: Bool
        if let importance = e.importance {
            important = e.isEstimate ? importance >= 0.5 - 1e-12 : importance >= (e.medianImportance ?? importance) - 1e-12
        } else {
            important = true
        }
        let matters = important
            || category == .mustBe || category == .oneDimensional
            || (kanoWorse.map { $0 >= t.coefficientCutoff } ?? false)
        let belowNeutral = e.median < scale.neutral - 1e-12
        let high = e.t2b >= t.pleasureTopBox && e.b2b < t.pleasureBottomBoxBelow && !belowNeutral
        let delights = e.isEstimate
            || category == .attractive || category == .oneDimensional
            || (kanoBetter.map { $0 >= t.coefficientCutoff } ?? false)
            || (e.fPlus.map { $0 >= 2 / Double(max(e.touchpointCount, 1)) - 1e-12 } ?? false)
        let aspirational = kano == nil || category == .attractive
            || ((kanoBetter ?? 0) >= t.coefficientCutoff && (kanoWorse ?? 1) < t.coefficientCutoff)
        let gapNeeded = t.wishGapOnFivePoints * Double(scale.max - scale.min) / 4
        let wished = (e.wishGap ?? -.infinity) >= gapNeeded - 1e-12

        // Better and |Worse| for the scores, each from Kano, else its penalty-reward stand-in, else 1.
        let (better, betterSource): (Double, CoefficientSource) =
            kanoBetter.map { ($0, .kano) } ?? e.reward.map { ($0, .penaltyReward) } ?? (1, .assumedOne)
        let (worse, worseSource): (Double, CoefficientSource) =
            kanoWorse.map { ($0, .kano) } ?? e.penalty.map { ($0, .penaltyReward) } ?? (1, .assumedOne)
        var result = Classification(findingClass: .neutral, coefficientSource: betterSource)
        if low && matters {
            result.findingClass = .pain
            result.coefficientSource = worseSource
            let box = e.severityBottomBox ?? e.b2b
            result.severity = e.importance.map {
                100 * $0 * box * (1 + worse) / 2 * (1 + t.motWeight * (e.isMOT ? 1 : 0)) / (1 + t.motWeight)
            }
        } else if high && delights {
            result.findingClass = .pleasure
            result.leverage = e.importance.map { 100 * $0 * e.t2b * better }
        } else if !belowNeutral && aspirational && wished, let gap = e.wishGap {
            result.findingClass = .itch
            result.opportunity = e.importance.map { 100 * $0 * better * min(gap / Double(scale.max - scale.min), 1) }
        } else {
            result.belowNeutral = belowNeutral
        }
        return result
    }
}
