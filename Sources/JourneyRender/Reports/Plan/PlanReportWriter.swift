import Foundation
import JourneyAnalysis
import JourneyModel

/// Writes a `PrioritizedPlan` as Markdown, CSV, XLSX or JSON, in the journey's language. The CSV and XLSX are one
/// table (every action by priority, then one row per uncovered pain point or MOT) through the analysis report's
/// writers, so both are defused against formula injection and the CSV is UTF-8 with a BOM. Deterministic.
public enum PlanReportWriter {
    /// The plan in `format` as bytes.
    public static func data(_ plan: PrioritizedPlan, journey: Journey, format: PlanFormat) throws(XLSXReportWriter.Failure) -> Data {
        switch format {
        case .markdown: return Data(markdown(plan, journey: journey).utf8)
        case .csv: return Data(csv(plan, journey: journey).utf8)
        case .json: return Data(json(plan, journey: journey).utf8)
        case .xlsx:
            let labels = PlanLabels(journey.language)
            return try XLSXReportWriter.zip(XLSXReportWriter.parts(rows: [labels.columns.map(ReportCell.text)] + rows(plan, journey: journey),
                                                                   sheetName: labels.t("行动计划", "Action plan")))
        }
    }

    // MARK: - Table

    /// The table's rows: actions by priority, then the uncovered touchpoints.
    static func rows(_ plan: PrioritizedPlan, journey: Journey) -> [[ReportCell]] {
        let l = PlanLabels(journey.language)
        var out: [[ReportCell]] = plan.items.enumerated().map { index, item in
            let a = item.action
            return [.integer(index + 1), .number(rounded(item.score.priority)), .text(a.title), .text(item.touchpointID),
                    .str(name(item.touchpointID, journey)), .str(stageName(item.stageID, journey)), .str(a.owner),
                    .str(a.due?.description), item.overdue ? .text(l.overdueMark) : .empty, a.impact.map(ReportCell.integer) ?? .empty,
                    a.effort.map(ReportCell.integer) ?? .empty, .integer(a.votes ?? 0), item.painRank.map(ReportCell.integer) ?? .empty,
                    .text(a.origin == .workshop ? l.fromWorkshop : l.fromJourney), .str(a.playbookID)]
        }
        for u in plan.uncovered {
            out.append([.empty, .empty, .empty, .text(u.touchpointID), .str(name(u.touchpointID, journey)), .str(stageName(u.stageID, journey)),
                        .empty, .empty, .text(l.uncoveredMark), .empty, .empty, .empty, u.painRank.map(ReportCell.integer) ?? .empty, .empty, .empty])
        }
        return out
    }

    /// The plan as CSV (`CSVReportWriter`'s form).
    public static func csv(_ plan: PrioritizedPlan, journey: Journey) -> String {
        CSVReportWriter.write(header: PlanLabels(journey.language).columns, rows: rows(plan, journey: journey))
    }

    // MARK: - Markdown

    /// The plan as Markdown: by priority (a table), by owner, overdue, uncovered.
    public static func markdown(_ plan: PrioritizedPlan, journey: Journey) -> String {
        let l = PlanLabels(journey.language)
        // One line per cell or item: a line break in the team's text would end a table row or a list item.
        let e = { (text: String) in MarkdownReportWriter.escape(text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")) }
        var out = "# \(e(l.title(journey.title)))\n\n\(e(l.asOf(plan.today)))  \n\(e(l.formula))\n\n## \(e(l.byPriority))\n\n"
        if plan.items.isEmpty {
            out += "_\(e(l.noActions))_\n"
        } else {
            let header = [l.columns[0], l.columns[1], l.columns[2], l.columns[4], l.columns[5], l.columns[6], l.columns[7], l.columns[9], l.columns[10], l.columns[11]]
            out += "| " + header.map(e).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: header.count) + "\n"
            for (index, item) in plan.items.enumerated() {
                let a = item.action
                let due = (a.due?.description ?? "") + (item.overdue ? " ⚠ " + l.overdueMark : "")
                let cells = [String(index + 1), ReportCell.format(rounded(item.score.priority)), a.title,
                             name(item.touchpointID, journey) ?? item.touchpointID, stageName(item.stageID, journey) ?? "",
                             a.owner ?? "", due, a.impact.map(String.init) ?? "", a.effort.map(String.init) ?? "", String(a.votes ?? 0)]
                out += "| " + cells.map(e).joined(separator: " | ") + " |\n"
            }
            out += "\n## \(e(l.byOwner))\n"
            for group in plan.owners {
                out += "\n### \(e(group.owner ?? l.unassigned))\n\n"
                for item in group.items {
                    let place = name(item.touchpointID, journey) ?? item.touchpointID
                    let due = item.action.due.map { " · \($0)" + (item.overdue ? " ⚠ " + l.overdueMark : "") } ?? ""
                    out += "- \(e(item.action.title)) (\(e(place))\(e(due))) — P \(ReportCell.format(rounded(item.score.priority)))\n"
                }
            }
        }
        if !plan.overdue.isEmpty {
            out += "\n## \(e(l.overdueHeading))\n\n"
            for item in plan.overdue {
                out += "- \(e(item.action.title)) — \(e(item.action.owner ?? l.unassigned)), \(item.action.due.map { "\($0)" } ?? "")\n"
            }
        }
        out += "\n## \(e(l.uncoveredHeading))\n\n"
        if plan.uncovered.isEmpty { out += "_\(e(l.allCovered))_\n" }
        for u in plan.uncovered {
            let kinds = [u.painRank.map(l.pain), u.isMOT ? l.mot : nil].compactMap { $0 }.joined(separator: " · ")
            out += "- \(e(name(u.touchpointID, journey) ?? u.touchpointID)) (\(e(stageName(u.stageID, journey) ?? ""))) — \(e(kinds))\n"
        }
        return out
    }

    // MARK: - JSON

    /// The plan as JSON: `items` by priority with the priority's parts, `owners` (lists of ranks), `uncovered`.
    public static func json(_ plan: PrioritizedPlan, journey: Journey) -> String {
        let items: [JSONValue] = plan.items.enumerated().map { index, item in
            let a = item.action
            return .object([
                ("rank", .int(index + 1)), ("priority", .number(rounded(item.score.priority))),
                ("votesShare", .number(rounded(item.score.votes, 4))), ("impactForEffort", .number(rounded(item.score.ratio, 4))),
                ("painScore", .number(rounded(item.score.severity, 4))),
                ("title", .string(a.title)), ("touchpoint", .string(item.touchpointID)), ("touchpointName", .str(name(item.touchpointID, journey))),
                ("stage", .string(item.stageID)), ("stageName", .str(stageName(item.stageID, journey))),
                ("owner", .str(a.owner)), ("due", .str(a.due?.description)), ("overdue", .bool(item.overdue)),
                ("impact", a.impact.map(JSONValue.int) ?? .null), ("effort", a.effort.map(JSONValue.int) ?? .null),
                ("votes", .int(a.votes ?? 0)), ("painRank", item.painRank.map(JSONValue.int) ?? .null),
                ("source", .string(a.origin.rawValue)), ("playbook", .str(a.playbookID)),
            ])
        }
        let rankOf = Dictionary(plan.items.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        let owners: [JSONValue] = plan.owners.map { group in
            .object([("owner", .str(group.owner)), ("ranks", .array(group.items.map { .int(rankOf[$0] ?? 0) }))])
        }
        let uncovered: [JSONValue] = plan.uncovered.map { u in
            .object([("touchpoint", .string(u.touchpointID)), ("touchpointName", .str(name(u.touchpointID, journey))),
                     ("stage", .string(u.stageID)), ("painRank", u.painRank.map(JSONValue.int) ?? .null), ("mot", .bool(u.isMOT))])
        }
        let root = JSONValue.object([
            ("journey", .string(journey.title)), ("today", .string(plan.today.description)),
            ("formula", .string("P = 100*(V + R + S)/3; V = votes/max votes; R = (3*impact/effort - 1)/8, missing = 2; S = (K - rank + 1)/K for pain points, else 0")),
            ("items", .array(items)), ("owners", .array(owners)), ("uncovered", .array(uncovered)),
        ])
        return root.serialized() + "\n"
    }

    // MARK: - Helpers

    static func name(_ id: String, _ journey: Journey) -> String? { journey.touchpoint(id: id)?.name }
    static func stageName(_ id: String, _ journey: Journey) -> String? { journey.stages.first { $0.id == id }?.name }

    /// Rounded to `digits` decimals (1 for the priority), so outputs do not show 41.666666666666664.
    static func rounded(_ value: Double, _ digits: Int = 1) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }
}
