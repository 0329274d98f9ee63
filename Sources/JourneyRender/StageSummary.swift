import JourneyAnalysis
import JourneyModel

/// A slide's view of a long journey: one point per stage, the mean of its touchpoints' plotted scores, so the
/// curve keeps its shape and the text keeps its size instead of 40 columns shrinking below readability.
///
/// Each stage becomes one column whose card says it is a stage mean over N touchpoints and names the stage's
/// most urgent pain point; the stage's finding is that pain point's (severity and rank follow it), else its best
/// pleasure point's; peak, trough and End move to the stage that holds them; the stage column carries the pain
/// point carries every action of its stage, in the order of the whole journey's action plan (`ActionRanking`), so
/// its card shows the stage's first and counts the rest. Means of means are unweighted: every touchpoint counts once.
enum StageSummary {
    /// The summarised journey and findings, and each stage point's pain rank: the rank of the pain point it leads
    /// with in the whole journey (`JourneyFindings.painRanks`), so a slide numbers its pains as the wide map does.
    /// `companions`: by stage point id, each pain rank the stage holds besides the one it leads with, in rank order,
    /// for its pill ("①③") and, where the pill has no room, the slide's footnote ("③ 在「区域主管审批」内").
    /// `scores`: each stage card's trailing score (" (2.4)"), which a cut card keeps
    /// (`TextWrapper.wrap(_:width:font:maxLines:keepingTail:)`).
    /// `namesEnd`: whether a card names the End ("终点：…"; the footnote says so).
    static func summarize(_ journey: Journey, findings: JourneyFindings, labels: MapLabels)
        -> (journey: Journey, findings: JourneyFindings, ranks: [String: Int], companions: [String: [Int]], scores: [String: String],
            namesEnd: Bool) {
        var summary = journey
        var out = findings
        out.touchpoints = []
        let wholeRanks = findings.painRanks
        var ranks: [String: Int] = [:]
        var scores: [String: String] = [:]
        var companions: [String: [Int]] = [:]
        var namesEnd = false
        let plan = ActionRanking(journey, findings: findings).entries
        summary.stages = journey.stages.enumerated().compactMap { index, stage in
            guard !stage.touchpoints.isEmpty else { return nil }
            let id = "stage-mean-\(index + 1)"
            let members = stage.touchpoints.compactMap { findings.finding(for: $0.id) }
            let values = members.filter { !$0.suppressed }.compactMap(\.mean)
            let pain = findings.rankedPains.first { f in stage.touchpoints.contains { $0.id == f.id } }
            let pleasure = members.filter { $0.findingClass == .pleasure && !$0.suppressed }.max { ($0.mean ?? 0) < ($1.mean ?? 0) }
            let lead = pain ?? pleasure
            // No MOT badge on a stage card: it names one touchpoint, and the stage's MOT may be another one.
            var finding = TouchpointFinding(id: id, stageID: stage.id, mot: MOTAssessment(declared: false))
            finding.mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
            if let pain, let rank = wholeRanks[pain.id] {
                ranks[id] = rank
                let others = stage.touchpoints.filter { $0.id != pain.id }.compactMap { wholeRanks[$0.id] }.sorted()
                if !others.isEmpty { companions[id] = others }
            }
            if let lead {
                finding.findingClass = lead.findingClass
                finding.severity = lead.severity
                finding.b2b = lead.b2b
            }
            out.touchpoints.append(finding)
            let stageIDs = Set(stage.touchpoints.map(\.id))
            let actions = plan.filter { stageIDs.contains($0.touchpointID) }.map(\.action)
            // The card names the lead, else (a stage without a pain or pleasure point) the touchpoint farthest from
            // neutral — never only "stage mean" — with that touchpoint's own score: the point shows the stage mean.
            // (as shown, to the card's decimals; of two that show the same score, the one the header's box names, its
            // most intense moment or its End: the third review's waves slide named 班组互助群答疑 5.5 in the card and
            // 转正答辩与面谈 5.5 in the box, 5.493 and 5.486 unrounded)
            let moments = Set([findings.peakEnd.peakID, findings.peakEnd.endID].compactMap { $0 })
            func distance(_ f: TouchpointFinding) -> (Double, Int) {
                let shown = Double(MapNumber.score(f.mean!, source: findings.source)) ?? f.mean!
                return (abs(shown - journey.scale.neutral), moments.contains(f.id) ? 1 : 0)
            }
            let extreme = lead == nil ? members.filter { !$0.suppressed && $0.mean != nil }
                .max { distance($0) < distance($1) } : nil
            // The stage that ends the journey names its End when no pain point leads it: the header's box quotes the
            // End's score ("终点 2.5"), and the room must find it (the fourth review: the complaint slide's last card
            // named its pleasure point, 5, and 结案与复盘 2.5 was nowhere). A pain point keeps the card: it is ranked.
            let end = pain == nil ? findings.peakEnd.endID.flatMap { id in
                members.first { $0.id == id && $0.id != lead?.id && !$0.suppressed && $0.mean != nil } } : nil
            let named = end ?? lead ?? extreme
            let namedName = named.flatMap { f in stage.touchpoints.first { $0.id == f.id }?.name }
            let score = named.flatMap { $0.suppressed ? nil : $0.mean }.map { MapNumber.score($0, source: findings.source) }
            if let score, namedName != nil { scores[id] = labels.stageCardScore(score) }
            let name: String
            if end != nil, let namedName {
                name = labels.stageEnd(namedName, score: score)
                namesEnd = true
            } else if let extreme, let namedName {
                name = labels.stageExtreme(namedName, low: extreme.mean! < journey.scale.neutral, score: score)
            } else {
                name = labels.stageMean(count: stage.touchpoints.count, lead: namedName, pain: pain != nil, score: score)
            }
            let point = Touchpoint(id: id, name: name,
                                   isMOT: finding.mot.declared, score: finding.mean, actions: actions)
            return Stage(id: stage.id, name: stage.name, touchpoints: [point])
        }
        // The marks name the points the slide plots (stage means), so "highest" is never a point below another. No
        // stage mean is called the most intense moment: the header's remembered score takes that from the
        // touchpoints (each person's own), and a stage's mean is nobody's moment.
        let marks = EstimateAnalyzer.peakEnd(out.touchpoints, neutral: journey.scale.neutral)
        out.peakEnd.peakID = nil
        out.peakEnd.bestID = marks.bestID
        out.peakEnd.troughID = marks.troughID
        out.peakEnd.endID = marks.endID
        return (summary, out, ranks, companions, scores, namesEnd)
    }
}
