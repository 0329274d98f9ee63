/// Available-case penalty-reward contrast of one touchpoint (METHODS.md §2.2, revised): the outcome's count
/// and sum in the touchpoint's bottom box, middle and top box, over the respondents who rated both.
///
/// The regression Y ~ 1 + low + high (Brandt 1987; Mittal, Ross & Baldasare 1998) on those respondents has the
/// closed form penalty = ȳ_low − ȳ_mid and reward = ȳ_high − ȳ_mid, so these six numbers are sufficient:
/// a streaming pass feeds them one respondent at a time and merges groups with `+`. Degenerate cases follow
/// ordinary least squares with aliased columns dropped in order (as R's `lm`): an empty box has no coefficient;
/// with an empty middle the high dummy is aliased (reward nil) and penalty = ȳ_low − ȳ_high.
public struct PenaltyRewardTally: Sendable, Hashable {
    /// Respondents in the bottom box, the middle and the top box.
    public var counts: [Double] = [0, 0, 0]
    /// Σ of the outcome in each.
    public var sums: [Double] = [0, 0, 0]

    /// An empty tally.
    public init() {}

    /// Adds one respondent's rating and outcome.
    public mutating func add(score: Double, outcome: Double, bottomMax: Double, topMin: Double) {
        let k = score <= bottomMax ? 0 : score >= topMin ? 2 : 1
        counts[k] += 1
        sums[k] += outcome
    }

    /// Adds `count` respondents with the same rating and outcome.
    public mutating func add(score: Double, outcome: Double, count: Double, bottomMax: Double, topMin: Double) {
        let k = score <= bottomMax ? 0 : score >= topMin ? 2 : 1
        counts[k] += count
        sums[k] += count * outcome
    }

    /// Both groups together.
    public static func + (lhs: PenaltyRewardTally, rhs: PenaltyRewardTally) -> PenaltyRewardTally {
        var sum = lhs
        for k in 0..<3 { sum.counts[k] += rhs.counts[k]; sum.sums[k] += rhs.sums[k] }
        return sum
    }

    /// Respondents behind the contrast.
    public var n: Int { Int(counts.reduce(0, +)) }

    /// The unscaled penalty and reward; nil with fewer than 3 respondents.
    public var result: PenaltyReward? {
        guard n >= 3 else { return nil }
        func mean(_ k: Int) -> Double? { counts[k] > 0 ? sums[k] / counts[k] : nil }
        let low = mean(0), mid = mean(1), high = mean(2)
        if let mid { return PenaltyReward(penalty: low.map { $0 - mid }, reward: high.map { $0 - mid }) }
        // no middle: intercept = low + high, so high is aliased (dropped); a lone box is constant (no coefficient)
        if let low, let high { return PenaltyReward(penalty: low - high, reward: nil) }
        return PenaltyReward(penalty: nil, reward: nil)
    }
}

extension PenaltyRewardAnalyzer {
    /// Rescales per-touchpoint contrasts [proposed]: penaltyScaled = max(−penalty, 0)/max over touchpoints,
    /// rewardScaled = max(reward, 0)/max over touchpoints (0 when no touchpoint has a positive value).
    public static func rescaled(_ values: [PenaltyReward?]) -> [PenaltyReward?] {
        let maxPenalty = values.compactMap { $0?.penalty.map { max(-$0, 0) } }.max() ?? 0
        let maxReward = values.compactMap { $0?.reward.map { max($0, 0) } }.max() ?? 0
        return values.map { value in
            guard var v = value else { return nil }
            if let penalty = v.penalty { v.penaltyScaled = maxPenalty > 0 ? max(-penalty, 0) / maxPenalty : 0 }
            if let reward = v.reward { v.rewardScaled = maxReward > 0 ? max(reward, 0) / maxReward : 0 }
            return v
        }
    }
}
