import Testing
import JourneyModel
@testable import JourneyAnalysis

// Expected masks worked out by hand from METHODS.md §4.3; team sizes and team A's numbers from reference.py.
@Suite struct AnonymityTests {
    @Test func primaryAndComplementarySuppression() {
        // D (3) is hidden; alone it could be recovered from the total, so the next smallest (C, 12) goes too.
        #expect(AnonymityGuard.suppressionMask(sizes: [40, 25, 12, 3], minimum: 5) == [false, false, true, true])
        // two groups of 2 hide 4 < 5 together: the 9 goes too
        #expect(AnonymityGuard.suppressionMask(sizes: [10, 2, 2, 9], minimum: 5) == [false, true, true, true])
        // two groups of 4 hide 8 ≥ 5: enough
        #expect(AnonymityGuard.suppressionMask(sizes: [6, 4, 4], minimum: 5) == [false, true, true])
        // empty groups reveal nothing
        #expect(AnonymityGuard.suppressionMask(sizes: [0, 3, 8], minimum: 5) == [false, true, true])
        #expect(AnonymityGuard.suppressionMask(sizes: [10, 6, 7], minimum: 5) == [false, false, false])
        // ties: the first of the smallest
        #expect(AnonymityGuard.suppressionMask(sizes: [9, 9, 1], minimum: 5) == [true, false, true])
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
        // Three groups of 10; touchpoint x answered by 10, 10 and 3: the 3 is hidden, then the first 10 as its complement.
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
        #expect(x3.map(\.suppressed) == [true, false, true])
        #expect(x3[0].mean == nil && x3[2].mean == nil && x3[1].n == 10)
        // w is fine everywhere
        #expect(findings.segments.allSatisfy { $0.findings!.touchpoints[0].suppressed == false })
    }

    @Test func filtersThatIsolateOrExcludeFewAreRefused() throws {
        let (journey, responses) = Fixtures.drivers()
        #expect(throws: AnalysisRequestError.filterTooSmall(filters: [SegmentFilter(column: "team", value: "D")], selected: 3,
                                                            minimum: 5, reportable: ["team=A", "team=B", "team=C"])) {
            try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(filters: [SegmentFilter(column: "team", value: "D")]))
        }
        // A or B or C = 77 of 80: the 3 left out could be recovered by comparison
        let abc = ["A", "B", "C"].map { SegmentFilter(column: "team", value: $0) }
        #expect(throws: AnalysisRequestError.filterExcludesTooFew(filters: abc, minimum: 5)) {
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
    }

    @Test func filtersThatDifferLittleFromASubsetOfThemAreRefused() throws {
        // 30 respondents: team a rows 0–11, b 12–23, c 24–29; tenure x rows 0–19, y 20–29.
        let journey = Journey(title: "J", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "t", name: "T")])])
        let responses = SurveyResponses(respondentCount: 30, touchpoints: [
            .init(touchpointID: "t", score: RatingColumn(scale: .fivePoint, values: (0..<30).map { 1 + $0 % 5 }))],
            segments: [SegmentColumn(name: "team", values: (0..<30).map { $0 < 12 ? "a" : $0 < 24 ? "b" : "c" }),
                       SegmentColumn(name: "tenure", values: (0..<30).map { $0 < 20 ? "x" : "y" })])
        func run(_ filters: [String]) throws(AnalysisRequestError) -> JourneyFindings {
            try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(filters: filters.compactMap(SegmentFilter.init(parsing:))))
        }
        // b and x = rows 12–19 (8); b alone = 12: the 4 of b with tenure y would show in the difference
        #expect(throws: AnalysisRequestError.filterDiffersTooLittle(filters: [SegmentFilter(column: "team", value: "b"), SegmentFilter(column: "tenure", value: "x")],
                                                                   from: [SegmentFilter(column: "team", value: "b")], minimum: 5)) {
            try run(["team=b", "tenure=x"])
        }
        // a and x = rows 0–11 (12): a alone is the same 12, x alone 20 (differs by 8) → allowed
        #expect(try run(["team=a", "tenure=x"]).respondents == 12)
        // (a or b) and y = rows 20–23 (4) → too few
        #expect(throws: AnalysisRequestError.self) { try run(["team=a", "team=b", "tenure=y"]) }
    }

    @Test func tooFewRespondentsSuppressEverything() throws {
        let (journey, full) = Fixtures.drivers()
        let rows = [0, 1, 2, 3]
        let findings = SurveyAnalyzer.analyze(journey, full, rows: rows, options: AnalysisOptions())
        #expect(findings.suppressed && findings.touchpoints.allSatisfy { $0.suppressed && $0.mean == nil && $0.n == 0 })
        #expect(findings.enps == nil && findings.enpsSuppressed && findings.peakEnd.remembered == nil)
    }

    @Test func commentsNeedTenRespondents() throws {
        let journey = Journey(title: "J", language: .en, stages: [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "x", name: "X")])])
        func run(_ n: Int) -> [String]? {
            let comments: [String?] = (0..<n).map { $0 % 3 == 0 ? nil : "c\(n - $0)" }
            let responses = SurveyResponses(respondentCount: n, touchpoints: [
                .init(touchpointID: "x", score: RatingColumn(scale: .fivePoint, values: (0..<n).map { 1 + $0 % 5 }), comments: comments)])
            return JourneyAnalyzer.analyze(journey, responses: responses).touchpoints[0].comments
        }
        #expect(run(9) == nil)
        let ten = try #require(run(10))
        #expect(ten == ten.sorted() && ten.count == 6)   // sorted, empty ones dropped: row order is not revealed
    }
}
