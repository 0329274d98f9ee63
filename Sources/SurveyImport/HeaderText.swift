import JourneyModel

/// How diagnostics quote an export's headers: whole, because grid headers share a long stem and differ at the
/// end (`Rate each stage - Offer` / `… - First week`); only a header beyond 120 characters is cut, in the
/// middle, keeping its start and its distinguishing tail.
enum HeaderText {
    /// Longest header quoted whole.
    static let limit = 120

    /// The header in quotes, cut in the middle only beyond `limit` characters.
    static func quoted(_ header: String) -> String {
        let text = ImportText.normalized(header)
        guard text.count > limit else { return DiagnosticText.quoted(text, limit: limit) }
        let head = String(text.prefix(40)), tail = String(text.suffix(limit - 41))
        return DiagnosticText.quoted(head + "…" + tail, limit: limit + 1)
    }
}
