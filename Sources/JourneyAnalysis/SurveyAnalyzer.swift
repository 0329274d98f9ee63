import JourneyModel

/// Survey-mode analysis of one group of respondents: per-touchpoint summaries, peak-end, key drivers and MOTs,
/// pain/pleasure/itch with Kano, eNPS — with the anonymity minimums of METHODS.md §4.3 applied to every value.
enum SurveyAnalyzer {
    /// Analyses the respondents in `rows` (indices into `responses`), reporting only the measures `release` allows
    /// for their group (the file's `ReleasePolicy` decides; every figure also needs the minimum itself).
    static func analyze(_ journey: Journey, _ responses: SurveyResponses, rows: [Int], options: AnalysisOptions,
                        release: GroupRelease) -> JourneyFindings {
        let tally = ResponseTally(journey: journey, responses: responses, options: options, rows: rows)
        return analyze(journey, tally, group: tally.group(Array(tally.cells.indices)), options: options, release: release)
    }

    /// Analyses one group: `group` is the merged tally of its cells (`ResponseTally.group`).
    static func analyze(_ journey: Journey, _ tally: ResponseTally, group: CellTally, options: AnalysisOptions,
                        release: GroupRelease) -> JourneyFindings {
        let context = tally.context, layout = tally.layout
        let scale = journey.scale
        let minimum = max(options.minimumGroupSize, 1)
        let touchpoints = journey.touchpoints
        let stageOf: [String: String] = Dictionary(journey.stages.flatMap { s in s.touchpoints.map { ($0.id, s.id) } },
                                                   uniquingKeysWith: { a, _ in a })
        let bound = touchpoints.map { layout.touchpointIndex($0.id) }
        let answers = bound.map { $0.map { layout.touchpoints[$0] } }
        var findings = touchpoints.map { TouchpointFinding(id: $0.id, stageID: stageOf[$0.id] ?? "", mot: MOTAssessment(declared: $0.isMOT)) }
        var result = JourneyFindings(source: .survey, respondents: group.respondents, scale: scale, touchpoints: findings,
                                     peakEnd: PeakEndSummary(), minimumGroupSize: minimum)
        result.notes = [.recalledRatings]
        guard group.respondents >= minimum, release.allows(.respondents) else {
            for j in findings.indices { findings[j].suppressed = true }
            result.touchpoints = findings
            result.peakEnd.suppressed = true
            result.suppressed = true
            result.enpsSuppressed = layout.enps != nil
            result.commentsSuppressed = layout.hasJourneyComments
            result.notes = [.allSuppressed]
            return result
        }
        var notes: [AnalysisNote] = [.recalledRatings]

        // MARK: 1. Per-touchpoint summaries (§4.2), stated importance, wish, Kano, comments
        var statedImportance = [Double?](repeating: nil, count: touchpoints.count)
        let importanceScale = journey.importanceScale
        for (j, tp) in touchpoints.enumerated() {
            guard let a = answers[j], let t = bound[j] else { continue }
            guard let s = LikertSummary.summarize(distribution: group.distribution(context, slot: a.score),
                                                  scale: layout.slots[a.score].scale, name: tp.id, settings: options.likert),
                  s.n >= minimum, release.allows(.score(tp.id)) else {
                findings[j].suppressed = true
                continue
            }
            var f = findings[j]
            f.n = s.n
            f.distribution = s.distribution
            guard s.n >= options.minimumForSummary else {
                // Below n = 10: the distribution only — no mean, median, class or severity (§4.2) [proposed].
                f.distributionOnly = true
                findings[j] = f
                continue
            }
            f.mean = s.mean
            f.median = s.median
            f.sd = s.sd
            f.quartiles = s.quartiles
            f.t2b = s.t2b
            f.b2b = s.b2b
            f.t2bCI95 = s.t2bCI95
            f.b2bCI95 = s.b2bCI95
            f.ci95 = s.ci95
            f.ciMethod = s.ciMethod
            f.polarization = MOTDetector.polarization(t2b: s.t2b, b2b: s.b2b)
            if let slot = a.importance, let m = LikertSummary.mean(distribution: group.distribution(context, slot: slot), scale: layout.slots[slot].scale),
               m.n >= minimum, release.allows(.importance(tp.id)) {
                f.importance = m.mean
                statedImportance[j] = (m.mean - Double(importanceScale.min)) / Double(importanceScale.max - importanceScale.min)
            }
            if let slot = a.wish, let m = LikertSummary.mean(distribution: group.distribution(context, slot: slot), scale: layout.slots[slot].scale),
               m.n >= minimum, release.allows(.wish(tp.id)) {
                f.wish = m.mean
                f.wishGap = m.mean - s.mean
            }
            if let k = context.kanoPairs.firstIndex(where: { $0.touchpoint == t }),
               let kano = KanoEvaluator.evaluate(pairCounts: group.kano[k]),
               kano.n >= minimum, release.allows(.kano(tp.id)) {
                f.kano = kano
            }
            if let c = layout.commentColumn(touchpoint: t), release.allows(.comments(tp.id)) {
                // Released only when enough people *wrote* one (the policy counts writers, not raters).
                let texts = group.comments[c]
                if texts.count >= max(options.minimumCommentGroupSize, minimum) { f.comments = texts.sorted() }
            }
            findings[j] = f
        }
        let visible = findings.indices.filter { !findings[$0].suppressed && findings[$0].mean != nil }

        // MARK: 2. Peak-end (§1)
        let pe = PeakEndAnalyzer.analyze(group, context, neutral: scale.neutral, settings: options.peakEnd)
        var summary = EstimateAnalyzer.peakEnd(findings, neutral: scale.neutral)
        if let pe, pe.respondents >= minimum, release.allows(.peakEnd) {
            summary.respondents = pe.respondents
            summary.remembered = pe.remembered
            summary.mean = pe.mean
            summary.memoryGap = pe.memoryGap
            summary.test = pe.test
            for j in visible {
                findings[j].fPlus = pe.fPlus[j]
                findings[j].fMinus = pe.fMinus[j]
            }
        } else {
            summary.remembered = nil
            summary.mean = nil
            summary.suppressed = pe != nil
        }
        if summary.test == nil { notes.append(.peakEndTestNotRun) }
        if summary.endID == nil && !visible.isEmpty { notes.append(.endNotAvailable) }
        result.peakEnd = summary

        // MARK: 3. Key drivers (§2.2, revised): available-case LMG/relative weights, penalty-reward, stability
        var derivedImportance = [Double?](repeating: nil, count: touchpoints.count)
        var shares = [Double?](repeating: nil, count: touchpoints.count)
        var predictorCount = 0
        var scaledPenaltyReward = [PenaltyReward?](repeating: nil, count: touchpoints.count)
        var stability = [Double?](repeating: nil, count: touchpoints.count)
        if context.outcomePair != nil {
            let stage = KeyDriverStage.run(group, context, bound: bound, outcomeName: layout.overall != nil ? "overall" : "enps",
                                           candidates: visible, scale: scale, minimum: minimum, options: options)
            for j in visible { findings[j].driver = stage.scores[j]; findings[j].penaltyReward = stage.penaltyReward[j] }
            derivedImportance = stage.derivedImportance
            shares = stage.shares
            predictorCount = stage.predictorCount
            scaledPenaltyReward = stage.penaltyReward
            stability = stage.scores.map { $0?.stability }
            if !stage.ran { notes.append(.driversTooFew) } else if stage.summary.repaired { notes.append(.driverMatrixRepaired) }
            result.drivers = stage.summary
        } else {
            notes.append(.noOutcome)
        }

        // MARK: 4. I*, MOTs, classification (§3.3), IPA
        // I*: stated; else the workshop estimate when the survey has no importance items; else derived; else unknown
        // (never a default of 1 or the median: an unknown importance is said, and pains rank by bottom-box share).
        let surveyHasImportance = answers.contains { $0?.importance != nil }
        let importanceSpan = Double(importanceScale.max - importanceScale.min)
        var importance = [Double?](repeating: nil, count: touchpoints.count)
        for j in visible {
            if let stated = statedImportance[j] {
                importance[j] = stated
                findings[j].importanceSource = .stated
            } else if !surveyHasImportance, let workshop = touchpoints[j].importance {
                importance[j] = (workshop - Double(importanceScale.min)) / importanceSpan
                findings[j].importance = workshop
                findings[j].importanceSource = .estimate
            } else if let derived = derivedImportance[j] {
                importance[j] = derived
                findings[j].importanceSource = .derived
            } else {
                findings[j].importanceSource = .unknown
            }
        }
        if visible.contains(where: { findings[$0].importanceSource == .estimate }) { notes.append(.importanceFromWorkshop) }
        if visible.contains(where: { importance[$0] == nil }) { notes.append(.importanceUnknown) }
        // Wish: the workshop's `wish:` when the survey has no wish items (labelled as a workshop estimate).
        if !answers.contains(where: { $0?.wish != nil }) {
            var used = false
            for j in visible {
                guard let wish = touchpoints[j].wish, let mean = findings[j].mean else { continue }
                findings[j].wish = wish
                findings[j].wishGap = wish - mean
                findings[j].wishSource = .estimate
                used = true
            }
            if used { notes.append(.wishFromWorkshop) }
        }
        let medianImportance = Statistics.median(visible.compactMap { importance[$0] })
        // The End is the journey's last touchpoint (§1.4), only when it is shown in this group.
        let endIndex = visible.last == touchpoints.count - 1 ? visible.last : nil
        // Extremes and the End flag a MOT only when the overall rating is not shown to follow the average (§1.3).
        let followsAverage = result.peakEnd.test?.verdict == .average
        var sources = Set<CoefficientSource>()
        // MOT reasons first for every shown touchpoint, so the share cap can keep the strongest suggestions.
        let flat = MOTDetector.allEqual(visible.compactMap { findings[$0].mean })
        let visibleReasons: [[MOTReason]] = visible.map { j in
            let f = findings[j]
            guard !flat else { return [] }   // every mean the same: no peak, trough or suggestion
            var reasons = MOTDetector.reasons(shapleyShare: shares[j], significant: f.driver?.significant ?? false,
                                              predictorCount: predictorCount, fPlus: f.fPlus, fMinus: f.fMinus,
                                              touchpointCount: visible.count, polarization: f.polarization,
                                              isEnd: j == endIndex, settings: options.mot)
            if let share = stability[j], share < options.driverStabilityThreshold - 1e-12 { reasons.removeAll { $0 == .keyDriver } }
            if followsAverage { reasons.removeAll { $0 == .peakOrTrough || $0 == .end } }
            return reasons
        }
        let suggested = MOTDetector.cappedSuggestions(
            reasons: visibleReasons, declared: visible.map { findings[$0].mot.declared },
            strength: visible.map { j in max(shares[j] ?? 0, findings[j].fPlus ?? 0, findings[j].fMinus ?? 0) }, settings: options.mot)
        for (k, j) in visible.enumerated() {
            var f = findings[j]
            f.importanceNormalized = importance[j]
            f.mot.suggested = suggested[k]
            f.mot.reasons = visibleReasons[k]
            let evidence = ClassificationEvidence(
                t2b: f.t2b!, b2b: f.b2b!, median: f.median!, importance: importance[j], medianImportance: medianImportance,
                kano: f.kano, penalty: scaledPenaltyReward[j]?.penaltyScaled, reward: scaledPenaltyReward[j]?.rewardScaled,
                fPlus: f.fPlus, touchpointCount: visible.count, wishGap: f.wishGap,
                isMOT: f.mot.declared || f.mot.suggested)
            let c = ExperienceClassifier.classify(evidence, scale: scale, thresholds: options.thresholds)
            f.findingClass = c.findingClass
            f.severity = c.severity
            f.leverage = c.leverage
            f.opportunity = c.opportunity
            f.coefficientSource = c.coefficientSource
            f.belowNeutral = c.belowNeutral
            if c.findingClass != .neutral { sources.insert(c.coefficientSource) }
            findings[j] = f
        }
        if sources.contains(.penaltyReward) { notes.append(.coefficientsFromPenaltyReward) }
        if sources.contains(.assumedOne) { notes.append(.coefficientsAssumedOne) }
        let measured = findings.indices.map { j in
            findings[j].importanceSource == .stated || findings[j].importanceSource == .derived ? importance[j] : nil
        }
        let quadrants = MOTDetector.quadrants(importance: measured, performance: findings.map { $0.suppressed ? nil : $0.mean })
        for j in findings.indices { findings[j].quadrant = quadrants[j] }

        // MARK: 5. eNPS (§4.1)
        if let slot = layout.enps {
            if let enps = ENPSCalculator.compute(group, context, slot: slot, resamples: options.likert.resamples, seed: options.likert.seed),
               enps.n >= minimum, release.allows(.enps) {
                result.enps = enps
            } else {
                result.enpsSuppressed = true
            }
        }
        // MARK: 6. Journey-wide comments (其他建议), released like touchpoint comments (writers ≥ 10)
        if layout.hasJourneyComments {
            let texts = release.allows(.journeyComments) ? group.comments[0] : []
            if texts.count >= max(options.minimumCommentGroupSize, minimum) {
                result.comments = texts.sorted()
            } else {
                result.commentsSuppressed = true
            }
        }
        result.touchpoints = findings
        result.notes = notes
        return result
    }
}
