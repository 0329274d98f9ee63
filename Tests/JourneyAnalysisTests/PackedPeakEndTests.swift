import Testing
@testable import JourneyAnalysis

/// The packed peak-end pass (`PackedPeakEndPlan`) against the Double loop on the centred values, on seeded rows:
/// the same features bit for bit, the same tie counts, and the same f⁺/f⁻ fixed-point sums as adding each
/// respondent's shares one by one.
@Suite struct PackedPeakEndTests {
    /// Journey positions of the bound touchpoints (with gaps: unbound touchpoints in between), per case.
    @Test(arguments: [(-4.0, 3, 7), (-3.5, 3, 7), (-5.0, 1, 11), (-2.5, 2, 5)])
    func packedFeaturesEqualTheDoubleLoop(offset: Double, minimum: Int, points: Int) throws {
        let indices = [0, 1, 3, 4, 5, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24]
        let width = 25
        let plan = try #require(PackedPeakEndPlan(slots: Array(indices.indices), offsets: indices.map { _ in offset },
                                                  indices: indices, pointCounts: indices.map { _ in points },
                                                  minimumRated: minimum))
        var packed = PeakEndAnalyzer.ExtremeShares(width: width, countsTies: true)
        var plain = PeakEndAnalyzer.ExtremeShares(width: width)
        var generator = SplitMix64(seed: UInt64(points * 10 + minimum))
        var codes = [UInt8](repeating: 0, count: indices.count)
        var eligible = 0
        for row in 0..<4_000 {
            // Most rows skip a few touchpoints; every tenth skips most of them.
            let skip = row % 10 == 0 ? 8 : 1
            for k in codes.indices {
                codes[k] = generator.index(below: 10) < skip ? 0 : UInt8(1 + generator.index(below: points))
            }
            var v = [Double](repeating: .nan, count: width)
            for (k, j) in indices.enumerated() where codes[k] != 0 { v[j] = offset + Double(codes[k]) }
            let expected = PeakEndAnalyzer.features(v, minimumRated: minimum)
            let got = codes.withUnsafeBufferPointer { plan.features(codes: $0.baseAddress!) }
            #expect((expected == nil) == (got == nil))
            plain.add(v, minimumRated: minimum)
            guard let e = expected, let g = got else { continue }
            eligible += 1
            packed.add(plan, g)
            let a = [e.peak, e.end, e.mean, e.best, e.worst, e.first, e.trend, e.duration].map(\.bitPattern)
            let b = [g.features.peak, g.features.end, g.features.mean, g.features.best, g.features.worst, g.features.first,
                     g.features.trend, g.features.duration].map(\.bitPattern)
            #expect(a == b)
            #expect(g.bestCount == v.filter { $0 == e.best }.count && g.worstCount == v.filter { $0 == e.worst }.count)
            #expect(g.bestMask.nonzeroBitCount == g.bestCount && g.worstMask.nonzeroBitCount == g.worstCount)
        }
        #expect(eligible > 3_000)
        #expect(packed.n == plain.n)
        #expect(packed.plus == plain.plus && packed.minus == plain.minus)
    }

    /// Journeys the plan does not take: different centring offsets, a large scale, too many touchpoints, no minimum.
    @Test func otherShapesHaveNoPlan() {
        let four = [0, 1, 2, 3]
        #expect(PackedPeakEndPlan(slots: four, offsets: [-4, -4, -3, -4], indices: four, pointCounts: [7, 7, 7, 7], minimumRated: 3) == nil)
        #expect(PackedPeakEndPlan(slots: four, offsets: [-4, -4, -4, -4], indices: four, pointCounts: [7, 12, 7, 7], minimumRated: 3) == nil)
        #expect(PackedPeakEndPlan(slots: four, offsets: [-4, -4, -4, -4], indices: four, pointCounts: [7, 7, 7, 7], minimumRated: 0) == nil)
        #expect(PackedPeakEndPlan(slots: four, offsets: [-4.25, -4.25, -4.25, -4.25], indices: four, pointCounts: [7, 7, 7, 7], minimumRated: 3) == nil)
        let many = Array(0..<32)
        #expect(PackedPeakEndPlan(slots: many, offsets: many.map { _ in -4 }, indices: many, pointCounts: many.map { _ in 7 }, minimumRated: 3) == nil)
        #expect(PackedPeakEndPlan(slots: four, offsets: [-4, -4, -4, -4], indices: four, pointCounts: [7, 7, 7, 7], minimumRated: 3) != nil)
    }
}
