import JourneyModel

/// What `votes` and `plan` (and the sidecar merge in `render` and `analyze`) say themselves, in both languages.
enum WorkshopMessages {
    static func q(_ text: String) -> String { DiagnosticText.quoted(text) }

    static func noSheet(_ path: String) -> LocalizedText {
        LocalizedText(en: "\(path): error: no such votes sheet; give the CSV or .xlsx with columns touchpoint,idea,votes",
                      zh: "\(path): error: 投票表不存在；请给出含 环节,想法,票数 列的 CSV 或 .xlsx")
    }

    static func wroteSidecar(_ path: String, ideas: Int, votes: Int) -> LocalizedText {
        LocalizedText(en: "wrote \(path) (\(ideas) idea\(ideas == 1 ? "" : "s"), \(votes) vote\(votes == 1 ? "" : "s")); the journey file is unchanged",
                      zh: "已写入 \(path)（\(ideas) 个想法，\(votes) 票）；旅程文件未改动")
    }

    static let unchanged = LocalizedText(en: "no changes since the last run", zh: "与上次相比没有变化")

    static func added(_ idea: WorkshopIdea) -> LocalizedText {
        LocalizedText(en: "  added: \(idea.touchpoint): \(q(idea.title)) (\(idea.votes) vote\(idea.votes == 1 ? "" : "s"))",
                      zh: "  新增：\(idea.touchpoint)：\(q(idea.title))（\(idea.votes) 票）")
    }

    static func removed(_ idea: WorkshopIdea) -> LocalizedText {
        LocalizedText(en: "  removed: \(idea.touchpoint): \(q(idea.title))", zh: "  移除：\(idea.touchpoint)：\(q(idea.title))")
    }

    static func votesChanged(_ idea: WorkshopIdea, from: Int) -> LocalizedText {
        LocalizedText(en: "  votes: \(idea.touchpoint): \(q(idea.title)) \(from) → \(idea.votes)",
                      zh: "  票数：\(idea.touchpoint)：\(q(idea.title)) \(from) → \(idea.votes)")
    }

    static func detailsChanged(_ idea: WorkshopIdea) -> LocalizedText {
        LocalizedText(en: "  changed: \(idea.touchpoint): \(q(idea.title)) (owner, impact, effort or due date)",
                      zh: "  修改：\(idea.touchpoint)：\(q(idea.title))（负责人、影响、难度或截止日期）")
    }

    static func oldSidecarUnreadable(_ path: String) -> LocalizedText {
        LocalizedText(en: "\(path): warning: the previous workshop file could not be read; it is replaced and every idea is listed as added",
                      zh: "\(path): warning: 无法读取原有的工作坊文件；将被替换，所有想法都按新增列出")
    }

    static func badToday(_ text: String) -> LocalizedText {
        LocalizedText(en: "--today \(q(text)) is not a date; write it as YYYY-MM-DD, e.g. 2026-12-15",
                      zh: "--today \(q(text)) 不是日期；请写成 YYYY-MM-DD，例如 2026-12-15")
    }

    static func planNeedsOutput(_ format: String) -> LocalizedText {
        LocalizedText(en: "--format \(format) writes a workbook; name the file with -o, e.g. -o plan.xlsx",
                      zh: "--format \(format) 输出工作簿；请用 -o 指定文件名，例如 -o plan.xlsx")
    }


    static func wrotePlan(_ path: String, actions: Int, uncovered: Int, overdue: Int) -> LocalizedText {
        LocalizedText(en: "wrote \(path) (\(actions) action\(actions == 1 ? "" : "s"), \(uncovered) uncovered, \(overdue) overdue)",
                      zh: "已写入 \(path)（\(actions) 项行动，\(uncovered) 处未覆盖，\(overdue) 项逾期）")
    }

    /// One of each, for the catalog test.
    static var samples: [LocalizedText] {
        let idea = WorkshopIdea(touchpoint: "first-login", title: "Idea", votes: 2)
        return [noSheet("v.csv"), WorkshopMerge.unmatchedIdea(idea, path: "w.yaml", suggestion: "first-logon"), wroteSidecar("w.yaml", ideas: 2, votes: 3),
                unchanged, added(idea), removed(idea), votesChanged(idea, from: 1), detailsChanged(idea), oldSidecarUnreadable("w.yaml"),
                badToday("x"), planNeedsOutput("xlsx"), wrotePlan("p.md", actions: 2, uncovered: 1, overdue: 0)]
    }
}
