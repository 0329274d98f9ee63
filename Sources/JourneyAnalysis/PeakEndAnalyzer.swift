import JourneyModel

/// One respondent's peak-end features (METHODS.md §1.2), on centred scores v = x − c. Never leaves the tool.
struct RespondentFeatures: Sendable {
    /// v at the most intense touchpoint, ties to the negative (formula 2).
    var peak: Double
    /// max v and min v (formula 3).
    var best: Double, worst: Double
    /// v at the last rated touchpoint (formula 4).
    var end: Double
    /// Competing predictors: mean, first, OLS slope on journey position, touchpoints rated.
    var mean: Double, first: Double, trend: Double, duration: Double
    /// (peak + end)/2 (formula 1).
    var pe: Double { (peak + end) / 2 }
}

/// Peak-end analysis (METHODS.md §1): per-respondent features, touchpoint-level f⁺/f⁻, and the regression test
/// of whether the overall judgement follows peak and end or the average.
///
/// Evidence: Kahneman et al. (1993); Fredrickson & Kahneman (1993); Redelmeier & Kahneman (1996, r ≈ .67);
/// Alaybek et al. (2022) meta-analysis, peak-end r = .581; Cojuharenco & Ryvkin (2008) on PE and the mean being
/// correlated. Caveat: survey ratings are themselves recalled — the test says which remembered touchpoints
/// drive the overall judgement, not moment-by-moment utility.
public enum PeakEndAnalyzer {
    /// Settings of the test ([proposed] defaults).
    public struct Settings: Sendable, Hashable {
        /// Touchpoints a respondent must have rated to count (default 3).
        public var minimumRated = 3
        /// Respondents with an overall rating the test needs (default 30).
        public var minimumForTest = 30
        /// Significance level of the partial F-test (default .05).
        public var alpha = 0.05
        /// Smallest Cohen's f² of the gain that counts (default .02, "small").
        public var minimumEffect = 0.02
        /// Bootstrap resamples for the intervals of M3's Shapley shares (default 2,000; 0 = none).
        public var shapleyResamples = 2_000
        /// Above this many respondents the Shapley intervals are skipped to keep the run short (default 5,000) [proposed].
        public var shapleyBootstrapLimit = 5_000
        /// Seed of that bootstrap.
        public var seed: UInt64 = 20_240_501
        /// The defaults.
        public init() {}
    }

    /// Features of one respondent from centred scores in journey order (NaN = not experienced); nil below
    /// `minimumRated` rated touchpoints. trend = OLS slope of v on the journey position 1…T.
    static func features(_ v: [Double], minimumRated: Int = 3) -> RespondentFeatures? {
        var count = 0, sum = 0.0
        var peak = 0.0, best = -Double.infinity, worst = Double.infinity, first = 0.0, end = 0.0
        var sumPosition = 0.0, sumPosition2 = 0.0, sumPositionV = 0.0
        for (j, value) in v.enumerated() where !value.isNaN {
            if count == 0 { first = value; peak = value }
            else if abs(value) > abs(peak) || (abs(value) == abs(peak) && value < peak) { peak = value }
            count += 1
            sum += value
            best = max(best, value)
            worst = min(worst, value)
            end = value
            let position = Double(j + 1)
            sumPosition += position
            sumPosition2 += position * position
            sumPositionV += position * value
        }
        guard count >= minimumRated else { return nil }
        let n = Double(count)
        let mean = sum / n
        let sxx = sumPosition2 - sumPosition * sumPosition / n
        let trend = sxx > 0 ? (sumPositionV - sumPosition * sum / n) / sxx : 0
        return RespondentFeatures(peak: peak, best: best, worst: worst, end: end, mean: mean, first: first,
                                  trend: trend, duration: n)
    }

    /// f⁺_j and f⁻_j (formula 6): the share of eligible respondents whose best (worst) rating falls at j, a
    /// respondent with ties at several touchpoints counting 1/m at each [proposed], so each sums to 1.
    /// Rows hold centred scores (nil = not experienced). Nil when nobody is eligible.
    static func bestAndWorstShares(_ rows: [[Double?]], minimumRated: Int = 3) -> (plus: [Double], minus: [Double], n: Int)? {
        guard let width = rows.first?.count else { return nil }
        var accumulator = ExtremeShares(width: width)
        for row in rows { accumulator.add(row.map { $0 ?? .nan }, minimumRated: minimumRated) }
        return accumulator.result
    }

    /// Running f⁺/f⁻ tallies.
    struct ExtremeShares {
        var plus: [Double], minus: [Double], n = 0
        init(width: Int) { plus = Array(repeating: 0, count: width); minus = plus }

        mutating func add(_ v: [Double], minimumRated: Int) {
            var rated = 0, best = -Double.infinity, worst = Double.infinity
            for value in v where !value.isNaN { rated += 1; best = max(best, value); worst = min(worst, value) }
            guard rated >= minimumRated else { return }
            n += 1
            var bestCount = 0.0, worstCount = 0.0
            for value in v where !value.isNaN {
                if value == best { bestCount += 1 }
                if value == worst { worstCount += 1 }
            }
            for (j, value) in v.enumerated() where !value.isNaN {
                if value == best { plus[j] += 1 / bestCount }
                if value == worst { minus[j] += 1 / worstCount }
            }
        }

        var result: (plus: [Double], minus: [Double], n: Int)? {
            n == 0 ? nil : (plus.map { $0 / Double(n) }, minus.map { $0 / Double(n) }, n)
        }
    }

    /// What the survey analysis needs from the peak-end pass.
    struct SurveyResult {
        var respondents: Int
        var remembered: Double
        var mean: Double
        var memoryGap: Double
        var fPlus: [Double]
        var fMinus: [Double]
        var test: PeakEndTest?
    }

    /// Runs §1.2–1.4 over respondents. `codes[j]` holds touchpoint j's answer codes (0 = not experienced, empty when
    /// unbound), `bases[j]` the value of code 0 (scale minimum − 1); `overall` the retrospective rating R_i.
    /// Aggregates only: per-respondent values stay inside.
    static func analyze(respondents: [Int], codes: [[UInt8]], bases: [Int], neutral: Double, settings: Settings = Settings(),
                        overall: RatingColumn?) -> SurveyResult? {
        let touchpointCount = codes.count
        var shares = ExtremeShares(width: touchpointCount)
        var features: [RespondentFeatures] = []
        var outcomes: [Double] = []
        var sumPE = 0.0, sumMean = 0.0, eligible = 0
        var row = [Double](repeating: .nan, count: touchpointCount)
        let offsets = bases.map { Double($0) - neutral }
        for i in respondents {
            for j in 0..<touchpointCount {
                let column = codes[j]
                let code = i < column.count ? column[i] : 0
                row[j] = code == 0 ? .nan : offsets[j] + Double(code)
            }
            guard let f = Self.features(row, minimumRated: settings.minimumRated) else { continue }
            eligible += 1
            sumPE += f.pe
            sumMean += f.mean
            shares.add(row, minimumRated: settings.minimumRated)
            if let overall, let r = overall[i] {
                features.append(f)
                outcomes.append(Double(r))
            }
        }
        guard eligible > 0, let extremes = shares.result else { return nil }
        let test = features.count >= settings.minimumForTest ? Self.test(features: features, outcome: outcomes, settings: settings) : nil
        return SurveyResult(respondents: eligible, remembered: sumPE / Double(eligible) + neutral,
                            mean: sumMean / Double(eligible) + neutral,
                            memoryGap: (sumPE - sumMean) / Double(eligible),
                            fPlus: extremes.plus, fMinus: extremes.minus, test: test)
    }

    /// The §1.3 test on standardized variables: M0 R ~ mean; M1 R ~ PE; M2 R ~ peak + end;
    /// M3 R ~ peak + end + mean + duration + first + trend; ΔR² of {peak, end} over the mean with a partial F-test;
    /// the peak definition (intensity, formula 2, vs valence, best + worst, formula 3) with the better adjusted R².
    ///
    /// Verdict [proposed]: peak-end when the partial F p < α and Cohen's f² ≥ .02; otherwise average when M0 is
    /// significant; otherwise inconclusive.
    static func test(features: [RespondentFeatures], outcome: [Double], settings: Settings = Settings()) -> PeakEndTest? {
        let peak = features.map(\.peak), end = features.map(\.end), mean = features.map(\.mean)
        let pe = features.map(\.pe), best = features.map(\.best), worst = features.map(\.worst)
        let duration = features.map(\.duration), first = features.map(\.first), trend = features.map(\.trend)
        func fit(_ name: String, _ columns: [[Double]], _ names: [String]) -> RegressionFit? {
            LinearRegression.fit(y: outcome, columns: columns, names: names)
        }
        guard let m0 = fit("M0", [mean], ["mean"]),
              let m1 = fit("M1", [pe], ["pe"]),
              let m2 = fit("M2", [peak, end], ["peak", "end"]),
              let m3 = fit("M3", [peak, end, mean, duration, first, trend], ["peak", "end", "mean", "duration", "first", "trend"]),
              let mpe = fit("meanPeakEnd", [mean, peak, end], ["mean", "peak", "end"]),
              let valence = fit("valence", [best, worst, end], ["best", "worst", "end"])
        else { return nil }
        let partial = LinearRegression.partialFTest(reduced: m0, full: mpe)
        let delta = mpe.r2 - m0.r2
        let f2 = mpe.r2 < 1 ? delta / (1 - mpe.r2) : .infinity
        let pValue = partial?.pValue ?? 1
        let verdict: PeakEndVerdict
        if pValue < settings.alpha && f2 >= settings.minimumEffect { verdict = .peakEnd }
        else if let p0 = m0.pValue, p0 < settings.alpha { verdict = .average }
        else { verdict = .inconclusive }
        var test = PeakEndTest(n: outcome.count, r2Mean: m0.r2, r2PeakEnd: m1.r2, r2PeakPlusEnd: m2.r2, r2Full: m3.r2,
                               deltaR2: delta, pValue: pValue,
                               bestPeakDefinition: m2.adjustedR2 >= valence.adjustedR2 ? "intensity" : "valence",
                               verdict: verdict)
        test.models = zip(["M0", "M1", "M2", "M3", "meanPeakEnd", "valence"], [m0, m1, m2, m3, mpe, valence]).map {
            PeakEndModelFit(name: $0.0, predictors: $0.1.predictors, coefficients: $0.1.coefficients,
                            r2: $0.1.r2, adjustedR2: $0.1.adjustedR2, aic: $0.1.aic)
        }
        test.rMean = Statistics.pearson(outcome, mean)
        test.rPeakEnd = Statistics.pearson(outcome, pe)
        test.partialF = partial?.f
        test.cohensF2 = f2
        test.meanModelPValue = m0.pValue
        test.adjustedR2Intensity = m2.adjustedR2
        test.adjustedR2Valence = valence.adjustedR2
        test.fullModelShapley = fullModelShapley(columns: [peak, end, mean, duration, first, trend], outcome: outcome,
                                                 names: ["peak", "end", "mean", "duration", "first", "trend"], settings: settings)
        return test
    }

    /// Shapley/LMG decomposition of M3's R² (formula 14) from the correlation matrix, with percentile bootstrap
    /// intervals over resamples of respondents (METHODS.md §1.3: 2,000 resamples, seeded SplitMix64).
    static func fullModelShapley(columns: [[Double]], outcome: [Double], names: [String], settings: Settings) -> [PredictorShare] {
        func shares(_ xs: [[Double]], _ y: [Double]) -> [Double] {
            let r = KeyDriverAnalyzer.correlationMatrix(xs)
            let ry = KeyDriverAnalyzer.outcomeCorrelations(xs, outcome: y)
            return KeyDriverAnalyzer.shapley(correlations: r, outcome: ry)
        }
        let point = shares(columns, outcome)
        let n = outcome.count
        var intervals = [ClosedRange<Double>?](repeating: nil, count: columns.count)
        if settings.shapleyResamples > 1, n <= settings.shapleyBootstrapLimit {
            // One pass per resample accumulating co-moments of the centred variables (outcome last): no copies.
            let variables = columns + [outcome]
            let v = variables.count
            let centred: [Double] = {
                var flat = [Double](repeating: 0, count: n * v)
                for (c, column) in variables.enumerated() {
                    let m = column.reduce(0, +) / Double(n)
                    for i in 0..<n { flat[i * v + c] = column[i] - m }
                }
                return flat
            }()
            var generator = SplitMix64(seed: Bootstrap.seed(settings.seed, "peak-end M3 shapley"))
            var replicates = [[Double]](repeating: [], count: columns.count)
            var sums = [Double](repeating: 0, count: v)
            var products = [Double](repeating: 0, count: v * v)
            for _ in 0..<settings.shapleyResamples {
                for c in 0..<v { sums[c] = 0 }
                for c in 0..<(v * v) { products[c] = 0 }
                centred.withUnsafeBufferPointer { x in
                    for _ in 0..<n {
                        let base = generator.index(below: n) * v
                        for a in 0..<v {
                            let xa = x[base + a]
                            sums[a] += xa
                            for b in a..<v { products[a * v + b] += xa * x[base + b] }
                        }
                    }
                }
                var covariance = [[Double]](repeating: [Double](repeating: 0, count: v), count: v)
                for a in 0..<v {
                    for b in a..<v {
                        covariance[a][b] = products[a * v + b] - sums[a] * sums[b] / Double(n)
                        covariance[b][a] = covariance[a][b]
                    }
                }
                let p = columns.count
                var r = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
                var ry = [Double](repeating: 0, count: p)
                for a in 0..<p {
                    r[a][a] = 1
                    let scale = covariance[a][a] * covariance[p][p]
                    ry[a] = covariance[a][a] > 0 && covariance[p][p] > 0 ? covariance[a][p] / scale.squareRoot() : 0
                    for b in (a + 1)..<max(a + 1, p) where b < p {
                        let d = covariance[a][a] * covariance[b][b]
                        r[a][b] = d > 0 ? covariance[a][b] / d.squareRoot() : 0
                        r[b][a] = r[a][b]
                    }
                }
                for (c, value) in KeyDriverAnalyzer.shapley(correlations: r, outcome: ry).enumerated() { replicates[c].append(value) }
            }
            for c in columns.indices {
                let sorted = replicates[c].sorted()
                let low = Statistics.quantile(sortedCount: sorted.count, 0.025) { sorted[$0] }
                let high = Statistics.quantile(sortedCount: sorted.count, 0.975) { sorted[$0] }
                intervals[c] = low...high
            }
        }
        return names.indices.map { PredictorShare(predictor: names[$0], shapley: point[$0], ci95: intervals[$0]) }
    }
}
