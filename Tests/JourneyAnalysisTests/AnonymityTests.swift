import Testing
import JourneyModel
@testable import JourneyAnalysis

// Expected masks worked out by hand from METHODS.md §4.3; team sizes and team A's numbers from reference.py.
@Suite struct AnonymityTests {
    /// Which groups of one segment column `--by` shows, for groups of the given sizes (values g1, g2, … in order).
    static func shown(sizes: [Int]) throws -> [Bool] {
        let journey = Journey(title: "J", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "t", name: "T")])])
        let values = sizes.enumerated().flatMap { g, n in Array(repeating: "g\(g + 1)", count: n) }
        let responses = SurveyResponses(respondentCount: values.count, touchpoints: [
            .init(touchpointID: "t", score: RatingColumn(scale: .fivePoint, values: values.indices.map { 1 + $0 % 5 }))],
            segments: [SegmentColumn(name: "g", values: values)])
        let findings = try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(breakdown: "g"))
        return findings.segments.map { !$0.suppressed }
    }

    @Test func primaryAndComplementarySuppression() throws {
        // D (3) is hidden; total − A − B − C would reveal it, so C (the smallest group kept last) goes too.
        #expect(try Self.shown(sizes: [40, 25, 12, 3]) == [true, true, false, false])
        // 10 kept; 9 would leave 2 + 2 = 4 as total − 10 − 9: hidden
        #expect(try Self.shown(sizes: [10, 2, 2, 9]) == [true, false, false, false])
        // two groups of 4 hide 8 ≥ 5: enough
        #expect(try Self.shown(sizes: [6, 4, 4]) == [true, false, false])
        #expect(try Self.shown(sizes: [10, 6, 7]) == [true, true, true])
        // equal sizes: the first in sorted order is kept, the second would reveal the 1
        #expect(try Self.shown(sizes: [9, 9, 1]) == [true, false, false])
    }

    @Test func breakdownSuppressesSmallGroupsAndTheirComplement() throws {
        let (journey, responses) = Fixtures.drivers()
        let findings = try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(breakdown: "team"))
        let groups = findings.segments
        #expect(groups.map(\.value) == ["A", "B", "C", "D"])
        func group(_ v: String) throws -> SegmentFinding { try #require(groups.first { $0.value == v }) }
        #expect(try group("A").n == 40 && group("B").n == 25)
        #expect(try group("D").suppressed && group("D").n == nil && group("D").findings == nil)
        #expect(try group("C").suppressed && group("C").n == nil)   // complementary
        let a = try #require(try group("A").findings)
        #expect(a.touchpoints[1].n == 37)
        try expectClose(a.touchpoints[1].mean, 2.324324324324324)
        #expect(a.enps?.n == 35)
        try expectClose(a.enps?.score, -8.571428571428575)
        #expect(findings.breakdown == "team" && findings.respondents == 80)
    }

    @Test func touchpointItemsAreSuppressedAcrossGroups() throws {
        // Three groups of 10; touchpoint x answered by 10, 10 and 3: the 3 is hidden, then the second 10 as its complement.
        let journey = Journey(title: "J", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "w", name: "W"), Touchpoint(id: "x", name: "X")])])
        let team = (0..<30).map { i -> String? in ["a", "b", "c"][i / 10] }
        let w = (0..<30).map { i -> Int? in 1 + i % 5 }
        let x = (0..<30).map { i -> Int? in i < 20 || i >= 27 ? 1 + (i * 3) % 5 : nil }
        let responses = SurveyResponses(respondentCount: 30, touchpoints: [
            .init(touchpointID: "w", score: RatingColumn(scale: .fivePoint, values: w)),
            .init(touchpointID: "x", score: RatingColumn(scale: .fivePoint, values: x)),
        ], segments: [SegmentColumn(name: "team", values: team)])
        let findings = try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(breakdown: "team"))
        let x3 = findings.segments.map { $0.findings!.touchpoints[1] }
        // x kept for the total and a; b would leave c's 3 as total − a − b
        #expect(x3.map(\.suppressed) == [false, true, true])
        #expect(x3[1].mean == nil && x3[2].mean == nil && x3[0].n == 10)
        // w is fine everywhere
        #expect(findings.segments.allSatisfy { $0.findings!.touchpoints[0].suppressed == false })
    }

    @Test func filtersOnGroupsThePolicyHidesAreRefusedWithOneMessage() throws {
        let (journey, responses) = Fixtures.drivers()
        let d = [SegmentFilter(column: "team", value: "D")]
        // D (3) and C (12, hidden so that D cannot be worked out) get the same refusal; only A and B are offered.
        for filters in [d, [SegmentFilter(column: "team", value: "C")], [SegmentFilter(column: "team", value: "Z")]] {
            #expect(throws: AnalysisRequestError.groupNotReleasable(filters: filters, minimum: 5, reportable: ["team=A", "team=B"])) {
                try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(filters: filters))
            }
        }
        // A or B or C = 77 of 80 = total − D: refused
        let abc = ["A", "B", "C"].map { SegmentFilter(column: "team", value: $0) }
        #expect(throws: AnalysisRequestError.self) {
            try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(filters: abc))
        }
        #expect(throws: AnalysisRequestError.unknownSegment(column: "office", available: ["team", "tenure"])) {
            try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(filters: [SegmentFilter(column: "office", value: "x")]))
        }
        let a = try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(filters: [SegmentFilter(column: "team", value: "A")]))
        #expect(a.respondents == 40 && a.touchpoints[1].n == 37)
        #expect(throws: AnalysisRequestError.needsResponses) {
            try JourneyAnalyzer.analyze(journey, responses: nil, request: AnalysisRequest(breakdown: "team"))
        }
        #expect(SegmentFilter(parsing: "team = A")?.value == "A" && SegmentFilter(parsing: "team=") == nil && SegmentFilter(parsing: "x") == nil)
        let message = AnalysisRequestError.groupNotReleasable(filters: d, minimum: 5, reportable: []).description
        #expect(!message.contains("3") && message.contains("fewer than 5"))
    }

    @Test func crossingsAreReleasedOnlyWhenNoSmallCellCanBeWorkedOut() throws {
        // 30 respondents: team a rows 0–11, b 12–23, c 24–29; tenure x rows 0–19, y 20–29.
        // Cells: a·x 12, b·x 8, b·y 4, c·y 6. Kept by the policy (larger first): total, x, a; b would isolate b·y
        // (b·y = b − (x − a)), and c too (b·y = total − x − c).
        let journey = Journey(title: "J", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "t", name: "T")])])
        let responses = SurveyResponses(respondentCount: 30, touchpoints: [
            .init(touchpointID: "t", score: RatingColumn(scale: .fivePoint, values: (0..<30).map { 1 + $0 % 5 }))],
            segments: [SegmentColumn(name: "team", values: (0..<30).map { $0 < 12 ? "a" : $0 < 24 ? "b" : "c" }),
                       SegmentColumn(name: "tenure", values: (0..<30).map { $0 < 20 ? "x" : "y" })])
        func run(_ filters: [String]) throws(AnalysisRequestError) -> JourneyFindings {
            try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(filters: filters.compactMap(SegmentFilter.init(parsing:))))
        }
        // b and x = x − a (8): computable from released groups anyway, so it may be shown
        #expect(try run(["team=b", "tenure=x"]).respondents == 8)
        #expect(try run(["team=a", "tenure=x"]).respondents == 12)
        #expect(try run(["tenure=y"]).respondents == 10)   // total − x
        for refused in [["team=b"], ["team=c"], ["team=a", "team=b", "tenure=y"], ["team=c", "tenure=y"]] {
            #expect(throws: AnalysisRequestError.self) { try run(refused) }
        }
    }

    @Test func tooFewRespondentsSuppressEverything() throws {
        let (journey, full) = Fixtures.drivers()
        let rows = [0, 1, 2, 3]
        let findings = SurveyAnalyzer.analyze(journey, full, rows: rows, options: AnalysisOptions(), release: GroupRelease(allowed: [.respondents]))
        #expect(findings.suppressed && findings.touchpoints.allSatisfy { $0.suppressed && $0.mean == nil && $0.n == 0 })
        #expect(findings.enps == nil && findings.enpsSuppressed && findings.peakEnd.remembered == nil)
    }

    @Test func commentsNeedTenWriters() throws {
        let journey = Journey(title: "J", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "x", name: "X")])])
        func run(_ n: Int) -> [String]? {
            let comments: [String?] = (0..<n).map { $0 % 3 == 0 ? nil : "c\(n - $0)" }
            let responses = SurveyResponses(respondentCount: n, touchpoints: [
                .init(touchpointID: "x", score: RatingColumn(scale: .fivePoint, values: (0..<n).map { 1 + $0 % 5 }), comments: comments)])
            return JourneyAnalyzer.analyze(journey, responses: responses).touchpoints[0].comments
        }
        // every third respondent writes nothing: 14 raters hold 9 writers (not enough), 15 raters hold 10
        #expect(run(14) == nil)
        let ten = try #require(run(15))
        #expect(ten == ten.sorted() && ten.count == 10)   // sorted, empty ones dropped: row order is not revealed
    }
}
