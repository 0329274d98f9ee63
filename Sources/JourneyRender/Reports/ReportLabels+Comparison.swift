import JourneyAnalysis
import JourneyModel

/// Report wording of `analyze --compare` / `--baseline`.
extension ReportLabels {
    func comparisonHeading(_ c: JourneyComparison, language: JourneyLanguage) -> String {
        t("对比：\(c.shownName(language)) 与 \(c.referenceName(language))", "Comparison: \(c.shownName(language)) vs \(c.referenceName(language))")
    }
    func deltaLine(_ c: JourneyComparison, language: JourneyLanguage) -> String {
        let shown = c.shownName(language), reference = c.referenceName(language)
        return t("Δ = \(shown) − \(reference)，单位为 \(c.scale.rangeText) 分；触点按 id 配对",
                 "Δ = \(shown) − \(reference), in points of the \(c.scale.rangeText) scale; touchpoints matched by id")
    }
    func referenceSourceLine(_ c: JourneyComparison, language: JourneyLanguage) -> String {
        let name = c.referenceName(language)
        if let n = c.referenceRespondents { return t("\(name)：问卷，\(n) 人", "\(name): survey, \(n) respondents") }
        return t("\(name)：工作坊估计", "\(name): workshop estimate")
    }
    func testLine(_ c: JourneyComparison) -> String {
        let s = c.settings.test
        return t("变化是否超出随机波动：双样本置换检验（均值差，\(s.permutations) 次随机重排，种子 \(s.seed)，双侧 p = (1 + 极端次数)/(B + 1)；较小一组超过 \(s.normalAbove) 人时用正态近似），Holm 校正后 p ≤ \(ReportLabels.two(c.settings.alpha)) 记为 ▲/▼",
                 "Beyond the noise: two-sample permutation test of the mean difference (\(s.permutations) random relabellings, seed \(s.seed), two-sided p = (1 + extreme count)/(B + 1); normal approximation above \(s.normalAbove) in the smaller group), marked ▲/▼ where the Holm-adjusted p ≤ \(ReportLabels.two(c.settings.alpha))")
    }
    func scaleMappedLine(_ c: JourneyComparison, language: JourneyLanguage) -> String {
        t("\(c.referenceName(language)) 的 \(c.referenceScale.rangeText) 分已线性换算到 \(c.scale.rangeText)（两端对两端）",
          "\(c.referenceName(language))'s \(c.referenceScale.rangeText) scale is mapped linearly onto \(c.scale.rangeText) (ends to ends)")
    }
    func onlyInLine(_ name: String, _ touchpoints: [UnmatchedTouchpoint]) -> String {
        let list = touchpoints.map { "\($0.name) [\($0.id)]" }
        return t("仅在「\(name)」中：" + list.joined(separator: "、"), "Only in \(name): " + list.joined(separator: ", "))
    }
    var notComparedLine: String { t("“–”：一方没有分值（未评分、被隐藏或作答少于 10 人）", "“–”: no value on one side (unrated, withheld, or fewer than 10 answers)") }
    func comparisonHeader(_ c: JourneyComparison, language: JourneyLanguage) -> [String] {
        var header = [t("触点", "Touchpoint"), c.shownName(language), c.referenceName(language), "Δ"]
        if c.tested { header += ["p", t("Holm p", "Holm p"), t("超出波动", "beyond noise")] }
        return header
    }

    /// A p-value as the report prints it: three decimals, or "< 0.001".
    static func pValue(_ p: Double) -> String { p < 0.001 ? "< 0.001" : fixed(p, 3) }
}
