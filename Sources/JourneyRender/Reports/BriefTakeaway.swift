import JourneyAnalysis
import JourneyModel

/// The one-line takeaway at the top of the HTML brief, derived from the analysis: the lowest shown touchpoint with
/// its score, whether the overall rating follows peak-end (the peak-end test's verdict, or "not tested"), and the
/// first thing to do — the first action of the `ActionPlan` when it addresses a ranked pain point (or there is
/// none), else the advice the verdict implies (the lowest point and the ending), else the top pain point.
struct BriefTakeaway {
    /// The lowest touchpoint's name and mean, when one is shown.
    var lowest: (name: String, mean: Double)?
    /// The peak-end verdict, nil when the test did not run.
    var verdict: PeakEndVerdict?
    /// The first action's title and its touchpoint's name, when the journey has actions.
    var firstAction: (title: String, touchpoint: String)?
    /// The top-ranked pain point's name, used when there is no action.
    var topPain: String?

    /// Derives the takeaway.
    init(_ findings: JourneyFindings, journey: Journey, plan: ActionPlan) {
        let names = Dictionary(journey.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if let id = findings.peakEnd.troughID, let t = findings.finding(for: id), !t.suppressed, let mean = t.mean {
            lowest = (names[id] ?? id, mean)
        }
        verdict = findings.peakEnd.test?.verdict
        // An action on a touchpoint that is not a pain point is not "the first thing to do" while pain points wait.
        if let first = plan.first, plan.groups.first?.painRank != nil || findings.rankedPains.isEmpty {
            firstAction = (TextSanitizer.displayText(first.action.title), first.touchpoint.name)
        }
        topPain = findings.rankedPains.first.map { names[$0.id] ?? $0.id }
    }

    /// The sentence in the report's language.
    func text(_ l: ReportLabels, scale: RatingScale, estimate: Bool) -> String {
        var parts: [String] = []
        if let lowest { parts.append(l.takeawayLowest(lowest.name, score: ReportLabels.two(lowest.mean), max: scale.max)) }
        parts.append(l.takeawayVerdict(verdict, estimate: estimate))
        var line = parts.joined(separator: l.t("；", "; "))
        if let firstAction {
            line += " → " + l.takeawayFirstAction(firstAction.title, touchpoint: firstAction.touchpoint)
        } else if verdict == .peakEnd {
            line += " → " + l.takeawayImproveLowAndEnd
        } else if let topPain {
            line += " → " + l.takeawayImprovePain(topPain)
        }
        return line
    }
}
