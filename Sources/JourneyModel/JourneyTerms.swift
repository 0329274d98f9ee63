/// The Chinese names of the things a journey's diagnostics talk about ("a stage", "the survey block"), so the
/// decoder can keep passing its English `what:` and `context:` phrases and still say them in Chinese.
///
/// YAML key names (`score`, `due`, `overall_scale`, …) are what the user types and stay as they are.
enum JourneyTerms {
    static let zhNames: [String: String] = [
        "a journey": "旅程",
        "the journey": "旅程",
        "a stage": "阶段",
        "a touchpoint": "触点",
        "a survey binding": "问卷绑定",
        "a touchpoint's survey binding": "触点的问卷绑定",
        "a Kano binding": "Kano 绑定",
        "the Kano binding": "Kano 绑定",
        "an action": "行动项",
        "the survey block": "survey 块",
        "stage id": "阶段 id",
        "touchpoint id": "触点 id",
        "a label": "标签",
    ]

    /// The Chinese for an English phrase the decoder uses; a YAML key name comes back unchanged.
    static func zh(_ english: String) -> String {
        if let name = zhNames[english] { return name }
        if english.hasPrefix("an item of ") { return "\(english.dropFirst("an item of ".count)) 中的一项" }
        if english.hasPrefix("label ") { return "标签 " + english.dropFirst("label ".count) }
        if english.hasPrefix("stage "), let number = Int(english.dropFirst("stage ".count)) { return "第 \(number) 个阶段" }
        return english
    }
}
