import JourneyModel

/// Help texts of the comparison options (`--compare`, `--baseline`, `--labels`, `render --by`).
extension HelpTexts {
    static let compare = t("Compare with another journey file (as-is vs to-be, before vs after): touchpoints matched by id, Δ = this journey − OTHER.",
                           "与另一个旅程文件对比（现状与目标、改进前后）：按触点 id 配对，Δ = 本旅程 − OTHER。")
    static let baseline = t("Compare the --responses wave with an earlier responses file of the same journey: Δ = new − old, permutation test per touchpoint.",
                            "将 --responses 这一期与同一旅程更早的一期作答文件对比：Δ = 本期 − 基线，逐触点做置换检验。")
    static let compareResponses = t("The --compare journey's responses file (default: <other>.responses.csv beside it when it exists, else its workshop estimates).",
                                    "--compare 那个旅程的作答文件（默认：它旁边的 <other>.responses.csv，没有则用其工作坊估计）。")
    static let labels = t("Names of the two sides, comma-separated: this journey (or wave) first, e.g. \"现状,目标\" (default: the titles; for waves 本期/基线).",
                          "两侧的名称，用逗号分隔，本旅程（本期）在前，例如 \"现状,目标\"（默认：旅程标题；两期对比为 本期/基线）。")
    static let renderBy = t("One curve per group of a segment column (needs responses; groups under the anonymity minimum are not drawn).",
                            "按分组列每组画一条曲线（需要作答数据；低于匿名门槛的分组不画）。")

    static var comparisonTexts: [LocalizedText] { [compare, compareResponses, baseline, labels, renderBy] }
}

/// Messages of the comparison options.
extension CLIMessages {
    static let baselineNeedsResponses = LocalizedText(
        en: "--baseline OLD compares two survey waves: give the new wave with --responses NEW",
        zh: "--baseline OLD 用于对比两期问卷：请用 --responses NEW 指定本期作答文件")
    static let compareOrBaseline = LocalizedText(en: "use either --compare or --baseline, not both",
                                                 zh: "--compare 和 --baseline 只能选一个")
    static let byWithComparison = LocalizedText(en: "--by draws one curve per group; it cannot be combined with --compare or --baseline",
                                                zh: "--by 按分组画曲线，不能与 --compare 或 --baseline 同时使用")
    static let comparisonWithFilters = LocalizedText(en: "--compare and --baseline compare whole files; leave out --by and --where",
                                                     zh: "--compare 和 --baseline 对比整份数据；请去掉 --by 和 --where")
    static let compareResponsesNeedsCompare = LocalizedText(en: "--compare-responses is the responses of the --compare journey: give --compare OTHER too",
                                                            zh: "--compare-responses 是 --compare 旅程的作答文件：请同时给出 --compare OTHER")
    static let labelsNeedComparison = LocalizedText(en: "--labels names the two sides of --compare or --baseline",
                                                    zh: "--labels 用于给 --compare 或 --baseline 的两侧命名")
    static func badLabels(_ text: String) -> LocalizedText {
        LocalizedText(en: "--labels \"\(text)\": give two names separated by a comma, e.g. --labels \"as-is,to-be\"",
                      zh: "--labels \"\(text)\"：请给出用逗号分隔的两个名称，例如 --labels \"现状,目标\"")
    }
    static func cannotCompare(_ path: String, _ reason: LocalizedText) -> LocalizedText {
        LocalizedText(en: "\(path): error: \(reason.en)", zh: "\(path): error: \(reason.zh)")
    }
}
