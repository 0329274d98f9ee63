import Foundation
import JourneyAnalysis
import JourneyModel

/// Writes a journey as a Mermaid `journey` diagram (https://mermaid.js.org/syntax/userJourney.html): stages become
/// sections, touchpoints tasks with a 1–5 score and their actors.
///
/// Scores: Mermaid draws every task on 1–5, so a score s on the journey's scale [min, max] becomes
/// m = round(1 + 4 · (s − min) / (max − min)), halves rounded up (Docs/Mermaid.md). The score is the survey mean when
/// the findings have one, else the workshop estimate; a touchpoint with neither is drawn at the scale's neutral point
/// and named in a `%%` comment.
public enum MermaidWriter {
    /// The diagram text, one statement per line, ending in a newline.
    public static func text(_ journey: Journey, findings: JourneyFindings? = nil) -> String {
        var lines = ["journey", "    title " + title(journey.title)]
        if let description = journey.description, !description.isEmpty {
            lines.append("    accDescr: " + oneLine(description))
        }
        let means = Dictionary((findings?.touchpoints ?? []).compactMap { f in f.mean.map { (f.id, $0) } },
                               uniquingKeysWith: { first, _ in first })
        var unscored: [String] = []
        for stage in journey.stages {
            lines.append("    section " + sectionName(stage.name))
            for tp in stage.touchpoints {
                let value = means[tp.id] ?? tp.score
                if value == nil { unscored.append(tp.id) }
                let score = mermaidScore(value ?? journey.scale.neutral, on: journey.scale)
                let actors = tp.actors.map(actorName).filter { !$0.isEmpty }
                lines.append("      " + taskName(tp.name) + ": \(score)" + (actors.isEmpty ? "" : ": " + actors.joined(separator: ", ")))
            }
        }
        if !unscored.isEmpty {
            lines.append("%% not scored, drawn at the neutral point: " + unscored.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// m = round(1 + 4 · (s − min) / (max − min)), halves away from zero, clamped to 1–5.
    public static func mermaidScore(_ score: Double, on scale: RatingScale) -> Int {
        let span = Double(scale.max - scale.min)
        let mapped = span > 0 ? 1 + 4 * (score - Double(scale.min)) / span : 3
        return Swift.min(5, Swift.max(1, Int(mapped.rounded(.toNearestOrAwayFromZero))))
    }

    // MARK: - Escaping

    /// Characters Mermaid's journey lexer cannot take in a name, replaced by their full-width forms: `:` ends a task
    /// name, `#` starts a comment, `;` is no token, `,` separates actors.
    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [":": "\u{FF1A}", "#": "\u{FF03}", ";": "\u{FF1B}", ",": "\u{FF0C}"]

    /// A task name: `:`, `#`, `;` and `%%` replaced, line breaks folded to spaces, a leading keyword defused.
    static func taskName(_ name: String) -> String {
        defusingKeyword(replacing(oneLine(name), [":", "#", ";"]))
    }

    /// A section name: as a task name, but line breaks written as `<br>` (Mermaid draws them as breaks).
    static func sectionName(_ name: String) -> String {
        let lines = name.split(separator: "\n", omittingEmptySubsequences: true).map { replacing(String($0), [":", "#", ";"]) }
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "<br>")
    }

    /// An actor: `,` also replaced, since actors are split on it.
    static func actorName(_ name: String) -> String {
        replacing(oneLine(name), [":", "#", ";", ","]).trimmingCharacters(in: .whitespaces)
    }

    /// The title may hold `:` (its rule is `"title"\s[^#\n;]+`).
    static func title(_ text: String) -> String {
        let cleaned = replacing(oneLine(text), ["#", ";"])
        return cleaned.isEmpty ? "-" : cleaned
    }

    private static func replacing(_ text: String, _ characters: Set<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(characters.contains(scalar) ? fullWidth[scalar]! : scalar)
        }
        // `x%%` at the start of a task is skipped as a comment by the rule [^\}]\%\%[^\n]*.
        return String(out).replacingOccurrences(of: "%%", with: "%\u{FF05}")
    }

    /// A task whose name starts with `journey`, `title `, `section ` or `accDescr {` would be read as that keyword;
    /// a zero-width space in front keeps it a task name (the importer drops it again).
    static func defusingKeyword(_ name: String) -> String {
        let lower = name.lowercased()
        let startsWithKeyword = lower.hasPrefix("journey")
            || ["title", "section"].contains { lower.hasPrefix($0) && lower.dropFirst($0.count).first?.isWhitespace == true }
            || (lower.hasPrefix("accdescr") && lower.dropFirst(8).drop(while: \.isWhitespace).first == "{")
        return startsWithKeyword ? "\u{200B}" + name : name
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }
}
