import ArgumentParser
import JourneyModel
import SurveyImport

/// The help texts of every command, in both languages; argument-parser reads them when it builds the help, after
/// `MessageLanguage` has chosen this run's language.
enum HelpTexts {
    static func t(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    // MARK: - journeymap

    static let rootAbstract = t("Map an employee's work journey: touchpoints, moments of truth, peak-end, pain/pleasure/itch points.",
                                "绘制员工的工作旅程：触点、关键时刻（MOT）、峰终定律、痛点/爽点/痒点。")
    static let rootDiscussion = t("""
        Exit codes: 0 success; 1 a --fail-on condition held; 64 usage error; 65 bad input data;
        66 input file missing; 73 cannot write output; 74 I/O error.
        Messages and help follow --lang zh|en, else LC_ALL, LC_MESSAGES or LANG.
        """, """
        退出码：0 成功；1 某个 --fail-on 条件成立；64 用法错误；65 输入数据有误；
        66 输入文件不存在；73 无法写入输出；74 读写错误。
        消息和帮助的语言：--lang zh|en，否则按 LC_ALL、LC_MESSAGES 或 LANG。
        """)

    // MARK: - Shared

    static let journeyFile = t("A journey file.", "旅程文件。")
    static let plain = t("Force plain output without colour.", "强制输出不带颜色的纯文本。")
    static let messageLang = t("Language of the messages: zh or en (default: from LC_ALL, LC_MESSAGES or LANG).",
                               "消息的语言：zh 或 en（默认按 LC_ALL、LC_MESSAGES 或 LANG）。")

    // MARK: - validate

    static let validateAbstract = t("Check one or more journey files and report every problem with its line and column.",
                                    "检查一个或多个旅程文件，列出每个问题及其行号和列号。")
    static let validateFiles = t("Journey files (YAML).", "旅程文件（YAML）。")
    static let validateQuiet = t("Print nothing for valid files.", "文件有效时不输出任何内容。")

    // MARK: - init

    static let initAbstract = t("Write a commented starter journey that validates (an existing file only with --force).",
                                "写一个带注释、可通过校验的起步旅程（已有文件只在加 --force 时覆盖）。")
    static let initPath = t("Where to write the journey, e.g. journeys/my-team.yaml.", "旅程写到哪里，例如 journeys/my-team.yaml。")
    static let initTemplate = t("Starter: \(StarterTemplate.allCases.map(\.rawValue).joined(separator: ", ")).",
                                "起步模板：\(StarterTemplate.allCases.map(\.rawValue).joined(separator: "、"))。")
    static let initLang = t("Language of the starter text and the messages: zh or en (default: zh).",
                            "起步模板和消息的语言：zh 或 en（默认 zh）。")
    static let initForce = t("Replace an existing file at PATH (it is replaced atomically; without --force init never overwrites).",
                             "覆盖 PATH 处已有的文件（原子替换；不加 --force 时 init 从不覆盖）。")

    // MARK: - show

    static let showAbstract = t("Print an outline: stages, touchpoints, MOT marks and a sparkline of the scores.",
                                "打印大纲：阶段、触点、MOT 标记和分数的迷你走势图。")
    static let showLang = t("Language of the outline's labels and the messages: zh or en (default: the journey's).",
                            "大纲标签和消息的语言：zh 或 en（默认与旅程相同）。")

    // MARK: - render

    static let renderAbstract = t("Draw the annotated journey map: stages, touchpoints, MOT, emotion curve, peak-end, pain/pleasure/itch, voices, actions.",
                                  "绘制带标注的旅程地图：阶段、触点、MOT、情绪曲线、峰终、痛点/爽点/痒点、员工原话、行动项。")
    static let renderDiscussion = t("""
        Uses survey data from --responses, or from <journey>.responses.csv next to the journey when it exists;
        otherwise draws the workshop estimates (score, importance, wish) from the journey file.
        PNG and PDF need rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
        """, """
        使用 --responses 指定的问卷数据；没有指定时，使用旅程旁边的 <journey>.responses.csv（如果存在）；
        否则画旅程文件中的工作坊估分（score、importance、wish）。
        PNG 和 PDF 需要 rsvg-convert（Debian/Ubuntu：apt-get install librsvg2-bin）。
        """)
    static let renderResponses = t("Normalized responses file written by `journeymap import` (default: <journey>.responses.csv if present).",
                                   "由 `journeymap import` 生成的标准化作答文件（默认：存在时用 <journey>.responses.csv）。")
    static let renderOutput = t("Output file (default: export/<journey-name>.<format>).", "输出文件（默认：export/<旅程名>.<格式>）。")
    static let renderFormat = t("svg, png, pdf or mermaid (a Mermaid journey, .mmd; scores mapped onto 1–5) (default: from the output name, else svg).",
                                 "svg、png、pdf 或 mermaid（Mermaid 旅程图 .mmd，分数换算到 1–5）（默认按输出文件名，否则 svg）。")
    static let renderTheme = t("light, dark (projectors), print (greyscale) or contrast (Okabe–Ito).",
                               "light、dark（投影）、print（灰度打印）或 contrast（Okabe–Ito 高对比）。")
    static let renderLang = t("Language of generated labels and the messages: zh or en (default: the journey's).",
                              "生成的标签和消息的语言：zh 或 en（默认与旅程相同）。")
    static let renderSize = t("wide (grows with the touchpoints), slide (its own 1920 × 1080 view), a3 or a4 (landscape print; several pages when needed).",
                              "wide（随触点数变宽）、slide（专门的 1920 × 1080 版式）、a3 或 a4（横向打印；需要时分多页）。")
    static let renderStamp = t("Add today's date to the footnote (off by default so output stays byte-identical).",
                               "在脚注中加上今天的日期（默认关闭，使输出逐字节一致）。")
    static let renderCredit = t("Add \"Made with journeymap\" to the footnote.", "在脚注中加上 \"Made with journeymap\"。")
    static let renderNoTakeaway = t("Leave out the takeaway line under the title.", "不显示标题下的要点一行。")
    static let renderWatch = t("Keep running: re-render whenever the journey, its workshop sidecar or its responses file is saved (Ctrl-C stops); a save with mistakes prints them and keeps the last good file.",
                               "持续运行：旅程、工作坊附属文件或作答文件一保存就重新绘制（Ctrl-C 停止）；有错误的保存会打印错误并保留上一版正确的文件。")

    // MARK: - preview

    static let previewAbstract = t("Show the map in a browser on this computer and update it on every save.",
                                   "在本机浏览器中显示地图，每次保存后自动更新。")
    static let previewDiscussion = t("""
        Serves http://127.0.0.1:PORT/ (this computer only): the map as it is now, redrawn when the journey,
        <journey>.workshop.yaml or the responses file is saved. A save with mistakes shows them on the page and
        keeps the last good map. Ctrl-C stops.
        """, """
        在 http://127.0.0.1:端口/ 提供页面（仅限本机）：显示当前的地图，旅程、<journey>.workshop.yaml
        或作答文件一保存就重新绘制。有错误的保存会在页面上显示错误，并保留上一版正确的地图。按 Ctrl-C 停止。
        """)
    static let previewPort = t("Port on 127.0.0.1 (0 picks a free one and prints it).", "127.0.0.1 上的端口（0 表示自动选择空闲端口并打印出来）。")

    // MARK: - import

    static let importAbstract = t("Import a survey export into a normalized, anonymized responses file for a journey.",
                                  "把问卷导出文件导入为旅程的标准化、匿名化作答文件。")
    static let importDiscussion = t("""
        Formats: auto, \(SurveyFormat.allCases.map(\.rawValue).joined(separator: ", ")).
        Excel workbooks (.xlsx) and LimeSurvey survey archives (.lsa) are recognized by their content; choose a
        worksheet with --sheet. Archives over the size, ratio or entry limits, or with unsafe entries, are refused.
        Writes <journey-dir>/<journey-name>.responses.csv unless -o is given; render and analyze pick it up.
        Identifying columns (names, e-mails, phone numbers, addresses, birth dates, staff numbers, IP addresses,
        locations, recipient fields, ids) are never written; contact details in comments are masked. Respondents are
        shuffled (seeded by a hash of the export) and the file is created with mode 0600: it is pseudonymized
        personal data.
        """, """
        格式：auto、\(SurveyFormat.allCases.map(\.rawValue).joined(separator: "、"))。
        Excel 工作簿（.xlsx）和 LimeSurvey 问卷存档（.lsa）按内容识别；用 --sheet 选择工作表。
        超过大小、压缩比或条目数上限，或含有不安全条目的压缩包会被拒绝。
        不加 -o 时写入 <旅程目录>/<旅程名>.responses.csv；render 和 analyze 会自动使用它。
        可识别个人的列（姓名、电子邮件、电话、地址、出生日期、工号、IP 地址、位置、收件人字段、各类 id）从不写入；
        评论中的联系方式会被遮盖。受访者顺序会打乱（种子取自导出文件的哈希），文件权限为 0600：
        它是假名化的个人数据。
        """)
    static let importExport = t("The survey export (CSV, TSV, Excel .xlsx, LimeSurvey XML .lsr or archive .lsa).",
                                "问卷导出文件（CSV、TSV、Excel .xlsx、LimeSurvey XML .lsr 或存档 .lsa）。")
    static let importJourney = t("The journey the survey belongs to (YAML).", "问卷所属的旅程（YAML）。")
    static let importFormat = t("auto or one of: \(SurveyFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
                                "auto 或以下之一：\(SurveyFormat.allCases.map(\.rawValue).joined(separator: "、"))。")
    static let importEncoding = t("auto, utf-8, utf-16, gb18030, windows-1252, mac-roman, big5 or shift-jis.",
                                  "auto、utf-8、utf-16、gb18030、windows-1252、mac-roman、big5 或 shift-jis。")
    static let importSheet = t("The worksheet of an .xlsx workbook: its name, or its 1-based position (default: the first).",
                               ".xlsx 工作簿中的工作表：名称，或从 1 开始的序号（默认第一个）。")
    static let importDelimiter = t("The field delimiter: comma, semicolon, tab (or the character itself); detected by default.",
                                   "字段分隔符：comma、semicolon、tab（或字符本身）；默认自动识别。")
    static let importDedupe = t("Keep one response per repeated respondent id: first or last (without it, repeats are an error).",
                                "受访者 id 重复时每人只保留一份：first 或 last（不加时重复视为错误）。")
    static let importSeed = t("Seed of the respondent shuffle (for tests; by default a hash of the export's bytes).",
                              "打乱受访者顺序的种子（用于测试；默认取导出文件字节的哈希）。")
    static let importOutput = t("Where to write the responses file.", "作答文件写到哪里。")
    static let importForce = t("Replace an existing file journeymap did not write (never one of the inputs, never a read-only file).",
                               "覆盖一个不是 journeymap 写的已有文件（从不覆盖输入文件，也不覆盖只读文件）。")
    static let outputForce = t("Replace an existing file journeymap did not write (its own outputs are replaced without it; never an input, never a read-only file).",
                               "覆盖一个不是 journeymap 写的已有文件（journeymap 自己的输出不加也会替换；从不覆盖输入文件或只读文件）。")
    static let importPartial = t("Keep unfinished responses (Qualtrics Finished = 0, LimeSurvey without submitdate).",
                                 "保留未完成的作答（Qualtrics Finished = 0，LimeSurvey 没有 submitdate）。")
    static let importMaxBadRows = t("Bad rows tolerated before failing: a count N or a percentage P%.",
                                    "失败前可容忍的问题行数：行数 N 或百分比 P%。")
    static let importLang = t("Language of the messages and the summary: zh or en (default: from LC_ALL, LC_MESSAGES or LANG).",
                              "消息和导入摘要的语言：zh 或 en（默认按 LC_ALL、LC_MESSAGES 或 LANG）。")

    // MARK: - analyze

    static let analyzeAbstract = t("Analyse a journey: pain/pleasure/itch points, moments of truth, the peak-end test, drivers, eNPS, segments.",
                                   "分析旅程：痛点/爽点/痒点、关键时刻、峰终检验、驱动因素、eNPS、分组。")
    static let analyzeDiscussion = t("""
        Uses the responses file given with --responses, else <journey>.responses.csv beside the journey when it exists,
        else the workshop estimates in the journey file. Groups under --min-group respondents (comments: 10) are never
        reported. --fail-on 'METRIC>=N' (metrics: pain = number of pain points, severity = largest pain severity,
        enps; operators >=, >, <=, <; quote it, or the shell reads > as a redirection) exits 1 when it holds.
        """, """
        使用 --responses 指定的作答文件；没有指定时用旅程旁边的 <journey>.responses.csv（如果存在）；
        否则用旅程文件中的工作坊估分。少于 --min-group 人的分组（评论：10 人）从不报告。
        --fail-on '指标>=N'（指标：pain = 痛点个数，severity = 最大痛点严重度，enps；运算符 >=、>、<=、<；
        请加引号，否则 shell 会把 > 当作重定向）成立时以 1 退出。
        """)
    static let analyzeJourney = t("The journey file.", "旅程文件。")
    static let analyzeResponses = t("The normalized responses file written by `journeymap import`.", "由 `journeymap import` 生成的标准化作答文件。")
    static let analyzeBy = t("Break the results down by a segment column (one result per group).", "按分组列拆分结果（每组一份）。")
    static let analyzeWhere = t("Only respondents with COLUMN=VALUE (repeatable; same column = any of the values).",
                                "只看 列=值 的受访者（可重复；同一列的多个值表示任一）。")
    static let analyzeMinGroup = t("Anonymity minimum: smallest group reported (3 or more).", "匿名门槛：报告的最小分组人数（3 或更多）。")
    static let analyzeFormat = t("text, json, markdown, html, csv or xlsx (default: from -o's extension, else text; xlsx needs -o).",
                                 "text、json、markdown、html、csv 或 xlsx（默认按 -o 的扩展名，否则 text；xlsx 需要 -o）。")
    static let analyzeOutput = t("Write the report to this file instead of standard output.", "把报告写入这个文件，而不是标准输出。")
    static let analyzeFailOn = t("Exit 1 when a condition holds, e.g. 'pain>=1' or 'severity>=40' (quoted; repeatable).",
                                 "条件成立时以 1 退出，例如 'pain>=1' 或 'severity>=40'（加引号；可重复）。")
    static let analyzeEstimates = t("Analyse the workshop estimates in the journey file even when a responses file exists.",
                                    "即使有作答文件，也分析旅程文件中的工作坊估分。")
    static let analyzeLang = t("Language of the text, Markdown and HTML report and the messages: zh or en (default: the journey's).",
                               "文本、Markdown 和 HTML 报告及消息的语言：zh 或 en（默认与旅程相同）。")
    static let analyzeCompleteCases = t("Key drivers from complete cases only (respondents who rated every touchpoint), not from every answer.",
                                        "关键驱动因素只用完整作答（给每个触点都打了分的受访者），而不是所有答案。")

    /// Every help text, for the catalog test.
    static var all: [LocalizedText] {
        [rootAbstract, rootDiscussion, journeyFile, plain, messageLang, validateAbstract, validateFiles, validateQuiet,
         initAbstract, initPath, initTemplate, initLang, initForce, showAbstract, showLang, renderAbstract, renderDiscussion,
         renderResponses, renderOutput, renderFormat, renderTheme, renderLang, renderSize, renderStamp, renderCredit, renderNoTakeaway,
         renderWatch, previewAbstract, previewDiscussion, previewPort,
         importAbstract, importDiscussion, importExport, importJourney, importFormat, importEncoding, importSheet,
         importDelimiter, importDedupe, importSeed, importOutput, importForce, outputForce, importPartial, importMaxBadRows, importLang,
         analyzeAbstract, analyzeDiscussion, analyzeJourney, analyzeResponses, analyzeBy, analyzeWhere, analyzeMinGroup,
         analyzeFormat, analyzeOutput, analyzeFailOn, analyzeEstimates, analyzeLang, analyzeCompleteCases] + comparisonTexts
    }
}

extension ArgumentHelp {
    /// Help in this run's language.
    init(_ text: LocalizedText, valueName: String? = nil) {
        self.init(text.localized, valueName: valueName)
    }
}
