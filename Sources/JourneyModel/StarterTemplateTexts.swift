/// The template texts (kept apart from `StarterTemplate` because they are long).
enum StarterTemplateTexts {
    static func text(_ template: StarterTemplate, _ language: JourneyLanguage) -> String {
        """
        # journeymap journey (format version 1) — see Docs/JourneyFormat.md
        title: \(language == .zh ? "新旅程" : "New journey")
        stages:
          - name: \(language == .zh ? "第一阶段" : "First stage")
            touchpoints:
              - id: first-touchpoint
                name: \(language == .zh ? "第一个触点" : "First touchpoint")
                score: 3
        """
    }
}
