import Foundation
import JourneyModel

/// Binds export columns to the journey: first the journey's `survey:` blocks (column id or exact header text),
/// then, for touchpoints without a declared score, a header equal to the touchpoint id or a header containing
/// the touchpoint's name (grid rows `Q [Row]`, `Q - Row`, `题干—行`). Ambiguous and near-miss matches are
/// errors with suggestions, never silent guesses.
struct ColumnBinder {
    let journey: Journey
    let layout: SurveyLayout
    let exportPath: String
    private var problems: [ImportProblem] = []
    private var used: [Int: String] = [:]
    private let exportName: String
    /// Each column's identifying kind, classified once (per touchpoint it cost a scan of every header).
    private let identifying: [Anonymizer.Kind?]

    init(journey: Journey, layout: SurveyLayout, exportPath: String) {
        self.journey = journey
        self.layout = layout
        self.exportPath = exportPath
        self.exportName = exportPath.split(separator: "/").last.map(String.init) ?? exportPath
        identifying = layout.columns.map { Anonymizer.classify($0) }
    }

    /// Why `column` identifies people, or nil (`Anonymizer.classify`, cached by column).
    private func identifyingKind(_ column: SurveyColumn) -> Anonymizer.Kind? {
        layout.columns.indices.contains(column.index) && layout.columns[column.index].index == column.index
            ? identifying[column.index] : Anonymizer.classify(column)
    }

    /// Binds every declared and guessable column.
    /// - Throws: `ImportError.invalid` with every binding problem.
    mutating func bind() throws(ImportError) -> BindingPlan {
        let survey = journey.survey ?? SurveyBinding()
        var respondent: SurveyColumn?
        if let ref = survey.respondent, let column = resolve(ref, role: "respondent id", owner: nil, key: "respondent") {
            respondent = column
            used[column.index] = "respondent id"
        }
        var bindings: [ColumnBinding] = []
        for name in survey.segments {
            guard let column = resolve(name, role: "segment", owner: nil, key: "segments") else { continue }
            if let kind = identifyingKind(column), column.index != respondent?.index {
                report(nil, key: "segments", "segment column \(DiagnosticText.quoted(name)) looks identifying (\(kind.rawValue)): its header names personal data, and segments must group people, not identify them — remove it from survey.segments",
                       zh: "分组列 \(DiagnosticText.quoted(name)) 看起来能识别个人（\(kind.rawValue)）：表头指向个人数据，而分组只能把人归组，不能识别个人——请从 survey.segments 中删除")
                continue
            }
            if column.index == respondent?.index {
                report(nil, key: "segments", "segment column \(DiagnosticText.quoted(name)) is the respondent id column; segments must not identify people",
                       zh: "分组列 \(DiagnosticText.quoted(name)) 是受访者 id 列；分组不能识别个人")
                continue
            }
            claim(column, as: "segment \(name)", owner: nil)
            bindings.append(ColumnBinding(output: ResponsesColumn(kind: .segment, segmentName: name), column: column,
                                          isDeclared: true, reason: "survey.segments"))
        }
        if let ref = survey.overall, let column = resolve(ref, role: "overall rating", owner: nil, key: "overall") {
            claim(column, as: "overall rating", owner: nil)
            bindings.append(ColumnBinding(output: ResponsesColumn(kind: .overall, scale: journey.overallScale), column: column,
                                          isDeclared: true, reason: "survey.overall"))
        }
        if let ref = survey.enps, let column = resolve(ref, role: "eNPS item", owner: nil, key: "enps") {
            claim(column, as: "eNPS item", owner: nil)
            bindings.append(ColumnBinding(output: ResponsesColumn(kind: .enps, scale: .recommend), column: column,
                                          isDeclared: true, reason: "survey.enps"))
        }
        if let ref = survey.comment, let column = resolve(ref, role: "journey-wide comment", owner: nil, key: "comment") {
            if let identifying = Anonymizer.classify(column) {
                report(nil, key: "comment", "comment column \(DiagnosticText.quoted(ref)) looks identifying (\(identifying.rawValue)): its header names personal data, which is never kept — bind a column of comments instead")
            } else {
                claim(column, as: "journey-wide comment", owner: nil)
                bindings.append(ColumnBinding(output: ResponsesColumn(kind: .comment), column: column,
                                              isDeclared: true, reason: "survey.comment"))
            }
        }
        // Declared touchpoint columns.
        var perTouchpoint: [String: [ColumnBinding]] = [:]
        for touchpoint in journey.touchpoints {
            guard let binding = touchpoint.survey else { continue }
            let items: [(ResponsesColumn.Kind, String?, RatingScale?)] = [
                (.score, binding.score, journey.scale), (.importance, binding.importance, journey.importanceScale),
                (.wish, binding.wish, journey.scale), (.kanoFunctional, binding.kano?.functional, KanoAnswer.scale),
                (.kanoDysfunctional, binding.kano?.dysfunctional, KanoAnswer.scale), (.comment, binding.comment, nil),
            ]
            for (kind, ref, scale) in items {
                guard let ref, let column = resolve(ref, role: kind.rawValue, owner: touchpoint) else { continue }
                if kind == .comment, let identifying = identifyingKind(column) {
                    report(touchpoint, "comment column \(DiagnosticText.quoted(ref)) looks identifying (\(identifying.rawValue)): its header names personal data, which is never kept — bind a column of comments instead",
                           zh: "评论列 \(DiagnosticText.quoted(ref)) 看起来能识别个人（\(identifying.rawValue)）：表头指向个人数据，这类数据从不保留——请绑定真正的评论列")
                    continue
                }
                claim(column, as: "\(kind.rawValue) of \(touchpoint.id)", owner: touchpoint)
                perTouchpoint[touchpoint.id, default: []].append(
                    ColumnBinding(output: ResponsesColumn(kind: kind, touchpointID: touchpoint.id, scale: scale), column: column,
                                  isDeclared: true, reason: "survey.\(kind == .kanoFunctional ? "kano.functional" : kind == .kanoDysfunctional ? "kano.dysfunctional" : kind.rawValue) = \(DiagnosticText.quoted(ref))"))
            }
        }
        // Guessed scores.
        guessScores(into: &perTouchpoint)
        var unbound: [Touchpoint] = []
        for touchpoint in journey.touchpoints {
            guard var items = perTouchpoint[touchpoint.id] else { unbound.append(touchpoint); continue }
            if !items.contains(where: { $0.output.kind == .score }) {
                report(touchpoint, "touchpoint \"\(touchpoint.id)\" binds \(items.map(\.output.kind.rawValue).joined(separator: ", ")) but no score column; add `score:` to its survey block",
                       zh: "触点 \"\(touchpoint.id)\" 绑定了 \(items.map(\.output.kind.rawValue).joined(separator: ", "))，却没有 score 列；请在它的 survey 块中加上 `score:`")
                continue
            }
            items.sort { ResponsesLayout.touchpointKindOrder.firstIndex(of: $0.output.kind)! < ResponsesLayout.touchpointKindOrder.firstIndex(of: $1.output.kind)! }
            bindings.append(contentsOf: items)
        }
        if !problems.isEmpty { throw .invalid(problems) }
        var dropped: [(SurveyColumn, Anonymizer.Kind)] = []
        var other = 0
        for column in layout.columns where used[column.index] == nil || column.index == respondent?.index {
            if column.index == respondent?.index { dropped.append((column, .identifier)); continue }
            if let kind = identifyingKind(column) { dropped.append((column, kind)) } else { other += 1 }
        }
        return BindingPlan(layout: ResponsesLayout(columns: bindings.map(\.output)), bindings: bindings, respondent: respondent,
                           unboundTouchpoints: unbound, droppedIdentifying: dropped, otherDroppedCount: other)
    }

    // MARK: - Declared columns

    /// The one column a journey reference names: by id first, then by exact header text.
    private mutating func resolve(_ ref: String, role: String, owner: Touchpoint?, key: String? = nil) -> SurveyColumn? {
        let wanted = ImportText.normalized(ref)
        let byID = layout.columns.filter { column in
            [column.id, column.importID].contains { $0.map(ImportText.normalized) == wanted }
        }
        if byID.count == 1 { return byID[0] }
        let matches = byID.isEmpty ? layout.columns.filter { $0.names.contains(wanted) } : byID
        if matches.count == 1 { return matches[0] }
        let subject = owner.map { "touchpoint \"\($0.id)\": " } ?? ""
        let subjectZH = owner.map { "触点 \"\($0.id)\"：" } ?? ""
        if matches.count > 1 {
            report(owner, key: key, "\(subject)the \(role) column \(DiagnosticText.quoted(ref)) matches \(matches.count) columns of \(exportName): "
                   + matches.map(describe).joined(separator: ", ") + "; bind it by column id or position-unique header instead",
                   zh: "\(subjectZH)\(roleZH(role))列 \(DiagnosticText.quoted(ref)) 匹配了 \(exportName) 中的 \(matches.count) 列："
                   + matches.map(describe).joined(separator: ", ") + "；请改用列 id 或唯一的表头来绑定")
            return nil
        }
        var message = "\(subject)the \(role) column \(DiagnosticText.quoted(ref)) is not in \(exportName)"
        var zh = "\(subjectZH)\(exportName) 中没有\(roleZH(role))列 \(DiagnosticText.quoted(ref))"
        let suggestions = HeaderSuggester.closest(to: [ref], among: layout.columns)
        if !suggestions.isEmpty {
            message += "; did you mean " + suggestions.map(describe).joined(separator: " or ") + "?"
            zh += "；是不是指 " + suggestions.map(describe).joined(separator: " 或 ") + "？"
        }
        let candidates = layout.columns.filter { !$0.isMetadata && identifyingKind($0) == nil && !suggestions.contains($0) }
        if !candidates.isEmpty {
            message += " Candidates: " + candidates.prefix(8).map(describe).joined(separator: ", ")
                + (candidates.count > 8 ? " and \(candidates.count - 8) more" : "")
            zh += " 候选列：" + candidates.prefix(8).map(describe).joined(separator: ", ")
                + (candidates.count > 8 ? " 等另外 \(candidates.count - 8) 列" : "")
        }
        report(owner, key: key, message, zh: zh)
        return nil
    }

    private mutating func claim(_ column: SurveyColumn, as role: String, owner: Touchpoint?) {
        if let previous = used[column.index] {
            report(owner, "column \(describe(column)) is bound twice: as \(previous) and as \(role); each column feeds one item",
                   zh: "列 \(describe(column)) 被绑定了两次：作为\(roleZH(previous))和\(roleZH(role))；每列只能对应一项")
        }
        used[column.index] = role
    }

    // MARK: - Guessing

    private mutating func guessScores(into perTouchpoint: inout [String: [ColumnBinding]]) {
        let pending = journey.touchpoints.filter { touchpoint in
            !(perTouchpoint[touchpoint.id]?.contains { $0.output.kind == .score } ?? false)
        }
        func candidates() -> [SurveyColumn] {
            layout.columns.filter { column in
                used[column.index] == nil && !column.isMetadata && identifyingKind(column) == nil
                    && !(column.id?.hasSuffix("_TEXT") ?? false)
            }
        }
        var contains: [(Touchpoint, [SurveyColumn])] = []
        // Pass 1: header equals the id, or a grid row / whole header equals the name.
        for touchpoint in pending {
            let id = ImportText.folded(touchpoint.id), name = ImportText.folded(touchpoint.name)
            let pool = candidates()
            var strong: [(SurveyColumn, String)] = []
            for column in pool {
                if column.names.contains(where: { $0.lowercased() == id }) {
                    strong.append((column, "header equals the touchpoint id"))
                } else if let row = column.rowLabel, ImportText.folded(row) == name {
                    strong.append((column, "grid row \(DiagnosticText.quoted(row)) equals the touchpoint name"))
                } else if column.names.contains(where: { $0.lowercased() == name }) {
                    strong.append((column, "header equals the touchpoint name"))
                }
            }
            if strong.count == 1 {
                bindGuess(touchpoint, strong[0].0, strong[0].1, into: &perTouchpoint)
            } else if strong.count > 1 {
                report(touchpoint, "touchpoint \"\(touchpoint.id)\" (\(touchpoint.name)) matches \(strong.count) columns: "
                       + strong.map { describe($0.0) }.joined(separator: ", ")
                       + "; name the right one with `survey: {score: …}` in the journey",
                       zh: "触点 \"\(touchpoint.id)\"（\(touchpoint.name)）匹配了 \(strong.count) 列："
                       + strong.map { describe($0.0) }.joined(separator: ", ")
                       + "；请在旅程中用 `survey: {score: …}` 指定正确的一列")
                for (column, _) in strong { used[column.index] = "ambiguous" }
            } else {
                contains.append((touchpoint, []))
            }
        }
        // Pass 2: the header contains the name.
        for (touchpoint, _) in contains {
            let name = ImportText.folded(touchpoint.name)
            guard name.count >= 2 else { continue }
            let matches = candidates().filter { ImportText.folded($0.text).contains(name) }
            if matches.count == 1 {
                bindGuess(touchpoint, matches[0], "header contains the touchpoint name", into: &perTouchpoint)
            } else if matches.count > 1 {
                report(touchpoint, "touchpoint \"\(touchpoint.id)\" (\(touchpoint.name)) is named in \(matches.count) headers: "
                       + matches.map(describe).joined(separator: ", ")
                       + "; name the right one with `survey: {score: …}` in the journey",
                       zh: "触点 \"\(touchpoint.id)\"（\(touchpoint.name)）出现在 \(matches.count) 个表头中："
                       + matches.map(describe).joined(separator: ", ")
                       + "；请在旅程中用 `survey: {score: …}` 指定正确的一列")
            } else if let near = nearMiss(touchpoint) {
                report(touchpoint, "touchpoint \"\(touchpoint.id)\" (\(touchpoint.name)) has no matching column, but \(describe(near)) is close; "
                       + "if it is this touchpoint, bind it with `survey: {score: \(yamlScalar(near.id ?? near.text))}`, otherwise rename one of them",
                       zh: "触点 \"\(touchpoint.id)\"（\(touchpoint.name)）没有匹配的列，但 \(describe(near)) 很接近；"
                       + "如果就是这个触点，请用 `survey: {score: \(yamlScalar(near.id ?? near.text))}` 绑定，否则请改掉其中一个的名字")
            }
        }
    }

    private mutating func bindGuess(_ touchpoint: Touchpoint, _ column: SurveyColumn, _ reason: String,
                                    into perTouchpoint: inout [String: [ColumnBinding]]) {
        used[column.index] = "score of \(touchpoint.id)"
        perTouchpoint[touchpoint.id, default: []].append(
            ColumnBinding(output: ResponsesColumn(kind: .score, touchpointID: touchpoint.id, scale: journey.scale),
                          column: column, isDeclared: false, reason: reason))
    }

    /// A free column whose row label or short header is a small edit away from the touchpoint's name or id.
    private func nearMiss(_ touchpoint: Touchpoint) -> SurveyColumn? {
        for column in layout.columns where used[column.index] == nil && !column.isMetadata && identifyingKind(column) == nil {
            var labels: [String] = []
            if let row = column.rowLabel { labels.append(row) }
            if column.text.count <= 40 { labels.append(column.text) }
            if let id = column.id { labels.append(id) }
            for label in labels {
                let folded = ImportText.folded(label)
                if KeySuggester.suggestion(for: ImportText.folded(touchpoint.name), among: [folded]) != nil
                    || KeySuggester.suggestion(for: touchpoint.id, among: [folded]) != nil {
                    return column
                }
            }
        }
        return nil
    }

    // MARK: - Messages

    private func describe(_ column: SurveyColumn) -> String { HeaderSuggester.describe(column) }

    private func yamlScalar(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return plain ? text : "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private mutating func report(_ owner: Touchpoint?, key: String? = nil, _ message: String, zh: String? = nil) {
        if let location = owner?.location ?? key.flatMap({ journey.survey?.keyLocations[$0] }) {
            problems.append(ImportProblem(.error, at: location, message, zh: zh))
        } else {
            problems.append(ImportProblem(.error, path: journey.path.isEmpty ? "journey" : journey.path, message, zh: zh))
        }
    }

    /// The Chinese name of a binding role ("respondent id", "segment 工龄", "score of first-login").
    private func roleZH(_ role: String) -> String {
        let names = ["respondent id": "受访者 id", "overall rating": "总体评分", "eNPS item": "eNPS 题", "segment": "分组",
                     "ambiguous": "有歧义的列"]
        if let name = names[role] { return name }
        if role.hasPrefix("segment ") { return "分组 " + role.dropFirst("segment ".count) }
        if let range = role.range(of: " of ") { return "\(role[range.upperBound...]) 的 \(role[..<range.lowerBound])" }
        return role
    }
}
