import Foundation
import Testing
import JourneyModel
import SurveyImport
@testable import JourneyAnalysis

/// The per-row fast paths of the streaming tally against plain versions on seeded data: the integer peak-end
/// features equal the Double loop bit for bit (whole and half centring, a minimum of 0), the branch-free
/// cross-products equal adding every product in layout order, the fixed-point rounding from the bits equals the
/// plain conversion, the joint tables equal counting the pairs one by one, and a one-segment tally's direct cell
/// lookup gives the cells a hashed key gives.
@Suite struct PerRowFastPathTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample() throws -> (Journey, SurveyResponses) {
        let journey = try JourneyLoader.load(path: root.appendingPathComponent("journeys/onboarding-90-days.yaml").path)
        let responses = try ResponsesFile.read(path: root.appendingPathComponent("journeys/onboarding-90-days.responses.csv").path,
                                               journey: journey)
        return (journey, responses)
    }

    /// Neutral points 4 (whole centring), 3.5 (half) and 3.25 (neither: the Double loop only); minimum 3 and 0.
    @Test(arguments: [(4.0, 3), (3.5, 3), (3.5, 0), (4.0, 0), (3.25, 3)])
    func integerFeaturesEqualTheDoubleLoop(neutral: Double, minimum: Int) throws {
        var (journey, responses) = try Self.sample()
        journey.scale.neutral = neutral
        var options = AnalysisOptions()
        options.peakEnd.minimumRated = minimum
        let context = TallyContext(journey: journey, layout: TallyLayout(of: responses), options: options, capacity: nil)
        #expect(context.halfValuedPlan.isEmpty == (neutral == 3.25))
        var generator = SplitMix64(seed: UInt64(neutral * 4) + UInt64(minimum))
        var codes = [UInt8](repeating: 0, count: context.layout.slots.count)
        var ratedA = [Double](repeating: 0, count: journey.touchpoints.count), ratedB = ratedA
        var compared = 0
        for row in 0..<3_000 {
            // Every tenth row answers nothing or one touchpoint; the rest skip a third.
            let skip = row % 10 == 0 ? 1 : 3
            for s in codes.indices {
                codes[s] = generator.index(below: skip) == 0 && row % 10 != 0 ? UInt8(1 + generator.index(below: context.layout.slots[s].scale.pointCount)) : 0
            }
            let real = codes.withUnsafeBufferPointer { c in
                ratedA.withUnsafeMutableBufferPointer { PeakEndAnalyzer.realFeatures(codes: c.baseAddress!, context, rated: $0) }
            }
            let fast = codes.withUnsafeBufferPointer { c in
                ratedB.withUnsafeMutableBufferPointer { PeakEndAnalyzer.features(codes: c.baseAddress!, context, rated: $0) }
            }
            #expect((real == nil) == (fast == nil))
            guard let r = real, let f = fast else { continue }
            compared += 1
            let a = [r.features.peak, r.features.end, r.features.mean, r.features.best, r.features.worst, r.features.first,
                     r.features.trend, r.features.duration].map(\.bitPattern)
            let b = [f.features.peak, f.features.end, f.features.mean, f.features.best, f.features.worst, f.features.first,
                     f.features.trend, f.features.duration].map(\.bitPattern)
            #expect(a == b)
            #expect(r.count == f.count && r.bestCount == f.bestCount && r.worstCount == f.worstCount)
            #expect(ratedA.map(\.bitPattern) == ratedB.map(\.bitPattern))
        }
        // With a minimum of 0 the rows that rated nothing count too (their extremes are ±infinity).
        #expect(compared > (minimum == 0 ? 2_900 : 2_000))
    }

    /// The plain conversion the bit trick replaces: round x·2⁴⁰ to the nearest whole number, ties to even.
    static func plainUnits(_ x: Double) -> Int64 {
        let scaled = x * FixedPointSum.scale
        guard abs(scaled) < 0x1p62 else { return scaled < 0 ? -(1 << 62) : 1 << 62 }
        return Int64((scaled + 0x1.8p52) - 0x1.8p52)
    }

    @Test func fixedPointUnitsFromTheBitsEqualThePlainConversion() {
        var generator = SplitMix64(seed: 11)
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 1.0 / 3, -1.0 / 3, 0x1p-41, -0x1p-41, 3 * 0x1p-41, -3 * 0x1p-41,
                                0x1p11 - 0x1p-40, 0x1p11, -0x1p11, 0x1p11 + 0x1p-41, 0x1p20, -0x1p22, 0x1p23, -0x1p30]
        for _ in 0..<20_000 {
            let magnitude = Double(generator.index(below: 64)) - 44          // 2^-44 … 2^19
            let sign: Double = generator.index(below: 2) == 0 ? 1 : -1
            values.append(sign * Double(generator.next() >> 11) * 0x1p-53 * Foundation.pow(2, magnitude))
        }
        for x in values { #expect(FixedPointSum.units(x) == Self.plainUnits(x), "x = \(x)") }
        // Exact ties (an odd number of half units) go to the even neighbour, as before.
        #expect(FixedPointSum.units(0x1p-41) == 0 && FixedPointSum.units(3 * 0x1p-41) == 2 && FixedPointSum.units(-3 * 0x1p-41) == -2)
    }

    @Test func crossProductsEqualEveryProductInOrder() {
        let quarters = [true, true, false, true, true, true, true, true, false, true]
        var fast = CrossProducts(count: 10, quarterValued: quarters)
        var sums = [FixedPointSum](repeating: FixedPointSum(), count: 10)
        var products = [FixedPointSum](repeating: FixedPointSum(), count: 55), exactProducts = [Double](repeating: 0, count: 55)
        var generator = SplitMix64(seed: 3)
        var x = [Double](repeating: 0, count: 10)
        var halves = (CrossProducts(count: 10, quarterValued: quarters), CrossProducts(count: 10, quarterValued: quarters))
        for row in 0..<5_000 {
            // Every 100th row has large real values (products beyond 2⁵¹ units: the 128-bit path of a block).
            let scale = row % 100 == 7 ? 250.0 : 1
            for a in 0..<10 {
                x[a] = quarters[a] ? Double(generator.index(below: 49)) / 4 - 6 : (Double(generator.next() >> 11) * 0x1p-53 * 12 - 6) * scale
            }
            x.withUnsafeBufferPointer { row < 1_999 ? halves.0.add($0) : halves.1.add($0) }
            x.withUnsafeBufferPointer { fast.add($0) }
            var k = 0
            for a in 0..<10 {
                sums[a].add(x[a])
                for b in a..<10 {
                    if quarters[a] && quarters[b] { exactProducts[k] += x[a] * x[b] } else { products[k].add(x[a] * x[b]) }
                    k += 1
                }
            }
        }
        #expect(fast.n == 5_000 && fast.sums == sums && fast.products == products && fast.exactProducts == exactProducts)
        #expect(fast.exact.filter { !$0 }.count == 19)
        // Two tallies with blocks cut elsewhere (1,999 rows, then the rest) add up to the same sums.
        #expect(halves.0 + halves.1 == fast)
        #expect((halves.0 + halves.1).products == products && (halves.0 + halves.1).sums == sums)
    }

    @Test func jointTablesEqualCountingEachPair() {
        let categories = [7, 5, 11, 2, 7, 7, 1]
        var joint = JointCounts(categories: categories)
        var generator = SplitMix64(seed: 8)
        var rows: [[UInt8]] = []
        for _ in 0..<4_000 {
            let row = categories.map { k in generator.index(below: 4) == 0 ? UInt8(0) : UInt8(1 + generator.index(below: k)) }
            rows.append(row)
            if rows.count % 2 == 0 {
                row.withUnsafeBufferPointer { joint.add($0.baseAddress!) }
            } else {
                // Through slots: the row's codes stored reversed, read back by slot; the answered variables as bits.
                let stored = Array(row.reversed()), slots = Array((0..<row.count).reversed())
                let answered = stored.withUnsafeBufferPointer { c in slots.withUnsafeBufferPointer { joint.add(c.baseAddress!, slots: $0.baseAddress!) } }
                #expect(answered == row.indices.reduce(UInt64(0)) { row[$1] != 0 ? $0 | 1 << UInt64($1) : $0 })
            }
        }
        for a in categories.indices {
            for b in a..<categories.count {
                for x in 1...categories[a] {
                    for y in 1...categories[b] {
                        let expected = rows.filter { Int($0[a]) == x && Int($0[b]) == y }.count
                        #expect(joint.count(a, b, x, y) == expected, "(\(a), \(b)) at (\(x), \(y))")
                    }
                }
            }
        }
    }

    /// The joint tables count in bytes and add them into 32-bit counts every 255 respondents (`JointCounts.flushRows`):
    /// 1,000 respondents with one answer each (three padding increments a row) still count 1,000; the same rows in
    /// another order, or split over two tables and added, give equal tables with equal hashes, whatever the phase of
    /// the byte table; and each count equals counting the rows by hand (`filter`).
    @Test func jointTablesCountPastTheByteTable() {
        var single = JointCounts(categories: [7, 11])
        for _ in 0..<1_000 { [UInt8](arrayLiteral: 2, 0).withUnsafeBufferPointer { single.add($0.baseAddress!) } }
        #expect(single.count(0, 0, 2, 2) == 1_000)
        #expect(single.count(0, 1, 2, 1) == 0 && single.count(1, 1, 1, 1) == 0)

        let categories = [7, 7, 11, 5]
        var generator = SplitMix64(seed: 31)
        let rows = (0..<1_300).map { _ in
            categories.map { k in generator.index(below: 5) == 0 ? UInt8(0) : UInt8(1 + generator.index(below: k)) }
        }
        func table(_ rows: ArraySlice<[UInt8]>) -> JointCounts {
            var joint = JointCounts(categories: categories)
            for row in rows { row.withUnsafeBufferPointer { joint.add($0.baseAddress!) } }
            return joint
        }
        let forward = table(rows[...]), backward = table(Array(rows.reversed())[...])
        let split = table(rows[..<300]) + table(rows[300...])
        #expect(forward == backward && forward == split && split == forward)
        #expect(forward.hashValue == backward.hashValue && forward.hashValue == split.hashValue)
        #expect(forward != table(rows[1...]))
        for a in categories.indices {
            for b in a..<categories.count {
                for x in 1...categories[a] {
                    for y in 1...categories[b] {
                        let expected = rows.filter { Int($0[a]) == x && Int($0[b]) == y }.count
                        #expect(split.count(a, b, x, y) == expected && backward.count(a, b, x, y) == expected)
                    }
                }
            }
        }
    }

    /// One segment column (direct lookup by level code) against the same rows with a second, constant segment column
    /// (hashed keys): the same cells in the same order with the same counts, also after appending a second tally.
    @Test func oneSegmentLookupGivesTheHashedCells() throws {
        let (journey, _) = try Self.sample()
        var one = TallyLayout(segmentNames: ["team"]), two = TallyLayout(segmentNames: ["team", "site"])
        one.addOverall(journey.scale)
        two.addOverall(journey.scale)
        func tallies() -> (ResponseTally, ResponseTally) {
            (ResponseTally(journey: journey, layout: one), ResponseTally(journey: journey, layout: two))
        }
        var (a, b) = tallies(), (c, d) = tallies()
        var generator = SplitMix64(seed: 21)
        let values = ["A", "B", "C", "", "D"]
        func feed(_ t: inout ResponseTally, _ u: inout ResponseTally, rows: Int) {
            for _ in 0..<rows {
                let value = values[generator.index(below: values.count)]
                let s = t.segmentCode(column: 0, value: value)
                let s2 = u.segmentCode(column: 0, value: value), site = u.segmentCode(column: 1, value: "x")
                #expect(s == s2)
                let code = [UInt8(generator.index(below: 8))]
                code.withUnsafeBufferPointer { p in [s].withUnsafeBufferPointer { q in t.add(codes: p, segments: q) } }
                code.withUnsafeBufferPointer { p in [s2, site].withUnsafeBufferPointer { q in u.add(codes: p, segments: q) } }
            }
        }
        feed(&a, &b, rows: 500)
        feed(&c, &d, rows: 300)
        a.append(c); b.append(d)
        feed(&a, &b, rows: 200)
        #expect(a.cells.count == b.cells.count && a.cells.count == values.count)
        #expect(a.cells.map(\.respondents) == b.cells.map(\.respondents))
        #expect(a.cells.map(\.histograms) == b.cells.map(\.histograms))
        #expect(a.cellKeys.map { $0[0] } == b.cellKeys.map { $0[0] })
        #expect(a.levelCounts(column: 0) == b.levelCounts(column: 0))
        #expect(a.respondentCount == 1_000)
    }
}
