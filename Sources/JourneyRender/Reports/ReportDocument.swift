import JourneyAnalysis
import JourneyModel

/// The content of a text or Markdown report, built once from the findings and laid out by each writer:
/// top pain points by severity with their evidence, pleasure and itch points, MOTs with reasons, the peak-end
/// verdict, key drivers, eNPS, segment differences and notes.
struct ReportDocument {
    enum Style { case plain, pain, pleasure, itch, mot, dim }

    struct Item {
        var headline: String
        var style: Style
        var details: [String]
        /// Position in a ranked list (pain by severity …), nil for unranked items.
        var rank: Int? = nil
    }

    struct Table {
        var header: [String]
        var rows: [[String]]
    }

    struct Section {
        var heading: String
        var items: [Item] = []
        var lines: [String] = []
        var table: Table? = nil
        var emptyText: String? = nil
    }

    var title: String
    var subtitle: [String]
    var sections: [Section]

    /// Builds the document.
    init(_ f: JourneyFindings, journey: Journey) {
        let l = ReportLabels(journey.language)
        let names = Dictionary(journey.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let quotes = Dictionary(journey.touchpoints.map { ($0.id, $0.quotes) }, uniquingKeysWith: { a, _ in a })
        func name(_ t: TouchpointFinding) -> String { "\(names[t.id] ?? t.id) [\(t.id)]" }
        title = "\(journey.title) — \(l.analysis)"
        subtitle = [l.source(f)]
        if !f.filters.isEmpty { subtitle.append(l.filters(f.filters.map(journey.shownFilter))) }
        sections = []
        if f.suppressed {
            sections.append(Section(heading: l.notesHeading, lines: f.notes.map(l.note)))
            return
        }

        /// Up to two comments, the most frequent first (ties alphabetical), or the workshop's quotes for estimates.
        func evidence(_ t: TouchpointFinding) -> [String] {
            var counts: [String: Int] = [:]
            for comment in t.comments ?? [] { counts[comment, default: 0] += 1 }
            let frequent = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            let texts = frequent.prefix(2) + (f.source == .estimate ? (quotes[t.id] ?? []).prefix(2) : [])
            return texts.map { "“\($0)”" }
        }
        func mot(_ t: TouchpointFinding) -> String { t.mot.declared || t.mot.suggested ? " · ★ MOT" : "" }
        let visible = f.touchpoints.filter { !$0.suppressed }

        // Pain, pleasure, itch
        // The same order as the map's ①②③ (`rankedPains`).
        let pain = f.rankedPains
        sections.append(Section(heading: l.painHeading, items: pain.enumerated().map { k, t in
            Item(headline: "\(name(t)) · \(t.severity.map(l.severity) ?? l.importanceUnknown)\(mot(t))", style: .pain,
                 details: [l.meanPhrase(t, scale: f.scale, source: f.source), l.boxPhrase(bottom: true, t, source: f.source),
                           l.importancePhrase(t), l.kanoPhrase(t)].compactMap { $0 } + evidence(t), rank: k + 1)
        }, emptyText: l.none))
        let pleasure = visible.filter { $0.findingClass == .pleasure }.sorted { ($0.leverage ?? -1, $0.t2b ?? 0) > ($1.leverage ?? -1, $1.t2b ?? 0) }
        sections.append(Section(heading: l.pleasureHeading, items: pleasure.enumerated().map { k, t in
            Item(headline: "\(name(t)) · \(t.leverage.map(l.leverage) ?? l.importanceUnknown)\(mot(t))", style: .pleasure,
                 details: [l.meanPhrase(t, scale: f.scale, source: f.source), l.boxPhrase(bottom: false, t, source: f.source),
                           l.importancePhrase(t), l.kanoPhrase(t)].compactMap { $0 } + evidence(t), rank: k + 1)
        }, emptyText: l.none))
        let itch = visible.filter { $0.findingClass == .itch }.sorted { ($0.opportunity ?? -1, $0.wishGap ?? 0) > ($1.opportunity ?? -1, $1.wishGap ?? 0) }
        sections.append(Section(heading: l.itchHeading, items: itch.enumerated().map { k, t in
            Item(headline: "\(name(t)) · \(t.opportunity.map(l.opportunity) ?? l.importanceUnknown)\(mot(t))", style: .itch,
                 details: [l.meanPhrase(t, scale: f.scale, source: f.source), l.wishPhrase(t),
                           l.importancePhrase(t), l.kanoPhrase(t)].compactMap { $0 } + evidence(t), rank: k + 1)
        }, emptyText: l.none))

        // MOTs: declared first, then suggested-only, in journey order
        var motItems: [Item] = []
        for t in f.touchpoints where t.mot.declared {
            let why = t.mot.reasons.map { l.reason($0, t) }
            motItems.append(Item(headline: "★ \(name(t)) — \(l.declared)", style: .mot,
                                 details: why.isEmpty ? [] : [l.suggested + l.t("：", ": ") + why.joined(separator: l.t("；", "; "))]))
        }
        for t in visible where t.mot.suggested && !t.mot.declared {
            motItems.append(Item(headline: "☆ \(name(t)) — \(l.suggested)", style: .mot,
                                 details: [t.mot.reasons.map { l.reason($0, t) }.joined(separator: l.t("；", "; "))]))
        }
        sections.append(Section(heading: l.motHeading, items: motItems, emptyText: l.none))

        // Peak-end
        let means = Dictionary(visible.compactMap { t in t.mean.map { (t.id, $0) } }, uniquingKeysWith: { a, _ in a })
        var peakLines = [l.peakLine(f.peakEnd, names: names, means: means)]
        if let remembered = l.rememberedLine(f.peakEnd, estimate: f.source == .estimate) { peakLines.append(remembered) }
        if let test = f.peakEnd.test { peakLines += l.testLines(test) }
        else if f.source == .survey { peakLines.append(l.note(.peakEndTestNotRun)) }
        sections.append(Section(heading: l.peakEndHeading, lines: peakLines))

        // Key drivers
        if let d = f.drivers {
            let rows = visible.filter { $0.driver != nil }
                .sorted { ($0.driver?.shapleyShare ?? -1) > ($1.driver?.shapleyShare ?? -1) }
                .map { t -> [String] in
                    let d = t.driver!
                    return [name(t), ReportLabels.two(d.pearson), ReportLabels.two(d.spearman),
                            d.shapleyShare.map { ReportLabels.percent($0) } ?? "–",
                            d.significant ? "✓" : "–", d.nPairs > 0 ? "\(d.nPairs)" : "\(d.n)",
                            d.stability.map { ReportLabels.percent($0) } ?? "–"]
                }
            let header = [l.t("触点", "Touchpoint"), "r", "ρ", l.t("占 R²", "share of R²"), l.t("显著", "significant"),
                          l.t("最少成对 n", "min pair n"), l.t("稳定性", "stability")]
            sections.append(Section(heading: l.driversHeading, lines: [l.driversLine(d)],
                                    table: rows.isEmpty ? nil : Table(header: header, rows: rows)))
        }

        // eNPS
        if let line = l.enpsLine(f) { sections.append(Section(heading: l.enpsHeading, lines: [line])) }

        // Journey-wide comments (其他建议), all of them, when released
        if let comments = f.comments {
            sections.append(Section(heading: l.commentsHeading, lines: comments.map { "“\($0)”" }))
        } else if f.commentsSuppressed {
            sections.append(Section(heading: l.commentsHeading, lines: [l.commentsHidden]))
        }

        // Participants' own workshop scores (given openly: no anonymity rule)
        let spreads = f.touchpoints.compactMap { t in t.participantSpread.map { (t, $0) } }
        if !spreads.isEmpty {
            sections.append(Section(heading: l.participantsHeading, lines: spreads.map { t, s in "\(name(t)): \(l.spreadLine(s))" }))
        }

        // Segments
        if let column = f.breakdown {
            let segment = journey.segmentLabel(column)
            var items: [Item] = []
            let overall = Dictionary(visible.compactMap { t in t.mean.map { (t.id, $0) } }, uniquingKeysWith: { a, _ in a })
            for s in f.segments {
                let label = s.value.map(segment.display) ?? l.missingValue
                guard let g = s.findings, !s.suppressed, let n = s.n else {
                    items.append(Item(headline: l.hiddenGroup(label, minimum: f.minimumGroupSize), style: .dim, details: []))
                    continue
                }
                var parts = ["n = \(n)"]
                if let e = g.enps { parts.append("eNPS \(ReportLabels.signedInt(e.score))") }
                if let r = g.peakEnd.remembered { parts.append(l.t("记忆分 ", "remembered ") + ReportLabels.two(r)) }
                let groupPain = g.touchpoints.filter { $0.findingClass == .pain && !$0.suppressed }.map { names[$0.id] ?? $0.id }
                var details: [String] = []
                if !groupPain.isEmpty { details.append(l.t("痛点：", "pain points: ") + groupPain.joined(separator: l.t("、", ", "))) }
                let differences = g.touchpoints.compactMap { t -> (String, Double, Double)? in
                    guard !t.suppressed, let m = t.mean, let all = overall[t.id] else { return nil }
                    return (t.id, m, m - all)
                }.sorted { abs($0.2) > abs($1.2) || (abs($0.2) == abs($1.2) && $0.0 < $1.0) }.prefix(3)
                if !differences.isEmpty {
                    details.append(l.t("与全体差异最大：", "largest differences from all: ") + differences.map {
                        "\(names[$0.0] ?? $0.0) \(ReportLabels.two($0.1)) (\(ReportLabels.signed($0.2)))"
                    }.joined(separator: l.t("；", "; ")))
                }
                items.append(Item(headline: "\(label) · " + parts.joined(separator: " · "), style: .plain, details: details))
            }
            sections.append(Section(heading: l.segmentsHeading(segment.displayName), items: items))
        }

        if let comparison = f.comparison { sections.append(Self.comparisonSection(comparison, journey: journey, labels: l)) }

        // Notes
        var notes = f.notes.filter { !(f.source == .survey && $0 == .peakEndTestNotRun) }.map(l.note)
        let hidden = f.touchpoints.filter(\.suppressed).map { names[$0.id] ?? $0.id }
        if !hidden.isEmpty {
            notes.append(l.t("以下触点作答人数少于 \(f.minimumGroupSize)，已隐藏：", "Hidden, fewer than \(f.minimumGroupSize) answers: ")
                         + hidden.joined(separator: l.t("、", ", ")))
        }
        if !notes.isEmpty { sections.append(Section(heading: l.notesHeading, lines: notes)) }
    }
}

/// Terminal column width of text: East Asian wide and fullwidth characters take two columns.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: return 2
        default: return 1
        }
    }

    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(width - of(text), 0))
    }
}
