import JourneyModel

/// Every word the action plan writes itself, in the journey's language (the rest is the team's own text).
struct PlanLabels {
    let zh: Bool

    init(_ language: JourneyLanguage) { zh = language == .zh }

    func t(_ zhText: String, _ en: String) -> String { zh ? zhText : en }

    func title(_ journey: String) -> String { t("行动计划：\(journey)", "Action plan: \(journey)") }
    func asOf(_ date: JourneyDate) -> String { t("日期：\(date)（逾期按此日判断）", "As of \(date) (overdue is judged against this date)") }
    var formula: String {
        t("优先级 P = 100·(V + R + S)/3：V = 票数 ÷ 最高票数，R = (3·影响/难度 − 1)/8（缺省按 2），S = 痛点排名分（痛点① = 1，非痛点 = 0）。",
          "Priority P = 100·(V + R + S)/3: V = votes ÷ most votes, R = (3·impact/effort − 1)/8 (a missing one counts as 2), S = pain rank score (pain ① = 1, not a pain point = 0).")
    }
    var byPriority: String { t("按优先级", "By priority") }
    var byOwner: String { t("按负责人", "By owner") }
    var uncoveredHeading: String { t("未覆盖的痛点和关键时刻", "Uncovered pain points and moments of truth") }
    var overdueHeading: String { t("已逾期", "Overdue") }
    var noActions: String { t("还没有行动。", "No actions yet.") }
    var allCovered: String { t("每个痛点和关键时刻都有行动。", "Every pain point and moment of truth has an action.") }
    var unassigned: String { t("（未指定负责人）", "(no owner yet)") }
    var overdueMark: String { t("逾期", "overdue") }
    var uncoveredMark: String { t("未覆盖", "uncovered") }
    var fromWorkshop: String { t("工作坊", "workshop") }
    var fromJourney: String { t("旅程文件", "journey") }
    var mot: String { t("关键时刻", "moment of truth") }
    func pain(_ rank: Int) -> String { t("痛点\(MapNumber.circled(rank))", "pain point \(MapNumber.circled(rank))") }

    /// The columns of the table (CSV, XLSX, Markdown).
    var columns: [String] {
        zh ? ["序号", "优先级", "行动", "环节 id", "环节", "阶段", "负责人", "截止", "状态", "影响", "难度", "票数", "痛点排名", "来源", "题库编号"]
           : ["rank", "priority", "action", "touchpoint_id", "touchpoint", "stage", "owner", "due", "status", "impact", "effort", "votes", "pain_rank", "source", "playbook"]
    }
}
