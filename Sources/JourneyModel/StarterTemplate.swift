/// Commented starter journeys written by `journeymap init`; each validates as it is.
public enum StarterTemplate: String, Sendable, CaseIterable {
    /// A new agent's first weeks.
    case onboarding
    /// One working day of a front-line agent.
    case dayInTheLife = "day-in-the-life"
    /// A complaint escalated through an approval chain.
    case escalation
    /// QA sampling, appeals and coaching (质检与辅导), with a survey question per touchpoint.
    case qualityCoaching = "quality-coaching"
    /// Rosters, peak days and recovery (排班与高峰), with a survey question per touchpoint.
    case schedulingPeak = "scheduling-peak"

    /// The YAML text of the template in a language.
    public func text(language: JourneyLanguage) -> String {
        StarterTemplateTexts.text(self, language)
    }
}
