/// The journey-level peak-end picture (METHODS.md §1.4): peak, trough, End and the remembered score
/// (peak + end)/2 beside the plain mean (Kahneman et al. 1993).
public struct PeakEndSummary: Sendable, Hashable {
    /// Touchpoint with the most intense mean (largest |mean − neutral|, ties to the negative).
    public var peakID: String?
    /// Touchpoint with the lowest mean.
    public var troughID: String?
    /// The journey's last rated touchpoint.
    public var endID: String?
    /// (peak + end)/2 in scale units; the per-respondent average when survey data exists.
    public var remembered: Double?
    /// Plain mean over touchpoints, in scale units.
    public var mean: Double?
    /// The regression test of §1.3, when an overall rating exists and n ≥ 30.
    public var test: PeakEndTest?

    /// Creates a summary.
    public init(peakID: String? = nil, troughID: String? = nil, endID: String? = nil, remembered: Double? = nil,
                mean: Double? = nil, test: PeakEndTest? = nil) {
        self.peakID = peakID
        self.troughID = troughID
        self.endID = endID
        self.remembered = remembered
        self.mean = mean
        self.test = test
    }
}

/// Which model explains the overall rating best (METHODS.md §1.3).
public enum PeakEndVerdict: String, Sendable, Hashable, Codable {
    /// Peak and end add significantly over the mean.
    case peakEnd
    /// The mean explains as much; peak and end add nothing significant.
    case average
    /// Too little data or too little difference to say.
    case inconclusive
}

/// The peak-end regression test: R² of models M0–M3, ΔR² of {peak, end} over the mean, partial F p-value.
public struct PeakEndTest: Sendable, Hashable {
    /// Respondents in the test.
    public var n: Int
    /// R² of M0: R ~ mean.
    public var r2Mean: Double
    /// R² of M1: R ~ PE (intensity peak, formula 2).
    public var r2PeakEnd: Double
    /// R² of M2: R ~ peak + end.
    public var r2PeakPlusEnd: Double
    /// R² of M3: R ~ peak + end + mean + duration + first + trend.
    public var r2Full: Double
    /// R² gained by adding peak and end to the mean.
    public var deltaR2: Double
    /// Partial F-test p-value of that gain.
    public var pValue: Double
    /// "intensity" (formula 2) or "valence" (formula 3), whichever has the better adjusted R².
    public var bestPeakDefinition: String
    /// The plain-language conclusion.
    public var verdict: PeakEndVerdict

    /// Creates a test result.
    public init(n: Int, r2Mean: Double, r2PeakEnd: Double, r2PeakPlusEnd: Double, r2Full: Double, deltaR2: Double,
                pValue: Double, bestPeakDefinition: String, verdict: PeakEndVerdict) {
        self.n = n
        self.r2Mean = r2Mean
        self.r2PeakEnd = r2PeakEnd
        self.r2PeakPlusEnd = r2PeakPlusEnd
        self.r2Full = r2Full
        self.deltaR2 = deltaR2
        self.pValue = pValue
        self.bestPeakDefinition = bestPeakDefinition
        self.verdict = verdict
    }
}
