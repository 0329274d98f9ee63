import ArgumentParser
import JourneyModel

/// Help texts of the workshop commands (import-mermaid, ideas, worksheet, questions), in both languages.
extension HelpTexts {
    // MARK: - import-mermaid

    static let importMermaidAbstract = t("Turn a Mermaid `journey` diagram into a journey file (sections → stages, tasks → touchpoints).",
                                         "把 Mermaid `journey` 图转成旅程文件（section → 阶段，任务 → 触点）。")
    static let importMermaidDiscussion = t("""
        Follows Mermaid's own journey grammar: title, accTitle, accDescr (also accDescr { … }), %% and # comments,
        `section` lines and `Task: score: Actor, Actor` lines with a whole-number score from 1 to 5.
        Never overwrites an existing file unless --force is given. Docs/Mermaid.md has the details.
        """, """
        按 Mermaid 自己的旅程图语法读取：title、accTitle、accDescr（也支持 accDescr { … }）、%% 和 # 注释、
        `section` 行以及 `任务: 分数: 角色, 角色` 行，分数为 1 到 5 的整数。
        不加 --force 时不会覆盖已有文件。详见 Docs/Mermaid.md。
        """)
    static let importMermaidFile = t("The Mermaid file (.mmd).", "Mermaid 文件（.mmd）。")
    static let importMermaidOutput = t("Where to write the journey (default: beside the Mermaid file, with .yaml).",
                                       "旅程写到哪里（默认：Mermaid 文件旁边，扩展名 .yaml）。")
    static let importMermaidLang = t("Language of the journey and the messages: zh or en (default: guessed from the text).",
                                     "旅程和消息的语言：zh 或 en（默认按内容猜）。")
    static let importMermaidForce = t("Replace an existing journey file at the output path.", "覆盖输出路径上已有的旅程文件。")

    // MARK: - ideas

    static let ideasAbstract = t("Suggest peak-management behaviours from the playbook for each pain point, moment of truth and the End.",
                                 "按剧本为每个痛点、关键时刻和终点建议峰值管理行为。")
    static let ideasDiscussion = t("""
        Ideas come from journeymap's built-in playbook (playbooks/builtin.yaml), each with its reason and source;
        --playbook FILE adds your own (an id that exists replaces the built-in idea). Pain points come in their
        priority order; survey data is used as for render. Docs/Workshop-ideas.md describes the playbook format.
        """, """
        建议来自 journeymap 内置剧本（playbooks/builtin.yaml），每条都有原因和出处；
        --playbook FILE 加入你自己的做法（id 相同则替换内置的那条）。痛点按优先顺序列出；问卷数据的用法与 render 相同。
        剧本格式见 Docs/Workshop-ideas.md。
        """)
    static let ideasPlaybook = t("Your own playbook (YAML) on top of the built-in one.", "在内置剧本之上加入你自己的剧本（YAML）。")
    static let ideasResponses = t("Normalized responses file (default: <journey>.responses.csv if present).",
                                  "标准化作答文件（默认：存在时用 <journey>.responses.csv）。")
    static let ideasFormat = t("text, markdown or json.", "text、markdown 或 json。")
    static let ideasPerTouchpoint = t("Most ideas per touchpoint (1–20, default 3).", "每个触点最多几条建议（1–20，默认 3）。")
    static let ideasLang = t("Language of the ideas and the messages: zh or en (default: the journey's).",
                             "建议和消息的语言：zh 或 en（默认与旅程相同）。")

    // MARK: - questions

    static let questionsAbstract = t("Print the survey questionnaire for a journey, with the column each answer must land in.",
                                     "打印旅程的问卷，并注明每题答案对应的列名。")
    static let questionsDiscussion = t("""
        One rating question per touchpoint (its `question:`, else a plain one), on the journey's scale with its labels,
        plus importance, wish and comment questions where the journey binds those columns, and the overall rating,
        eNPS and comment of the survey block. Each question starts with the touchpoint's name in brackets, so
        `journeymap import` binds the exported column by name; the text format pastes into 问卷星's text import or Qualtrics.
        """, """
        每个触点一道评分题（用它的 `question:`，否则用通用题目），按旅程量表及其标签作答；
        旅程绑定了重要性、理想程度或评论列时加上对应题目，survey 块绑定了总体评分、eNPS 或评论时也加上。
        每题以【触点名称】开头，`journeymap import` 可按名称绑定导出的列；text 格式可直接贴进问卷星的文本导入或 Qualtrics。
        """)
    static let questionsFormat = t("text (paste into 问卷星 or Qualtrics), markdown or csv.", "text（贴进问卷星或 Qualtrics）、markdown 或 csv。")
    static let questionsLang = t("Language of the generic questions, the labels and the messages: zh or en (default: the journey's).",
                                 "通用题目、选项标签和消息的语言：zh 或 en（默认与旅程相同）。")

    // MARK: - worksheet

    static let worksheetAbstract = t("Print a wall worksheet: stages, touchpoints, space for sticky notes and dots, a blank emotion grid, pain/pleasure/itch and action boxes.",
                                     "打印共创墙用的工作表：阶段、触点、便利贴和圆点区、空白情绪格、痛点/爽点/痒点和行动框。")
    static let worksheetDiscussion = t("""
        The sheet also lists the playbook's ideas for the journey in small print (see `journeymap ideas`) and has a
        footer with the journey's title and the date. PDF or PNG when -o ends in .pdf or .png (needs rsvg-convert).
        """, """
        工作表还会以小字列出剧本对本旅程的建议（见 `journeymap ideas`），页脚有旅程标题和日期。
        -o 以 .pdf 或 .png 结尾时输出 PDF 或 PNG（需要 rsvg-convert）。
        """)
    static let worksheetOutput = t("Output file: .svg, .pdf or .png (default: export/<journey>-worksheet-<size>.svg).",
                                   "输出文件：.svg、.pdf 或 .png（默认：export/<旅程名>-worksheet-<尺寸>.svg）。")
    static let worksheetSize = t("a3 (the wall sheet, default) or a4 (landscape).", "a3（墙面大图，默认）或 a4（横向）。")
    static let worksheetOneSheet = t("Every touchpoint on one sheet, even when its sticky-note boxes are narrower than the note (default: as many sheets as that takes, cut between stages where possible).",
                                     "所有触点放在一张上，即使便利贴格比便利贴窄（默认：按需分成几张，尽量在阶段之间分开）。")
    static let worksheetNote = t("The side of the team's sticky notes in mm, 25–102: every box is at least this wide, and this high where the sheet has room (default: 76, the usual 3-inch note, on A3; 38, the 1.5-inch note, on A4).",
                                 "团队所用便利贴的边长（毫米），25–102：每个便利贴格至少这么宽，纸面够时也这么高（默认：A3 用 76，即常见的 3 英寸便利贴；A4 用 38，即 1.5 英寸的）。")
    static let worksheetDate = t("The date in the footer, YYYY-MM-DD (default: today).", "页脚上的日期，YYYY-MM-DD（默认：今天）。")
    static let worksheetLang = t("Language of the sheet's labels and the messages: zh or en (default: the journey's).",
                                 "工作表标签和消息的语言：zh 或 en（默认与旅程相同）。")

    /// Every workshop help text, for the catalog test.
    static var workshop: [LocalizedText] {
        [importMermaidAbstract, importMermaidDiscussion, importMermaidFile, importMermaidOutput, importMermaidLang, importMermaidForce,
         ideasAbstract, ideasDiscussion, ideasPlaybook, ideasResponses, ideasFormat, ideasPerTouchpoint, ideasLang,
         questionsAbstract, questionsDiscussion, questionsFormat, questionsLang,
         worksheetAbstract, worksheetDiscussion, worksheetOutput, worksheetSize, worksheetDate, worksheetLang, worksheetOneSheet, worksheetNote]
    }
}
