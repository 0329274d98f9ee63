import Foundation
import Testing
import JourneyModel
import SurveyImport
@testable import JourneyAnalysis

/// A responses file tallied in one pass, or split into 2 or 3 byte ranges tallied on their own threads and merged
/// (`ResponsesFile.tally(chunks:)`, what `analyze` does on two cores), gives the same tally and the same findings;
/// merging tallies equals tallying all rows; the bottom-k row sample does not depend on the order rows come in.
@Suite struct ChunkedTallyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let journey = Result { try JourneyLoader.load(path: root.appendingPathComponent("journeys/onboarding-90-days.yaml").path) }
    /// The sample file's magic line and header (tenure and team segments, overall, eNPS, scores, importance, wish, comments).
    static let header: [String] = {
        let text = try! String(contentsOf: root.appendingPathComponent("journeys/onboarding-90-days.responses.csv"), encoding: .utf8)
        return Array(text.split(separator: "\n", maxSplits: 2).prefix(2).map(String.init))
    }()

    /// A seeded responses file for the sample journey: `rows` respondents, ~10 % missing answers, segment values
    /// (one of them missing now and then) and, with `multiline`, comments that hold commas, quotes and line breaks.
    static func file(seed: UInt64, rows: Int, multiline: Bool) throws -> String {
        var generator = SplitMix64(seed: seed)
        let columns = header[1].split(separator: ",").map(String.init)
        let tenures = ["0-1个月", "1-2个月", "2-3个月"], teams = ["电话一组", "电话二组", "在线组", "Team \"D\""]
        var text = header.joined(separator: "\n") + "\n"
        for r in 0..<rows {
            var cells: [String] = []
            for column in columns {
                if column == "respondent" { cells.append(String(r + 1)); continue }
                if column.hasPrefix("segment:") {
                    let values = column.hasSuffix("tenure") ? tenures : teams
                    let k = generator.index(below: values.count * 10)
                    let value = k < values.count * 9 ? values[k % values.count] : ""
                    cells.append(value.contains("\"") ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value)
                    continue
                }
                if column.hasPrefix("comment:") {
                    let k = generator.index(below: 20)
                    if k == 0 { cells.append("\"too slow, really\""); continue }
                    if k == 1 && multiline { cells.append("\"line one,\n\"\"two\"\"\nthree\""); continue }
                    cells.append("")
                    continue
                }
                // A rating column: "kind:id[min..max]" or "overall[1..7]".
                let range = column[column.lastIndex(of: "[")!...].dropFirst().dropLast().split(separator: ".").compactMap { Int($0) }
                if generator.index(below: 10) == 0 { cells.append(""); continue }
                cells.append(String(range[0] + generator.index(below: range[1] - range[0] + 1)))
            }
            text += cells.joined(separator: ",") + "\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(seed)-\(multiline)-\(UUID().uuidString).responses.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Property over seeded files: 1, 2, 3 and 8 chunks (more than the machine's cores) give identical findings (the
    /// whole file with a breakdown by team, and a filtered group), and identical cells — counts, exact sums and the
    /// same sampled rows — with bounded samples (40 rows per cell).
    @Test(arguments: [(UInt64(1), false), (2, false), (3, true), (4, true), (5, false)])
    func anyChunkingGivesTheSameTally(seed: UInt64, multiline: Bool) throws {
        let journey = try Self.journey.get()
        let path = try Self.file(seed: seed, rows: 1_500, multiline: multiline)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tallies = try [1, 2, 3, 8].map { try ResponsesFile.tally(path: path, journey: journey, retainedRowsPerCell: 40, chunks: $0) }
        let one = tallies[0]
        #expect(one.respondentCount == 1_500)
        #expect(one.cells.contains { !$0.retained.isComplete })
        let requests = [AnalysisRequest(breakdown: "team"), AnalysisRequest(filters: [SegmentFilter(column: "tenure", value: "2-3个月")])]
        let expected = try requests.map { try JourneyAnalyzer.analyze(journey, tally: one, request: $0) }
        for other in tallies.dropFirst() {
            #expect(other.respondentCount == one.respondentCount)
            #expect(other.segmentLevels == one.segmentLevels)
            #expect(other.cellKeys == one.cellKeys)
            for (a, b) in zip(one.cells, other.cells) { Self.expectSameCell(a, b) }
            for (request, findings) in zip(requests, expected) {
                #expect(try JourneyAnalyzer.analyze(journey, tally: other, request: request) == findings)
            }
        }
    }

    /// A problem in a later chunk is reported as the one-pass read reports it (same row number).
    @Test func aProblemInALaterChunkKeepsItsRowNumber() throws {
        let journey = try Self.journey.get()
        let path = try Self.file(seed: 9, rows: 600, multiline: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var cells = lines[500].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[3] = "9"   // overall on 1–7
        lines[500] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var messages: [String] = []
        for chunks in [1, 2, 3] {
            do {
                _ = try ResponsesFile.tally(path: path, journey: journey, chunks: chunks)
                Issue.record("no error with \(chunks) chunks")
            } catch {
                messages.append(error.description)
            }
        }
        #expect(messages.count == 3 && Set(messages).count == 1)
        // Line 501 of the file (magic line and header first): record number 501.
        #expect(messages.first?.contains("row 501") == true)
    }

    /// Two tallies of consecutive halves of the rows, merged (`append`), equal the tally of all rows.
    @Test func mergedHalvesEqualOnePass() throws {
        let journey = try Self.journey.get()
        let path = try Self.file(seed: 7, rows: 900, multiline: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let responses = try ResponsesFile.read(path: path, journey: journey)
        let layout = TallyLayout(of: responses)
        let whole = ResponseTally(journey: journey, responses: responses)
        var first = ResponseTally(journey: journey, responses: responses, rows: Array(0..<400))
        let second = ResponseTally(journey: journey, responses: responses, rows: Array(400..<900))
        // (Row samples are not compared: in memory every row is kept, and each half numbers its rows from 0.)
        #expect(first.layout == layout)
        first.append(second)
        #expect(first.respondentCount == whole.respondentCount)
        #expect(first.segmentLevels == whole.segmentLevels)
        #expect(first.cellKeys == whole.cellKeys)
        for (a, b) in zip(first.cells, whole.cells) {
            #expect(a.respondents == b.respondents && a.histograms == b.histograms && a.kano == b.kano)
            #expect(a.joint == b.joint && a.features == b.features && a.patterns == b.patterns)
            #expect(a.sumPE == b.sumPE && a.sumMean == b.sumMean && a.peakEligible == b.peakEligible)
            #expect(a.comments == b.comments && a.commentWriters == b.commentWriters)
            #expect(a.extremes.plus == b.extremes.plus && a.extremes.minus == b.extremes.minus)
        }
    }

    /// The bottom-k sample keeps the rows with the smallest keys, whatever order they are offered in. Expected
    /// positions from an independent Python SplitMix64 (seed 0x5EED0FC0DE5 XOR position, first output, 5 smallest):
    /// positions 0…999 → [475, 737, 801, 811, 869]; byte offsets 100 + 37·i → [7944, 14049, 15307, 19266, 22448].
    @Test func bottomKSampleIsOrderFree() {
        for (positions, expected) in [(Array(0..<1000), [475, 737, 801, 811, 869]),
                                      ((0..<1000).map { 100 + 37 * $0 }, [7944, 14049, 15307, 19266, 22448])] {
            var generator = SplitMix64(seed: 3)
            var shuffled = positions
            for k in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(k, generator.index(below: k + 1)) }
            var results: [[Int]] = []
            for order in [positions, shuffled, positions.reversed()] {
                var rows = RetainedRows(width: 1, capacity: 5)
                for p in order { var code = UInt8(truncatingIfNeeded: p); rows.offer(&code, position: p) }
                rows.settle()
                results.append(rows.positions.sorted())
                #expect(rows.codes == rows.positions.map { UInt8(truncatingIfNeeded: $0) })
                #expect(rows.seen == 1000 && !rows.isComplete)
            }
            // Split in three parts offered separately, then absorbed, and as a union of "cells".
            var parts = [RetainedRows](repeating: RetainedRows(width: 1, capacity: 5), count: 3)
            for (i, p) in shuffled.enumerated() { var code = UInt8(truncatingIfNeeded: p); parts[i % 3].offer(&code, position: p) }
            var absorbed = parts[0]
            absorbed.absorb(parts[1]); absorbed.absorb(parts[2])
            absorbed.settle()
            results.append(absorbed.positions.sorted())
            let union = RetainedRows.merged(parts, width: 1)
            results.append(union.positions)
            #expect(union.codes == expected.map { UInt8(truncatingIfNeeded: $0) })
            for result in results { #expect(result == expected) }
        }
    }

    /// Property: however often the candidates are settled on the way (none, every row, at random rows), a bounded
    /// sample ends with the rows of the `capacity` smallest keys, as sorting every key gives; and the selection
    /// behind it returns the k-th smallest of any list. (The keys themselves are checked against Python above.)
    @Test(arguments: [1, 2, 7, 64])
    func settlingAtAnyPointKeepsTheSmallestKeys(capacity: Int) {
        var generator = SplitMix64(seed: UInt64(capacity))
        for n in [0, 1, capacity, capacity + 1, 2 * capacity, 5 * capacity + 3, 1_000] {
            let positions = (0..<n).map { 17 * $0 + 3 }
            let expected = Array(positions.sorted { RetainedRows.key(position: $0) < RetainedRows.key(position: $1) }
                .prefix(capacity)).sorted()
            for settling in 0..<3 {
                var rows = RetainedRows(width: 2, capacity: capacity)
                for p in positions {
                    var codes: [UInt8] = [UInt8(truncatingIfNeeded: p), UInt8(truncatingIfNeeded: p >> 8)]
                    rows.offer(&codes, position: p)
                    if settling == 1 || (settling == 2 && generator.index(below: 5) == 0) { rows.settle() }
                    #expect(rows.count == min(rows.seen, capacity))
                }
                rows.settle()
                #expect(rows.isSettled && rows.isComplete == (n <= capacity))
                #expect(rows.positions.sorted() == expected)
                for (r, p) in rows.positions.enumerated() {
                    #expect(rows.code(r, 0) == UInt8(truncatingIfNeeded: p) && rows.code(r, 1) == UInt8(truncatingIfNeeded: p >> 8))
                }
            }
        }
        for count in [1, 2, 3, 10, 257] {
            let values = (0..<count).map { _ in generator.next() % 50 }
            for k in 1...count {
                var scratch = values
                #expect(RetainedRows.smallest(k, of: &scratch) == values.sorted()[k - 1])
            }
        }
    }

    /// Fixed-point sums give the same bits in any order and grouping, unlike Double sums.
    @Test func fixedPointSumsAreOrderFree() {
        var generator = SplitMix64(seed: 11)
        let terms = (0..<2_000).map { _ in Double(generator.index(below: 1_000_000)) / 7_000 - 70 }
        var forward = FixedPointSum(), backward = FixedPointSum(), left = FixedPointSum(), right = FixedPointSum()
        for t in terms { forward.add(t) }
        for t in terms.reversed() { backward.add(t) }
        for t in terms[..<777] { left.add(t) }
        for t in terms[777...] { right.add(t) }
        #expect(forward == backward && forward == left + right)
        // Against the exact sum of the rounded terms (integers below 2⁶³ here, so Int arithmetic is exact).
        let exact = terms.map { Int(($0 * 0x1p40).rounded(.toNearestOrEven)) }.reduce(0, +)
        #expect(forward.value == Double(exact) / 0x1p40)
        #expect(abs(forward.value - terms.reduce(0, +)) < 1e-6)
        // Beyond 64 bits: 4,096 terms of 2²¹ are 2⁷³ units; adding as many of −2²¹ returns to zero.
        var large = FixedPointSum()
        for _ in 0..<4_096 { large.add(0x1p21) }
        #expect(large.value == 0x1p33)
        for _ in 0..<4_096 { large.add(-0x1p21) }
        #expect(large == FixedPointSum() && large.value == 0)
        // Rounding to the nearest unit, ties to even: 2.5 units → 2, 3.5 → 4, −2.5 → −2, 0.4999 → 0, 0.5001 → 1.
        #expect([2.5, 3.5, -2.5, 0.4999, 0.5001].map { FixedPointSum.units($0 / 0x1p40) } == [2, 4, -2, 0, 1])
    }

    /// The streaming pass's per-row features (one pass over the codes) are bit-identical to the features of the
    /// centred row (`features(_:minimumRated:)`, what the retained rows use), and its tie counts count the ties.
    @Test func rowFeaturesFromCodesEqualTheRowFeatures() throws {
        let journey = try Self.journey.get()
        let responses = try ResponsesFile.read(path: Self.root.appendingPathComponent("journeys/onboarding-90-days.responses.csv").path,
                                               journey: journey)
        let context = TallyContext(journey: journey, layout: TallyLayout(of: responses), options: AnalysisOptions(), capacity: nil)
        var generator = SplitMix64(seed: 5)
        var codes = [UInt8](repeating: 0, count: context.layout.slots.count)
        var rated = [Double](repeating: 0, count: journey.touchpoints.count)
        var eligible = 0
        for _ in 0..<2_000 {
            for s in codes.indices { codes[s] = generator.index(below: 3) == 0 ? 0 : UInt8(1 + generator.index(below: context.layout.slots[s].scale.pointCount)) }
            let v: [Double] = (0..<journey.touchpoints.count).map { j in
                guard let s = context.journeyScoreSlots[j], codes[s] != 0 else { return .nan }
                return context.journeyOffsets[j] + Double(codes[s])
            }
            let expected = PeakEndAnalyzer.features(v, minimumRated: context.minimumRated)
            let got = codes.withUnsafeBufferPointer { c in
                rated.withUnsafeMutableBufferPointer { PeakEndAnalyzer.features(codes: c.baseAddress!, context, rated: $0) }
            }
            #expect((expected == nil) == (got == nil))
            guard let e = expected, let g = got else { continue }
            eligible += 1
            let a = [e.peak, e.end, e.mean, e.best, e.worst, e.first, e.trend, e.duration].map(\.bitPattern)
            let b = [g.features.peak, g.features.end, g.features.mean, g.features.best, g.features.worst, g.features.first,
                     g.features.trend, g.features.duration].map(\.bitPattern)
            #expect(a == b)
            #expect(g.bestCount == v.filter { $0 == e.best }.count && g.worstCount == v.filter { $0 == e.worst }.count)
        }
        #expect(eligible > 1_000)
    }

    static func expectSameCell(_ a: CellTally, _ b: CellTally) {
        #expect(a.respondents == b.respondents && a.histograms == b.histograms && a.kano == b.kano)
        #expect(a.joint == b.joint && a.features == b.features && a.patterns == b.patterns)
        #expect(a.sumPE == b.sumPE && a.sumMean == b.sumMean && a.peakEligible == b.peakEligible)
        #expect(a.comments == b.comments && a.commentWriters == b.commentWriters)
        #expect(a.extremes.plus == b.extremes.plus && a.extremes.minus == b.extremes.minus)
        #expect(a.retained.seen == b.retained.seen)
        #expect(a.retained.positions.sorted() == b.retained.positions.sorted())
    }
}
