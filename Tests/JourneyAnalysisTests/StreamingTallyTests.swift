import Foundation
import Testing
import JourneyModel
import SurveyImport
@testable import JourneyAnalysis

/// The streaming path (`ResponsesFile.tally`, what `analyze` and `render` use) against the in-memory analysis of the
/// same file: identical findings while every cell keeps its rows, the same exact statistics and a close peak-end test
/// when the cells keep only a bounded sample (the sufficient-statistics path of large files).
@Suite struct StreamingTallyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func sample() throws -> (Journey, SurveyResponses, String) {
        let journey = try JourneyLoader.load(path: root.appendingPathComponent("journeys/onboarding-90-days.yaml").path)
        let path = root.appendingPathComponent("journeys/onboarding-90-days.responses.csv").path
        return (journey, try ResponsesFile.read(path: path, journey: journey), path)
    }

    @Test func streamedFileGivesTheInMemoryFindings() throws {
        let (journey, responses, path) = try Self.sample()
        let tally = try ResponsesFile.tally(path: path, journey: journey)
        #expect(tally.respondentCount == responses.respondentCount)
        let request = AnalysisRequest(breakdown: "team")
        let memory = try JourneyAnalyzer.analyze(journey, responses: responses, request: request)
        let streamed = try JourneyAnalyzer.analyze(journey, tally: tally, request: request)
        #expect(streamed == memory)
        #expect((streamed.drivers?.completeCases ?? 0) > 0 && streamed.peakEnd.test != nil)
    }

    @Test func boundedRowsKeepExactStatisticsAndACloseTest() throws {
        let (journey, responses, path) = try Self.sample()
        // 8 rows per cell: every cell of the sample is larger, so the test runs on the features' cross-products and
        // complete cases come from the missingness patterns.
        let tally = try ResponsesFile.tally(path: path, journey: journey, retainedRowsPerCell: 8)
        #expect(tally.cells.allSatisfy { $0.retained.count <= 8 })
        let memory = JourneyAnalyzer.analyze(journey, responses: responses)
        let streamed = JourneyAnalyzer.analyze(journey, tally: tally)
        #expect(streamed.touchpoints.map(\.mean) == memory.touchpoints.map(\.mean))
        #expect(streamed.touchpoints.map(\.median) == memory.touchpoints.map(\.median))
        #expect(streamed.touchpoints.map(\.t2b) == memory.touchpoints.map(\.t2b))
        #expect(streamed.touchpoints.map(\.ci95) == memory.touchpoints.map(\.ci95))
        #expect(streamed.enps == memory.enps)
        #expect(streamed.drivers?.completeCases == memory.drivers?.completeCases)
        #expect(streamed.drivers?.r2 == memory.drivers?.r2)
        let a = try #require(streamed.peakEnd.test), b = try #require(memory.peakEnd.test)
        #expect(a.n == b.n && a.verdict == b.verdict && a.bestPeakDefinition == b.bestPeakDefinition)
        for (x, y) in [(a.r2Mean, b.r2Mean), (a.r2PeakEnd, b.r2PeakEnd), (a.r2Full, b.r2Full), (a.deltaR2, b.deltaR2)] {
            #expect(abs(x - y) < 1e-9)
        }
        #expect(zip(a.fullModelShapley, b.fullModelShapley).allSatisfy { abs($0.shapley - $1.shapley) < 1e-9 && $0.ci95 == nil })
        // Stability is a bootstrap share on the cells' samples: still a share.
        #expect(streamed.touchpoints.compactMap { $0.driver?.stability }.allSatisfy { (0...1).contains($0) })
    }

    @Test func jointCountsGiveThePairwiseMomentsOfTheRows() {
        // Two 1–5 items and a 0–10 outcome over six respondents (0 = not answered).
        let rows: [[UInt8]] = [[1, 2, 3], [5, 0, 11], [3, 3, 1], [0, 4, 6], [2, 5, 0], [4, 1, 9]]
        var joint = JointCounts(categories: [5, 5, 11])
        var moments = PairwiseMoments(count: 3)
        for row in rows {
            row.withUnsafeBufferPointer { joint.add($0.baseAddress!) }
            moments.add(row: [row[0] == 0 ? nil : Double(row[0]), row[1] == 0 ? nil : Double(row[1]),
                              row[2] == 0 ? nil : Double(Int(row[2]) - 1)])
        }
        #expect(joint.moments(bases: [0, 0, -1]) == moments)
    }

    /// A bootstrap resample as multiplicities (`ResampleMoments`) gives exactly the pairwise sums of adding the drawn
    /// rows one by one (`PairwiseMoments.add`), with missing answers, in both the Float and the Double accumulator,
    /// for rows of one SIMD4 lane and more (21 variables, values from −1 up, every 40th row answering nothing).
    @Test(arguments: [(7.0, 5), (3000.0, 5), (7.0, 21)])
    func resampleMomentsEqualTheDrawnRowsAddedOneByOne(top: Double, width: Int) {
        var generator = SplitMix64(seed: 12)
        let m = 301, low = width > 5 ? -2.0 : 0
        var flat = [Double](repeating: .nan, count: m * width)
        for k in flat.indices where generator.index(below: 10) > 0 && (width == 5 || k / width % 40 != 1) {
            flat[k] = Double(generator.index(below: Int(top))) + 1 + low
        }
        let resampler = ResampleMoments(flat: flat, width: width)
        #expect(resampler.fitsFloat == (top < 100))
        for _ in 0..<3 {
            var weights = [Int32](repeating: 0, count: m)
            var byRow = PairwiseMoments(count: width)
            flat.withUnsafeBufferPointer { rows in
                for _ in 0..<m {
                    let r = generator.index(below: m)
                    weights[r] += 1
                    byRow.add(values: UnsafeBufferPointer(rebasing: rows[(r * width)..<(r * width + width)]))
                }
            }
            #expect(resampler.moments(weights: weights) == byRow)
        }
    }
}
