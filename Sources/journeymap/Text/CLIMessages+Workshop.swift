import JourneyModel

/// What the workshop commands (import-mermaid, ideas, worksheet, questions) say, in both languages.
extension CLIMessages {
    // MARK: - import-mermaid

    static func importedFromMermaid(_ file: String) -> LocalizedText {
        LocalizedText(en: "Imported from \(file) by journeymap import-mermaid; edit freely, then run journeymap validate",
                      zh: "由 journeymap import-mermaid 从 \(file) 导入；可随意修改，改完运行 journeymap validate")
    }

    static func wroteFromMermaid(_ path: String, stages: Int, touchpoints: Int) -> LocalizedText {
        LocalizedText(en: "wrote \(path) (\(stages) stage\(stages == 1 ? "" : "s"), \(touchpoints) touchpoint\(touchpoints == 1 ? "" : "s"))",
                      zh: "已写入 \(path)（\(stages) 个阶段，\(touchpoints) 个触点）")
    }

    // MARK: - ideas

    static func perTouchpointRange(_ value: Int) -> LocalizedText {
        LocalizedText(en: "--per-touchpoint \(value) is outside 1–20", zh: "--per-touchpoint \(value) 超出 1–20")
    }

    /// Every workshop message with sample arguments, for the catalog test.
    static var workshopSamples: [LocalizedText] {
        [importedFromMermaid("x.mmd"), wroteFromMermaid("x", stages: 1, touchpoints: 2), perTouchpointRange(0)]
    }
}
