import JourneyModel

/// The key-driver stage of a survey analysis (METHODS.md §2.2, revised): screening correlations, the LMG or
/// relative-weight decomposition, penalty-reward and the bootstrap stability of key drivers — from every answer
/// (available cases, the default) or from complete cases (the documented option).
///
/// Available cases: one `PairwiseMoments` over the candidate touchpoints and the outcome, fed one respondent at a
/// time (Spearman's ρ from a `RankTable` per touchpoint, so no per-respondent arrays); touchpoints whose pairs with the outcome number fewer than max(`minimumDriverPairs`, k_min) are screened
/// out; then, while some pair of model variables rests on fewer than `minimumDriverCases` (30) respondents, the
/// touchpoint of that pair with fewer outcome pairs leaves the model [proposed]. The model's n is the smallest
/// remaining pair count. Penalty-reward uses each touchpoint's own respondents (`PenaltyRewardTally`).
struct KeyDriverStage {
    /// What the stage produced, per touchpoint index (nil where not computed).
    var summary: DriverSummary
    var scores: [DriverScore?]
    var shares: [Double?]
    var derivedImportance: [Double?]
    var penaltyReward: [PenaltyReward?]
    var predictorCount = 0
    /// True when the model ran.
    var ran = false

    static func run(rows: [Int], columns: [RatingColumn?], outcomeName: String, outcome y: RatingColumn,
                    candidates: [Int], scale: RatingScale, minimum: Int, options: AnalysisOptions) -> KeyDriverStage {
        let t = columns.count
        let answered = rows.filter { y[$0] != nil }
        var stage = KeyDriverStage(summary: DriverSummary(outcome: outcomeName, respondents: answered.count),
                                   scores: Array(repeating: nil, count: t), shares: Array(repeating: nil, count: t),
                                   derivedImportance: Array(repeating: nil, count: t),
                                   penaltyReward: Array(repeating: nil, count: t))
        stage.summary.cases = options.driverCases
        let usable = candidates.filter { columns[$0] != nil }
        let pairMinimum = max(options.minimumDriverPairs, minimum)

        // Screening r from the pairwise moments of each touchpoint with the outcome; Spearman ρ from its rank table.
        let screening = moments(rows: rows, columns: columns, variables: usable, outcome: y)
        let outcomeIndex = usable.count
        var model: [Int] = []
        for (k, j) in usable.enumerated() {
            let pairs = screening.pairCount(k, outcomeIndex)
            guard pairs >= pairMinimum, let r = screening.correlation(k, outcomeIndex) else { continue }
            let x = columns[j]!
            var table = RankTable(xCategories: x.scale.pointCount, yCategories: y.scale.pointCount)
            x.codes.withUnsafeBufferPointer { xc in y.codes.withUnsafeBufferPointer { yc in
                for i in rows { table.add(x: xc[i], y: yc[i]) }
            } }
            var score = DriverScore(pearson: r, spearman: table.spearman ?? 0)
            score.n = pairs
            score.pValue = Statistics.correlationPValue(r: r, n: pairs)
            score.significant = (score.pValue ?? 1) < options.driverAlpha
            stage.scores[j] = score
            model.append(j)
        }
        let complete = answered.filter { i in model.allSatisfy { columns[$0]![i] != nil } }
        stage.summary.completeCases = complete.count

        var joint: PairwiseMoments
        switch options.driverCases {
        case .available:
            // Drop the weakest-supported touchpoint until every pair rests on at least minimumDriverCases.
            // the screening pass already holds every pair: restrict it to the model (no second pass)
            joint = screening.restricted(to: model.map { j in usable.firstIndex(of: j)! } + [outcomeIndex])
            while !model.isEmpty {
                let v = model.count + 1
                var worst = (count: Int.max, a: 0, b: 0)
                for a in 0..<v { for b in (a + 1)..<v where joint.pairCount(a, b) < worst.count { worst = (joint.pairCount(a, b), a, b) } }
                if worst.count >= max(options.minimumDriverCases, pairMinimum) { break }
                let outcomePairs = { (k: Int) in k == v - 1 ? Int.max : joint.pairCount(k, v - 1) }
                let drop = outcomePairs(worst.a) <= outcomePairs(worst.b) ? worst.a : worst.b
                model.remove(at: drop)
                joint = joint.restricted(to: Array(0..<(v)).filter { $0 != drop })
            }
        case .complete:
            guard complete.count >= max(options.minimumDriverCases, model.count + 2, minimum) else { return stage }
            joint = moments(rows: complete, columns: columns, variables: model, outcome: y)
        }
        guard !model.isEmpty else { return stage }
        let v = model.count + 1
        let fit = KeyDriverAnalyzer.model(joint: joint.correlationMatrix())
        var smallest = Int.max
        for a in 0..<v { for b in (a + 1)..<v { smallest = min(smallest, joint.pairCount(a, b)) } }
        stage.ran = true
        stage.summary.n = smallest
        stage.summary.r2 = fit.r2
        stage.summary.method = fit.method
        stage.summary.repaired = fit.repaired
        stage.summary.predictors = model.count
        stage.predictorCount = model.count
        let significantWeights = zip(model, fit.weights).map { j, w in stage.scores[j]!.significant ? max(w, 0) : 0 }
        let top = significantWeights.max() ?? 0
        for (k, j) in model.enumerated() {
            stage.scores[j]?.shapley = fit.weights[k]
            stage.scores[j]?.nPairs = (0..<v).filter { $0 != k }.map { joint.pairCount(k, $0) }.min() ?? 0
            let share = fit.r2 > 0 ? fit.weights[k] / fit.r2 : nil
            stage.scores[j]?.shapleyShare = share
            stage.shares[j] = share
            stage.derivedImportance[j] = top > 0 ? significantWeights[k] / top : nil
        }

        // Penalty-reward (Brandt 1987): per touchpoint on its own respondents, or jointly on complete cases.
        let boxes = LikertBoxes(scale)
        switch options.driverCases {
        case .available:
            var tallies = [PenaltyRewardTally](repeating: PenaltyRewardTally(), count: model.count)
            for i in answered {
                let outcome = Double(y[i]!)
                for (k, j) in model.enumerated() {
                    if let x = columns[j]![i] { tallies[k].add(score: Double(x), outcome: outcome, bottomMax: boxes.bottomMax, topMin: boxes.topMin) }
                }
            }
            let scaled = PenaltyRewardAnalyzer.rescaled(tallies.map(\.result))
            for (k, j) in model.enumerated() { stage.penaltyReward[j] = scaled[k] }
        case .complete:
            let xs = model.map { j in complete.map { Double(columns[j]![$0]!) } }
            if let prca = PenaltyRewardAnalyzer.analyze(columns: xs, outcome: complete.map { Double(y[$0]!) },
                                                        bottomMax: boxes.bottomMax, topMin: boxes.topMin) {
                for (k, j) in model.enumerated() { stage.penaltyReward[j] = prca[k] }
            }
        }

        // Stability of the key-driver flag over seeded bootstrap resamples of respondents.
        if options.driverStabilityResamples > 0 {
            let pool = options.driverCases == .complete ? complete : rows
            let stability = keyDriverStability(pool: pool, columns: columns, model: model, outcome: y, options: options)
            stage.summary.stabilityResamples = options.driverStabilityResamples
            stage.summary.stabilitySubsample = min(pool.count, options.driverStabilitySubsample)
            stage.summary.stabilityThreshold = options.driverStabilityThreshold
            for (k, j) in model.enumerated() { stage.scores[j]?.stability = stability[k] }
        }
        return stage
    }

    /// Pairwise moments of the given touchpoints and the outcome (last) over `rows`.
    static func moments(rows: [Int], columns: [RatingColumn?], variables: [Int], outcome y: RatingColumn) -> PairwiseMoments {
        var m = PairwiseMoments(count: variables.count + 1)
        var row = [Double?](repeating: nil, count: variables.count + 1)
        for i in rows {
            for (k, j) in variables.enumerated() { row[k] = columns[j]![i].map(Double.init) }
            row[variables.count] = y[i].map(Double.init)
            m.add(row: row)
        }
        return m
    }

    /// Share of B seeded resamples (SplitMix64, `driverStabilitySeed`) in which each model touchpoint is flagged
    /// as a key driver by the §2.2 rule (φ_j/R² ≥ 1.5/p with a significant pairwise r). Above
    /// `driverStabilitySubsample` (2,000) respondents a seeded subsample of that size is drawn once without
    /// replacement; each of the B = 200 resamples then draws m = min(n, 2,000) of its respondents with replacement
    /// (the ordinary nonparametric bootstrap, Efron & Tibshirani 1993). A subsample of 2,000 has a larger sampling
    /// spread than the full data, so the stability it reports is conservative for large surveys. Resamples decompose with Shapley/LMG up to 6 predictors and with Johnson's
    /// relative weights above (which track LMG closely: Johnson 2000; LeBreton, Ployhart & Ladd 2004), keeping
    /// B·2^p bounded; a resample's repair
    /// (Higham 2002) stops at tolerance 1e-9 or 500 iterations. Selection frequency ≥ .70 follows stability selection (Meinshausen & Bühlmann 2010) [proposed].
    static func keyDriverStability(pool: [Int], columns: [RatingColumn?], model: [Int], outcome y: RatingColumn,
                                   options: AnalysisOptions) -> [Double] {
        let p = model.count
        guard p > 0, pool.count >= 2 else { return [Double](repeating: 0, count: p) }
        var generator = SplitMix64(seed: Bootstrap.seed(options.driverStabilitySeed, "key-driver stability"))
        // A bounded subsample, drawn once without replacement (partial Fisher–Yates), keeps memory and time
        // independent of the number of respondents.
        var sample = pool
        let m = min(pool.count, max(options.driverStabilitySubsample, 2))
        if m < sample.count {
            for k in 0..<m { sample.swapAt(k, k + generator.index(below: sample.count - k)) }
            sample = Array(sample[0..<m]).sorted()
        }
        var flagged = [Double](repeating: 0, count: p)
        // The subsample's rows once, NaN = not answered, so each resample is a pass over a flat buffer.
        let width = p + 1
        var flat = [Double](repeating: .nan, count: m * width)
        for (r, i) in sample.enumerated() {
            for (k, j) in model.enumerated() { if let v = columns[j]![i] { flat[r * width + k] = Double(v) } }
            if let v = y[i] { flat[r * width + p] = Double(v) }
        }
        for _ in 0..<options.driverStabilityResamples {
            var moments = PairwiseMoments(count: width)
            flat.withUnsafeBufferPointer { rows in
                for _ in 0..<m {
                    let r = generator.index(below: m)
                    moments.add(values: UnsafeBufferPointer(rebasing: rows[(r * width)..<(r * width + width)]))
                }
            }
            let joint = moments.correlationMatrix()
            let weights: [Double], r2: Double
            if p <= 6 {
                let fit = KeyDriverAnalyzer.model(joint: joint, tolerance: 1e-9, maximumIterations: 500)
                (weights, r2) = (fit.weights, fit.r2)
            } else {
                let repaired = NearestCorrelation.isPositiveDefinite(joint) ? joint
                    : NearestCorrelation.nearest(joint, tolerance: 1e-9, maximumIterations: 500)
                let r = (0..<p).map { Array(repaired[$0][0..<p]) }, ry = (0..<p).map { repaired[$0][p] }
                weights = KeyDriverAnalyzer.relativeWeights(correlations: r, outcome: ry)
                r2 = weights.reduce(0, +)
            }
            guard r2 > 0 else { continue }
            for k in 0..<p {
                let pairs = moments.pairCount(k, p)
                let significant = moments.correlation(k, p).flatMap { Statistics.correlationPValue(r: $0, n: pairs) }
                    .map { $0 < options.driverAlpha } ?? false
                let reasons = MOTDetector.reasons(shapleyShare: weights[k] / r2, significant: significant, predictorCount: p,
                                                  fPlus: nil, fMinus: nil, touchpointCount: 0, polarization: nil,
                                                  isEnd: false, settings: options.mot)
                if reasons.contains(.keyDriver) { flagged[k] += 1 }
            }
        }
        return flagged.map { $0 / Double(options.driverStabilityResamples) }
    }
}
