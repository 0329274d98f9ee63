import JourneyAnalysis
import JourneyModel

/// Wording of the HTML brief (`analyze --format html`) beyond the sections it shares with the text report.
extension ReportLabels {
    // MARK: Document

    /// The `lang` attribute of the `<html>` element.
    var htmlLanguage: String { t("zh-CN", "en") }
    var takeawayHeading: String { t("要点", "Takeaway") }
    var mapHeading: String { t("旅程地图", "Journey map") }
    var mapCaption: String { t("旅程地图（与 journeymap render 相同）", "The journey map (as journeymap render draws it)") }
    var statisticsHeading: String { t("触点统计", "Touchpoint statistics") }
    var actionsHeading: String { t("行动计划（按优先级）", "Action plan (by priority)") }
    var privacyHeading: String { t("隐私说明", "Privacy") }
    var noActions: String { t("旅程文件中还没有行动。", "The journey file has no actions yet.") }
    var noENPS: String { t("问卷没有推荐意愿（eNPS）题。", "The survey has no recommend (eNPS) item.") }
    var noENPSEstimate: String { t("工作坊估分没有 eNPS：eNPS 需要问卷数据。", "Workshop estimates have no eNPS: it needs survey data.") }

    // MARK: Takeaway

    // MARK: Statistics table

    func statisticsHeader(estimate: Bool) -> [String] {
        [t("阶段", "Stage"), t("触点", "Touchpoint"), "n", estimate ? t("估分", "estimate") : t("均值", "mean"),
         t("中位数", "median"), t("高分占比", "top box"), t("低分占比", "bottom box"), t("发现", "finding")]
    }

    func statisticsNote(_ boxes: LikertBoxes, scale: RatingScale, estimate: Bool) -> String {
        if estimate { return t("工作坊估分：每个触点一个分数，没有人数和分布。", "Workshop estimates: one score per touchpoint, no counts or distribution.") }
        let top = boxes.size == 1 ? "\(scale.max)" : "\(Int(boxes.topMin))–\(scale.max)"
        let bottom = boxes.size == 1 ? "\(scale.min)" : "\(scale.min)–\(Int(boxes.bottomMax))"
        return t("高分占比 / 低分占比：打 \(top) 分 / \(bottom) 分（\(scale.rangeText) 分制）的人所占比例；★ 团队标注的关键时刻，☆ 数据建议的关键时刻。",
                 "Top box / bottom box: the share of people who answered \(top) / \(bottom) on \(scale.rangeText); ★ a moment of truth declared by the team, ☆ one suggested by the data.")
    }

    func findingName(_ c: FindingClass?) -> String {
        switch c {
        case .pain?: return t("痛点", "pain")
        case .pleasure?: return t("爽点", "pleasure")
        case .itch?: return t("痒点", "itch")
        default: return ""
        }
    }

    var hidden: String { t("已隐藏", "hidden") }

    // MARK: Action plan

    func votes(_ n: Int) -> String { t("\(n) 票", n == 1 ? "1 vote" : "\(n) votes") }
    func impactEffort(impact: Int?, effort: Int?) -> String? {
        guard impact != nil || effort != nil else { return nil }
        let i = impact.map(String.init) ?? "–", e = effort.map(String.init) ?? "–"
        return t("影响 \(i)/3 · 投入 \(e)/3", "impact \(i)/3 · effort \(e)/3")
    }
    func owner(_ name: String) -> String { t("负责人：\(name)", "owner: \(name)") }
    func due(_ date: String) -> String { t("截止：\(date)", "due \(date)") }

    // MARK: Privacy

    func privacyMinimum(_ k: Int) -> String {
        t("匿名门槛：少于 \(k) 人的群体不单独报告；评论只在至少 \(max(10, k)) 人作答时显示。",
          "Anonymity minimum: groups under \(k) respondents are never reported; comments only from \(max(10, k)) answers up.")
    }
    var privacyImport: String {
        t("导入问卷时已删除可识别身份的列（姓名、邮箱、IP 地址、位置、自由填写的编号）。",
          "The survey import dropped identifying columns (names, e-mail addresses, IP addresses, locations, free-text ids).")
    }
    var privacyEstimate: String {
        t("本报告基于工作坊估分，不含个人作答。", "This brief uses the workshop's estimates and holds no individual answers.")
    }
    var privacySuppressedAll: String {
        t("作答人数少于匿名门槛：不报告任何结果，也不报告人数。", "Fewer respondents than the anonymity minimum: nothing is reported, not even the count.")
    }
    func privacyHiddenTouchpoints(_ names: [String]) -> String {
        t("已隐藏的触点：", "Hidden touchpoints: ") + names.joined(separator: t("、", ", "))
    }
    func privacyHiddenGroups(_ column: String, _ values: [String]) -> String {
        t("「\(column)」中已隐藏的群体：", "Hidden groups of \(column): ") + values.joined(separator: t("、", ", "))
            + t("（人数不足，或为保护更小的群体而一并隐藏）", " (too few respondents, or hidden to protect a smaller group)")
    }
    var privacyENPSHidden: String { t("eNPS 作答人数不足，已隐藏。", "eNPS is hidden: too few answers.") }
    var privacyNothingHidden: String { t("没有群体因人数不足而被隐藏。", "No group had to be hidden.") }
    var privacyNoScript: String {
        t("本文件自成一体：不含脚本，不加载任何外部资源。", "This file is self-contained: no scripts, nothing loaded from elsewhere.")
    }
}
