import Testing
import JourneyModel
@testable import JourneyAnalysis

// Expected numbers: reference.py, section "## drivers.csv" of reference-output.txt — numpy/scipy/statsmodels,
// written from METHODS.md (Shapley by brute-force OLS over all 64 subsets, relative weights by numpy.eigh,
// penalty-reward by statsmodels OLS, Kano by the evaluation table, classes by the §3.3 rules as revised).
// These checks run the documented complete-case option (51 of 80 respondents) without the stability bootstrap,
// which reference.py does not reproduce; AvailableCaseDriverTests covers the default available-case model.
@Suite struct SurveyAnalyzerTests {
    static let analysis: JourneyFindings = {
        let (journey, responses) = Fixtures.drivers()
        var options = AnalysisOptions()
        options.driverCases = .complete
        options.driverStabilityResamples = 0
        return JourneyAnalyzer.analyze(journey, responses: responses, options: options)
    }()

    @Test func importanceAndWishMeans() throws {
        let f = Self.analysis.touchpoints
        try expectClose(f[0].importance, 4.2625)
        try expectClose(f[1].importance, 4.375)
        try expectClose(f[2].importance, 2.85)
        try expectClose(f[3].wish, 4.65)
        try expectClose(f[4].wish, 3.5)
        try expectClose(f[5].wish, 3.5875)
        #expect(Self.analysis.source == .survey && Self.analysis.respondents == 80)
    }

    @Test func screeningCorrelationsMatchScipy() throws {
        let expected: [(r: Double, rho: Double, p: Double, n: Int)] = [
            (0.27943353344469385, 0.2780884165664702, 0.01914536832744435, 70),
            (0.57602884858521, 0.5909673987399857, 1.472300401855515e-07, 71),
            (0.35864670017904043, 0.3420585197033964, 0.001702425350080348, 74),
            (0.43029012149118867, 0.4476662859562438, 0.00014492406630681418, 73),
            (0.6222074263126481, 0.6180988656959703, 6.9456286768795935e-09, 71),
            (0.3961602657354592, 0.3790135509748795, 0.0006263829453528294, 71),
        ]
        for (j, e) in expected.enumerated() {
            let d = try #require(Self.analysis.touchpoints[j].driver)
            try expectClose(d.pearson, e.r)
            try expectClose(d.spearman, e.rho)
            try expectClose(d.pValue, e.p)
            #expect(d.n == e.n && d.significant)
        }
    }

    @Test func shapleyDecompositionMatchesBruteForceOLS() throws {
        let phi = [0.019640293816592793, 0.1581252050289623, 0.048004302334159546, 0.05803709113202462,
                   0.24005932667762228, 0.07133140277242055]
        let drivers = try #require(Self.analysis.drivers)
        #expect(drivers.outcome == "overall" && drivers.completeCases == 51 && drivers.method == .shapley)
        #expect(drivers.cases == .complete && drivers.n == 51)
        try expectClose(drivers.r2, 0.595197621761782)
        for j in 0..<6 {
            try expectClose(Self.analysis.touchpoints[j].driver?.shapley, phi[j])
            try expectClose(Self.analysis.touchpoints[j].driver?.shapleyShare, phi[j] / 0.595197621761782)
        }
    }

    @Test func relativeWeightsMatchNumpy() throws {
        // The same 51 complete cases, through Johnson's relative weights.
        let (journey, responses) = Fixtures.drivers()
        _ = journey
        let y = responses.overall!
        let rows = (0..<80).filter { i in y[i] != nil && responses.touchpoints.allSatisfy { $0.score[i] != nil } }
        #expect(rows.count == 51)
        let xs = responses.touchpoints.map { a in rows.map { Double(a.score[$0]!) } }
        let r = KeyDriverAnalyzer.correlationMatrix(xs)
        let ry = xs.map { Statistics.pearson($0, rows.map { Double(y[$0]!) })! }
        let weights = KeyDriverAnalyzer.relativeWeights(correlations: r, outcome: ry)
        let expected = [0.02094874965465721, 0.15513832207393444, 0.04329752217331061, 0.05760479245103947,
                        0.24592538092185734, 0.07228285448698334]
        for j in 0..<6 { try expectClose(weights[j], expected[j]) }
        try expectClose(weights.reduce(0, +), 0.595197621761782)   // relative weights also sum to R²
    }

    @Test func penaltyRewardMatchesStatsmodels() throws {
        let penalty = [-0.44244702242466694, -0.6653121303031114, -0.1766736894497548, 0.26416601621737984,
                       -0.83183297069371, 0.08346245479634806]
        let reward = [-0.12674266651635385, 0.25971026548578724, 0.048958905722215396, 0.24913199755494203,
                      0.009163799797097694, 0.40891672388901446]
        let penaltyScaled = [0.5318940676944877, 0.7998145706442389, 0.2123908232471444, 0.0, 1.0, 0.0]
        let rewardScaled = [0.0, 0.6351177399050965, 0.11972830374016082, 0.6092487369691435, 0.02240994134440164, 1.0]
        for j in 0..<6 {
            let prca = try #require(Self.analysis.touchpoints[j].penaltyReward)
            try expectClose(prca.penalty, penalty[j])
            try expectClose(prca.reward, reward[j])
            try expectClose(prca.penaltyScaled, penaltyScaled[j])
            try expectClose(prca.rewardScaled, rewardScaled[j])
        }
    }

    @Test func kanoMatchesTheEvaluationTable() throws {
        let t2 = try #require(Self.analysis.touchpoints[1].kano)
        #expect([KanoCategory.attractive, .oneDimensional, .mustBe, .indifferent, .reverse, .questionable].map { t2.counts[$0, default: 0] } == [7, 13, 35, 15, 6, 4])
        try expectClose(t2.better, 0.2857142857142857)
        try expectClose(t2.worse, -0.6857142857142857)
        #expect(t2.category == .mustBe)
        let t5 = try #require(Self.analysis.touchpoints[4].kano)
        #expect([KanoCategory.attractive, .oneDimensional, .mustBe, .indifferent, .reverse, .questionable].map { t5.counts[$0, default: 0] } == [48, 3, 0, 23, 4, 2])
        try expectClose(t5.better, 0.6891891891891891)
        try expectClose(t5.worse, -0.04054054054054054)
        #expect(t5.category == .attractive)
        #expect(Self.analysis.touchpoints[0].kano == nil)
    }

    @Test func importanceMOTsClassesAndQuadrants() throws {
        let f = Self.analysis.touchpoints
        let istar = [0.815625, 0.84375, 0.4625, 0.24176145095151053, 1.0, 0.29714072666800445]
        for j in 0..<6 { try expectClose(f[j].importanceNormalized, istar[j]) }
        #expect(f.map(\.importanceSource) == [.stated, .stated, .stated, .derived, .derived, .derived])
        // the verdict is "average", so the End flags nothing here (reference.py: mot.reasons)
        let reasons: [[MOTReason]] = [[.polarized], [.keyDriver, .polarized], [.polarized], [.polarized],
                                      [.keyDriver, .polarized], [.polarized]]
        #expect(f.map(\.mot.reasons) == reasons)
        #expect(f.map(\.findingClass) == [.neutral, .pain, .neutral, .neutral, .pain, .neutral])
        try expectClose(f[1].severity, 34.597007722007724)
        try expectClose(f[4].severity, 17.817475009255833)
        #expect(f[1].coefficientSource == .kano)
        #expect(f.map(\.quadrant) == [.keepUpTheGoodWork, .concentrateHere, .lowPriority, .possibleOverkill,
                                      .concentrateHere, .possibleOverkill])
    }

    @Test func enpsMatchesFormula() throws {
        let enps = try #require(Self.analysis.enps)
        #expect(enps.n == 74)
        try expectClose(enps.score, -8.108108108108109)
        try expectClose(enps.ci95.lowerBound, -25.976544596731532)
        try expectClose(enps.ci95.upperBound, 9.760328380515315)
        // small groups: a seeded bootstrap, reproducible and around the point estimate
        let column = RatingColumn(scale: .recommend, values: [10, 9, 9, 8, 7, 6, 3, 10, 9, 5, 8, 9])
        let a = try #require(ENPSCalculator.compute(column, seed: 5))
        let b = try #require(ENPSCalculator.compute(column, seed: 5))
        #expect(a == b)
        try expectClose(a.score, 100 * (6.0 - 3.0) / 12)   // 6 promoters, 3 detractors of 12
        #expect(a.ci95.contains(a.score) && a.ci95.lowerBound >= -100 && a.ci95.upperBound <= 100)
    }

    @Test func peakEndFeaturesAndTestMatchStatsmodels() throws {
        let pe = Self.analysis.peakEnd
        #expect(pe.respondents == 80)
        try expectClose(pe.remembered, 3.0625)
        try expectClose(pe.mean, 3.1525)
        try expectClose(pe.memoryGap, -0.09000000000000001)
        let fPlus = [0.22916666666666666, 0.029166666666666664, 0.13125000000000003, 0.31875, 0.096875, 0.1947916666666667]
        let fMinus = [0.07291666666666666, 0.3114583333333333, 0.1697916666666667, 0.06145833333333332, 0.1947916666666667, 0.18958333333333335]
        for j in 0..<6 {
            try expectClose(Self.analysis.touchpoints[j].fPlus, fPlus[j])
            try expectClose(Self.analysis.touchpoints[j].fMinus, fMinus[j])
        }
        let test = try #require(pe.test)
        #expect(test.n == 77)
        try expectClose(test.r2Mean, 0.48033491359316416)
        try expectClose(test.r2PeakEnd, 0.35684888921538405)
        try expectClose(test.r2PeakPlusEnd, 0.36040688636879736)
        try expectClose(test.r2Full, 0.5281082066336062)
        try expectClose(test.deltaR2, 0.003784799124800675)
        try expectClose(test.partialF, 0.2677853204724236)
        try expectClose(test.pValue, 0.7658202602403913)
        try expectClose(test.cohensF2, 0.007336584122532095)
        try expectClose(test.meanModelPValue, 2.8570367076268967e-12)
        try expectClose(test.rMean, 0.693061983947442)
        try expectClose(test.rPeakEnd, 0.5973683028211191)
        let adj = [0.47340604577440626, 0.34827354107158914, 0.34312058600038653, 0.4876603386307725, 0.4629191529666483, 0.38490251998762737]
        let aic = [171.10803689074754, 187.52406468422782, 189.09690784625792, 173.68255486421072, 174.54518211358157, 184.9888555860923]
        for (k, model) in test.models.enumerated() {
            try expectClose(model.adjustedR2, adj[k])
            try expectClose(model.aic, aic[k], tolerance: 1e-8)
        }
        let m3 = [0.08687175204476229, -0.20906013431090198, 0.8126532655803897, 0.06171477636161827, -0.028691081078928145, 0.27760895791394247]
        for k in 0..<6 { try expectClose(test.models[3].coefficients[k], m3[k]) }
        #expect(test.verdict == .average)
        #expect(test.bestPeakDefinition == "valence")
        // Shapley decomposition of M3's R² (brute-force OLS over the 64 subsets in reference.py)
        let phi3 = [0.12912833887719224, 0.05567139189707458, 0.28119699751687993, 0.0044638017044907625,
                    0.03775275665546432, 0.019894919982504342]
        #expect(test.fullModelShapley.map(\.predictor) == ["peak", "end", "mean", "duration", "first", "trend"])
        for k in 0..<6 { try expectClose(test.fullModelShapley[k].shapley, phi3[k]) }
        try expectClose(test.fullModelShapley.map(\.shapley).reduce(0, +), test.r2Full)
        // percentile bootstrap intervals (2,000 resamples): reproducible, and around the point estimates
        let again = try #require(JourneyAnalyzer.analyze(Fixtures.drivers().0, responses: Fixtures.drivers().1).peakEnd.test)
        #expect(again.fullModelShapley == test.fullModelShapley)
        for share in test.fullModelShapley {
            let ci = try #require(share.ci95)
            #expect(ci.lowerBound >= 0 && ci.upperBound <= 1 && ci.lowerBound < ci.upperBound)
        }
        #expect(try #require(test.fullModelShapley[2].ci95).contains(phi3[2]))
    }
}
