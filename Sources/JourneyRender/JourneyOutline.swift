import JourneyAnalysis
import JourneyModel

/// A terminal outline of a journey: stages, touchpoints with MOT marks and scores, and a sparkline.
public enum JourneyOutline {
    /// Eight block heights, lowest first, for the sparkline.
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The outline as text; `color` adds ANSI colours for a terminal.
    public static func render(_ journey: Journey, findings: JourneyFindings, color: Bool) -> String {
        let labels = MapLabels(journey.language)
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var out = paint(journey.title, "1") + "\n"
        if let persona = journey.persona { out += persona + "\n" }
        let scores = journey.touchpoints.map(\.score)
        out += "\(labels.outlineScale) \(journey.scale.rangeText) · \(sparkline(scores, scale: journey.scale))\n"
        for (stageIndex, stage) in journey.stages.enumerated() {
            out += "\n" + paint("\(stageIndex + 1). \(stage.name)", "1;34") + "\n"
            for tp in stage.touchpoints {
                let finding = findings.finding(for: tp.id)
                let mark = tp.isMOT ? paint("★", "33") : " "
                let score = tp.score.map { formatScore($0) } ?? "–"
                var line = "  \(mark) \(tp.name)  [\(tp.id)]  \(score)"
                if let finding, finding.findingClass != .neutral {
                    let label = labels.classLabel(finding.findingClass)
                    line += "  " + paint(label, finding.findingClass == .pain ? "31" : finding.findingClass == .pleasure ? "32" : "35")
                }
                out += line + "\n"
            }
        }
        if findings.peakEnd.remembered != nil, let mean = findings.peakEnd.mean, let remembered = findings.peakEnd.remembered {
            out += "\n\(labels.outlineRemembered) \(formatScore(remembered)) · \(labels.outlineAverage) \(formatScore(mean)) (\(labels.estimateDataLine))\n"
        }
        return out
    }

    /// One block per touchpoint scaled from the scale's minimum to its maximum; a gap (space) when unrated.
    public static func sparkline(_ scores: [Double?], scale: RatingScale) -> String {
        String(scores.map { score -> Character in
            guard let score else { return " " }
            let fraction = (score - Double(scale.min)) / Double(scale.max - scale.min)
            let index = Int((fraction * Double(blocks.count - 1)).rounded())
            return blocks[min(max(index, 0), blocks.count - 1)]
        })
    }

    static func formatScore(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
