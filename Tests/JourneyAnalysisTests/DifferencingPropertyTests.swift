import Foundation
import Testing
import JourneyModel
import SurveyImport
@testable import JourneyAnalysis

/// The release guarantee of METHODS.md §4.3 as a property: over every query the CLI accepts, no union of cells with
/// fewer than k people lies in the span of the groups whose figures were released (see `DifferencingAudit`).
@Suite struct DifferencingPropertyTests {
    /// A seeded random dataset: 2 columns of 3 values or 3 columns of 2 values, skewed so that small cells are common;
    /// two touchpoints (one answered by most, one by about half) and comments on the first.
    static func dataset(seed: UInt64) -> (Journey, SurveyResponses) {
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9 &+ 17)
        func uniform() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
        let threeColumns = seed % 2 == 1
        let columnCount = threeColumns ? 3 : 2
        let levelCount = threeColumns ? 2 : 3
        let n = 24 + Int(uniform() * 36)
        let weights = (0..<columnCount).map { _ in (0..<levelCount).map { _ in pow(uniform(), 2.5) + 0.02 } }
        func draw(_ w: [Double]) -> Int {
            var u = uniform() * w.reduce(0, +)
            for (i, x) in w.enumerated() { u -= x; if u <= 0 { return i } }
            return w.count - 1
        }
        let names = ["team", "tenure", "site"]
        var segments: [[String?]] = Array(repeating: [], count: columnCount)
        var t1: [Int?] = [], t2: [Int?] = [], comments: [String?] = []
        for i in 0..<n {
            for c in 0..<columnCount {
                segments[c].append(uniform() < 0.05 ? nil : "\(names[c])\(draw(weights[c]) + 1)")
            }
            t1.append(uniform() < 0.9 ? 1 + Int(uniform() * 5) : nil)
            t2.append(uniform() < 0.55 ? 1 + Int(uniform() * 5) : nil)
            comments.append(t1[i] != nil && uniform() < 0.6 ? "comment \(i)" : nil)
        }
        let journey = Journey(title: "J", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "t1", name: "T1"), Touchpoint(id: "t2", name: "T2")])])
        let responses = SurveyResponses(respondentCount: n, touchpoints: [
            .init(touchpointID: "t1", score: RatingColumn(scale: .fivePoint, values: t1), comments: comments),
            .init(touchpointID: "t2", score: RatingColumn(scale: .fivePoint, values: t2)),
        ], segments: (0..<columnCount).map { SegmentColumn(name: names[$0], values: segments[$0]) })
        return (journey, responses)
    }

    static var quickOptions: AnalysisOptions {
        var options = AnalysisOptions()
        options.likert.resamples = 50
        options.peakEnd.shapleyResamples = 20
        // the drivers' stability bootstrap changes no released count (it only gates a suggestion's wording)
        options.driverStabilityResamples = 10
        return options
    }

    @Test(arguments: 0..<12)
    func noQueryCombinationRevealsASmallGroup(seed: Int) {
        let (journey, responses) = Self.dataset(seed: UInt64(seed))
        let audit = DifferencingAudit(journey: journey, responses: responses, options: Self.quickOptions)
        let outcome = audit.audit(audit.queries(maxValues: 4))
        #expect(outcome.leaks.isEmpty, "leaks: \(outcome.leaks.prefix(5))")
        // Not vacuous: the whole file and more were released, and some queries were refused.
        #expect(outcome.queriesAccepted > 1)
        #expect(outcome.groupsReleased >= 3)
        #expect(outcome.queriesAccepted < outcome.queriesTried)
    }

    /// The auditor finds leaks where they exist: releasing every group of at least k people (a per-query check, the
    /// old rule) leaks on these datasets.
    @Test func theAuditorCatchesPerQueryRelease() {
        var leaking = 0
        for seed in 0..<12 {
            let (journey, responses) = Self.dataset(seed: UInt64(seed))
            let audit = DifferencingAudit(journey: journey, responses: responses, options: Self.quickOptions)
            var naive: Set<[Int]> = []
            for request in audit.queries(maxValues: 4) {
                let selected = audit.members(request.filters)
                guard selected.count >= 5 else { continue }
                naive.insert(selected)
                if let column = request.breakdown, let segment = responses.segments.first(where: { $0.name == column }) {
                    for value in segment.levels {
                        let group = audit.members(request.filters, by: column, value: .some(value))
                        if group.count >= 5 { naive.insert(group) }
                    }
                }
            }
            if !audit.leaks(of: naive, among: Array(0..<responses.respondentCount), minimum: 5).isEmpty { leaking += 1 }
        }
        #expect(leaking >= 6)
    }

    /// The attack of the trust issue on the bundled sample, audited over every query with up to two values per column.
    @Test func sampleSurveyAuditFindsNoLeak() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let journey = try JourneyLoader.load(path: root.appendingPathComponent("journeys/onboarding-90-days.yaml").path)
        let responses = try ResponsesFile.read(path: root.appendingPathComponent("journeys/onboarding-90-days.responses.csv").path,
                                               journey: journey)
        let audit = DifferencingAudit(journey: journey, responses: responses, options: Self.quickOptions)
        let outcome = audit.audit(audit.queries(maxValues: 2))
        #expect(outcome.leaks.isEmpty, "leaks: \(outcome.leaks.prefix(5))")
        #expect(outcome.queriesTried == 11 * 16 * 3)   // tenure: none + 4 + 6 value sets; team: none + 5 + 10; three --by choices
        print("sample audit: \(outcome.queriesTried) queries, \(outcome.queriesAccepted) accepted, \(outcome.groupsReleased) groups released, \(outcome.leaks.count) leaks")
    }

    /// The journey-wide comments (其他建议) are one more measure: over every query, no union of cells with fewer than
    /// 10 writers lies in the span of the groups whose journey-wide comments were shown. Writers are drawn with their
    /// own seeded generator, so the datasets above stay as they are.
    @Test func journeyCommentsNeverRevealASmallGroupOfWriters() {
        var shownGroups: [Int] = []
        for seed in 0..<12 {
            var (journey, responses) = Self.dataset(seed: UInt64(seed))
            var rng = SplitMix64(seed: UInt64(seed) &* 0x51ED_270B &+ 3)
            responses.journeyComments = (0..<responses.respondentCount).map { i in
                Double(rng.next() >> 11) / Double(1 << 53) < 0.5 ? "建议 \(i)" : nil
            }
            journey.survey = SurveyBinding(comment: "其他建议")
            let audit = DifferencingAudit(journey: journey, responses: responses, options: Self.quickOptions)
            let requests = audit.queries(maxValues: 4)
            let outcome = audit.audit(requests)
            #expect(outcome.leaks.isEmpty, "seed \(seed) leaks: \(outcome.leaks.prefix(5))")
            shownGroups.append(audit.run(requests).1[DifferencingAudit.journeyComments]?.count ?? 0)
        }
        // Not vacuous: comments were shown for the whole file in some datasets and for more groups in others.
        #expect(shownGroups.contains { $0 >= 1 })
        #expect(shownGroups.contains { $0 >= 2 }, "\(shownGroups)")
    }
}
