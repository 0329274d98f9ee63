import JourneyModel

/// Analyses a journey that has only workshop estimates (one score per touchpoint), applying the
/// thresholds of METHODS.md §3.3 to the single value and marking everything "estimate".
public enum EstimateAnalyzer {
    /// Classifies every touchpoint and finds peak, trough and End from the journey's own fields.
    ///
    /// With one value x per touchpoint: B2B = 1 when x is in the bottom box or at least one point below neutral
    /// (x ≤ c − 1, the pain rule's other "low" test) — our choice [proposed], so that a single estimate the pain
    /// rule calls low never gets severity 0 through formula 18's B2B factor — else 0; T2B likewise; median = x;
    /// I* = (importance − min)/(max − min) on the importance scale (a touchpoint without one takes the median I*,
    /// and every I* is 1 when none has one); wish gap G = wish − x. Then `ExperienceClassifier` with
    /// `isEstimate`: no Kano data, so Better = |Worse| = 1 in the scores. Suggested MOTs follow §2.2 with the
    /// workshop as the one respondent: its best and worst touchpoints (f⁺ or f⁻ ≥ 2/T, ties split) and the End.
    public static func analyze(_ journey: Journey, thresholds: ClassificationThresholds = ClassificationThresholds()) -> JourneyFindings {
        let scale = journey.scale
        let importanceScale = journey.importanceScale
        let touchpoints = journey.touchpoints
        let boxes = LikertBoxes(scale)
        var notes: [AnalysisNote] = [.estimateOnly]

        // I*: stated estimate normalized; missing → median of the known ones; none known → 1.
        let span = Double(importanceScale.max - importanceScale.min)
        let known = touchpoints.compactMap { $0.importance.map { ($0 - Double(importanceScale.min)) / span } }
        let fallback: Double
        if known.isEmpty {
            fallback = 1
            notes.append(.importanceAssumedOne)
        } else {
            fallback = Statistics.median(known)!
            if known.count < touchpoints.count { notes.append(.importanceImputedMedian) }
        }
        let importance: [Double] = touchpoints.map { tp in
            tp.importance.map { ($0 - Double(importanceScale.min)) / span } ?? fallback
        }
        let medianImportance = Statistics.median(importance) ?? fallback

        // The workshop as the single respondent: f⁺/f⁻ over its rated touchpoints (≥ 3 needed, §1.2).
        let values: [Double?] = touchpoints.map { $0.score.map { $0 - scale.neutral } }
        let extremes = PeakEndAnalyzer.bestAndWorstShares([values])
        let t = Double(touchpoints.count)
        let lastRated = touchpoints.lastIndex { $0.score != nil }

        var findings: [TouchpointFinding] = []
        var anyScored = false
        for stage in journey.stages {
            for tp in stage.touchpoints {
                let index = findings.count
                var reasons: [MOTReason] = []
                if let extremes, max(extremes.plus[index], extremes.minus[index]) >= 2 / t - 1e-12 { reasons.append(.peakOrTrough) }
                if index == lastRated { reasons.append(.end) }
                var finding = TouchpointFinding(
                    id: tp.id, stageID: stage.id, mean: tp.score, median: tp.score, importance: tp.importance,
                    mot: MOTAssessment(declared: tp.isMOT, suggested: !reasons.isEmpty, reasons: reasons))
                finding.importanceNormalized = importance[index]
                finding.importanceSource = tp.importance == nil ? .assumed : .estimate
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
                    isMOT: tp.isMOT || !reasons.isEmpty, isEstimate: true)
                let result = ExperienceClassifier.classify(evidence, scale: scale, thresholds: thresholds)
                finding.findingClass = result.findingClass
                finding.severity = result.severity
                finding.leverage = result.leverage
                finding.opportunity = result.opportunity
                finding.coefficientSource = result.coefficientSource
                findings.append(finding)
            }
        }
        if anyScored { notes.append(.coefficientsAssumedOne) }
        var result = JourneyFindings(source: .estimate, respondents: 0, scale: scale, touchpoints: findings,
                                     peakEnd: peakEnd(findings, neutral: scale.neutral))
        result.notes = notes
        return result
    }

    /// Peak (most intense, ties to the negative), trough (lowest), best (highest), End (last rated) and (peak + end)/2,
    /// over the given touchpoint means (unrated and suppressed ones skipped).
    static func peakEnd(_ findings: [TouchpointFinding], neutral: Double) -> PeakEndSummary {
        let rated = findings.compactMap { f in f.suppressed ? nil : f.mean.map { (f.id, $0) } }
        guard let last = rated.last else { return PeakEndSummary() }
        var peak = rated[0]
        for candidate in rated.dropFirst() {
            let a = abs(candidate.1 - neutral), b = abs(peak.1 - neutral)
            if a > b || (a == b && candidate.1 < peak.1) { peak = candidate }
        }
        let trough = rated.min { $0.1 < $1.1 }!
        let best = rated.max { $0.1 < $1.1 }!
        let mean = rated.map(\.1).reduce(0, +) / Double(rated.count)
        return PeakEndSummary(peakID: peak.0, troughID: trough.0, endID: last.0,
                              remembered: (peak.1 + last.1) / 2, mean: mean, bestID: best.0)
    }

    static func median(_ values: [Double]) -> Double? { Statistics.median(values) }
}
