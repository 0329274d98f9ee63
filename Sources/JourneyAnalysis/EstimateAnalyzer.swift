import JourneyModel

/// Analyses a journey that has only workshop estimates (one score per touchpoint), applying the
/// thresholds of METHODS.md §3.3 to the single value and marking everything "estimate".
public enum EstimateAnalyzer {
    /// Classifies every touchpoint and finds peak, trough and End from the journey's own fields.
    ///
    /// With one value x per touchpoint: B2B is 1 when x lies in the bottom two points (else 0), T2B likewise
    /// for the top two; pain = (B2B or x ≤ c − 1) and I* ≥ median I*; pleasure = T2B and not B2B;
    /// itch = not pain and wish − x ≥ (K − 1)/4 (1.0 on a 5-point scale). Without Kano data, Better and
    /// |Worse| are taken as 1, as METHODS.md allows; severity S = I*·B2B·(1 + |Worse|)/2·(1 + 0.5·[MOT]) × 100.
    public static func analyze(_ journey: Journey) -> JourneyFindings {
        let scale = journey.scale
        let importanceScale = journey.importanceScale
        let touchpoints = journey.touchpoints
        let normalizedImportance: [String: Double] = Dictionary(uniqueKeysWithValues: touchpoints.compactMap { tp in
            tp.importance.map { (tp.id, ($0 - Double(importanceScale.min)) / Double(importanceScale.max - importanceScale.min)) }
        })
        let medianImportance = median(Array(normalizedImportance.values)) ?? 0.5
        let lowCut = Double(scale.min + 1)
        let highCut = Double(scale.max - 1)
        let itchGap = Double(scale.max - scale.min) / 4
        var findings: [TouchpointFinding] = []
        for stage in journey.stages {
            for tp in stage.touchpoints {
                var finding = TouchpointFinding(id: tp.id, stageID: stage.id, mean: tp.score, median: tp.score,
                                                importance: tp.importance,
                                                mot: MOTAssessment(declared: tp.isMOT))
                guard let x = tp.score else { findings.append(finding); continue }
                let importance = normalizedImportance[tp.id] ?? 0.5
                let b2b = x <= lowCut ? 1.0 : 0.0
                let t2b = x >= highCut ? 1.0 : 0.0
                finding.t2b = t2b
                finding.b2b = b2b
                finding.wishGap = tp.wish.map { $0 - x }
                let low = b2b == 1 || x <= scale.neutral - 1
                if low && importance >= medianImportance {
                    finding.findingClass = .pain
                    finding.severity = 100 * importance * max(b2b, 0.5) * (tp.isMOT ? 1.5 : 1)
                } else if t2b == 1 && b2b == 0 {
                    finding.findingClass = .pleasure
                    finding.leverage = 100 * importance * t2b
                } else if let gap = finding.wishGap, gap >= itchGap {
                    finding.findingClass = .itch
                    finding.opportunity = 100 * importance * min(gap / Double(scale.max - scale.min), 1)
                }
                findings.append(finding)
            }
        }
        return JourneyFindings(source: .estimate, respondents: 0, scale: scale, touchpoints: findings,
                               peakEnd: peakEnd(findings, neutral: scale.neutral))
    }

    /// Peak (most intense, ties to the negative), trough (lowest), End (last rated) and (peak + end)/2.
    static func peakEnd(_ findings: [TouchpointFinding], neutral: Double) -> PeakEndSummary {
        let rated = findings.compactMap { f in f.mean.map { (f.id, $0) } }
        guard let last = rated.last else { return PeakEndSummary() }
        var peak = rated[0]
        for candidate in rated.dropFirst() {
            let a = abs(candidate.1 - neutral), b = abs(peak.1 - neutral)
            if a > b || (a == b && candidate.1 < peak.1) { peak = candidate }
        }
        let trough = rated.min { $0.1 < $1.1 }!
        let mean = rated.map(\.1).reduce(0, +) / Double(rated.count)
        return PeakEndSummary(peakID: peak.0, troughID: trough.0, endID: last.0,
                              remembered: (peak.1 + last.1) / 2, mean: mean)
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
