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
    static func features<V: RandomAccessCollection<Double>>(_ v: V, minimumRated: Int = 3) -> RespondentFeatures? where V.Index == Int {
        var count = 0, sum = 0.0
        var peak = 0.0, best = -Double.infinity, worst = Double.infinity, first = 0.0, end = 0.0
        var sumPosition = 0.0, sumPosition2 = 0.0, sumPositionV = 0.0
        for j in v.indices {
            let value = v[j]
            if value.isNaN { continue }
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

    /// The same features straight from a respondent's codes (what the streaming tally does per row), with the
    /// same operations in the same order as `features(_:minimumRated:)`, so the values are bit-identical; also how
    /// many rated touchpoints tie at the best and at the worst value. `rated` receives, per bound touchpoint k
    /// (`TallyContext.boundSlots` order), the centred score, or NaN when not rated; nil below `minimumRated`.
    static func features(codes: UnsafePointer<UInt8>, _ context: TallyContext, rated: UnsafeMutableBufferPointer<Double>)
        -> (features: RespondentFeatures, count: Int, bestCount: Int, worstCount: Int)? {
        if !context.halfValuedPlan.isEmpty { return halfValuedFeatures(codes: codes, context, rated: rated) }
        return realFeatures(codes: codes, context, rated: rated)
    }

    /// `features(codes:_:rated:)` when every centred score is a multiple of 1/2 below 256: the loop runs on twice
    /// the scores as integers (the peak and extremes compare the same way, and Σv, Σj, Σj², Σj·v are exact in a
    /// Double too), and the results are converted with the same Double operations, so they are bit-identical.
    static func halfValuedFeatures(codes: UnsafePointer<UInt8>, _ context: TallyContext, rated: UnsafeMutableBufferPointer<Double>)
        -> (features: RespondentFeatures, count: Int, bestCount: Int, worstCount: Int)? {
        // Few live values, so the loop keeps them in registers: the count and Σv share one word (Σ v·2³² + 1), Σj
        // and Σj² another (`TallyContext.halfValuedPlan`), and the plan's four Ints per touchpoint one pointer.
        var countSum = 0, positionSums = 0, sumPositionV = 0
        var best = Int.min, worst = Int.max, first = Int.min, end = 0, bestCount = 0, worstCount = 0
        context.halfValuedPlan.withUnsafeBufferPointer { plan in
            let rated = rated.baseAddress!, touchpoints = plan.count / 4
            var k = 0, t = plan.baseAddress!
            while k < touchpoints {
                defer { k &+= 1; t += 4 }
                let code = Int(codes[t[0]])
                if code == 0 { rated[k] = .nan; continue }
                let value = t[1] &+ 2 &* code
                rated[k] = Double(value) * 0.5
                first = first == Int.min ? value : first
                countSum &+= value &<< 32 &+ 1
                bestCount = value > best ? 1 : bestCount &+ (value == best ? 1 : 0)
                best = max(best, value)
                worstCount = value < worst ? 1 : worstCount &+ (value == worst ? 1 : 0)
                worst = min(worst, value)
                end = value
                positionSums &+= t[3]
                sumPositionV &+= t[2] &* value
            }
        }
        let count = countSum & 0xFFFF_FFFF, sum = (countSum &- count) >> 32
        let sumPosition = positionSums & 0xFF_FFFF, sumPosition2 = positionSums >> 24
        guard count >= context.minimumRated else { return nil }
        // Nobody rated (only with a minimum of 0): the Double loop's ±infinity extremes.
        if count == 0 { return realFeatures(codes: codes, context, rated: rated) }
        // The most intense value is the best or the worst, whichever is further from 0, the worst (negative) on a
        // tie: what the Double loop's "|v| larger, or as large and lower" keeps.
        return (halfValuedFeatures(best: best, worst: worst, first: first, end: end, count: count, sum: sum,
                                   sumPosition: sumPosition, sumPosition2: sumPosition2, sumPositionV: sumPositionV),
                count, bestCount, worstCount)
    }

    /// A respondent's features from the integer sums of twice the centred values (best, worst, first, end, Σv, Σj,
    /// Σj², Σj·v over `count` rated touchpoints), in the one order of operations both the per-cell loop and the
    /// packed histogram (`PackedPeakEndPlan`) use, so the two agree bit for bit. The trend is the least-squares
    /// slope of v on position j: (Σjv − Σj·Σv/n) / (Σj² − (Σj)²/n).
    @inline(__always)
    static func halfValuedFeatures(best: Int, worst: Int, first: Int, end: Int, count: Int, sum: Int,
                                   sumPosition: Int, sumPosition2: Int, sumPositionV: Int) -> RespondentFeatures {
        let peak = abs(best) > abs(worst) ? best : worst
        let n = Double(count), total = Double(sum) * 0.5
        let mean = total / n
        let sp = Double(sumPosition), spp = Double(sumPosition2), spv = Double(sumPositionV) * 0.5
        let sxx = spp - sp * sp / n
        let trend = sxx > 0 ? (spv - sp * total / n) / sxx : 0
        return RespondentFeatures(peak: Double(peak) * 0.5, best: Double(best) * 0.5, worst: Double(worst) * 0.5,
                                  end: Double(end) * 0.5, mean: mean, first: Double(first) * 0.5, trend: trend, duration: n)
    }

    /// `features(codes:_:rated:)` in Doubles, for any centring.
    static func realFeatures(codes: UnsafePointer<UInt8>, _ context: TallyContext, rated: UnsafeMutableBufferPointer<Double>)
        -> (features: RespondentFeatures, count: Int, bestCount: Int, worstCount: Int)? {
        var count = 0, sum = 0.0
        var peak = 0.0, best = -Double.infinity, worst = Double.infinity, first = 0.0, end = 0.0
        var bestCount = 0, worstCount = 0
        var sumPosition = 0.0, sumPosition2 = 0.0, sumPositionV = 0.0
        context.boundSlots.withUnsafeBufferPointer { slots in
        context.boundOffsets.withUnsafeBufferPointer { offsets in
        context.boundPositions.withUnsafeBufferPointer { positions in
        context.boundPositionSquares.withUnsafeBufferPointer { squares in
            for k in 0..<slots.count {
                let code = codes[slots[k]]
                if code == 0 { rated[k] = .nan; continue }
                let value = offsets[k] + Double(code)
                rated[k] = value
                if count == 0 { first = value; peak = value }
                else if abs(value) > abs(peak) || (abs(value) == abs(peak) && value < peak) { peak = value }
                count += 1
                sum += value
                if value > best { best = value; bestCount = 1 } else if value == best { bestCount += 1 }
                if value < worst { worst = value; worstCount = 1 } else if value == worst { worstCount += 1 }
                end = value
                let position = positions[k]
                sumPosition += position
                sumPosition2 += squares[k]
                sumPositionV += position * value
            }
        }}}}
        guard count >= context.minimumRated else { return nil }
        let n = Double(count)
        let mean = sum / n
        let sxx = sumPosition2 - sumPosition * sumPosition / n
        let trend = sxx > 0 ? (sumPositionV - sumPosition * sum / n) / sxx : 0
        return (RespondentFeatures(peak: peak, best: best, worst: worst, end: end, mean: mean, first: first,
                                   trend: trend, duration: n), count, bestCount, worstCount)
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

    /// Running f⁺/f⁻ tallies. The shares 1/m are added as `FixedPointSum`s, so the totals do not depend on the
    /// order of the respondents (or on how a file was split across threads).
    struct ExtremeShares {
        /// Per touchpoint, the shares added one by one.
        private(set) var plusSums: [FixedPointSum], minusSums: [FixedPointSum]
        var n = 0
        /// With a `PackedPeakEndPlan`: per touchpoint j and tie count m (at j · `PackedPeakEndPlan.tieSlots` + m), the
        /// rows whose best (worst) value is at j and shared by m touchpoints; empty otherwise.
        var plusTies: [Int], minusTies: [Int]
        init(width: Int, countsTies: Bool = false) {
            plusSums = Array(repeating: FixedPointSum(), count: width); minusSums = plusSums
            plusTies = countsTies ? [Int](repeating: 0, count: width * PackedPeakEndPlan.tieSlots) : []
            minusTies = plusTies
        }

        /// Per touchpoint, Σ 1/m over the rows whose best value is there (m: how many touchpoints share it), as the
        /// fixed-point sum of the shares (the counted rows' shares added as count · units(1/m), the same integer).
        var plus: [FixedPointSum] { Self.total(plusSums, plusTies) }
        /// The same for the worst value.
        var minus: [FixedPointSum] { Self.total(minusSums, minusTies) }

        private static func total(_ sums: [FixedPointSum], _ ties: [Int]) -> [FixedPointSum] {
            guard !ties.isEmpty else { return sums }
            var result = sums
            for j in result.indices {
                for m in 1..<PackedPeakEndPlan.tieSlots {
                    let rows = ties[j * PackedPeakEndPlan.tieSlots + m]
                    if rows > 0 { result[j].add(units: FixedPointSum.units(1 / Double(m)), times: rows) }
                }
            }
            return result
        }

        mutating func merge(_ other: ExtremeShares) {
            n += other.n
            for j in plusSums.indices { plusSums[j] = plusSums[j] + other.plusSums[j]; minusSums[j] = minusSums[j] + other.minusSums[j] }
            if plusTies.isEmpty { plusTies = other.plusTies; minusTies = other.minusTies }
            else if !other.plusTies.isEmpty {
                for k in plusTies.indices { plusTies[k] &+= other.plusTies[k]; minusTies[k] &+= other.minusTies[k] }
            }
        }

        mutating func add<V: RandomAccessCollection<Double>>(_ v: V, minimumRated: Int) where V.Index == Int {
            var rated = 0, best = -Double.infinity, worst = Double.infinity
            for value in v where !value.isNaN { rated += 1; best = max(best, value); worst = min(worst, value) }
            guard rated >= minimumRated else { return }
            add(v, best: best, worst: worst)
        }

        /// Adds an eligible respondent whose best and worst centred scores are known.
        mutating func add<V: RandomAccessCollection<Double>>(_ v: V, best: Double, worst: Double) where V.Index == Int {
            n += 1
            var bestCount = 0.0, worstCount = 0.0
            for value in v where !value.isNaN {
                if value == best { bestCount += 1 }
                if value == worst { worstCount += 1 }
            }
            let bestShare = FixedPointSum.units(1 / bestCount), worstShare = FixedPointSum.units(1 / worstCount)
            for j in v.indices where !v[j].isNaN {
                let value = v[j]
                if value == best { plusSums[j].add(units: bestShare) }
                if value == worst { minusSums[j].add(units: worstShare) }
            }
        }

        /// Adds an eligible respondent from `features(codes:_:rated:)`: `rated[k]` the centred score of bound
        /// touchpoint k (NaN = not rated), whose journey index is `indices[k]`, and the tie counts at best and worst.
        mutating func add(rated: UnsafeMutableBufferPointer<Double>, indices: [Int], best: Double, worst: Double,
                           bestCount: Int, worstCount: Int) {
            n += 1
            let bestShare = FixedPointSum.units(1 / Double(bestCount)), worstShare = FixedPointSum.units(1 / Double(worstCount))
            for k in 0..<indices.count {
                let value = rated[k]
                if value == best { plusSums[indices[k]].add(units: bestShare) }
                if value == worst { minusSums[indices[k]].add(units: worstShare) }
            }
        }

        var result: (plus: [Double], minus: [Double], n: Int)? {
            n == 0 ? nil : (plus.map { $0.value / Double(n) }, minus.map { $0.value / Double(n) }, n)
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

    /// Runs §1.2–1.4 over a group's tally (`CellTally`: peak-end sums, f⁺/f⁻ tallies, feature cross-products).
    /// The test is fitted on the respondents themselves, in file order, when the tally kept all of the group's rows
    /// (exactly as from the data); otherwise on the sufficient statistics (`test(moments:)`). Aggregates only:
    /// per-respondent values stay inside.
    static func analyze(_ group: CellTally, _ context: TallyContext, neutral: Double, settings: Settings = Settings()) -> SurveyResult? {
        let eligible = group.peakEligible
        guard eligible > 0, let extremes = group.extremes.result else { return nil }
        var test: PeakEndTest?
        if group.features.n >= settings.minimumForTest, let o = context.layout.overall {
            if group.retained.isComplete {
                let rows = group.retained
                var features: [RespondentFeatures] = [], outcomes: [Double] = []
                var v = [Double](repeating: .nan, count: context.journeyScoreSlots.count)
                let base = Double(context.layout.slots[o].scale.min - 1)
                for r in 0..<rows.count where rows.code(r, o) != 0 {
                    for j in v.indices {
                        if let s = context.journeyScoreSlots[j], rows.code(r, s) != 0 { v[j] = context.journeyOffsets[j] + Double(rows.code(r, s)) }
                        else { v[j] = .nan }
                    }
                    guard let f = Self.features(v, minimumRated: settings.minimumRated) else { continue }
                    features.append(f)
                    outcomes.append(base + Double(rows.code(r, o)))
                }
                test = Self.test(features: features, outcome: outcomes, settings: settings)
            } else {
                test = Self.test(moments: group.features, settings: settings)
            }
        }
        let sumPE = group.sumPE.value, sumMean = group.sumMean.value
        return SurveyResult(respondents: eligible, remembered: sumPE / Double(eligible) + neutral,
                            mean: sumMean / Double(eligible) + neutral,
                            memoryGap: (sumPE - sumMean) / Double(eligible),
                            fPlus: extremes.plus, fMinus: extremes.minus, test: test)
    }

    /// Feature indices of `CellTally.features` (R, the overall rating, is 9).
    private static let featureNames = ["peak", "end", "mean", "pe", "best", "worst", "duration", "first", "trend"]
    private static let m3 = [0, 1, 2, 6, 7, 8]

    /// The §1.3 test on standardized variables: M0 R ~ mean; M1 R ~ PE; M2 R ~ peak + end;
    /// M3 R ~ peak + end + mean + duration + first + trend; ΔR² of {peak, end} over the mean with a partial F-test;
    /// the peak definition (intensity, formula 2, vs valence, best + worst, formula 3) with the better adjusted R².
    ///
    /// Verdict [proposed]: peak-end when the partial F p < α and Cohen's f² ≥ .02; otherwise average when M0 is
    /// significant; otherwise inconclusive.
    static func test(features: [RespondentFeatures], outcome: [Double], settings: Settings = Settings()) -> PeakEndTest? {
        let columns: [[Double]] = [features.map(\.peak), features.map(\.end), features.map(\.mean), features.map(\.pe),
                                   features.map(\.best), features.map(\.worst), features.map(\.duration),
                                   features.map(\.first), features.map(\.trend)]
        return verdict(n: outcome.count, settings: settings,
                       fit: { LinearRegression.fit(y: outcome, columns: $0.map { columns[$0] }, names: $0.map { featureNames[$0] }) },
                       correlation: { Statistics.pearson(outcome, columns[$0]) },
                       shapley: { fullModelShapley(columns: m3.map { columns[$0] }, outcome: outcome,
                                                   names: m3.map { featureNames[$0] }, settings: settings) })
    }

    /// The same test from the features' sums and cross-products (a group too large to keep its rows): the fits by
    /// the normal equations, the M3 Shapley shares from the correlation matrix, without their bootstrap intervals
    /// (which run only up to `shapleyBootstrapLimit` respondents anyway).
    static func test(moments m: CrossProducts, settings: Settings = Settings()) -> PeakEndTest? {
        verdict(n: m.n, settings: settings,
                fit: { LinearRegression.fit(n: m.n, comoment: m.comoment, isConstant: m.isConstant, y: 9, columns: $0,
                                            names: $0.map { featureNames[$0] }) },
                correlation: { m.correlation(9, $0) },
                shapley: {
                    let r = m3.map { a in m3.map { b in a == b ? 1 : m.correlation(a, b) ?? 0 } }
                    let point = KeyDriverAnalyzer.shapley(correlations: r, outcome: m3.map { m.correlation($0, 9) ?? 0 })
                    return m3.indices.map { PredictorShare(predictor: featureNames[m3[$0]], shapley: point[$0], ci95: nil) }
                })
    }

    /// The models, the partial F-test and the verdict, given how to fit a model on feature indices, the outcome's
    /// correlation with a feature and M3's Shapley shares.
    private static func verdict(n: Int, settings: Settings, fit: ([Int]) -> RegressionFit?, correlation: (Int) -> Double?,
                                shapley: () -> [PredictorShare]) -> PeakEndTest? {
        guard let m0 = fit([2]),
              let m1 = fit([3]),
              let m2 = fit([0, 1]),
              let m3 = fit(Self.m3),
              let mpe = fit([2, 0, 1]),
              let valence = fit([4, 5, 1])
        else { return nil }
        let partial = LinearRegression.partialFTest(reduced: m0, full: mpe)
        let delta = mpe.r2 - m0.r2
        let f2 = mpe.r2 < 1 ? delta / (1 - mpe.r2) : .infinity
        let pValue = partial?.pValue ?? 1
        let verdict: PeakEndVerdict
        if pValue < settings.alpha && f2 >= settings.minimumEffect { verdict = .peakEnd }
        else if let p0 = m0.pValue, p0 < settings.alpha { verdict = .average }
        else { verdict = .inconclusive }
        var test = PeakEndTest(n: n, r2Mean: m0.r2, r2PeakEnd: m1.r2, r2PeakPlusEnd: m2.r2, r2Full: m3.r2,
                               deltaR2: delta, pValue: pValue,
                               bestPeakDefinition: m2.adjustedR2 >= valence.adjustedR2 ? "intensity" : "valence",
                               verdict: verdict)
        test.models = zip(["M0", "M1", "M2", "M3", "meanPeakEnd", "valence"], [m0, m1, m2, m3, mpe, valence]).map {
            PeakEndModelFit(name: $0.0, predictors: $0.1.predictors, coefficients: $0.1.coefficients,
                            r2: $0.1.r2, adjustedR2: $0.1.adjustedR2, aic: $0.1.aic)
        }
        test.rMean = correlation(2)
        test.rPeakEnd = correlation(3)
        test.partialF = partial?.f
        test.cohensF2 = f2
        test.meanModelPValue = m0.pValue
        test.adjustedR2Intensity = m2.adjustedR2
        test.adjustedR2Valence = valence.adjustedR2
        test.fullModelShapley = shapley()
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
