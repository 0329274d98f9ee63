import JourneyModel

/// Employee Net Promoter Score (METHODS.md §4.1).
public enum ENPSCalculator {
    /// eNPS = 100·(p − d) with promoters 9–10 and detractors 0–6 of the 0–10 recommend item, over the respondents in
    /// `rows` (all when nil). 95% interval: ±1.96·SE with Var = 100²·[p + d − (p − d)²]/n for n ≥ 30, clamped to
    /// [−100, 100]; a seeded BCa bootstrap below 30. Nil when nobody answered.
    public static func compute(_ column: RatingColumn, rows: [Int]? = nil, resamples: Int = 10_000,
                               seed: UInt64 = 20_240_501) -> ENPSResult? {
        let codes = rows.map { $0.map { column.codes[$0] } } ?? column.codes
        var counts = [Int](repeating: 0, count: column.scale.pointCount + 1)
        for code in codes { counts[Int(code)] += 1 }
        return compute(counts: counts, scale: column.scale, codesInOrder: codes, resamples: resamples, seed: seed)
    }

    /// eNPS of a group's tally: from the counts, and for the bootstrap (n < 30) from the group's retained rows
    /// in file order (every row when the group is small; otherwise the counts' values in scale order).
    static func compute(_ group: CellTally, _ context: TallyContext, slot: Int, resamples: Int, seed: UInt64) -> ENPSResult? {
        let scale = context.layout.slots[slot].scale
        let o = context.histogramOffsets[slot]
        let counts = Array(group.histograms[o...(o + scale.pointCount)])
        var codes: [UInt8] = []
        if group.retained.isComplete {
            for r in 0..<group.retained.count { codes.append(group.retained.code(r, slot)) }
        } else {
            for (code, c) in counts.enumerated() { codes += repeatElement(UInt8(code), count: c) }
        }
        return compute(counts: counts, scale: scale, codesInOrder: codes, resamples: resamples, seed: seed)
    }

    /// eNPS from counts per code (0 = not answered); `codesInOrder` the same answers in respondent order, used
    /// only by the bootstrap of small groups.
    static func compute(counts: [Int], scale: RatingScale, codesInOrder: [UInt8], resamples: Int, seed: UInt64) -> ENPSResult? {
        let base = scale.min - 1
        func kind(_ code: Int) -> Double { let value = base + code; return value >= 9 ? 1 : value <= 6 ? -1 : 0 }
        var promoters = 0, detractors = 0, n = 0
        for code in 1..<counts.count {
            n += counts[code]
            if kind(code) == 1 { promoters += counts[code] } else if kind(code) == -1 { detractors += counts[code] }
        }
        guard n > 0 else { return nil }
        let p = Double(promoters) / Double(n)
        let d = Double(detractors) / Double(n)
        let score = 100 * (p - d)
        let ci: ClosedRange<Double>
        if n >= 30 {
            let se = 100 * ((p + d - (p - d) * (p - d)) / Double(n)).squareRoot()
            ci = max(-100, score - Distributions.z975 * se)...min(100, score + Distributions.z975 * se)
        } else {
            let scores = codesInOrder.compactMap { $0 == 0 ? nil : kind(Int($0)) }
            ci = Bootstrap.bcaInterval(scores, resamples: resamples, seed: Bootstrap.seed(seed, "enps")) { sample in
                100 * sample.reduce(0, +) / Double(sample.count)
            } ?? score...score
        }
        return ENPSResult(score: score, ci95: ci, n: n)
    }
}
