/// How a touchpoint's 95% interval of the mean was computed (METHODS.md §4.2).
public enum IntervalMethod: String, Sendable, Hashable, Codable {
    /// x̄ ± t·s/√n (n ≥ 30 and the interval stays on the scale).
    case t
    /// Seeded BCa bootstrap (Efron 1987).
    case bootstrap
}

/// Where a touchpoint's normalized importance I* came from (METHODS.md §3.3).
public enum ImportanceSource: String, Sendable, Hashable, Codable {
    /// Stated importance from the survey, (mean − min)/(max − min).
    case stated
    /// Derived: Shapley share φ_j / max φ [proposed].
    case derived
    /// The `importance:` field of the journey file (workshop estimate).
    case estimate
    /// Unknown: no stated, workshop or derived importance. I* is then absent (never a default of 1 or the
    /// median), the pain rule's importance clause does not exclude it, and pains without I* rank by B2B.
    case unknown
}

/// Importance-performance quadrant (Martilla & James 1977, J. Marketing 41(1):77–79), crosshairs at the grand means.
public enum IPAQuadrant: String, Sendable, Hashable, Codable, CaseIterable {
    /// High importance, low performance.
    case concentrateHere
    /// High importance, high performance.
    case keepUpTheGoodWork
    /// Low importance, low performance.
    case lowPriority
    /// Low importance, high performance.
    case possibleOverkill
}

/// Penalty-reward contrast of one touchpoint (Brandt 1987; Mittal, Ross & Baldasare 1998): coefficients of its
/// low-score and high-score dummies in the regression of the outcome on every touchpoint's dummies.
public struct PenaltyReward: Sendable, Hashable {
    /// Coefficient of the bottom-box dummy, in outcome units (negative when a low score lowers the outcome).
    public var penalty: Double?
    /// Coefficient of the top-box dummy, in outcome units.
    public var reward: Double?
    /// −penalty rescaled to [0, 1] by the largest such value over touchpoints (a stand-in for |Worse|) [proposed].
    public var penaltyScaled: Double?
    /// reward rescaled to [0, 1] likewise (a stand-in for Better) [proposed].
    public var rewardScaled: Double?

    /// Creates a result.
    public init(penalty: Double?, reward: Double?, penaltyScaled: Double? = nil, rewardScaled: Double? = nil) {
        self.penalty = penalty
        self.reward = reward
        self.penaltyScaled = penaltyScaled
        self.rewardScaled = rewardScaled
    }
}

/// Something the reader should know about how the numbers were obtained; the report writers word it.
public enum AnalysisNote: String, Sendable, Hashable, Codable, CaseIterable {
    /// Workshop estimates: one value per touchpoint, no respondents.
    case estimateOnly
    /// Some or all touchpoints have no importance evidence: "importance unknown", no severity; pains rank by B2B.
    case importanceUnknown
    /// The survey has no importance items: the journey's workshop `importance:` values were used (estimates).
    case importanceFromWorkshop
    /// The survey has no wish items: the journey's workshop `wish:` values were used (estimates).
    case wishFromWorkshop
    /// Neither Kano nor penalty-reward data: Better = |Worse| = 1 in the scores.
    case coefficientsAssumedOne
    /// Penalty-reward coefficients stand in for Better/|Worse| in the scores.
    case coefficientsFromPenaltyReward
    /// No overall rating or recommend item: no key drivers.
    case noOutcome
    /// Too few respondents per pair (available cases) or complete cases for the key-driver model.
    case driversTooFew
    /// The pairwise correlation matrix was not positive semidefinite and was repaired (Higham 2002).
    case driverMatrixRepaired
    /// The journey's last touchpoint (the End) is withheld or unrated in this group: no End is shown.
    case endNotAvailable
    /// No overall rating, or fewer than 30 respondents with one: no peak-end test.
    case peakEndTestNotRun
    /// Fewer respondents than the anonymity minimum: everything suppressed.
    case allSuppressed
    /// Survey touchpoint ratings are themselves recalled (METHODS.md §1.1 caveat).
    case recalledRatings
    /// Some touchpoints carry participants' own workshop scores: their spread is shown as it is, because the team
    /// scored openly (the anonymity minimum does not apply to them).
    case participantScoresOpen
}
