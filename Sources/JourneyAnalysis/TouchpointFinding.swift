/// Everything the analysis says about one touchpoint; the map and the reports draw from it.
///
/// Scores are in the journey's raw scale units; shares are fractions 0–1. Values computed over fewer
/// respondents than the anonymity minimum are `nil` and `suppressed` is true (METHODS.md §4.3).
public struct TouchpointFinding: Sendable, Hashable {
    /// The touchpoint's id.
    public var id: String
    /// The id of its stage.
    public var stageID: String
    /// Respondents who rated it (0 for estimates).
    public var n: Int
    /// Mean rating, or the workshop estimate.
    public var mean: Double?
    /// Median rating (mean of the two middle values when n is even).
    public var median: Double?
    /// Sample standard deviation (n − 1).
    public var sd: Double?
    /// First and third quartiles.
    public var quartiles: ClosedRange<Double>?
    /// Counts per scale point, lowest first; empty for estimates.
    public var distribution: [Int]
    /// Top-2-box share.
    public var t2b: Double?
    /// Bottom-2-box share.
    public var b2b: Double?
    /// 95% interval of the mean (t for n ≥ 30, seeded bootstrap otherwise).
    public var ci95: ClosedRange<Double>?
    /// Stated importance (mean), on the importance scale.
    public var importance: Double?
    /// Wish gap G = E − P, in scale units.
    public var wishGap: Double?
    /// Pain, pleasure, itch or neutral.
    public var findingClass: FindingClass
    /// Pain severity ×100 on 0–100 (formula 18, MOT factor folded in), for pain points; nil when importance is unknown.
    public var severity: Double?
    /// Delight leverage ×100 (formula 19), for pleasure points.
    public var leverage: Double?
    /// Itch opportunity ×100 (formula 19), for itch points.
    public var opportunity: Double?
    /// Whether it is a moment of truth, and why.
    public var mot: MOTAssessment
    /// Its link with the outcome, when there is one.
    public var driver: DriverScore?
    /// True when the values were withheld for anonymity.
    public var suppressed: Bool

    // MARK: Added by the analysis engine (all optional; nil when not computed or suppressed)

    /// Wilson 95% interval of the top-box share.
    public var t2bCI95: ClosedRange<Double>? = nil
    /// Wilson 95% interval of the bottom-box share.
    public var b2bCI95: ClosedRange<Double>? = nil
    /// How `ci95` was computed.
    public var ciMethod: IntervalMethod? = nil
    /// Mean of the "ideal / how much would you want …" item (E), on the journey scale.
    public var wish: Double? = nil
    /// I*: importance normalized to [0, 1] as used by the classification (METHODS.md §3.3).
    public var importanceNormalized: Double? = nil
    /// Where I* came from.
    public var importanceSource: ImportanceSource? = nil
    /// Polarization 2·min(T2B, B2B) ∈ [0, 1] (formula 15).
    public var polarization: Double? = nil
    /// f⁺: share of respondents whose best moment is here (ties split equally; formula 6).
    public var fPlus: Double? = nil
    /// f⁻: share of respondents whose worst moment is here.
    public var fMinus: Double? = nil
    /// Kano evaluation, when the journey binds a Kano pair.
    public var kano: KanoResult? = nil
    /// Penalty-reward contrast (Brandt 1987; Mittal et al. 1998), when there is an outcome.
    public var penaltyReward: PenaltyReward? = nil
    /// Importance-performance quadrant (Martilla & James 1977).
    public var quadrant: IPAQuadrant? = nil
    /// Where the Better/|Worse| in the severity, leverage and opportunity scores came from.
    public var coefficientSource: CoefficientSource? = nil
    /// Where `wish` came from: the survey (nil) or the journey's workshop estimate.
    public var wishSource: ImportanceSource? = nil
    /// Fewer than 10 respondents: only `n` and `distribution` are reported (METHODS.md §4.2).
    public var distributionOnly: Bool = false
    /// The experience is below neutral (median < c) and it is not a pain point: reported as neutral, never itch or pleasure.
    public var belowNeutral: Bool = false
    /// Respondents' comments, sorted, only when at least the comment minimum (10) respondents answered.
    public var comments: [String]? = nil
    /// The spread of participants' own workshop scores (`scores:`), when the journey gives them; never suppressed,
    /// since the team scored openly.
    public var participantSpread: ParticipantSpread? = nil

    /// Creates a finding with only the essentials; the rest default to empty.
    public init(id: String, stageID: String, n: Int = 0, mean: Double? = nil, median: Double? = nil, sd: Double? = nil,
                quartiles: ClosedRange<Double>? = nil, distribution: [Int] = [], t2b: Double? = nil, b2b: Double? = nil,
                ci95: ClosedRange<Double>? = nil, importance: Double? = nil, wishGap: Double? = nil,
                findingClass: FindingClass = .neutral, severity: Double? = nil, leverage: Double? = nil,
                opportunity: Double? = nil, mot: MOTAssessment = MOTAssessment(), driver: DriverScore? = nil,
                suppressed: Bool = false) {
        self.id = id
        self.stageID = stageID
        self.n = n
        self.mean = mean
        self.median = median
        self.sd = sd
        self.quartiles = quartiles
        self.distribution = distribution
        self.t2b = t2b
        self.b2b = b2b
        self.ci95 = ci95
        self.importance = importance
        self.wishGap = wishGap
        self.findingClass = findingClass
        self.severity = severity
        self.leverage = leverage
        self.opportunity = opportunity
        self.mot = mot
        self.driver = driver
        self.suppressed = suppressed
    }
}

/// Whether a touchpoint is a moment of truth: declared by the team, suggested by the data, and why (METHODS.md §2.2).
public struct MOTAssessment: Sendable, Hashable {
    /// Declared `mot: true` in the journey.
    public var declared: Bool
    /// Flagged by the data.
    public var suggested: Bool
    /// Why it was flagged.
    public var reasons: [MOTReason]

    /// Creates an assessment.
    public init(declared: Bool = false, suggested: Bool = false, reasons: [MOTReason] = []) {
        self.declared = declared
        self.suggested = suggested
        self.reasons = reasons
    }
}

/// One reason a touchpoint was suggested as a moment of truth.
public enum MOTReason: String, Sendable, Hashable, Codable {
    /// Its Shapley share of the outcome's R² is at least 1.5/p and significant.
    case keyDriver
    /// Respondents' best or worst moment falls here often: max(f⁺, f⁻) ≥ 2/T.
    case peakOrTrough
    /// Opinions split: 2·min(T2B, B2B) ≥ 0.30.
    case polarized
    /// The last touchpoint, which the peak-end rule weighs heavily.
    case end
}

/// A touchpoint's association with the outcome (overall rating or eNPS item).
public struct DriverScore: Sendable, Hashable {
    /// Pearson r with the outcome.
    public var pearson: Double
    /// Spearman ρ with the outcome.
    public var spearman: Double
    /// Shapley/LMG share of R² (Lipovetsky & Conklin 2001), when computed: φ_j, the part of the model's R²
    /// attributed to this touchpoint (the φ_j sum to R²). Johnson's relative weight when p > 15.
    public var shapley: Double?
    /// φ_j / R²: the touchpoint's fraction of the explained variance (sums to 1 over touchpoints).
    public var shapleyShare: Double? = nil
    /// Respondents behind `pearson` and `spearman` (pairwise complete).
    public var n: Int = 0
    /// Two-sided p-value of the Pearson r.
    public var pValue: Double? = nil
    /// Whether r is significant at 5%; non-significant drivers count as zero importance (as in Qualtrics' key-driver widget).
    public var significant: Bool = false
    /// The n its weight rests on: the smallest pair count of this touchpoint with any other variable of the
    /// driver model (touchpoints and outcome); 0 when it is not in the model.
    public var nPairs: Int = 0
    /// Share of bootstrap resamples in which it is flagged as a key driver (φ/R² ≥ 1.5/p and significant);
    /// nil when the stability bootstrap did not run.
    public var stability: Double? = nil

    /// Creates a driver score.
    public init(pearson: Double, spearman: Double, shapley: Double? = nil) {
        self.pearson = pearson
        self.spearman = spearman
        self.shapley = shapley
    }
}
