import JourneyModel

/// Everything the commands say themselves, in both languages: one static member per message, named parameters.
/// The `error:`/`warning:`/`note:` tokens stay English in both languages (editors and CI parse them).
enum CLIMessages {
    // MARK: - journeymap

    static func unknownCommand(_ word: String, suggestion: String?, commands: [String]) -> LocalizedText {
        let list = commands.joined(separator: ", ")
        return LocalizedText(
            en: "error: unknown command '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + "\ncommands: \(list) (journeymap --help lists them)",
            zh: "error: 没有 '\(word)' 这个命令" + (suggestion.map { "；是不是想用 '\($0)'？" } ?? "")
                + "\n命令：\(list)（journeymap --help 列出全部）")
    }

    // MARK: - Inputs

    static func noResponsesFile(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path): error: no such responses file; write one with `journeymap import`, or leave out --responses to use the workshop estimates",
            zh: "\(path): error: 作答文件不存在；请用 `journeymap import` 生成，或去掉 --responses 改用工作坊估分")
    }

    static let responsesNotUsed = LocalizedText(en: " (responses not used; drawing the workshop estimates)",
                                                zh: "（未使用作答数据；改画工作坊估分）")

    static func touchpointsWithoutData(path: String, uncovered: Int, total: Int, names: String) -> LocalizedText {
        LocalizedText(
            en: "\(path): warning: \(uncovered) of \(total) touchpoints have no survey data: \(names); they show workshop estimates or nothing (bind their columns in the journey and re-import)",
            zh: "\(path): warning: \(total) 个触点中有 \(uncovered) 个没有问卷数据：\(names)；它们只显示工作坊估分或不显示（在旅程中绑定它们的列后重新导入）")
    }

    // MARK: - validate

    static let giveAJourneyFile = LocalizedText(en: "give at least one journey file", zh: "请至少给出一个旅程文件")

    static func validated(_ path: String, stages: Int, touchpoints: Int) -> LocalizedText {
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return LocalizedText(en: "\(path): ok (\(plural(stages, "stage")), \(plural(touchpoints, "touchpoint")))",
                             zh: "\(path): 通过（\(stages) 个阶段，\(touchpoints) 个触点）")
    }

    // MARK: - init

    static func wroteStarter(_ path: String, template: String, language: String) -> LocalizedText {
        LocalizedText(en: "wrote \(path) (\(template), \(language)); edit it, then run: journeymap validate \(path)",
                      zh: "已写入 \(path)（\(template)，\(language)）；编辑后运行：journeymap validate \(path)")
    }

    // MARK: - render

    static func formatMismatch(format: String, output: String) -> LocalizedText {
        LocalizedText(en: "--format \(format) does not match the output name \(output)",
                      zh: "--format \(format) 与输出文件名 \(output) 不一致")
    }

    static func smallText(_ path: String, size: String, role: String, pixels: String, minimum: String) -> LocalizedText {
        LocalizedText(
            en: "\(path): warning: at --size \(size) the smallest text (\(role)) is \(pixels) px, below the minimum of \(minimum) px; shorten the texts or split the journey",
            zh: "\(path): warning: 在 --size \(size) 下最小的文字（\(role)）是 \(pixels) px，低于最小值 \(minimum) px；请缩短文字或把旅程拆开")
    }

    static func rendered(_ path: String, touchpoints: Int, source: LocalizedText, bytes: Int) -> LocalizedText {
        LocalizedText(en: "\(path): \(touchpoints) touchpoints, \(source.en), \(bytes) bytes",
                      zh: "\(path)：\(touchpoints) 个触点，\(source.zh)，\(bytes) 字节")
    }

    static func surveySource(n: Int) -> LocalizedText { LocalizedText(en: "survey, n = \(n)", zh: "问卷，n = \(n)") }
    static func surveySourceBelow(minimum: Int) -> LocalizedText {
        LocalizedText(en: "survey, n < \(minimum)", zh: "问卷，n < \(minimum)")
    }
    static let estimateSource = LocalizedText(en: "workshop estimate", zh: "工作坊估分")

    // MARK: - import

    static func unknownFormat(_ format: String, formats: String) -> LocalizedText {
        LocalizedText(en: "unknown --format \"\(format)\"; use auto or one of \(formats)",
                      zh: "未知的 --format \"\(format)\"；请用 auto 或以下之一：\(formats)")
    }

    static func unknownEncoding(_ encoding: String) -> LocalizedText {
        LocalizedText(en: "unknown --encoding \"\(encoding)\"; use auto, utf-8, utf-16, gb18030, windows-1252, mac-roman, big5 or shift-jis",
                      zh: "未知的 --encoding \"\(encoding)\"；请用 auto、utf-8、utf-16、gb18030、windows-1252、mac-roman、big5 或 shift-jis")
    }

    static func unknownDelimiter(_ delimiter: String) -> LocalizedText {
        LocalizedText(en: "unknown --delimiter \"\(delimiter)\"; use comma, semicolon, tab or one ASCII punctuation character",
                      zh: "未知的 --delimiter \"\(delimiter)\"；请用 comma、semicolon、tab 或一个半角标点字符")
    }

    static func unknownDedupe(_ dedupe: String) -> LocalizedText {
        LocalizedText(en: "unknown --dedupe \"\(dedupe)\"; use first or last", zh: "未知的 --dedupe \"\(dedupe)\"；请用 first 或 last")
    }

    static func badRowLimit(_ text: String) -> LocalizedText {
        LocalizedText(en: "--max-bad-rows \"\(text)\" is neither a count (12) nor a percentage (2.5%)",
                      zh: "--max-bad-rows \"\(text)\" 既不是行数（12）也不是百分比（2.5%）")
    }

    static func moreProblems(_ path: String, count: Int) -> LocalizedText {
        LocalizedText(en: "\(path): note: \(count) more problems not shown", zh: "\(path): note: 另有 \(count) 个问题未列出")
    }

    // MARK: - analyze

    static let estimatesAlone = LocalizedText(
        en: "--estimates analyses the journey file alone; leave out --responses, --by and --where",
        zh: "--estimates 只分析旅程文件本身；请去掉 --responses、--by 和 --where")

    static func minGroupTooSmall(_ value: Int) -> LocalizedText {
        LocalizedText(en: "--min-group \(value) is too small; use 3 or more (the default is 5)",
                      zh: "--min-group \(value) 太小；请用 3 或更大的值（默认 5）")
    }

    static func badFilter(_ filter: String) -> LocalizedText {
        LocalizedText(en: "--where \"\(filter)\" is not COLUMN=VALUE, e.g. --where team=电话一组",
                      zh: "--where \"\(filter)\" 不是 列=值 的形式，例如 --where team=电话一组")
    }

    static func badFailOn(_ condition: String) -> LocalizedText {
        LocalizedText(en: "--fail-on \"\(condition)\" is not METRIC>=NUMBER; metrics: pain, severity, enps; operators: >=, >, <=, <",
                      zh: "--fail-on \"\(condition)\" 不是 指标>=数值 的形式；指标：pain、severity、enps；运算符：>=、>、<=、<")
    }

    static func minGroupBelowRecommended(_ value: Int) -> LocalizedText {
        LocalizedText(
            en: "warning: --min-group \(value) is below the recommended 5; small groups are easier to recognise. Every output states the minimum used.",
            zh: "warning: --min-group \(value) 低于建议值 5；小群体更容易被认出来。每份输出都会注明所用的门槛。")
    }

    static func failOnHolds(_ conditions: String) -> LocalizedText {
        LocalizedText(en: "journeymap analyze: --fail-on \(conditions) holds", zh: "journeymap analyze：--fail-on \(conditions) 成立")
    }

    /// One sample of every message, for the catalog test.
    static var samples: [LocalizedText] {
        [unknownCommand("rendr", suggestion: "render", commands: ["render"]), noResponsesFile("x.csv"), responsesNotUsed,
         touchpointsWithoutData(path: "x", uncovered: 1, total: 2, names: "a"), giveAJourneyFile,
         validated("x", stages: 1, touchpoints: 2), wroteStarter("x", template: "t", language: "zh"),
         formatMismatch(format: "png", output: "x.svg"), smallText("x", size: "slide", role: "value", pixels: "7.0", minimum: "20"),
         rendered("x", touchpoints: 3, source: estimateSource, bytes: 10), surveySource(n: 5), surveySourceBelow(minimum: 5),
         estimateSource, unknownFormat("x", formats: "csv"), unknownEncoding("x"), unknownDelimiter("x"), unknownDedupe("x"),
         badRowLimit("x"), moreProblems("x", count: 2), estimatesAlone, minGroupTooSmall(2),
         badFilter("x"), badFailOn("x"), minGroupBelowRecommended(3),
         failOnHolds("pain>=1")]
    }
}
