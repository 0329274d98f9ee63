extension WorkshopMerge {
    /// One `path:line:col: warning: …` per idea left out because its touchpoint is gone, with a "did you mean" among
    /// the journey's touchpoint ids: what `render`, `analyze`, `plan` and `preview` all say about a stale sidecar.
    public func unmatchedWarnings(sidecarPath: String) -> [LocalizedText] {
        let ids = journey.touchpoints.map(\.id)
        return unmatched.map { idea in
            Self.unmatchedIdea(idea, path: sidecarPath, suggestion: KeySuggester.suggestion(for: idea.touchpoint, among: ids))
        }
    }

    /// The warning for one idea whose touchpoint the journey no longer has.
    public static func unmatchedIdea(_ idea: WorkshopIdea, path: String, suggestion: String?) -> LocalizedText {
        func q(_ text: String) -> String { DiagnosticText.quoted(text) }
        let at = idea.location.map { "\(path):\($0.line):\($0.column)" } ?? path
        let hint = suggestion.map { LocalizedText(en: " (did you mean \(q($0))?)", zh: "（是不是 \(q($0))？）") } ?? LocalizedText(verbatim: "")
        return LocalizedText(
            en: "\(at): warning: idea \(q(idea.title)) is for touchpoint \(q(idea.touchpoint)), which the journey no longer has\(hint.en); it is left out — re-run `journeymap votes` with an updated sheet",
            zh: "\(at): warning: 想法 \(q(idea.title)) 属于触点 \(q(idea.touchpoint))，但旅程中已没有这个触点\(hint.zh)；已略去——请用更新后的表重新运行 `journeymap votes`")
    }
}
