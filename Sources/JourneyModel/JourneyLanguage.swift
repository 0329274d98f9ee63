/// The language of a journey's generated labels: the user's own text is never translated.
public enum JourneyLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case zh
    case en

    /// Guesses the language from a text: Chinese when at least one in ten letters is a CJK ideograph.
    public static func guess(from text: String) -> JourneyLanguage {
        var letters = 0
        var cjk = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic { letters += 1 }
            if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) { cjk += 1 }
        }
        return letters > 0 && cjk * 10 >= letters ? .zh : .en
    }
}
