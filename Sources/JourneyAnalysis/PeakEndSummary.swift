/// The journey-level peak-end picture (METHODS.md §1.4): peak, trough, End and the remembered score
/// (peak + end)/2 beside the plain mean (Kahneman et al. 1993).
public struct PeakEndSummary: Sendable, Hashable {
    /// Touchpoint with the most intense mean (largest |mean − neutral|, ties to the negative).
    public var peakID: String?
    /// Touchpoint with the lowest mean.
    public var troughID: String?
    /// Touchpoint with the highest mean (the first of equals); the map marks it when it is not the peak.
    public var bestID: String?
    /// The journey's last rated touchpoint.
    public var endID: String?
    /// (peak + end)/2 in scale units; the per-respondent average when survey data exists.
    public var remembered: Double?
    /// Plain mean over touchpoints, in scale units.
    public var mean: Double?
    /// The regression test of §1.3, when an overall rating exists and n ≥ 30.
    public var test: PeakEndTest?

    // MARK: Added by the analysis engine

    /// Respondents with at least 3 rated touchpoints, over whom `remembered`, `mean` and `memoryGap` average (survey only).
    public var respondents: Int? = nil
    /// Mean memory gap Δ = PE − mean over those respondents, in scale units (formula 5) [proposed].
    public var memoryGap: Double? = nil
    /// True when fewer respondents than the anonymity minimum were eligible.
    public var suppressed: Bool = false

    /// Creates a summary.
    public init(peakID: String? = nil, troughID: String? = nil, endID: String? = nil, remembered: Double? = nil,
                mean: Double? = nil, test: PeakEndTest? = nil, bestID: String? = nil) {
        self.peakID = peakID
        self.troughID = troughID
        self.bestID = bestID
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

    // MARK: Added by the analysis engine

    /// Every model fitted, in the order M0, M1, M2, M3, mean + peak + end, valence (best + worst + end).
    public var models: [PeakEndModelFit] = []
    /// Pearson r of the overall rating with the mean (compare the peak-end r ≈ .58 of Alaybek et al. 2022).
    public var rMean: Double? = nil
    /// Pearson r of the overall rating with PE = (peak + end)/2 (Redelmeier & Kahneman 1996: r ≈ .67).
    public var rPeakEnd: Double? = nil
    /// The partial F statistic of ΔR² (2 and n − 4 degrees of freedom).
    public var partialF: Double? = nil
    /// Cohen's f² = ΔR²/(1 − R²(mean + peak + end)); a gain below .02 (small, Cohen 1988) is treated as none [proposed].
    public var cohensF2: Double? = nil
    /// p-value of M0's F-test (does the mean explain the overall rating at all?).
    public var meanModelPValue: Double? = nil
    /// Adjusted R² of R ~ peak + end with the intensity peak (formula 2).
    public var adjustedR2Intensity: Double? = nil
    /// Adjusted R² of R ~ best + worst + end (valence-specific, formula 3).
    public var adjustedR2Valence: Double? = nil
    /// The model whose fit decided the verdict: "meanPeakEnd" (R ~ mean + peak + end) for a peak-end verdict,
    /// "M0" (R ~ mean) otherwise; the map and reports quote its R² (`verdictR2`).
    public var verdictModel: String { verdict == .peakEnd ? "meanPeakEnd" : "M0" }
    /// R² of `verdictModel`.
    public var verdictR2: Double {
        verdict == .peakEnd ? (models.first { $0.name == "meanPeakEnd" }?.r2 ?? r2PeakPlusEnd) : r2Mean
    }
    /// r above .85 [proposed]: higher than the literature's peak-end r (Alaybek et al. 2022 r = .58; Redelmeier &
    /// Kahneman 1996 ≈ .67) — suspect shared-method bias (the same survey, the same sitting) or data too clean to be real.
    public var tooClean: Bool { max(rPeakEnd ?? 0, rMean ?? 0) > 0.85 }

    /// Shapley decomposition of M3's R² over its six predictors (formula 14), with percentile bootstrap intervals.
    public var fullModelShapley: [PredictorShare] = []

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

/// One model of the peak-end test: name, standardized coefficients and fit statistics.
public struct PeakEndModelFit: Sendable, Hashable {
    /// "M0", "M1", "M2", "M3", "meanPeakEnd" or "valence".
    public var name: String
    /// Predictor names.
    public var predictors: [String]
    /// Standardized coefficients (nil for a dropped, constant or aliased predictor).
    public var coefficients: [Double?]
    /// R².
    public var r2: Double
    /// Adjusted R².
    public var adjustedR2: Double
    /// AIC (statsmodels' Gaussian form, on the standardized outcome).
    public var aic: Double

    /// Creates a model summary.
    public init(name: String, predictors: [String], coefficients: [Double?], r2: Double, adjustedR2: Double, aic: Double) {
        self.name = name
        self.predictors = predictors
        self.coefficients = coefficients
        self.r2 = r2
        self.adjustedR2 = adjustedR2
        self.aic = aic
    }
}

/// One predictor's Shapley share of a model's R², with its percentile bootstrap 95% interval.
public struct PredictorShare: Sendable, Hashable {
    /// "peak", "end", "mean", "duration", "first" or "trend".
    public var predictor: String
    /// φ: the part of R² attributed to it (the φ of a model sum to its R²).
    public var shapley: Double
    /// 2.5% and 97.5% percentiles of φ over bootstrap resamples of respondents; nil when not bootstrapped.
    public var ci95: ClosedRange<Double>?

    /// Creates a share.
    public init(predictor: String, shapley: Double, ci95: ClosedRange<Double>? = nil) {
        self.predictor = predictor
        self.shapley = shapley
        self.ci95 = ci95
    }
}
