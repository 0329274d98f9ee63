import JourneyModel

/// Employee Net Promoter Score (METHODS.md §4.1).
public enum ENPSCalculator {
    /// eNPS = 100·(p − d) with promoters 9–10 and detractors 0–6 of the 0–10 recommend item, over the respondents in
    /// `rows` (all when nil). 95% interval: ±1.96·SE with Var = 100²·[p + d − (p − d)²]/n for n ≥ 30, clamped to
    /// [−100, 100]; a seeded BCa bootstrap below 30. Nil when nobody answered.
    public static func compute(_ column: RatingColumn, rows: [Int]? = nil, resamples: Int = 10_000,
                               seed: UInt64 = 20_240_501) -> ENPSResult? {
        var scores: [Double] = []
        let base = column.scale.min - 1
        column.codes.withUnsafeBufferPointer { codes in
            func add(_ code: UInt8) {
                guard code != 0 else { return }
                let value = base + Int(code)
                scores.append(value >= 9 ? 1 : value <= 6 ? -1 : 0)
            }
            if let rows { for i in rows { add(codes[i]) } } else { for code in codes { add(code) } }
        }
        let n = scores.count
        guard n > 0 else { return nil }
        let p = Double(scores.filter { $0 == 1 }.count) / Double(n)
        let d = Double(scores.filter { $0 == -1 }.count) / Double(n)
        let score = 100 * (p - d)
        let ci: ClosedRange<Double>
        if n >= 30 {
            let se = 100 * ((p + d - (p - d) * (p - d)) / Double(n)).squareRoot()
            ci = max(-100, score - Distributions.z975 * se)...min(100, score + Distributions.z975 * se)
        } else {
            ci = Bootstrap.bcaInterval(scores, resamples: resamples, seed: Bootstrap.seed(seed, "enps")) { sample in
                100 * sample.reduce(0, +) / Double(sample.count)
            } ?? score...score
        }
        return ENPSResult(score: score, ci95: ci, n: n)
    }
}
