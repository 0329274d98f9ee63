/// Penalty-reward contrast analysis (Brandt 1987; Mittal, Ross & Baldasare 1998, J. Marketing 62(1):33–47):
/// regress the outcome on a bottom-box dummy and a top-box dummy for every touchpoint at once; the dummies'
/// coefficients are each touchpoint's penalty and reward, showing asymmetric effects.
public enum PenaltyRewardAnalyzer {
    /// Fits Y ~ 1 + Σ_j (low_j + high_j) by OLS in the outcome's units. `columns` are complete-case ratings,
    /// `bottomMax`/`topMin` the box limits. A dummy without variation gets no coefficient.
    /// Rescaled values [proposed]: penaltyScaled = max(−penalty, 0)/max over touchpoints, rewardScaled likewise.
    public static func analyze(columns: [[Double]], outcome: [Double], bottomMax: Double, topMin: Double) -> [PenaltyReward]? {
        var dummies: [[Double]] = []
        for column in columns {
            dummies.append(column.map { $0 <= bottomMax ? 1 : 0 })
            dummies.append(column.map { $0 >= topMin ? 1 : 0 })
        }
        guard outcome.count > dummies.count + 1,
              let fit = LinearRegression.fit(y: outcome, columns: dummies, standardize: false) else { return nil }
        var results = columns.indices.map { PenaltyReward(penalty: fit.coefficients[2 * $0], reward: fit.coefficients[2 * $0 + 1]) }
        let maxPenalty = results.compactMap { $0.penalty.map { max(-$0, 0) } }.max() ?? 0
        let maxReward = results.compactMap { $0.reward.map { max($0, 0) } }.max() ?? 0
        for j in results.indices {
            if let penalty = results[j].penalty { results[j].penaltyScaled = maxPenalty > 0 ? max(-penalty, 0) / maxPenalty : 0 }
            if let reward = results[j].reward { results[j].rewardScaled = maxReward > 0 ? max(reward, 0) / maxReward : 0 }
        }
        return results
    }
}
