import JourneyModel

/// The checks on an import as a whole, once every row is read and before anything is written: it must bind a
/// touchpoint and keep a row, repeated respondent ids need `--dedupe`, and no kept segment or comment column
/// may identify people by its content. Every failure says why; none quotes a respondent's answer.
struct ImportResultCheck {
    let prepared: PreparedImport
    /// What the scatter's second pass gathered from the kept rows (after `--dedupe`).
    let drained: ScatteredRows.Drained

    func check() throws(ImportError) {
        var problems: [ImportProblem] = []
        let path = prepared.exportPath
        let exportName = path.split(separator: "/").last.map(String.init) ?? path
        let summary = prepared.summary
        let plan = prepared.plan
        if !plan.bindings.contains(where: { $0.output.kind == .score }) {
            problems.append(ImportProblem(.error, path: path,
                "no touchpoint of the journey is bound to a column of \(exportName), so there is nothing to analyze; nothing was written",
                zh: "旅程中没有任何触点绑定到 \(exportName) 的列，因此没有可分析的内容；没有写入任何文件"))
            for touchpoint in plan.unboundTouchpoints {
                problems.append(unboundNote(touchpoint))
            }
            throw .invalid(problems)
        }
        if summary.rowsKept == 0 {
            let skipped = summary.skipped.map { "\($0.count) \($0.reason)" }.joined(separator: ", ")
            let why = summary.rowsRead == 0 ? "the export has header rows but no data rows"
                : "none of its \(summary.rowsRead) data rows was kept" + (skipped.isEmpty ? "" : " (skipped: \(skipped))")
            let whyZH = summary.rowsRead == 0 ? "导出文件只有表头，没有数据行"
                : "\(summary.rowsRead) 行数据一行也没有保留" + (skipped.isEmpty ? "" : "（跳过：\(skipped)）")
            throw .invalid(path, "\(why); nothing was written", zh: "\(whyZH)；没有写入任何文件")
        }
        if summary.duplicateCount > 0, prepared.options.dedupe == nil {
            let examples = summary.duplicateExamples.map { "row \($0.row) repeats row \($0.first)" }.joined(separator: ", ")
            let examplesZH = summary.duplicateExamples.map { "第 \($0.row) 行重复第 \($0.first) 行" }.joined(separator: "，")
            let more = summary.duplicateCount > summary.duplicateExamples.count ? ", …" : ""
            problems.append(ImportProblem(.error, path: path, column: prepared.duplicateKeyColumn?.label,
                "\(summary.duplicateCount) rows repeat a respondent id seen before (\(examples)\(more)); pass --dedupe first or --dedupe last to keep one response per respondent; nothing was written",
                zh: "有 \(summary.duplicateCount) 行的受访者 id 与前面的行重复（\(examplesZH)\(more)）；请加 --dedupe first 或 --dedupe last，每位受访者只保留一份作答；没有写入任何文件"))
        }
        let textBindings = plan.bindings.filter { !$0.output.kind.isRating }
        for (slot, binding) in textBindings.enumerated() {
            let segmentReason = drained.segmentOverflow[slot]
                ? "it has more than \(ScatteredRows.levelLimit) different values"
                : IdentifyingColumnDetector.segmentReason(levels: drained.segmentLevels[slot])
            if binding.output.kind == .segment, let reason = segmentReason {
                problems.append(ImportProblem(.error, path: path, column: binding.column.label,
                    "segment \(DiagnosticText.quoted(binding.output.segmentName ?? binding.column.label)) is refused: \(reason); segments must group people, not identify them — remove it from survey.segments or bind a coarser column",
                    zh: "分组 \(DiagnosticText.quoted(binding.output.segmentName ?? binding.column.label)) 被拒绝：\(reason)；分组只能把人归组，不能识别个人——请从 survey.segments 中删除，或绑定更粗的列"))
            } else if binding.output.kind == .comment, let reason = IdentifyingColumnDetector.commentReason(drained.commentSamples[slot]) {
                problems.append(ImportProblem(.error, path: path, column: binding.column.label,
                    "comment column of \(binding.output.touchpointID ?? "survey.comment") is refused: \(reason); bind a column of comments, not of contact details",
                    zh: "\(binding.output.touchpointID ?? "survey.comment") 的评论列被拒绝：\(reason)；请绑定评论列，而不是联系方式列"))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
    }

    /// `journey.yaml:12:9: note: touchpoint "offer" (Offer) has no column; closest headers: …`.
    func unboundNote(_ touchpoint: Touchpoint) -> ImportProblem {
        let closest = HeaderSuggester.closest(to: [touchpoint.name, touchpoint.id], among: prepared.layout.columns)
        let hint = closest.isEmpty ? "no header resembles its name or id"
            : "closest headers: " + closest.map(HeaderSuggester.describe).joined(separator: ", ")
        let hintZH = closest.isEmpty ? "没有与它的名称或 id 相近的表头"
            : "最接近的表头：" + closest.map(HeaderSuggester.describe).joined(separator: ", ")
        let message = LocalizedText(
            en: "touchpoint \"\(touchpoint.id)\" (\(touchpoint.name)) has no column; \(hint); bind one with `survey: {score: …}`",
            zh: "触点 \"\(touchpoint.id)\"（\(touchpoint.name)）没有对应的列；\(hintZH)；请用 `survey: {score: …}` 绑定")
        if let location = touchpoint.location { return ImportProblem(.note, at: location, message) }
        return ImportProblem(.note, path: prepared.journey.path.isEmpty ? "journey" : prepared.journey.path, message)
    }
}
