import JourneyModel

/// How an error line may show a cell that can be free text: personal data masked, cut to a short excerpt,
/// so that a message never repeats what a respondent wrote at length.
enum CellExcerpt {
    /// Longest excerpt, in characters.
    static let limit = 24

    /// The cell masked and cut, in quotes (`"Call me on [phone]…"`).
    static func quoted(_ text: String) -> String {
        let masked = PIIMasker().mask(ImportText.normalized(text)).text
        guard masked.count > limit else { return DiagnosticText.quoted(masked) }
        return DiagnosticText.quoted(String(masked.prefix(limit)) + "…")
    }
}
