import JourneyModel

/// The worksheet's own words, in both languages.
enum WorksheetLabels {
    static func subtitle(_ scale: RatingScale) -> LocalizedText {
        LocalizedText(en: "Co-creation worksheet · one sticky note per idea · one dot per person per touchpoint on the \(scale.rangeText) grid",
                      zh: "共创工作表 · 一张便利贴写一个想法 · 每人在每个触点的 \(scale.rangeText) 情绪格上贴一个圆点")
    }
    static let stages = LocalizedText(en: "Stage", zh: "阶段")
    static let touchpoints = LocalizedText(en: "Touchpoint", zh: "触点")
    static let notes = LocalizedText(en: "Sticky notes", zh: "便利贴")
    /// The strip under each notes box: the team's vote dots (the actions box says to vote with dots first; the
    /// emotion dots go on the grid, as the subtitle says).
    static let dots = LocalizedText(en: "Vote dots", zh: "投票圆点")
    static let emotion = LocalizedText(en: "Emotion", zh: "情绪")
    static func scaleEnds(_ scale: RatingScale) -> LocalizedText {
        // a figure and its word never part ("5 good," / "1 bad", not "5 good, 1 / bad")
        LocalizedText(en: "\(scale.max)\u{00A0}good, \(scale.min)\u{00A0}bad", zh: "\(scale.max)\u{00A0}好，\(scale.min)\u{00A0}差")
    }
    static let mot = LocalizedText(en: "MOT", zh: "关键时刻")
    static let pain = LocalizedText(en: "Pain points 痛点", zh: "痛点 Pain")
    static let pleasure = LocalizedText(en: "Pleasure points 爽点", zh: "爽点 Pleasure")
    static let itch = LocalizedText(en: "Itch points 痒点", zh: "痒点 Itch")
    static let actions = LocalizedText(en: "Actions: what · who · by when", zh: "行动：做什么 · 谁负责 · 何时完成")
    static let painPrompt = LocalizedText(en: "Where it hurts or frightens, where it matters", zh: "哪里让人害怕或受伤，而且很重要")
    static let pleasurePrompt = LocalizedText(en: "Where a need is met at once", zh: "哪里的需要被立刻满足")
    static let itchPrompt = LocalizedText(en: "What the ideal version would be", zh: "理想中的样子是什么")
    static let actionsPrompt = LocalizedText(en: "Vote with dots, then agree owners and dates", zh: "先用圆点投票，再定负责人和日期")
    // Participants read these: no playbook codes, no commands (the facilitator's idea list gives reasons and sources).
    static let ideas = LocalizedText(en: "Ideas others have tried (the facilitator has their reasons and sources):",
                                     zh: "别的团队试过的做法（原因和出处在主持人那里）：")
    static func moreIdeas(_ count: Int) -> LocalizedText {
        LocalizedText(en: "… and \(count) more with the facilitator", zh: "……另有 \(count) 条，在主持人那里")
    }
    static func footer(_ title: String, date: String, sheet: (index: Int, count: Int)? = nil) -> LocalizedText {
        guard let sheet else { return LocalizedText(en: "\(title) · worksheet · \(date)", zh: "\(title) · 工作表 · \(date)") }
        return LocalizedText(en: "\(title) · worksheet · sheet \(sheet.index) of \(sheet.count) · \(date)",
                             zh: "\(title) · 工作表 · 第 \(sheet.index) 页，共 \(sheet.count) 页 · \(date)")
    }
    /// Under the title of a journey printed on several sheets (the words of a map's print sheets).
    static func sheet(_ index: Int, of count: Int) -> LocalizedText {
        LocalizedText(en: "Sheet \(index) of \(count)", zh: "第 \(index) 页，共 \(count) 页")
    }
    /// After the name of a stage whose first touchpoints are on the sheet before.
    static let continued = LocalizedText(en: MapLabels(.en).stageContinued, zh: MapLabels(.zh).stageContinued)

    /// In the footer when the sticky-note boxes are narrower than the note the sheet is made for (`a4`: A3 would
    /// help).
    static func narrowBoxes(widthMM: Int, noteMM: Int, a4: Bool) -> LocalizedText {
        LocalizedText(en: "boxes \(widthMM) mm wide, narrower than a \(noteMM) mm sticky note: \(a4 ? "print on A3 or " : "")split the journey",
                      zh: "便利贴格宽 \(widthMM) 毫米，窄于 \(noteMM) 毫米便利贴：\(a4 ? "请用 A3 打印或" : "请")拆分旅程")
    }

    /// In the footer when the sticky-note boxes are wide enough for the note but lower than it (`a4`: A3 has the
    /// height).
    static func lowBoxes(heightMM: Int, noteMM: Int, a4: Bool) -> LocalizedText {
        LocalizedText(en: "boxes \(heightMM) mm high, lower than a \(noteMM) mm sticky note\(a4 ? ": print on A3 for the wall" : "")",
                      zh: "便利贴格高 \(heightMM) 毫米，低于 \(noteMM) 毫米便利贴\(a4 ? "：上墙请用 A3 打印" : "")")
    }

    /// Every label, for the catalog test.
    static var all: [LocalizedText] {
        [subtitle(.fivePoint), stages, touchpoints, notes, dots, emotion, scaleEnds(.fivePoint), pain, pleasure, itch, actions, painPrompt,
         pleasurePrompt, itchPrompt, actionsPrompt, ideas, moreIdeas(2), footer("x", date: "2026-01-01"), footer("x", date: "2026-01-01", sheet: (1, 2)), sheet(1, of: 2), continued, narrowBoxes(widthMM: 15, noteMM: 38, a4: true), lowBoxes(heightMM: 29, noteMM: 38, a4: true)]
    }
}
