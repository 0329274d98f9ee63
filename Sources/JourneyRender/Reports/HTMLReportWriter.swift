import Foundation
import JourneyAnalysis
import JourneyModel

/// The `--format html` brief: one self-contained HTML file to share — the takeaway, the map as inline SVG, the
/// report's sections (the same `ReportDocument` as the text and Markdown reports, so numbers and order are
/// identical), a touchpoint statistics table, the action plan in `journeymap plan`'s priority order and a privacy note.
///
/// Self-contained and inert: inline `<style>` only, no `<script>`, no external URL (the only URIs are the SVG
/// namespace names), a Content-Security-Policy that forbids every fetch, every user string escaped. Deterministic
/// bytes for the same input.
public enum HTMLReportWriter {
    /// The Content-Security-Policy of the brief: nothing may be fetched or run; inline styles and data: images only.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// The HTML document, ending in a newline. The map is drawn with `map`'s theme and size (the `render`
    /// command's defaults unless given) in the journey's language.
    public static func write(_ findings: JourneyFindings, journey: Journey, map: RenderOptions = RenderOptions()) -> String {
        let doc = ReportDocument(findings, journey: journey)
        let l = ReportLabels(journey.language)
        let ranking = ActionRanking(journey, findings: findings)
        let e = HTMLText.escape
        var out = """
        <!DOCTYPE html>
        <html lang="\(l.htmlLanguage)">
        <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="journeymap" />
        <title>\(e(doc.title))</title>
        <style>
        \(BriefStyle.css)</style>
        </head>
        <body>
        <header>
        <h1>\(e(doc.title))</h1>

        """
        for line in doc.subtitle { out += "<p class=\"subtitle\">\(e(line))</p>\n" }
        if !findings.suppressed, let takeaway = MapTakeaway.text(journey, findings: findings) {
            // the same sentence as under the map's title
            out += "<p class=\"takeaway\" id=\"takeaway\"><strong>\(e(l.takeawayHeading))</strong> \(e(takeaway))</p>\n"
        }
        out += "</header>\n"

        if !findings.suppressed {
            out += "<section id=\"map\" class=\"map\">\n<h2>\(e(l.mapHeading))</h2>\n"
            out += "<figure>\n" + inlineMap(journey, findings: findings, options: map)
            out += "<figcaption>\(e(l.mapCaption))</figcaption>\n</figure>\n</section>\n"
        }

        let notes = doc.sections.last.flatMap { $0.heading == l.notesHeading ? $0 : nil }
        var body = notes == nil ? doc.sections : Array(doc.sections.dropLast())
        if !findings.suppressed && !body.contains(where: { $0.heading == l.enpsHeading }) {
            let text = findings.source == .estimate ? l.noENPSEstimate : l.noENPS
            let at = body.firstIndex { isSegments($0.heading, l) } ?? body.endIndex
            body.insert(ReportDocument.Section(heading: l.enpsHeading, emptyText: text), at: at)
        }
        for section in body { out += write(section, id: sectionID(section.heading, l)) }
        if !findings.suppressed {
            out += statistics(findings, journey: journey, l)
            out += actions(ranking, journey: journey, findings: findings, l)
        }
        if let notes { out += write(notes, id: "notes") }
        out += privacy(findings, journey: journey, l)
        out += "</body>\n</html>\n"
        return out
    }

    // MARK: - Sections

    /// A stable id per report section, from its heading.
    static func sectionID(_ heading: String, _ l: ReportLabels) -> String {
        let ids = [l.painHeading: "pain", l.pleasureHeading: "pleasure", l.itchHeading: "itch", l.motHeading: "mot",
                   l.peakEndHeading: "peak-end", l.driversHeading: "drivers", l.enpsHeading: "enps", l.notesHeading: "notes"]
        if let id = ids[heading] { return id }
        return isSegments(heading, l) ? "segments" : "section"
    }

    /// Whether a heading is the segments section's (`ReportLabels.segmentsHeading`).
    static func isSegments(_ heading: String, _ l: ReportLabels) -> Bool {
        let column = "\u{0}"
        let parts = l.segmentsHeading(column).components(separatedBy: column)
        return heading.hasPrefix(parts[0]) && heading.hasSuffix(parts[1]) && heading.count > parts[0].count + parts[1].count
    }

    static func write(_ section: ReportDocument.Section, id: String) -> String {
        let e = HTMLText.escape
        var out = "<section id=\"\(id)\">\n<h2>\(e(section.heading))</h2>\n"
        for line in section.lines.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            // the verdict ("→ …") stands out; the caveat and the too-clean caution are set quieter
            let caveat = line.hasPrefix("注意") || line.hasPrefix("Caveat") || line.hasPrefix("Caution")
            let kind = line.hasPrefix("→ ") ? " class=\"verdict\"" : caveat ? " class=\"caveat\"" : ""
            out += "<p\(kind)>\(e(line))</p>\n"
        }
        if !section.items.isEmpty {
            let ranked = section.items.contains { $0.rank != nil }
            out += ranked ? "<ol class=\"items\">\n" : "<ul class=\"items\">\n"
            for item in section.items {
                out += "<li class=\"\(styleClass(item.style))\">"
                if let rank = item.rank {
                    let mark = item.style == .pain ? MapNumber.circled(rank) : "\(rank)."
                    out += "<span class=\"rank\">\(mark)</span> "
                }
                out += "<strong>\(e(item.headline))</strong>"
                if !item.details.isEmpty {
                    out += "\n<ul class=\"details\">\n"
                    for detail in item.details {
                        let quote = detail.hasPrefix("“")
                        out += (quote ? "<li class=\"quote\">" : "<li>") + e(detail) + "</li>\n"
                    }
                    out += "</ul>\n"
                }
                out += "</li>\n"
            }
            out += ranked ? "</ol>\n" : "</ul>\n"
        }
        if let table = section.table { out += write(table) }
        if section.items.isEmpty, section.lines.isEmpty, section.table == nil, let empty = section.emptyText {
            out += "<p class=\"empty\">\(e(empty))</p>\n"
        }
        return out + "</section>\n"
    }

    static func styleClass(_ style: ReportDocument.Style) -> String {
        switch style {
        case .plain: return "plain"
        case .pain: return "pain"
        case .pleasure: return "pleasure"
        case .itch: return "itch"
        case .mot: return "mot"
        case .dim: return "dim"
        }
    }

    /// A table: the first column names the row, the others are numbers (right-aligned).
    static func write(_ table: ReportDocument.Table) -> String {
        let e = HTMLText.escape
        var out = "<div class=\"table-frame\"><table>\n"
        out += "<thead><tr>" + table.header.enumerated().map { k, h in
            "<th scope=\"col\"\(k == 0 ? "" : " class=\"num\"")>\(e(h))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.enumerated().map { k, cell in
                k == 0 ? "<th scope=\"row\">\(e(cell))</th>" : "<td class=\"num\">\(e(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// Touchpoint statistics in journey order: n, mean (or the workshop's estimate), median, top and bottom box,
    /// the finding with its pain rank and MOT mark. A hidden touchpoint shows no number, not even its n.
    static func statistics(_ f: JourneyFindings, journey: Journey, _ l: ReportLabels) -> String {
        let e = HTMLText.escape
        let estimate = f.source == .estimate
        let ranks = f.painRanks
        var out = "<section id=\"statistics\">\n<h2>\(e(l.statisticsHeading))</h2>\n<div class=\"table-frame\"><table class=\"statistics\">\n"
        out += "<thead><tr>" + l.statisticsHeader(estimate: estimate).enumerated().map { k, h in
            "<th scope=\"col\"\((2...6).contains(k) ? " class=\"num\"" : "")>\(e(h))</th>"
        }.joined() + "</tr></thead>\n"
        for stage in journey.stages where !stage.touchpoints.isEmpty {
            out += "<tbody>\n"
            for (k, t) in stage.touchpoints.enumerated() {
                let stageCell = k == 0 ? e(stage.name) : ""
                out += "<tr><td class=\"stage\">\(stageCell)</td><th scope=\"row\">\(e(t.name))</th>"
                guard let finding = f.finding(for: t.id), !finding.suppressed else {
                    out += "<td class=\"hidden\" colspan=\"6\">\(e(l.hidden))</td></tr>\n"
                    continue
                }
                let box: (Double?) -> String = { v in estimate ? "–" : v.map { ReportLabels.percent($0) } ?? "–" }
                var mark = l.findingName(finding.findingClass)
                if let rank = ranks[t.id] { mark += " " + MapNumber.circled(rank) }
                if finding.mot.declared { mark += " ★" } else if finding.mot.suggested { mark += " ☆" }
                let cells = [estimate ? "–" : "\(finding.n)", finding.mean.map { ReportLabels.two($0) } ?? "–",
                             finding.median.map { ReportLabels.one($0) } ?? "–", box(finding.t2b), box(finding.b2b)]
                out += cells.map { "<td class=\"num\">\(e($0))</td>" }.joined()
                let kind = finding.findingClass == .neutral ? "" : " class=\"\(finding.findingClass.rawValue)\""
                out += "<td\(kind)>\(e(mark.trimmingCharacters(in: .whitespaces)))</td></tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>\n"
        out += "<p class=\"note\">\(e(l.statisticsNote(LikertBoxes(f.scale), scale: f.scale, estimate: estimate)))</p>\n"
        return out + "</section>\n"
    }

    /// The action plan in the order `journeymap plan` lists it: every action by its `ActionPriority` P, highest
    /// first, with P, its touchpoint (and pain rank) and the team's votes, owner, due date, impact and effort; the
    /// formula under the list. Overdue is left to `plan`, which knows the date: the brief's bytes depend only on its input.
    static func actions(_ ranking: ActionRanking, journey: Journey, findings: JourneyFindings, _ l: ReportLabels) -> String {
        let e = HTMLText.escape
        var out = "<section id=\"actions\">\n<h2>\(e(l.actionsHeading))</h2>\n"
        let entries = ranking.entries.filter { !TextSanitizer.displayText($0.action.title).isEmpty }
        if entries.isEmpty { return out + "<p class=\"empty\">\(e(l.noActions))</p>\n</section>\n" }
        let ranks = findings.painRanks
        out += "<ol class=\"actions\">\n"
        for entry in entries {
            let action = entry.action
            let place = journey.touchpoint(id: entry.touchpointID).map { TextSanitizer.displayText($0.name) } ?? entry.touchpointID
            let rank = ranks[entry.touchpointID].map { "<span class=\"rank\">\(MapNumber.circled($0))</span> " } ?? ""
            var meta = [action.owner.map(TextSanitizer.displayText).map(l.owner), action.due.map { l.due($0.description) },
                        l.impactEffort(impact: action.impact, effort: action.effort)].compactMap { $0 }
            if let votes = action.votes { meta.insert(l.votes(votes), at: 0) }
            let priority = ReportCell.format(PlanReportWriter.rounded(entry.score.priority))
            out += "<li><span class=\"priority\">P \(e(priority))</span> <strong>\(e(TextSanitizer.displayText(action.title)))</strong>"
            out += " <span class=\"place\">— \(rank)\(e(place))</span>"
            if !meta.isEmpty { out += "<br /><span class=\"meta\">\(e(meta.joined(separator: " · ")))</span>" }
            out += "</li>\n"
        }
        out += "</ol>\n<p class=\"note\">\(e(PlanLabels(journey.language).formula))</p>\n"
        return out + "</section>\n"
    }

    /// The anonymity minimum used and everything it hid (touchpoints, groups, eNPS), or that nothing was hidden.
    static func privacy(_ f: JourneyFindings, journey: Journey, _ l: ReportLabels) -> String {
        let e = HTMLText.escape
        var lines: [String] = []
        if f.source == .estimate {
            lines.append(l.privacyEstimate)
        } else {
            lines.append(l.privacyMinimum(f.minimumGroupSize))
            lines.append(l.privacyImport)
            if f.suppressed {
                lines.append(l.privacySuppressedAll)
            } else {
                let names = Dictionary(journey.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                let hiddenTouchpoints = f.touchpoints.filter(\.suppressed).map { names[$0.id] ?? $0.id }
                let hiddenGroups = f.segments.filter { $0.suppressed || $0.findings == nil }.map { $0.value ?? l.missingValue }
                if !hiddenTouchpoints.isEmpty { lines.append(l.privacyHiddenTouchpoints(hiddenTouchpoints)) }
                if let column = f.breakdown, !hiddenGroups.isEmpty { lines.append(l.privacyHiddenGroups(column, hiddenGroups)) }
                if f.enpsSuppressed { lines.append(l.privacyENPSHidden) }
                if hiddenTouchpoints.isEmpty && hiddenGroups.isEmpty && !f.enpsSuppressed { lines.append(l.privacyNothingHidden) }
            }
        }
        lines.append(l.privacyNoScript)
        return "<section id=\"privacy\" class=\"privacy\">\n<h2>\(e(l.privacyHeading))</h2>\n"
            + lines.map { "<p>\(e($0))</p>\n" }.joined() + "</section>\n"
    }

    // MARK: - Map

    /// The map's first page as `render` draws it, framed for the page (`InlineMap`).
    static func inlineMap(_ journey: Journey, findings: JourneyFindings, options: RenderOptions) -> String {
        InlineMap.frame(MapRenderer.layout(journey, findings: findings, options: options), options: options)
    }
}
