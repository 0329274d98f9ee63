import Foundation
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

    static func run(_ group: CellTally, _ context: TallyContext, bound: [Int?], outcomeName: String,
                    candidates: [Int], scale: RatingScale, minimum: Int, options: AnalysisOptions) -> KeyDriverStage {
        let t = bound.count
        let layout = context.layout
        let o = context.outcomePair!, outcomeSlot = context.pairSlots[o]
        let answered = group.answered(context, slot: outcomeSlot)
        var stage = KeyDriverStage(summary: DriverSummary(outcome: outcomeName, respondents: answered),
                                   scores: Array(repeating: nil, count: t), shares: Array(repeating: nil, count: t),
                                   derivedImportance: Array(repeating: nil, count: t),
                                   penaltyReward: Array(repeating: nil, count: t))
        stage.summary.cases = options.driverCases
        let usable = candidates.filter { bound[$0] != nil }
        let pairMinimum = max(options.minimumDriverPairs, minimum)
        let bases = context.pairSlots.map { layout.slots[$0].scale.min - 1 }
        let slotBases = layout.slots.map { $0.scale.min - 1 }

        // Screening r from the pairwise moments of each touchpoint with the outcome; Spearman ρ from its rank table
        // (both from the joint tables, exact integer sums).
        let screening = group.joint.moments(bases: bases).restricted(to: usable.map { bound[$0]! } + [o])
        let outcomeIndex = usable.count
        var model: [Int] = []
        for (k, j) in usable.enumerated() {
            let pairs = screening.pairCount(k, outcomeIndex)
            guard pairs >= pairMinimum, let r = screening.correlation(k, outcomeIndex) else { continue }
            var score = DriverScore(pearson: r, spearman: group.joint.rankTable(bound[j]!, o).spearman ?? 0)
            score.n = pairs
            score.pValue = Statistics.correlationPValue(r: r, n: pairs)
            score.significant = (score.pValue ?? 1) < options.driverAlpha
            stage.scores[j] = score
            model.append(j)
        }
        let rows = group.retained
        let modelSlots = { (model: [Int]) in model.map { layout.touchpoints[bound[$0]!].score } }
        let completeRows = { (model: [Int]) in
            (0..<rows.count).filter { r in rows.code(r, outcomeSlot) != 0 && modelSlots(model).allSatisfy { rows.code(r, $0) != 0 } }
        }
        stage.summary.completeCases = completeCount(group, context, model: model.map { bound[$0]! }, completeRows: { completeRows(model).count })

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
            // Complete cases need whole rows: the retained rows (all of them unless the group exceeds the capacity,
            // which the CLI lifts for --complete-cases).
            guard stage.summary.completeCases >= max(options.minimumDriverCases, model.count + 2, minimum) else { return stage }
            joint = moments(rows, completeRows(model), slots: modelSlots(model), outcome: outcomeSlot, bases: slotBases)
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
            for (k, j) in model.enumerated() {
                let b = bound[j]!
                for x in 1...group.joint.categories[b] {
                    for y in 1...group.joint.categories[o] {
                        let c = group.joint.count(b, o, x, y)
                        guard c > 0 else { continue }
                        tallies[k].add(score: Double(bases[b] + x), outcome: Double(bases[o] + y), count: Double(c),
                                       bottomMax: boxes.bottomMax, topMin: boxes.topMin)
                    }
                }
            }
            let scaled = PenaltyRewardAnalyzer.rescaled(tallies.map(\.result))
            for (k, j) in model.enumerated() { stage.penaltyReward[j] = scaled[k] }
        case .complete:
            let complete = completeRows(model)
            let xs = modelSlots(model).map { s in complete.map { Double(slotBases[s] + Int(rows.code($0, s))) } }
            let ys = complete.map { Double(slotBases[outcomeSlot] + Int(rows.code($0, outcomeSlot))) }
            if let prca = PenaltyRewardAnalyzer.analyze(columns: xs, outcome: ys, bottomMax: boxes.bottomMax, topMin: boxes.topMin) {
                for (k, j) in model.enumerated() { stage.penaltyReward[j] = prca[k] }
            }
        }

        // Stability of the key-driver flag over seeded bootstrap resamples of respondents.
        if options.driverStabilityResamples > 0 {
            let pool = options.driverCases == .complete ? completeRows(model) : Array(0..<rows.count)
            let poolSize = options.driverCases == .complete ? stage.summary.completeCases : group.respondents
            let stability = keyDriverStability(rows, pool: pool, slots: modelSlots(model), outcome: outcomeSlot, bases: slotBases, options: options)
            stage.summary.stabilityResamples = options.driverStabilityResamples
            stage.summary.stabilitySubsample = min(poolSize, options.driverStabilitySubsample)
            stage.summary.stabilityThreshold = options.driverStabilityThreshold
            for (k, j) in model.enumerated() { stage.scores[j]?.stability = stability[k] }
        }
        return stage
    }

    /// Respondents who answered the outcome and every model touchpoint (bound indices): counted on the rows when
    /// the tally kept them all, else from the missingness-pattern counts, else (more than `CellTally.patternLimit`
    /// patterns, or over 64 touchpoints) estimated from the retained sample's share, rounded.
    static func completeCount(_ group: CellTally, _ context: TallyContext, model: [Int], completeRows: () -> Int) -> Int {
        if group.retained.isComplete { return completeRows() }
        if !group.patternsOverflowed {
            var mask: UInt64 = 0
            for b in model { mask |= 1 << UInt64(b) }
            return group.patterns.reduce(0) { $0 + ($1.key & mask == mask ? $1.value : 0) }
        }
        guard group.retained.count > 0 else { return 0 }
        return Int((Double(completeRows()) / Double(group.retained.count) * Double(group.respondents)).rounded())
    }

    /// Pairwise moments of the given slots and the outcome (last) over some retained rows.
    static func moments(_ rows: RetainedRows, _ members: [Int], slots: [Int], outcome: Int, bases: [Int]) -> PairwiseMoments {
        var m = PairwiseMoments(count: slots.count + 1)
        var values = [Double](repeating: .nan, count: slots.count + 1)
        values.withUnsafeMutableBufferPointer { buffer in
            for r in members {
                for (k, s) in (slots + [outcome]).enumerated() {
                    let code = rows.code(r, s)
                    buffer[k] = code == 0 ? .nan : Double(bases[s] + Int(code))
                }
                m.add(values: UnsafeBufferPointer(buffer))
            }
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
    static func keyDriverStability(_ rows: RetainedRows, pool: [Int], slots: [Int], outcome: Int, bases: [Int],
                                   options: AnalysisOptions) -> [Double] {
        let p = slots.count
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
            for (k, slot) in (slots + [outcome]).enumerated() {
                let code = rows.code(i, slot)
                if code != 0 { flat[r * width + k] = Double(bases[slot] + Int(code)) }
            }
        }
        // Each resample as multiplicities of the subsample's rows (the same draws, in the same order, as adding the
        // drawn rows one by one): `ResampleMoments` turns them into exactly the same pairwise sums.
        let resampler = ResampleMoments(flat: flat, width: width)
        // The draws first, in the same order as ever (resample by resample), so the resamples can then be evaluated
        // on several threads and give the same counts: each resample is evaluated alone and only counted.
        let resamples = options.driverStabilityResamples
        var drawn = [Int32](repeating: 0, count: resamples * m)
        for b in 0..<resamples { for _ in 0..<m { drawn[b * m + generator.index(below: m)] += 1 } }
        let draws = drawn
        let workers = max(1, min(resamples, ProcessInfo.processInfo.activeProcessorCount))
        let counts = FlagCounts(count: workers * p)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for b in stride(from: w, to: resamples, by: workers) {
                let flags = stabilityFlags(resampler.moments(weights: Array(draws[(b * m)..<(b * m + m)])), p: p, options: options)
                for k in 0..<p where flags[k] { counts.buffer[w * p + k] += 1 }
            }
        }
        for w in 0..<workers { for k in 0..<p { flagged[k] += Double(counts.buffer[w * p + k]) } }
        return flagged.map { $0 / Double(options.driverStabilityResamples) }
    }

    /// Which model touchpoints one resample flags as key drivers (its decomposition and the §2.2 rule).
    private static func stabilityFlags(_ moments: PairwiseMoments, p: Int, options: AnalysisOptions) -> [Bool] {
        var flags = [Bool](repeating: false, count: p)
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
        guard r2 > 0 else { return flags }
        for k in 0..<p {
            let pairs = moments.pairCount(k, p)
            let significant = moments.correlation(k, p).flatMap { Statistics.correlationPValue(r: $0, n: pairs) }
                .map { $0 < options.driverAlpha } ?? false
            let reasons = MOTDetector.reasons(shapleyShare: weights[k] / r2, significant: significant, predictorCount: p,
                                              fPlus: nil, fMinus: nil, touchpointCount: 0, polarization: nil,
                                              isEnd: false, settings: options.mot)
            flags[k] = reasons.contains(.keyDriver)
        }
        return flags
    }
}

/// Per worker thread and touchpoint, how many resamples flagged it; each thread writes only its own row.
private final class FlagCounts: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Int>
    init(count: Int) { buffer = .allocate(capacity: count); buffer.initialize(repeating: 0) }
    deinit { buffer.deallocate() }
}
