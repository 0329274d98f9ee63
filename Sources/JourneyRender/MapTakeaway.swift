import JourneyAnalysis
import JourneyModel

/// The one line under the title that a room reads in ten seconds: where it hurts most, whether the overall rating
/// follows peak and end, and the first thing to do — from the analysis, in the journey's language.
///
/// Parts (each left out when the analysis has nothing to say): the lowest point with its score on the scale; the
/// verdict of the peak-end test (survey data only), or on a comparison map what the comparison shows
/// (`comparisonPart`); the first action — the action `journeymap plan` ranks first
/// (highest `ActionPriority`; "fix first" when it is at a pain point, else "first in the action plan"), else "improve
/// the lowest point and the ending" when the rating follows peak and end, else "start with" pain point ①.
public enum MapTakeaway {
    /// The takeaway, or nil when there is nothing to say (no scores, or a flat journey).
    /// `stageMean`: on a slide that plots one point per stage, the mean of the lowest point's stage, which the curve
    /// shows there; the takeaway gives it beside the touchpoint's own score, so the two numbers never clash.
    /// `namingPlace: false` gives the first action's pain rank instead of its place ("fix pain ② first: …", for a
    /// header too narrow for the whole line); `namingAction: false` also leaves out the action's title, which its card
    /// on the map gives ("fix pain ① first"; the pain's card carries it), for a header too narrow even for that; nil when
    /// the first action is not at a ranked pain point (its card may not be on a slide). Both short forms shorten a
    /// comparison's touchpoint name (`shortName`).
    /// `stageDeltas`: on such a slide of a comparison, by touchpoint id, the Δ its stage's band shows, which the
    /// comparison's part gives beside the touchpoint's own ("（Δ +1.6；所在阶段 Δ +0.6）"), as the lowest point's part
    /// does with its stage mean.
    public static func text(_ journey: Journey, findings: JourneyFindings, language: JourneyLanguage? = nil,
                            stageMean: Double? = nil, stageDeltas: [String: Double]? = nil,
                            namingPlace: Bool = true, namingAction: Bool = true) -> String? {
        let zh = (language ?? journey.language) == .zh
        func pick(_ a: String, _ b: String) -> String { zh ? a : b }
        func name(_ id: String) -> String? { journey.touchpoint(id: id).map { TextSanitizer.displayText($0.name) } }
        var parts: [String] = []
        if let trough = findings.peakEnd.troughID, let value = findings.finding(for: trough)?.mean, let troughName = name(trough) {
            func shown(_ value: Double) -> String { MapNumber.score(value, source: findings.source) }
            let score = shown(value)
            let stage = stageMean.map { pick("；所在阶段均值 \(shown($0))", "; its stage's mean \(shown($0))") } ?? ""
            // "2.0/7" (a print sheet is numbered in words, "第 1 页，共 4 页", so the two never look alike)
            parts.append(pick("最低点在「\(troughName)」（\(score)/\(journey.scale.max)\(stage)）",
                              "Lowest point: \(troughName) (\(score)/\(journey.scale.max)\(stage))"))
        }
        // A comparison map's story is the difference it draws: it takes the verdict's place (the box keeps the verdict;
        // third review: the compare and waves slides' takeaways were the single map's, word for word).
        // (a shorter form, for a header without room for the whole line, shortens the compared touchpoint's name)
        let difference = findings.comparison.flatMap {
            comparisonPart($0, name: namingPlace ? name : { name($0).map(Self.shortName) }, zh: zh, stageDeltas: stageDeltas)
        }
        if let difference { parts.append(difference) }
        let verdict = difference == nil ? findings.peakEnd.test?.verdict : nil
        // A verdict whose model explains under 9 % of the rating's spread (r < 0.3) is not a "follows" (review 8: the
        // waves map said "跟随平均体验" at mean r = 0.19): the takeaway says the link is weak; the box keeps the figures.
        let weak = findings.peakEnd.test.map(Self.isWeak) ?? false
        switch verdict {
        case .peakEnd? where weak, .average? where weak:
            parts.append(pick("总体评价与各触点只弱相关", "the overall rating barely tracks the touchpoints"))
        case .peakEnd?: parts.append(pick("总体评价跟随峰终", "the overall rating follows the most intense moment and the end"))
        case .average?: parts.append(pick("总体评价跟随平均体验", "the overall rating follows the average experience"))
        default: break
        }
        guard !parts.isEmpty else { return nil }
        let head = parts.joined(separator: pick("；", "; "))
        let top = findings.rankedPains.first
        let first = firstAction(journey, findings: findings)
        let step: String?
        // "→" reads as "this fixes the lowest point": a first action anywhere else follows a semicolon instead
        // (review 8, workshop-demo wide and slide; the second slide review: "Lowest point: Handle an abusive caller
        // → fix pain ② first" had the room ask why ② when the lowest point is ①)
        var joiner = " → "
        // (and after a comparison's difference, which the arrow would read as the action's reason)
        if difference != nil || first.map({ $0.1.id != findings.peakEnd.troughID }) == true { joiner = pick("；", "; ") }
        if let (action, t) = first {
            let title = TextSanitizer.displayText(action.title), place = TextSanitizer.displayText(t.name)
            // An action the plan ranks first at a touchpoint that is not a pain point (its votes put it there) is
            // not a fix: the takeaway says it is the plan's first, so it never recommends fixing what the map says
            // is not a problem.
            let fixesAPain = findings.finding(for: t.id)?.findingClass == .pain
            let rank = findings.painRanks[t.id].map(MapNumber.circled)
            // Not pain ①'s action: its votes say why it comes first (review 8: "fix pain ② first" beside a severity-100
            // pain ① read as a contradiction; the plan weighs the votes with the pain's rank).
            let votes = top?.id == t.id ? "" : action.votes.map { pick("（\($0) 票）", $0 == 1 ? " (1 vote)" : " (\($0) votes)") } ?? ""
            if !namingAction {
                guard fixesAPain, let rank else { return nil }
                return head + joiner + pick("先做痛点\(rank)\(votes)", "fix pain \(rank) first\(votes)")
            }
            // the touchpoint is named only when it is not the lowest point already named
            if !fixesAPain {
                step = namingPlace ? pick("行动计划第一项\(votes)：\(title)（在「\(place)」）", "first in the action plan\(votes): \(title) (at \(MapLabels.quoted(place)))")
                                   : pick("行动计划第一项\(votes)：\(title)", "first in the action plan\(votes): \(title)")
            } else if t.id == findings.peakEnd.troughID {
                step = pick("先做：\(title)", "fix first: \(title)")
            } else if !namingPlace {
                // short of room for the place: the pain's rank, which the map draws on the curve and the pill, so
                // the action never reads as the fix for the lowest point named before it (review 7: "Lowest point:
                // Handle an abusive caller → fix first: Raise the agent goodwill limit", which is pain ②'s)
                step = rank.map { pick("先做痛点\($0)\(votes)：\(title)", "fix pain \($0) first\(votes): \(title)") }
                    ?? pick("行动计划第一项\(votes)：\(title)", "first in the action plan\(votes): \(title)")
            } else {
                // the place named, so an action for another touchpoint never reads as one for the lowest point
                step = pick("先在「\(place)」做\(votes)：\(title)", "fix first\(votes): \(title) (at \(MapLabels.quoted(place)))")
            }
        } else if verdict == .peakEnd {
            step = pick("先改善最低点和结尾", "improve the lowest point and the ending first")
        } else if let top, let topName = name(top.id) {
            step = pick("先改善痛点①「\(topName)」", "start with pain point ① \(topName)")
        } else {
            step = nil
        }
        return step.map { head + joiner + $0 } ?? head
    }

    /// The first thing to do: the action `journeymap plan` lists first — the highest `ActionPriority` P, which already
    /// weighs the pain rank with the votes and the impact for the effort — so the headline and the plan never disagree.
    static func firstAction(_ journey: Journey, findings: JourneyFindings) -> (JourneyAction, Touchpoint)? {
        ActionRanking(journey, findings: findings).entries.lazy.compactMap { entry -> (JourneyAction, Touchpoint)? in
            guard !TextSanitizer.displayText(entry.action.title).isEmpty, let t = journey.touchpoint(id: entry.touchpointID) else { return nil }
            return (entry.action, t)
        }.first
    }

    /// A verdict whose model explains under 9 % of the overall rating's spread (r < 0.3): the takeaway and the box's
    /// verdict both call the link weak rather than say the rating "follows" anything.
    static func isWeak(_ test: PeakEndTest) -> Bool { test.verdictR2 < 0.09 }

    /// What a comparison map shows, in a few words, with the Δ its Δ row prints there (this journey or wave minus the
    /// other, from the unrounded scores): waves with the test name the largest change beyond the noise, or say there
    /// is none; otherwise the largest difference ("差距最大在「开通系统账号」（Δ −2.8）"). Nil when no touchpoint has a Δ.
    static func comparisonPart(_ comparison: JourneyComparison, name: (String) -> String?, zh: Bool,
                               stageDeltas: [String: Double]? = nil) -> String? {
        func pick(_ a: String, _ b: String) -> String { zh ? a : b }
        let rows = comparison.touchpoints.filter { $0.delta != nil && name($0.id) != nil }
        func largest(_ rows: [TouchpointComparison]) -> (String, String)? {
            // (`max(by:)` keeps the first of equals, in journey order; on a stage slide the stage's Δ follows)
            rows.max { abs($0.delta!) < abs($1.delta!) }.map { row in
                let stage = stageDeltas?[row.id].map { pick("；所在阶段 Δ \(MapNumber.signedDelta($0))", "; its stage's Δ \(MapNumber.signedDelta($0))") } ?? ""
                return (name(row.id)!, MapNumber.signedDelta(row.delta!) + stage)
            }
        }
        if comparison.kind == .waves, comparison.tested {
            guard !rows.isEmpty else { return nil }
            guard let (place, delta) = largest(rows.filter { $0.significant == true }) else {
                return pick("与基线相比没有超出随机波动的变化", "no change beyond the noise since the baseline")
            }
            return pick("超出随机波动的最大变化在「\(place)」（Δ \(delta)）", "largest change beyond the noise: \(place) (Δ \(delta))")
        }
        guard let (place, delta) = largest(rows) else { return nil }
        return comparison.kind == .waves ? pick("变化最大在「\(place)」（Δ \(delta)）", "largest change: \(place) (Δ \(delta))")
                                         : pick("差距最大在「\(place)」（Δ \(delta)）", "largest gap: \(place) (Δ \(delta))")
    }

    /// A long touchpoint name cut to its first words for a short takeaway: four Latin words or eight other characters,
    /// then "…" ("Wait for a supervisor…"), as a cut stage card shows it.
    static func shortName(_ name: String) -> String {
        if name.contains(where: TextWrapper.isIdeographic) { return name.count > 9 ? String(name.prefix(8)) + "…" : name }
        let words = name.split(separator: " ")
        return words.count > 5 ? words.prefix(4).joined(separator: " ") + "…" : name
    }
}
