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

    /// Every workshop help text, for the catalog test.
    static var workshop: [LocalizedText] {
        [importMermaidAbstract, importMermaidDiscussion, importMermaidFile, importMermaidOutput, importMermaidLang, importMermaidForce]
    }
}
