import JourneyAnalysis
import JourneyModel

/// Generated labels in Chinese and English; user text is never translated.
public struct LabelTable: Sendable {
    /// Keys of generated labels.
    public enum Key: String, Sendable, CaseIterable {
        case scaleLegend, remembered, average, estimate, pain, pleasure, itch, neutral, mot
    }

    /// The language of the labels.
    public let language: JourneyLanguage

    /// A table for a language.
    public init(_ language: JourneyLanguage) { self.language = language }

    /// The label for a key.
    public subscript(key: Key) -> String {
        let pair: (zh: String, en: String)
        switch key {
        case .scaleLegend: pair = ("评分", "Scale")
        case .remembered: pair = ("记忆分 (峰+终)/2", "Remembered (peak+end)/2")
        case .average: pair = ("平均", "average")
        case .estimate: pair = ("工作坊估计", "workshop estimate")
        case .pain: pair = ("痛点", "Pain point")
        case .pleasure: pair = ("爽点", "Pleasure point")
        case .itch: pair = ("痒点", "Itch point")
        case .neutral: pair = ("一般", "Neutral")
        case .mot: pair = ("关键时刻", "MOT")
        }
        return language == .zh ? pair.zh : pair.en
    }

    /// The label of a finding class.
    public func classLabel(_ findingClass: FindingClass) -> String {
        switch findingClass {
        case .pain: return self[.pain]
        case .pleasure: return self[.pleasure]
        case .itch: return self[.itch]
        case .neutral: return self[.neutral]
        }
    }
}
