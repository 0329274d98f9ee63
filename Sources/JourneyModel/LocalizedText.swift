/// A user-facing text in both languages the tool speaks; the caller picks one with `text(in:)`.
///
/// Library code builds its messages where it always did, but as a `LocalizedText` from a per-library catalog,
/// so the English and the Chinese wording of a message sit side by side and neither can be forgotten.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The English text.
    public var en: String
    /// The Chinese text.
    public var zh: String

    /// A text in both languages.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The same text in both languages: a file name, a number, a user's own words.
    public init(verbatim text: String) {
        self.en = text
        self.zh = text
    }

    /// The text in `language`.
    public func text(in language: JourneyLanguage) -> String {
        language == .zh ? zh : en
    }

    /// The English text (what logs, tests and `description` callers have always read).
    public var description: String { en }

    /// Joins two texts language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(en: lhs.en + rhs.en, zh: lhs.zh + rhs.zh)
    }
}
