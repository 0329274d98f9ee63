import JourneyAnalysis
import JourneyModel

/// The plain-language summary written into the SVG `<desc>` for screen readers and search: what the
/// journey is, where it peaks, dips and ends, the remembered score, and the pain/pleasure/itch points — of what
/// this page shows, with the numbers as the page prints them.
public enum MapSummary {
    /// What a page shows, so its `<desc>` says the same (a slide's stage curve, a print sheet's lanes).
    struct View {
        /// The touchpoints whose finding pill is drawn; nil for all.
        var pills: Set<String>? = nil
        /// Whether the curve (and its callouts) is on the page.
        var curve = true
        /// Whether the peak-end box has its verdict note.
        var verdict = true
        /// How many touchpoints a stage curve summarises (0: the points are touchpoints).
        var summarized = 0
        /// The pain ranks the page draws (a stage curve's: those of the whole journey); nil for the findings' own.
        var ranks: [String: Int]? = nil
        /// A stage curve's other ranks its pills draw, by stage point id ("①③": ③ is inside ①'s stage).
        var companions: [String: [Int]] = [:]
        /// The touchpoint scores of (most intense + end)/2 when the findings are a stage curve's; nil for the findings' own.
        var peakEndTerms: RenderOptions.PeakEndTerms? = nil
    }

    /// The summary text of a whole map.
    public static func text(_ journey: Journey, findings: JourneyFindings, labels: MapLabels) -> String {
        text(journey, findings: findings, labels: labels, view: View())
    }

    /// The summary text of what a page shows.
    static func text(_ journey: Journey, findings: JourneyFindings, labels: MapLabels, view: View) -> String {
        let zh = labels.language == .zh
        let title = TextSanitizer.displayText(journey.title)
        let stages = journey.stages.count, touchpoints = journey.touchpoints.count
        let stageCurve = view.summarized > 0
        // (looked up by id: a 200-touchpoint journey asks for hundreds of names)
        let touchpointNames = Dictionary(journey.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        /// A point's name: the touchpoint's, or on a stage curve its stage's.
        func name(_ id: String?) -> String? {
            guard let id else { return nil }
            if stageCurve { return journey.stages.first { $0.touchpoints.contains { $0.id == id } }.map { TextSanitizer.displayText($0.name) } }
            return touchpointNames[id].map(TextSanitizer.displayText)
        }
        /// The score as the map prints it beside the point.
        func score(_ id: String?) -> String? {
            id.flatMap { findings.finding(for: $0) }.flatMap { $0.suppressed ? nil : $0.mean }
                .map { MapNumber.score($0, source: findings.source) }
        }
        var sentences: [String] = []
        let persona = journey.persona.map(TextSanitizer.displayText).flatMap { $0.isEmpty ? nil : $0 }
        let data = findings.source == .survey ? labels.surveyDataLine(findings)
            : findings.hasDrawableScores ? labels.estimateDataLine : labels.unratedDataLine
        if zh {
            let points = stageCurve ? "每个点是一个阶段的平均分（共 \(view.summarized) 个触点）" : "\(touchpoints) 个触点"
            sentences.append("\(title)：\(persona.map { $0 + "的" } ?? "")旅程地图，\(stages) 个阶段、\(points)，评分 \(journey.scale.rangeText)，\(data)。")
        } else {
            let points = stageCurve ? "one point per stage, the mean of its touchpoints (\(view.summarized) in all)" : "\(touchpoints) touchpoints"
            sentences.append("\(title): journey map\(persona.map { " of " + $0 } ?? ""), \(stages) stages, \(points), scale \(journey.scale.rangeText), \(data).")
        }
        let pe = findings.peakEnd
        if view.curve {
            // The callouts, in journey order, named as they are on the map.
            var marks: [String] = []
            for point in journey.touchpoints {
                let names = MapLayoutEngine.calloutMarks(point.id, pe, labels: labels, stageCurve: stageCurve).names
                guard !names.isEmpty, let n = name(point.id), let s = score(point.id) else { continue }
                let label = names.joined(separator: " · ")
                marks.append(zh ? "\(label)：\(n)（\(s)）" : "\(label): \(n) (\(s))")
            }
            if !marks.isEmpty { sentences.append(marks.joined(separator: zh ? "；" : "; ") + (zh ? "。" : ".")) }
        }
        if let remembered = pe.remembered, let mean = pe.mean {
            let figures = view.peakEndTerms ?? findings.peakEndScores
            let line = labels.rememberedLine(remembered, comparedWith: mean, perRespondent: findings.source == .survey,
                                             peak: figures.peak, end: figures.end)
                .replacingOccurrences(of: "\u{00A0}", with: " ")   // the box's no-break glue, plain in the description
            sentences.append(line + (zh ? "，" : ", ") + labels.averageLine(mean, comparedWith: remembered, perRespondent: findings.source == .survey) + (zh ? "。" : "."))
        }
        if view.verdict, let test = pe.test { sentences.append(labels.verdict(test)) }   // the verdict ends with its own full stop
        let ranks = view.ranks ?? findings.painRanks
        for findingClass in [FindingClass.pain, .pleasure, .itch] {
            let items = findings.touchpoints.filter { f in
                f.findingClass == findingClass && !f.suppressed && (view.pills?.contains(f.id) ?? true)
            }.compactMap { f -> String? in
                guard let n = name(f.id) else { return nil }
                guard findingClass == .pain else { return n }
                let rank = ranks[f.id].map { MapNumber.circled([$0] + view.companions[f.id, default: []]) } ?? ""
                return rank + n + (f.severity.map { " (\(labels.severity($0)))" } ?? "")
            }
            if !items.isEmpty {
                sentences.append(labels.pill(findingClass) + (zh ? "：" : ": ") + items.joined(separator: zh ? "、" : ", ") + (zh ? "。" : "."))
            }
        }
        let declared = findings.touchpoints.filter(\.mot.declared).compactMap { name($0.id) }
        if !declared.isEmpty { sentences.append(labels.legendMOT + (zh ? "：" : ": ") + declared.joined(separator: zh ? "、" : ", ") + (zh ? "。" : ".")) }
        let suggested = findings.touchpoints.filter { $0.mot.suggested && !$0.mot.declared }.compactMap { name($0.id) }
        if !suggested.isEmpty { sentences.append(labels.legendSuggested(isSurvey: findings.source == .survey) + (zh ? "：" : ": ") + suggested.joined(separator: zh ? "、" : ", ") + (zh ? "。" : ".")) }
        return sentences.joined(separator: zh ? "" : " ")
    }
}

extension JourneyFindings {
    /// Whether any touchpoint has a score the map may show (rated and not withheld); the header's data line,
    /// the `<desc>` summary and the footnotes all decide by this one rule.
    var hasDrawableScores: Bool { touchpoints.contains { $0.mean != nil && !$0.suppressed } }

    /// The scores of the most intense touchpoint and of the End, the two terms of (peak + end)/2 as the curve
    /// draws them (nil where a term is missing).
    var peakEndScores: RenderOptions.PeakEndTerms {
        .init(peak: peakEnd.peakID.flatMap { finding(for: $0)?.mean }, end: peakEnd.endID.flatMap { finding(for: $0)?.mean },
              peakID: peakEnd.peakID, endID: peakEnd.endID)
    }
}
