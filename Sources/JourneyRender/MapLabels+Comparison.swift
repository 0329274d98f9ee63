import JourneyAnalysis
import JourneyModel

/// Words of comparison maps (`render --compare`, `--baseline`, `--by`).
extension MapLabels {
    var laneComparison: String { pick("对比", "Compared") }
    var laneGroups: String { pick("分组", "Groups") }
    /// The whole file's curve on a `--by` map.
    var everyone: String { pick("全体", "Everyone") }
    func withN(_ label: String, _ n: Int) -> String { pick("\(label)（n = \(n)）", "\(label) (n = \(n))") }
    /// Groups of `--by` that the release policy does not release: their number only, never their sizes. Both reasons
    /// are named whatever the groups' own: a group can be hidden with more than the minimum, so that a smaller one
    /// cannot be worked out from the others (the onboarding sample hides a team of 72 with the team of 4), and saying
    /// which reason applies would tell a reader that some hidden group is large.
    func groupsHidden(_ count: Int, minimum: Int) -> String {
        pick("\(count) 个分组已隐藏（不足 \(minimum) 人，或为保护更小的群体）",
             (count == 1 ? "1 group hidden" : "\(count) groups hidden") + " (under \(minimum) people, or to protect a smaller group)")
    }
    func deltaDefinition(_ shown: String, _ reference: String) -> String {
        // from the unrounded scores, as the report and the JSON give it: 4.34 − 3.78 reads +0.6 beside labels 4.3 and 3.8
        pick("Δ = \(shown) − \(reference)（按未取整的分值计算）", "Δ = \(shown) − \(reference) (from the unrounded scores)")
    }
    func onlyIn(_ label: String, _ names: [String]) -> String {
        pick("仅在「\(label)」中：" + names.joined(separator: "、"), "Only in \(label): " + names.joined(separator: ", "))
    }
    func notCompared(_ names: [String]) -> String {
        pick("未对比（一方没有分值）：" + names.joined(separator: "、"), "Not compared (no value on one side): " + names.joined(separator: ", "))
    }
    func scaleMapped(_ label: String, from: RatingScale, to: RatingScale) -> String {
        pick("「\(label)」的 \(from.rangeText) 分已线性换算到 \(to.rangeText)",
             "\(label)'s \(from.rangeText) scale is mapped linearly onto \(to.rangeText)")
    }
    func testNote(permutations: Int, alpha: Double) -> String {
        let b = MapNumber.grouped(permutations)
        let a = MapNumber.fixed(alpha, digits: 2)
        return pick("▲▼ 超出随机波动：置换检验（\(b) 次重排，Holm 校正，α = \(a)）；灰色数字在波动范围内",
                    "▲▼ beyond the noise: permutation test (\(b) relabellings, Holm-corrected, α = \(a)); grey: within the noise")
    }
    var stageMeanDeltaNote: String {
        pick("Δ 为阶段均值之差；逐触点的变化与检验见分析报告", "Δ between stage means; per touchpoint, with the test, in the analysis report")
    }
}

extension MapNumber {
    /// A signed difference with one decimal: `+1.6`, `−0.4` (a true minus sign, U+2212, as wide as the plus: a
    /// hyphen-minus reads as a dash on the map; the report's plain text keeps `-`), `±0.0`.
    public static func signedDelta(_ value: Double) -> String {
        let text = fixed(abs(value), digits: 1)
        if text == fixed(0, digits: 1) { return "±" + text }
        return (value > 0 ? "+" : "\u{2212}") + text
    }

    /// An integer with thousands separators: `10,000`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(abs(value)))
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (value < 0 ? "-" : "") + out
    }
}
