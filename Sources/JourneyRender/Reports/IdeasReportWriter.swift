import JourneyAnalysis
import JourneyModel

/// Output formats of `journeymap ideas`.
public enum IdeasFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text for the terminal.
    case text
    /// Markdown to paste into a workshop page.
    case markdown
    /// JSON with ordered keys.
    case json
}

/// Writes the playbook ideas `IdeaSelector` picked for a journey, in the journey's (or the chosen) language.
public enum IdeasReportWriter {
    /// The report; deterministic for the same input.
    public static func render(_ journey: Journey, suggestions: [IdeaSuggestion], format: IdeasFormat,
                              language: JourneyLanguage? = nil) -> String {
        let lang = language ?? journey.language
        switch format {
        case .text: return text(journey, suggestions, lang)
        case .markdown: return markdown(journey, suggestions, lang)
        case .json: return json(journey, suggestions, lang).serialized() + "\n"
        }
    }

    /// "pain point ①, trough, MOT" for a suggestion.
    static func roleText(_ suggestion: IdeaSuggestion, _ lang: JourneyLanguage) -> String {
        suggestion.roles.map { role in
            role == .pain && suggestion.painRank != nil
                ? IdeasLabels.painRanked(suggestion.painRank!).text(in: lang)
                : IdeasLabels.role(role).text(in: lang)
        }.joined(separator: lang == .zh ? "、" : ", ")
    }

    private static func name(_ journey: Journey, _ id: String) -> String {
        TextSanitizer.displayText(journey.touchpoint(id: id)?.name ?? id)
    }

    private static func stageName(_ journey: Journey, _ id: String) -> String {
        let stageID = journey.stageID(ofTouchpoint: id)
        return TextSanitizer.displayText(journey.stages.first { $0.id == stageID }?.name ?? "")
    }

    private static func text(_ journey: Journey, _ suggestions: [IdeaSuggestion], _ lang: JourneyLanguage) -> String {
        var out = IdeasLabels.heading(TextSanitizer.displayText(journey.title)).text(in: lang) + "\n"
        if suggestions.isEmpty { return out + IdeasLabels.none.text(in: lang) + "\n" }
        for s in suggestions {
            let context = stageName(journey, s.touchpointID) + (lang == .zh ? "；" : "; ") + roleText(s, lang)
            out += "\n" + name(journey, s.touchpointID) + (lang == .zh ? "（\(context)）" : " (\(context))") + "\n"
            for idea in s.ideas {
                out += "  \(idea.id)  \(idea.text.text(in: lang))\n"
                out += "      " + IdeasLabels.why.text(in: lang) + idea.reason.text(in: lang) + "\n"
                out += "      " + IdeasLabels.source.text(in: lang) + idea.source + "\n"
            }
        }
        return out + "\n" + IdeasLabels.footer.text(in: lang) + "\n"
    }

    private static func markdown(_ journey: Journey, _ suggestions: [IdeaSuggestion], _ lang: JourneyLanguage) -> String {
        var out = "# " + MarkdownReportWriter.escape(IdeasLabels.heading(TextSanitizer.displayText(journey.title)).text(in: lang)) + "\n"
        if suggestions.isEmpty { return out + "\n" + IdeasLabels.none.text(in: lang) + "\n" }
        for s in suggestions {
            out += "\n## " + MarkdownReportWriter.escape(name(journey, s.touchpointID)) + "\n\n"
            out += "*" + MarkdownReportWriter.escape(stageName(journey, s.touchpointID)) + " · " + roleText(s, lang) + "*\n\n"
            for idea in s.ideas {
                out += "- **\(idea.id)** " + MarkdownReportWriter.escape(idea.text.text(in: lang)) + "  \n"
                out += "  " + IdeasLabels.why.text(in: lang) + MarkdownReportWriter.escape(idea.reason.text(in: lang)) + "  \n"
                out += "  " + IdeasLabels.source.text(in: lang) + MarkdownReportWriter.escape(idea.source) + "\n"
            }
        }
        return out + "\n" + IdeasLabels.footer.text(in: lang) + "\n"
    }

    private static func json(_ journey: Journey, _ suggestions: [IdeaSuggestion], _ lang: JourneyLanguage) -> JSONValue {
        .object([
            ("journey", .string(journey.title)),
            ("language", .string(lang.rawValue)),
            ("suggestions", .array(suggestions.map { s in
                .object([
                    ("touchpoint", .string(s.touchpointID)),
                    ("name", .string(journey.touchpoint(id: s.touchpointID)?.name ?? s.touchpointID)),
                    ("stage", .str(journey.stageID(ofTouchpoint: s.touchpointID))),
                    ("roles", .array(s.roles.map { .string($0.rawValue) })),
                    ("painRank", s.painRank.map(JSONValue.int) ?? .null),
                    ("ideas", .array(s.ideas.map { idea in
                        .object([("id", .string(idea.id)), ("when", .array(idea.when.map { .string($0.rawValue) })),
                                 ("text", .string(idea.text.text(in: lang))), ("reason", .string(idea.reason.text(in: lang))),
                                 ("source", .string(idea.source))])
                    })),
                ])
            })),
        ])
    }
}

/// The ideas report's own words, in both languages.
enum IdeasLabels {
    static func heading(_ title: String) -> LocalizedText {
        LocalizedText(en: "Peak-management ideas for \(title)", zh: "峰值管理行为建议：\(title)")
    }

    static func painRanked(_ rank: Int) -> LocalizedText {
        LocalizedText(en: "pain point #\(rank)", zh: "痛点 #\(rank)")
    }

    static func role(_ role: PlaybookTrigger) -> LocalizedText {
        switch role {
        case .pain: return LocalizedText(en: "pain point", zh: "痛点")
        case .trough: return LocalizedText(en: "lowest point", zh: "最低点")
        case .mot: return LocalizedText(en: "moment of truth", zh: "关键时刻")
        case .end: return LocalizedText(en: "the End", zh: "终点")
        case .itch: return LocalizedText(en: "itch point", zh: "痒点")
        }
    }

    static let why = LocalizedText(en: "Why: ", zh: "原因：")
    static let source = LocalizedText(en: "Source: ", zh: "出处：")
    static let none = LocalizedText(en: "No pain point, moment of truth or End to suggest ideas for (score the touchpoints first).",
                                    zh: "没有可给建议的痛点、关键时刻或终点（请先给触点打分）。")
    static let footer = LocalizedText(en: "Vote on an idea by its id like any other idea; add your own with --playbook FILE.",
                                      zh: "可像其他想法一样按 id 投票；用 --playbook FILE 加入自己的做法。")

    /// Every label, for the catalog test.
    static var all: [LocalizedText] {
        [heading("x"), painRanked(1), why, source, none, footer] + PlaybookTrigger.allCases.map(role)
    }
}
