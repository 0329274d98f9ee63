/// Writes a journey as a journey file (format version 1) that `JourneyLoader` reads back to the same content: the
/// keys `version`, `title`, `persona`, `description`, `language`, `scale`, then stages with their touchpoints' `id`,
/// `name`, `description`, `actors`, `channel`, `mot`, `score`, `importance`, `wish`, `quotes` and `question`.
///
/// Used for files the tool creates from other formats (`import-mermaid`); survey bindings and actions are not written.
public enum JourneyYAMLWriter {
    /// The YAML text, starting with `header` as comment lines.
    public static func text(_ journey: Journey, header: [String] = []) -> String {
        var out = header.map { "# " + oneLine($0) + "\n" }.joined()
        out += "version: 1\n"
        out += "title: \(scalar(journey.title))\n"
        if let persona = journey.persona { out += "persona: \(scalar(persona))\n" }
        if let description = journey.description { out += "description: \(scalar(description))\n" }
        out += "language: \(journey.language.rawValue)\n"
        let scale = journey.scale
        let neutral = scale.neutral == Double(scale.min + scale.max) / 2 ? "" : ", neutral: \(number(scale.neutral))"
        out += "scale: {min: \(scale.min), max: \(scale.max)\(neutral)}\n"
        out += "\nstages:\n"
        for stage in journey.stages {
            out += "  - id: \(scalar(stage.id))\n"
            out += "    name: \(scalar(stage.name))\n"
            if let description = stage.description { out += "    description: \(scalar(description))\n" }
            out += "    touchpoints:\n"
            for tp in stage.touchpoints {
                out += "      - id: \(scalar(tp.id))\n"
                out += "        name: \(scalar(tp.name))\n"
                if let description = tp.description { out += "        description: \(scalar(description))\n" }
                if !tp.actors.isEmpty { out += "        actors: [\(tp.actors.map(scalar).joined(separator: ", "))]\n" }
                if let channel = tp.channel { out += "        channel: \(scalar(channel))\n" }
                if tp.isMOT { out += "        mot: true\n" }
                if let score = tp.score { out += "        score: \(number(score))\n" }
                if let importance = tp.importance { out += "        importance: \(number(importance))\n" }
                if let wish = tp.wish { out += "        wish: \(number(wish))\n" }
                if !tp.quotes.isEmpty {
                    out += "        quotes:\n" + tp.quotes.map { "          - \(scalar($0))\n" }.joined()
                }
                if let question = tp.question { out += "        question: \(scalar(question))\n" }
            }
        }
        return out
    }

    /// A YAML scalar for `text`: plain when that reads back as the same string, else double-quoted with escapes.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// A double-quoted YAML scalar (every control character, `"` and `\` escaped).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Plain scalars are kept to a conservative set: no leading indicator, no `: ` or ` #`, no flow characters, no
    /// leading or trailing space, and nothing YAML would read as a number, boolean or null.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                || scalar.value == 0x2028 || scalar.value == 0x2029 { return false }
            if ",[]{}\"'\\".unicodeScalars.contains(scalar) { return false }
        }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        let lower = text.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) { return false }
        if Double(text) != nil || lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix(".") { return false }
        if text.first?.isNumber == true || text.first == "+" { return false }
        return true
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
