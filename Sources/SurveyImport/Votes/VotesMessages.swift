import JourneyModel

/// What `VotesSheetReader` says about a votes sheet, in both languages.
enum VotesMessages {
    static func q(_ text: String) -> String { DiagnosticText.quoted(text) }

    static let empty = LocalizedText(en: "the votes sheet is empty; its first row names the columns touchpoint,idea,votes[,owner][,impact][,effort][,due]",
                                     zh: "投票表为空；第一行应写列名 环节,想法,票数[,负责人][,影响][,难度][,截止]")
    static let isWorkbookBytes = LocalizedText(en: "the file is an Excel workbook; give it a .xlsx name so it is read as one",
                                               zh: "该文件是 Excel 工作簿；请用 .xlsx 扩展名，以便按工作簿读取")

    static func unknownHeader(_ header: String, suggestion: String?) -> LocalizedText {
        let list = "touchpoint, idea, votes, owner, impact, effort, due（环节, 想法, 票数, 负责人, 影响, 难度, 截止）"
        if let suggestion {
            return LocalizedText(en: "unknown column \(q(header)); did you mean \(q(suggestion))?",
                                 zh: "未知的列 \(q(header))；是不是想写 \(q(suggestion))？")
        }
        return LocalizedText(en: "unknown column \(q(header)); the columns are \(list)", zh: "未知的列 \(q(header))；可用的列：\(list)")
    }

    static func duplicateHeader(_ header: String, first: String) -> LocalizedText {
        LocalizedText(en: "column \(q(header)) names the same thing as column \(q(first)); keep one of them",
                      zh: "列 \(q(header)) 与列 \(q(first)) 含义相同；只保留其中一列")
    }

    static func missingColumn(_ column: VotesColumn) -> LocalizedText {
        LocalizedText(en: "the sheet has no \(q(column.headers[0])) column (\(q(column.headers[1])) in Chinese); the first row must name it",
                      zh: "表中没有 \(q(column.headers[1])) 列（英文 \(q(column.headers[0]))）；第一行必须有这一列")
    }

    static let blankTouchpoint = LocalizedText(en: "the touchpoint is empty; write its id or name", zh: "环节为空；请填写触点的 id 或名称")
    static let blankIdea = LocalizedText(en: "the idea is empty; write the idea (or a playbook id PB-…)", zh: "想法为空；请填写想法（或题库编号 PB-…）")

    /// An idea cell shaped like a playbook id (`PB-…`) that the built-in playbook does not have (a warning).
    static func unknownPlaybookIdea(_ id: String, suggestion: String?) -> LocalizedText {
        let hint = suggestion.map { (en: "; did you mean \(q($0))?", zh: "；是不是想写 \(q($0))？") }
            ?? (en: "; `journeymap ideas JOURNEY` lists the ids", zh: "；`journeymap ideas 旅程文件` 会列出这些 id")
        return LocalizedText(en: "no playbook idea \(q(id))" + hint.en, zh: "没有编号为 \(q(id)) 的建议" + hint.zh)
    }

    static func unknownTouchpoint(_ text: String, suggestion: (id: String, name: String)?, ids: [String]) -> LocalizedText {
        if let s = suggestion {
            return LocalizedText(en: "no touchpoint \(q(text)) in the journey; did you mean \(q(s.id)) (\(s.name))?",
                                 zh: "旅程中没有触点 \(q(text))；是不是想写 \(q(s.id))（\(s.name)）？")
        }
        let list = ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? ", …" : "")
        return LocalizedText(en: "no touchpoint \(q(text)) in the journey; write a touchpoint id or name (\(list))",
                             zh: "旅程中没有触点 \(q(text))；请填写触点的 id 或名称（\(list)）")
    }

    static func badVotes(_ text: String) -> LocalizedText {
        LocalizedText(en: "votes \(q(text)) is not a count; write a whole number of 0 or more, or leave it empty to count the row as one vote",
                      zh: "票数 \(q(text)) 不是票数；请写 0 或更大的整数，或留空表示这一行算一票")
    }

    static func badLevel(_ text: String, column: VotesColumn) -> LocalizedText {
        LocalizedText(en: "\(column.rawValue) \(q(text)) is not 1–3; write 1, 2 or 3 (or low, medium, high / 低, 中, 高)",
                      zh: "\(column.headers[1]) \(q(text)) 不在 1–3 之间；请写 1、2 或 3（或 低、中、高）")
    }

    static func badDate(_ text: String) -> LocalizedText {
        LocalizedText(en: "due date \(q(text)) is not a valid date; write it as YYYY-MM-DD, e.g. 2026-12-15",
                      zh: "截止日期 \(q(text)) 不是有效日期；请写成 YYYY-MM-DD，例如 2026-12-15")
    }

    static func tooManyRows(_ limit: Int) -> LocalizedText {
        LocalizedText(en: "the sheet has more than \(InputLimits.text(limit)) rows; split the workshop's votes into several sheets",
                      zh: "表格超过 \(InputLimits.text(limit)) 行；请把工作坊投票拆成几张表")
    }

    static func tooLarge(_ limit: Int) -> LocalizedText {
        LocalizedText(en: "the votes sheet is over the limit of \(InputLimits.text(limit)) bytes; split the workshop's votes into several sheets",
                      zh: "投票表超过 \(InputLimits.text(limit)) 字节的上限；请把工作坊投票拆成几张表")
    }

    static func conflicting(_ column: VotesColumn, kept: String, ignored: String, firstRow: Int) -> LocalizedText {
        LocalizedText(en: "\(column.rawValue) \(q(ignored)) differs from \(q(kept)) in row \(firstRow) for the same idea; keeping \(q(kept))",
                      zh: "同一想法的\(column.headers[1]) \(q(ignored)) 与第 \(firstRow) 行的 \(q(kept)) 不同；保留 \(q(kept))")
    }
}
