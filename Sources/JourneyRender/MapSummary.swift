import JourneyAnalysis
import JourneyModel

/// The plain-language summary written into the SVG `<desc>` for screen readers and search: what the
/// journey is, where it peaks, dips and ends, the remembered score, and the pain/pleasure/itch points.
public enum MapSummary {
    /// The summary text.
    public static func text(_ journey: Journey, findings: JourneyFindings, labels: MapLabels) -> String {
        let zh = labels.language == .zh
        let title = TextSanitizer.displayText(journey.title)
        let stages = journey.stages.count, touchpoints = journey.touchpoints.count
        func name(_ id: String?) -> String? {
            id.flatMap { journey.touchpoint(id: $0) }.map { TextSanitizer.displayText($0.name) }
        }
        func score(_ id: String?) -> String? {
            id.flatMap { findings.finding(for: $0)?.mean }.map(MapNumber.format)
        }
        var sentences: [String] = []
        let persona = journey.persona.map(TextSanitizer.displayText).flatMap { $0.isEmpty ? nil : $0 }
        let data = findings.source == .survey ? labels.surveyDataLine(findings)
            : findings.hasDrawableScores ? labels.estimateDataLine : labels.unratedDataLine
        if zh {
            sentences.append("\(title)：\(persona.map { $0 + "的" } ?? "")旅程地图，\(stages) 个阶段、\(touchpoints) 个触点，评分 \(journey.scale.rangeText)，\(data)。")
        } else {
            sentences.append("\(title): journey map\(persona.map { " of " + $0 } ?? ""), \(stages) stages, \(touchpoints) touchpoints, scale \(journey.scale.rangeText), \(data).")
        }
        let pe = findings.peakEnd
        var marks: [String] = []
        for (label, id) in [(labels.peak, pe.peakID), (labels.trough, pe.troughID), (labels.end, pe.endID)] {
            if let n = name(id), let s = score(id) { marks.append(zh ? "\(label)：\(n)（\(s)）" : "\(label): \(n) (\(s))") }
        }
        if !marks.isEmpty { sentences.append(marks.joined(separator: zh ? "；" : "; ") + (zh ? "。" : ".")) }
        if let remembered = pe.remembered, let mean = pe.mean {
            sentences.append(labels.rememberedLine(remembered, comparedWith: mean, perRespondent: findings.source == .survey) + (zh ? "，" : ", ") + labels.averageLine(mean, comparedWith: remembered) + (zh ? "。" : "."))
        }
        if let test = pe.test { sentences.append(labels.verdict(test)) }   // the verdict ends with its own full stop
        for findingClass in [FindingClass.pain, .pleasure, .itch] {
            let items = findings.touchpoints.filter { $0.findingClass == findingClass && !$0.suppressed }.compactMap { f -> String? in
                guard let n = name(f.id) else { return nil }
                if findingClass == .pain, let severity = f.severity { return "\(n) (\(labels.severity(severity)))" }
                return n
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
}
