import JourneyModel

/// Analyses a journey that has only workshop estimates (one score per touchpoint), applying the
/// thresholds of METHODS.md §3.3 to the single value and marking everything "estimate".
public enum EstimateAnalyzer {
    /// Classifies every touchpoint and finds peak, trough and End from the journey's own fields.
    ///
    /// With one value x per touchpoint: B2B = 1 when x is in the bottom box or at least one point below neutral
    /// (x ≤ c − 1, the pain rule's other "low" test) — our choice [proposed] — else 0; T2B likewise; median = x;
    /// I* = (importance − min)/(max − min) on the importance scale, unknown (nil, never a default) without an
    /// `importance:`; wish gap G = wish − x. The pain rule's importance clause is absolute here: I* ≥ .5 (the
    /// importance scale's midpoint) or importance not given, so rating a touchpoint "medium" cannot hide a pain a
    /// blank would show. Severity uses the graded shortfall d = clamp((c − x)/(c − min), 0, 1) in place of the
    /// 0/1 box [proposed], so 1.5, 2.5 and 3.0 on a 1–7 scale get d = .83, .50, .33:
    /// S = 100·I*·d·(1 + |Worse|)/2·(1 + 0.5·[MOT])/1.5 ∈ [0, 100]. Then `ExperienceClassifier` with `isEstimate`:
    /// no Kano data, so Better = |Worse| = 1 in the scores. Suggested MOTs follow §2.2 with the workshop as the one
    /// respondent: its best and worst touchpoints (f⁺ or f⁻ ≥ 2/T over the rated touchpoints, ties split) and the
    /// End (the journey's last touchpoint, when rated).
    public static func analyze(_ journey: Journey, thresholds: ClassificationThresholds = ClassificationThresholds()) -> JourneyFindings {
        let scale = journey.scale
        let importanceScale = journey.importanceScale
        let touchpoints = journey.touchpoints
        let boxes = LikertBoxes(scale)
        var notes: [AnalysisNote] = [.estimateOnly]

        // I*: the stated estimate normalized; unknown without one.
        let span = Double(importanceScale.max - importanceScale.min)
        let importance: [Double?] = touchpoints.map { tp in
            tp.importance.map { ($0 - Double(importanceScale.min)) / span }
        }
        if touchpoints.contains(where: { $0.score != nil && $0.importance == nil }) { notes.append(.importanceUnknown) }
        let medianImportance = Statistics.median(importance.compactMap { $0 })

        // The workshop as the single respondent: f⁺/f⁻ over its rated touchpoints (≥ 3 needed, §1.2).
        let values: [Double?] = touchpoints.map { $0.score.map { $0 - scale.neutral } }
        let extremes = PeakEndAnalyzer.bestAndWorstShares([values])
        let t = Double(touchpoints.filter { $0.score != nil }.count)
        let endIndex = touchpoints.last?.score != nil ? touchpoints.count - 1 : nil

        // MOT reasons for every touchpoint first, so the share cap can keep the strongest suggestions; a journey whose
        // scores are all equal has none.
        let flat = MOTDetector.allEqual(touchpoints.compactMap(\.score))
        let allReasons: [[MOTReason]] = touchpoints.indices.map { index in
            guard !flat else { return [] }
            var reasons: [MOTReason] = []
            if let extremes, max(extremes.plus[index], extremes.minus[index]) >= 2 / t - 1e-12 { reasons.append(.peakOrTrough) }
            if index == endIndex { reasons.append(.end) }
            return reasons
        }
        let shown = touchpoints.indices.filter { touchpoints[$0].score != nil }
        let shownSuggested = MOTDetector.cappedSuggestions(
            reasons: shown.map { allReasons[$0] }, declared: shown.map { touchpoints[$0].isMOT },
            strength: shown.map { max(extremes?.plus[$0] ?? 0, extremes?.minus[$0] ?? 0) })
        var suggestedAt = [Bool](repeating: false, count: touchpoints.count)
        for (k, index) in shown.enumerated() { suggestedAt[index] = shownSuggested[k] }

        var findings: [TouchpointFinding] = []
        var anyScored = false
        for stage in journey.stages {
            for tp in stage.touchpoints {
                let index = findings.count
                let reasons = allReasons[index]
                var finding = TouchpointFinding(
                    id: tp.id, stageID: stage.id, mean: tp.score, median: tp.score, importance: tp.importance,
                    mot: MOTAssessment(declared: tp.isMOT, suggested: suggestedAt[index], reasons: reasons))
                finding.importanceNormalized = importance[index]
                finding.importanceSource = tp.importance == nil ? .unknown : .estimate
                finding.wish = tp.wish
                if let extremes { finding.fPlus = extremes.plus[index]; finding.fMinus = extremes.minus[index] }
                guard let x = tp.score else { findings.append(finding); continue }
                anyScored = true
                let b2b = x <= boxes.bottomMax || x <= scale.neutral - 1 ? 1.0 : 0.0
                let t2b = x >= boxes.topMin ? 1.0 : 0.0
                finding.t2b = t2b
                finding.b2b = b2b
                finding.polarization = 2 * min(t2b, b2b)
                finding.wishGap = tp.wish.map { $0 - x }
                let evidence = ClassificationEvidence(
                    t2b: t2b, b2b: b2b, median: x, importance: importance[index], medianImportance: medianImportance,
                    touchpointCount: touchpoints.count, wishGap: finding.wishGap,
                    isMOT: tp.isMOT || suggestedAt[index], isEstimate: true,
                    severityBottomBox: min(max((scale.neutral - x) / (scale.neutral - Double(scale.min)), 0), 1))
                let result = ExperienceClassifier.classify(evidence, scale: scale, thresholds: thresholds)
                finding.findingClass = result.findingClass
                finding.severity = result.severity
                finding.leverage = result.leverage
                finding.opportunity = result.opportunity
                finding.coefficientSource = result.coefficientSource
                finding.belowNeutral = result.belowNeutral
                findings.append(finding)
            }
        }
        if anyScored { notes.append(.coefficientsAssumedOne) }
        var result = JourneyFindings(source: .estimate, respondents: 0, scale: scale, touchpoints: findings,
                                     peakEnd: peakEnd(findings, neutral: scale.neutral))
        if anyScored && result.peakEnd.endID == nil { notes.append(.endNotAvailable) }
        result.notes = notes
        return result
    }

    /// Peak (most intense, ties to the negative), trough (lowest), best (highest), End and (peak + end)/2, over the
    /// given touchpoint means (unrated, suppressed and distribution-only ones skipped). The End is the journey's
    /// last touchpoint (METHODS.md §1.4) — nil when it is not shown, never moved to the last one still shown;
    /// `remembered` then stays nil too.
    public static func peakEnd(_ findings: [TouchpointFinding], neutral: Double) -> PeakEndSummary {
        let rated = findings.compactMap { f in f.suppressed ? nil : f.mean.map { (f.id, $0) } }
        guard !rated.isEmpty else { return PeakEndSummary() }
        let last: (String, Double)? = findings.last.flatMap { f in f.suppressed ? nil : f.mean.map { (f.id, $0) } }
        var peak = rated[0]
        for candidate in rated.dropFirst() {
            let a = abs(candidate.1 - neutral), b = abs(peak.1 - neutral)
            if a > b || (a == b && candidate.1 < peak.1) { peak = candidate }
        }
        let trough = rated.min { $0.1 < $1.1 }!
        let best = rated.max { $0.1 < $1.1 }!
        let mean = rated.map(\.1).reduce(0, +) / Double(rated.count)
        if rated.count > 1, MOTDetector.allEqual(rated.map(\.1)) {
            // Every touchpoint scored the same: there is no peak, trough or high point to name.
            return PeakEndSummary(endID: last?.0, remembered: last.map { ($0.1 + $0.1) / 2 }, mean: mean)
        }
        return PeakEndSummary(peakID: peak.0, troughID: trough.0, endID: last?.0,
                              remembered: last.map { (peak.1 + $0.1) / 2 }, mean: mean, bestID: best.0)
    }

    static func median(_ values: [Double]) -> Double? { Statistics.median(values) }
}
