import JourneyModel

/// The help texts of `votes` and `plan`, in both languages.
enum WorkshopHelpTexts {
    static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    static let votesAbstract = t("Read a workshop's votes sheet (CSV or .xlsx) into <journey>.workshop.yaml beside the journey.",
                                 "把工作坊投票表（CSV 或 .xlsx）读入旅程旁的 <旅程>.workshop.yaml。")
    static let votesDiscussion = t("""
        Columns: touchpoint,idea,votes[,owner][,impact][,effort][,due] (or 环节,想法,票数,负责人,影响,难度,截止).
        A touchpoint is named by id or name; an empty votes cell counts the row as one vote. The journey file is
        never changed; re-running replaces the workshop file and lists what changed. See Docs/Workshop.md.
        """, """
        列：环节,想法,票数[,负责人][,影响][,难度][,截止]（或 touchpoint,idea,votes,owner,impact,effort,due）。
        环节可写触点 id 或名称；票数留空表示这一行算一票。旅程文件不会被改动；重新运行会替换工作坊文件并列出变化。
        详见 Docs/Workshop.md。
        """)
    static let votesSheet = t("The votes sheet (.csv or .xlsx).", "投票表（.csv 或 .xlsx）。")
    static let votesJourney = t("The journey the votes are for.", "投票所属的旅程文件。")
    static let planAbstract = t("The action plan: every action by priority, by owner, uncovered pain points and MOTs, overdue actions.",
                                "行动计划：按优先级和负责人列出全部行动，以及未覆盖的痛点和关键时刻、逾期行动。")
    static let planDiscussion = t("""
        Priority P = 100·(V + R + S)/3 from votes, impact for effort and the touchpoint's pain rank (Docs/Workshop.md).
        Ideas from <journey>.workshop.yaml are merged; survey responses beside the journey are used when present.
        """, """
        优先级 P = 100·(V + R + S)/3，由票数、影响与难度之比和触点的痛点排名组成（见 Docs/Workshop.md）。
        会合并 <旅程>.workshop.yaml 中的想法；旅程旁有作答数据时一并使用。
        """)
    static let planFormat = t("markdown (default), csv, xlsx or json; else from the -o name.", "markdown（默认）、csv、xlsx 或 json；否则按 -o 的扩展名。")
    static let planOutput = t("Write to this file instead of standard output.", "写入此文件，而不是标准输出。")
    static let planToday = t("The date overdue is judged against, YYYY-MM-DD (default: today).", "判断逾期所用的日期，YYYY-MM-DD（默认今天）。")
    static let planResponses = t("Survey responses (default: <journey>.responses.csv when present).", "问卷作答数据（默认：旅程旁的 <旅程>.responses.csv）。")

    /// Every text, for the catalog test.
    static let all = [votesAbstract, votesDiscussion, votesSheet, votesJourney, planAbstract, planDiscussion, planFormat,
                      planOutput, planToday, planResponses]
}
