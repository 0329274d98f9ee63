/// Built-in answer labels in Chinese and English: 5- and 7-point agreement and satisfaction scales (including
/// Qualtrics' default wordings), Kano answers, and "not applicable" answers that count as missing.
enum LikertLabels {
    /// Rank (1 = lowest) of 5-point labels, case-folded.
    static let fivePoint: [String: Int] = table([
        1: ["strongly disagree", "very dissatisfied", "extremely dissatisfied", "very poor", "very bad",
            "非常不同意", "非常不满意", "很不满意", "很不同意", "完全不同意", "非常差", "很差"],
        2: ["disagree", "somewhat disagree", "dissatisfied", "somewhat dissatisfied", "poor", "bad",
            "不同意", "不满意", "比较不满意", "比较不同意", "差", "较差"],
        3: ["neither agree nor disagree", "neutral", "neither satisfied nor dissatisfied", "fair", "average", "ok",
            "一般", "中立", "说不清", "既不同意也不反对", "既不满意也不不满意", "普通"],
        4: ["agree", "somewhat agree", "satisfied", "somewhat satisfied", "good",
            "同意", "满意", "比较满意", "比较同意", "好", "较好"],
        5: ["strongly agree", "very satisfied", "extremely satisfied", "excellent", "very good",
            "非常同意", "非常满意", "很满意", "很同意", "完全同意", "非常好", "很好"],
    ])

    /// Rank (1 = lowest) of 7-point labels, case-folded.
    static let sevenPoint: [String: Int] = table([
        1: ["strongly disagree", "extremely dissatisfied", "very dissatisfied", "非常不同意", "非常不满意", "完全不同意"],
        2: ["disagree", "moderately dissatisfied", "dissatisfied", "不同意", "不满意"],
        3: ["somewhat disagree", "slightly disagree", "slightly dissatisfied", "somewhat dissatisfied",
            "有点不同意", "比较不同意", "有点不满意", "比较不满意"],
        4: ["neither agree nor disagree", "neutral", "neither satisfied nor dissatisfied", "一般", "中立", "说不清"],
        5: ["somewhat agree", "slightly agree", "slightly satisfied", "somewhat satisfied", "有点同意", "比较同意", "有点满意", "比较满意"],
        6: ["agree", "moderately satisfied", "satisfied", "同意", "满意"],
        7: ["strongly agree", "extremely satisfied", "very satisfied", "非常同意", "非常满意", "完全同意"],
    ])

    /// Kano answers (METHODS.md §3.2) to `KanoAnswer` codes.
    static let kano: [String: Int] = table([
        1: ["i like it", "i like it that way", "like", "我喜欢", "喜欢", "我很喜欢"],
        2: ["it must be that way", "must-be", "must be", "i expect it", "理所当然", "必须这样", "应该这样"],
        3: ["i am neutral", "neutral", "i don't care", "无所谓", "中立"],
        4: ["i can live with it", "i can live with it that way", "i can tolerate it", "能忍受", "可以忍受", "勉强接受"],
        5: ["i dislike it", "i dislike it that way", "dislike", "我不喜欢", "不喜欢", "很不喜欢"],
    ])

    /// Answers that mean "no rating given", case-folded.
    static let notApplicable: Set<String> = [
        "n/a", "na", "n.a.", "not applicable", "don't know", "dont know", "do not know", "prefer not to say", "no answer",
        "not experienced", "not relevant", "does not apply", "doesn't apply", "unfamiliar", "no opinion", "not sure",
        "不适用", "不知道", "不清楚", "无法评价", "不好说", "不愿回答", "未作答", "未接触", "没接触过", "跳过", "(跳过)", "（跳过）",
        "(空)", "（空）", "空",
    ]

    /// Whether a case-folded answer means "no rating given": one of `notApplicable`, or any answer whose last
    /// parenthesized part is one of them (`Unfamiliar (N/A)`, `没用过（不适用）`).
    static func isNotApplicable(_ folded: String) -> Bool {
        if notApplicable.contains(folded) { return true }
        guard let last = folded.last, last == ")" || last == "）" else { return false }
        guard let open = folded.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return false }
        let inner = folded[folded.index(after: open)..<folded.index(before: folded.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        return notApplicable.contains(inner)
    }

    private static func table(_ ranks: [Int: [String]]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (rank, labels) in ranks { for label in labels { result[label] = rank } }
        return result
    }
}
