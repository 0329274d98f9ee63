import Testing
import JourneyModel
@testable import JourneyAnalysis

// Expected numbers: reference.py, sections "## drivers.csv, available cases", "## escalation.csv", "## gaps.csv" and
// "## higham 2002 example" of reference-output.txt — pandas' pairwise-complete DataFrame.corr, numpy eigvalsh,
// an independent numpy Higham (2002) loop, LMG by numpy.linalg.solve over all subsets, relative weights by
// numpy.eigh, and penalty-reward by statsmodels OLS per touchpoint on the respondents who rated it.
@Suite struct AvailableCaseDriverTests {
    static func options(_ cases: DriverCases = .available, stability: Int = 0) -> AnalysisOptions {
        var o = AnalysisOptions()
        o.driverCases = cases
        o.driverStabilityResamples = stability
        return o
    }

    static let escalation: JourneyFindings = {
        let (journey, responses) = Fixtures.scoresOnly("escalation.csv", prefix: "e", count: 13)
        return JourneyAnalyzer.analyze(journey, responses: responses, options: options())
    }()

    // MARK: PairwiseMoments

    /// The pairwise-complete correlation matrix of the touchpoints and the overall rating, fed one respondent at a time.
    static func pairwiseCorrelations(_ responses: SurveyResponses) -> [[Double]] {
        let columns = responses.touchpoints.map(\.score) + [responses.overall!]
        var m = PairwiseMoments(count: columns.count)
        for i in 0..<responses.respondentCount { m.add(row: columns.map { $0[i].map(Double.init) }) }
        return m.correlationMatrix()
    }

    @Test func pairwiseMomentsMergeAndMatchPandas() throws {
        let (_, responses) = Fixtures.scoresOnly("escalation.csv", prefix: "e", count: 13)
        let columns = responses.touchpoints.map(\.score) + [responses.overall!]
        var whole = PairwiseMoments(count: 14), first = PairwiseMoments(count: 14), second = PairwiseMoments(count: 14)
        for i in 0..<responses.respondentCount {
            let row = columns.map { $0[i].map(Double.init) }
            whole.add(row: row)
            if i < 100 { first.add(row: row) } else { second.add(row: row) }
        }
        #expect(first + second == whole)
        // escalation.available.outcomePairs / minPairs
        let outcomePairs = [216, 224, 219, 218, 207, 179, 161, 147, 129, 112, 99, 84, 59]
        #expect((0..<13).map { whole.pairCount($0, 13) } == outcomePairs)
        var smallest = Int.max
        for a in 0..<14 { for b in (a + 1)..<14 { smallest = min(smallest, whole.pairCount(a, b)) } }
        #expect(smallest == 55)
        // the restriction keeps every pair's moments (reversed order included)
        let r = whole.correlationMatrix()
        let sub = whole.restricted(to: [13, 5, 2])
        try expectClose(sub.correlation(0, 1), r[13][5])
        try expectClose(sub.correlation(1, 2), r[5][2])
        #expect(sub.pairCount(0, 2) == whole.pairCount(2, 13))
    }

    @Test func rankTableSpearmanMatchesScipy() throws {
        // reference-output.txt "## primitives": spearman(x1,y) = scipy.stats.spearmanr, ties as average ranks
        let x1: [UInt8] = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 2], y: [UInt8] = [3, 1, 2, 5, 4, 4, 2, 1, 5, 3, 3, 4]
        var whole = RankTable(xCategories: 5, yCategories: 5), first = whole, second = whole
        for i in x1.indices {
            whole.add(x: x1[i], y: y[i])
            if i < 5 { first.add(x: x1[i], y: y[i]) } else { second.add(x: x1[i], y: y[i]) }
        }
        whole.add(x: 0, y: 3)   // not answered: ignored
        #expect(first + second == whole)
        try expectClose(whole.spearman, 0.13868705503434425)
    }

    // MARK: Higham repair

    @Test func highamNearestCorrelationMatchesThePaper() throws {
        // Higham (2002) §4: A = [[1,1,0],[1,1,1],[0,1,1]] → off-diagonals .7607, .1573, .7607 (floor 0)
        let x = NearestCorrelation.nearest([[1, 1, 0], [1, 1, 1], [0, 1, 1]], floor: 0)
        try expectClose(x[0][1], 0.7606898534022883)
        try expectClose(x[0][2], 0.15729810613837455)
        try expectClose(x[1][2], 0.7606898534022886)
        #expect((0..<3).allSatisfy { x[$0][$0] == 1 })
    }

    @Test func designedGapsGiveANonPSDMatrixThatIsRepaired() throws {
        let (journey, responses) = Fixtures.scoresOnly("gaps.csv", prefix: "g", count: 3)
        let f = JourneyAnalyzer.analyze(journey, responses: responses, options: Self.options())
        let d = try #require(f.drivers)
        #expect(d.repaired && d.cases == .available && d.n == 60 && d.completeCases == 0)
        #expect(f.notes.contains(.driverMatrixRepaired))
        // gaps.available.shapley / r2 (after the repair, floor .01)
        let phi = [0.300816202419147, 0.397526553843365, 0.0989138140575516]
        for j in 0..<3 { try expectClose(f.touchpoints[j].driver?.shapley, phi[j], tolerance: 1e-8) }
        try expectClose(d.r2, 0.7972565703200636, tolerance: 1e-8)
        #expect(f.touchpoints.map { $0.driver?.n } == [120, 120, 120])
        // gaps.available.prca
        let penalty = [-0.644501278772379, -0.7861429350791064, -0.4979591836734704]
        let reward = [0.9294117647058815, 1.3446455505279025, 0.026984126984127513]
        for j in 0..<3 {
            try expectClose(f.touchpoints[j].penaltyReward?.penalty, penalty[j])
            try expectClose(f.touchpoints[j].penaltyReward?.reward, reward[j])
        }
    }

    @Test func repairedMatrixMatchesNumpy() throws {
        let (_, responses) = Fixtures.scoresOnly("gaps.csv", prefix: "g", count: 3)
        let joint = Self.pairwiseCorrelations(responses)
        try expectClose(NearestCorrelation.minimumEigenvalue(joint), -0.6444943018297703)
        let repaired = NearestCorrelation.nearest(joint)
        // gaps.available.repaired: upper triangle, row-major
        let upper = [0.5463452907355665, -0.4537432493115886, 0.6588645115353782, 0.4804501388722985, 0.8308470186306639, 0.23218203571982354]
        var k = 0
        for a in 0..<4 { for b in (a + 1)..<4 { try expectClose(repaired[a][b], upper[k], tolerance: 1e-8); k += 1 } }
        try expectClose(NearestCorrelation.minimumEigenvalue(repaired), 0.01, tolerance: 1e-8)
        // relative weights of the repaired matrix (gaps.available.relativeWeights)
        let r = (0..<3).map { Array(repaired[$0][0..<3]) }, ry = (0..<3).map { repaired[$0][3] }
        let rw = KeyDriverAnalyzer.relativeWeights(correlations: r, outcome: ry)
        let expected = [0.34521807305249624, 0.30055619673438844, 0.15148230053317704]
        for j in 0..<3 { try expectClose(rw[j], expected[j], tolerance: 1e-8) }
    }

    // MARK: Available-case drivers on the escalation journey (22 complete cases of 240)

    @Test func escalationDriversUseEveryAnswer() throws {
        let d = try #require(Self.escalation.drivers)
        #expect(d.cases == .available && d.completeCases == 22 && d.n == 55 && d.predictors == 13 && !d.repaired)
        #expect(d.method == .shapley)
        try expectClose(d.r2, 0.7427671582983204)
        let phi = [0.015930293560681028, 0.09447105360303445, 0.08792704017203005, 0.03123021040187333, 0.03547759688203809,
                   0.1428597650455567, 0.026934042135562622, 0.044787719106584745, 0.03999887144582374, 0.09759912900086483,
                   0.0481070355261468, 0.0539401505057306, 0.023504250912393727]
        for j in 0..<13 { try expectClose(Self.escalation.touchpoints[j].driver?.shapley, phi[j]) }
        #expect(!Self.escalation.notes.contains(.driversTooFew))
        // every touchpoint has a derived importance, so none is "unknown"
        #expect(Self.escalation.touchpoints.allSatisfy { $0.importanceSource == .derived })
    }

    @Test func escalationPenaltyRewardPerTouchpoint() throws {
        let penalty = [-0.2846339987900783, -0.8870431893687701, -1.0041759880686052, -0.22039473684210503, -0.5602475427739331,
                       -0.8897210260250905, -0.46349206349206346, -0.3171428571428578, -0.5641025641025643, -0.628571428571429,
                       -0.8055555555555558, -0.6996336996337008, -0.7738095238095238]
        let reward = [0.35169318645450937, 0.7217261904761909, 0.5955555555555592, 0.6560185185185187, 0.41662377766340764,
                      0.9455782312925173, 0.5650319829424314, 0.8992592592592586, 0.4303030303030296, 0.8705882352941172,
                      0.17352941176470588, 0.5019047619047609, 0.06709956709956666]
        for j in 0..<13 {
            let prca = try #require(Self.escalation.touchpoints[j].penaltyReward)
            try expectClose(prca.penalty, penalty[j])
            try expectClose(prca.reward, reward[j])
        }
        // rescaled by the largest −penalty (e3) and reward (e6)
        try expectClose(Self.escalation.touchpoints[2].penaltyReward?.penaltyScaled, 1)
        try expectClose(Self.escalation.touchpoints[0].penaltyReward?.penaltyScaled, 0.2846339987900783 / 1.0041759880686052)
        try expectClose(Self.escalation.touchpoints[5].penaltyReward?.rewardScaled, 1)
    }

    @Test func completeCasesRemainAnOption() throws {
        let (journey, responses) = Fixtures.scoresOnly("escalation.csv", prefix: "e", count: 13)
        let f = JourneyAnalyzer.analyze(journey, responses: responses, options: Self.options(.complete))
        let d = try #require(f.drivers)
        #expect(d.cases == .complete && d.completeCases == 22 && d.r2 == nil && d.n == 0)
        #expect(f.notes.contains(.driversTooFew))
    }

    @Test func driversCsvAvailableCases() throws {
        let (journey, responses) = Fixtures.drivers()
        let f = JourneyAnalyzer.analyze(journey, responses: responses, options: Self.options())
        let d = try #require(f.drivers)
        #expect(d.n == 66 && d.completeCases == 51)
        try expectClose(d.r2, 0.6414412796848689)
        let phi = [0.019070337350951965, 0.17531347948115997, 0.036127806498538195, 0.08014153023787277, 0.264738216925462, 0.06604990919088399]
        for j in 0..<6 { try expectClose(f.touchpoints[j].driver?.shapley, phi[j]) }
        let penalty = [-0.7051282051282063, -0.8043478260869577, -0.28333333333333266, 0.04999999999999713, -0.6000000000000003, -0.055555555555554276]
        let reward = [0.012820512820512553, 0.4813664596273287, 0.38333333333333375, 0.8144927536231884, 0.7499999999999997, 0.746527777777778]
        for j in 0..<6 {
            try expectClose(f.touchpoints[j].penaltyReward?.penalty, penalty[j])
            try expectClose(f.touchpoints[j].penaltyReward?.reward, reward[j])
        }
    }

    @Test func relativeWeightsFromThePairwiseMatrix() throws {
        let (_, responses) = Fixtures.scoresOnly("escalation.csv", prefix: "e", count: 13)
        let joint = Self.pairwiseCorrelations(responses)
        let r = (0..<13).map { Array(joint[$0][0..<13]) }, ry = (0..<13).map { joint[$0][13] }
        let rw = KeyDriverAnalyzer.relativeWeights(correlations: r, outcome: ry)
        let expected = [0.01716309373791305, 0.08995203514501551, 0.08963785101268233, 0.03211913132761536, 0.034736630536346964,
                        0.14313523021318206, 0.022980350441064865, 0.046211064692694384, 0.03721120466996534, 0.10049898715071928,
                        0.05119532259925739, 0.055726101056855104, 0.022200155715008024]
        for j in 0..<13 { try expectClose(rw[j], expected[j]) }
    }

    @Test func penaltyRewardTallyDegenerateCases() {
        var t = PenaltyRewardTally()
        for (x, y) in [(1.0, 2.0), (2, 3), (5, 5), (4, 4)] { t.add(score: x, outcome: y, bottomMax: 2, topMin: 4) }
        // no middle box: the high dummy is aliased with the intercept; penalty = ȳ_low − ȳ_high = 2.5 − 4.5
        #expect(t.result == PenaltyReward(penalty: -2, reward: nil))
        var only = PenaltyRewardTally()
        for y in [1.0, 2, 3] { only.add(score: 3, outcome: y, bottomMax: 2, topMin: 4) }
        #expect(only.result == PenaltyReward(penalty: nil, reward: nil))
    }

    // MARK: Stability of key-driver MOTs

    @Test func keyDriverStabilityIsSeededAndGatesTheSuggestion() throws {
        let (journey, responses) = Fixtures.scoresOnly("escalation.csv", prefix: "e", count: 13)
        var options = Self.options(stability: 200)
        let a = JourneyAnalyzer.analyze(journey, responses: responses, options: options)
        let b = JourneyAnalyzer.analyze(journey, responses: responses, options: options)
        #expect(a == b)
        let d = try #require(a.drivers)
        #expect(d.stabilityResamples == 200 && d.stabilitySubsample == 240 && d.stabilityThreshold == 0.7)
        for t in a.touchpoints {
            let s = try #require(t.driver?.stability)
            #expect(s >= 0 && s <= 1)
            if t.mot.reasons.contains(.keyDriver) { #expect(s >= 0.7) }
        }
        // Without the stability gate every point-estimate key driver would be suggested; with it, fewer are.
        let flaggedWithout = Self.escalation.touchpoints.filter { $0.mot.reasons.contains(.keyDriver) }.count
        let flaggedWith = a.touchpoints.filter { $0.mot.reasons.contains(.keyDriver) }.count
        #expect(flaggedWith < flaggedWithout)
        // a threshold of 0 keeps every point-estimate key driver
        options.driverStabilityThreshold = 0
        let c = JourneyAnalyzer.analyze(journey, responses: responses, options: options)
        #expect(c.touchpoints.filter { $0.mot.reasons.contains(.keyDriver) }.count == flaggedWithout)
    }
}
