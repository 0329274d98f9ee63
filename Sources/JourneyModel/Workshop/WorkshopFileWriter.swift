import Foundation

/// Writes a `WorkshopFile` as YAML text: a header comment in both languages, `version: 1`, then one block per idea
/// with its keys in a fixed order and every text double-quoted and escaped, so the same ideas always give the same
/// bytes and no user text can change the YAML's structure.
public enum WorkshopFileWriter {
    /// The sidecar's text (UTF-8, LF line ends, ending in a newline).
    public static func text(_ file: WorkshopFile) -> String {
        var out = """
            # Workshop ideas and dot votes for \(comment(file.journey)), written by `journeymap votes`\(file.sheet.map { " from \(comment($0))" } ?? "").
            # 工作坊想法与投票，由 `journeymap votes` 生成。Re-run `journeymap votes` to update it; the journey file is never changed.
            version: \(file.version)
            journey: \(quoted(file.journey))

            """
        if let sheet = file.sheet { out += "sheet: \(quoted(sheet))\n" }
        if file.ideas.isEmpty { return out + "ideas: []\n" }
        out += "ideas:\n"
        for idea in file.ideas {
            out += "  - touchpoint: \(quoted(idea.touchpoint))\n"
            out += "    idea: \(quoted(idea.title))\n"
            out += "    votes: \(idea.votes)\n"
            if let owner = idea.owner { out += "    owner: \(quoted(owner))\n" }
            if let impact = idea.impact { out += "    impact: \(impact)\n" }
            if let effort = idea.effort { out += "    effort: \(effort)\n" }
            if let due = idea.due { out += "    due: \(due)\n" }
            if let id = idea.playbookID { out += "    playbook: \(quoted(id))\n" }
        }
        return out
    }

    /// A YAML double-quoted scalar: `\` and `"` escaped, control characters (and U+2028/2029, NEL) as `\uXXXX`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028
                    || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A file name for the header comment: line breaks removed so it stays one comment line.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{2028}" && $0 != "\u{2029}" && $0 != "\u{85}" }))
    }
}
