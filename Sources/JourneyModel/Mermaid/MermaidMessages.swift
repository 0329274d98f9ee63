/// What the Mermaid importer says about a diagram it cannot read, in both languages.
enum MermaidMessages {
    static func notAJourney(firstWord: String) -> LocalizedText {
        firstWord.isEmpty
            ? LocalizedText(en: "a Mermaid user journey starts with the word `journey`; this file is empty",
                            zh: "Mermaid 用户旅程图以 `journey` 开头；这个文件是空的")
            : LocalizedText(en: "a Mermaid user journey starts with the word `journey`, not \(DiagnosticText.quoted(firstWord)); only `journey` diagrams can be imported",
                            zh: "Mermaid 用户旅程图以 `journey` 开头，而不是 \(DiagnosticText.quoted(firstWord))；只能导入 `journey` 图")
    }

    static let journeyAgain = LocalizedText(
        en: "`journey` appears a second time; a task or section name cannot start with the word journey (Mermaid reads it as the keyword)",
        zh: "`journey` 出现了第二次；任务或 section 名称不能以 journey 开头（Mermaid 会把它当作关键字）")

    static func taskWithoutData(_ name: String) -> LocalizedText {
        LocalizedText(en: "task \(DiagnosticText.quoted(name)) has no `: score`; write it as `\(name): 3: Actor`",
                      zh: "任务 \(DiagnosticText.quoted(name)) 缺少 `: 分数`；请写成 `\(name): 3: 角色`")
    }

    static let dataWithoutTask = LocalizedText(
        en: "`:` with no task name before it; a task is written `Task name: score: Actor, Actor`",
        zh: "`:` 前面没有任务名称；任务的写法是 `任务名称: 分数: 角色, 角色`")

    static let loneColon = LocalizedText(en: "`:` is not followed by a score; write a whole number from 1 to 5 after it",
                                         zh: "`:` 后面没有分数；请在其后写 1 到 5 的整数")

    static func invalidCharacter(_ character: String) -> LocalizedText {
        LocalizedText(en: "\(DiagnosticText.quoted(character)) cannot appear here in a Mermaid journey (its grammar has no use for it)",
                      zh: "Mermaid 旅程图中此处不能出现 \(DiagnosticText.quoted(character))（语法中没有它的用法）")
    }

    static let unclosedAccDescr = LocalizedText(en: "`accDescr {` is never closed with `}`", zh: "`accDescr {` 没有用 `}` 结束")
    static let unclosedDirective = LocalizedText(en: "the directive `%%{` is never closed with `}%%`", zh: "指令 `%%{` 没有用 `}%%` 结束")
    static let unclosedFrontMatter = LocalizedText(en: "the front matter opened with `---` is never closed with `---`",
                                                   zh: "以 `---` 开始的 front matter 没有用 `---` 结束")
    static let badFrontMatter = LocalizedText(en: "the front matter between `---` lines is not valid YAML",
                                              zh: "`---` 之间的 front matter 不是有效的 YAML")

    // MARK: - Turning the diagram into a journey

    static func noScore(_ task: String) -> LocalizedText {
        LocalizedText(en: "task \(DiagnosticText.quoted(task)) has no score; write a whole number from 1 to 5 after the colon",
                      zh: "任务 \(DiagnosticText.quoted(task)) 没有分数；请在冒号后写 1 到 5 的整数")
    }

    static func badScore(_ text: String, task: String) -> LocalizedText {
        LocalizedText(en: "score \(DiagnosticText.quoted(text)) of task \(DiagnosticText.quoted(task)) is not a whole number from 1 to 5 (Mermaid journeys score tasks 1–5)",
                      zh: "任务 \(DiagnosticText.quoted(task)) 的分数 \(DiagnosticText.quoted(text)) 不是 1 到 5 的整数（Mermaid 旅程图按 1–5 打分）")
    }

    static func emptySection(_ name: String) -> LocalizedText {
        LocalizedText(en: "section \(DiagnosticText.quoted(name)) has no tasks; every stage of a journey needs at least one touchpoint",
                      zh: "section \(DiagnosticText.quoted(name)) 没有任务；旅程的每个阶段至少需要一个触点")
    }

    static let noTasks = LocalizedText(en: "the diagram has no tasks; a journey needs at least one `Task: score` line",
                                       zh: "图中没有任务；旅程至少需要一行 `任务: 分数`")

    static let unnamedSection = LocalizedText(en: "Tasks", zh: "任务")
    static let untitled = LocalizedText(en: "Untitled journey", zh: "未命名旅程")
}
