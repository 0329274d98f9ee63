import JourneyModel

/// The export headers closest to what a journey names (a declared column, or a touchpoint's name and id):
/// by containment either way, then by edit distance over the header, its grid row label and its id.
enum HeaderSuggester {
    /// Up to `count` columns, closest first; metadata columns only when nothing else is close.
    static func closest(to wanted: [String], among columns: [SurveyColumn], count: Int = 3) -> [SurveyColumn] {
        let targets = wanted.map(ImportText.folded).filter { !$0.isEmpty }
        guard !targets.isEmpty else { return [] }
        var scored: [(column: SurveyColumn, score: Int)] = []
        for column in columns {
            var labels = [ImportText.folded(column.text)]
            if let row = column.rowLabel { labels.append(ImportText.folded(row)) }
            if let id = column.id { labels.append(ImportText.folded(id)) }
            if let stem = WJXDialect.stripQuestionNumber(column.text) { labels.append(ImportText.folded(stem)) }
            var best = Int.max
            for target in targets {
                for label in labels where !label.isEmpty {
                    if label == target { best = 0; continue }
                    if label.contains(target) || (target.count >= 3 && target.contains(label) && label.count >= 3) {
                        best = min(best, 1)
                        continue
                    }
                    let distance = KeySuggester.editDistance(target, label)
                    let limit = max(2, max(target.count, label.count) / 3)
                    if distance <= limit { best = min(best, 2 + distance) }
                }
            }
            if best != Int.max { scored.append((column, best + (column.isMetadata ? 100 : 0))) }
        }
        scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.column.index < $1.column.index }
        return scored.prefix(count).map(\.column)
    }

    /// How a message names a column: its id and its whole header, or the header and its position.
    static func describe(_ column: SurveyColumn) -> String {
        if let id = column.id, ImportText.normalized(id) != ImportText.normalized(column.text) {
            return "\(DiagnosticText.quoted(id)) (\(HeaderText.quoted(column.text)))"
        }
        return HeaderText.quoted(column.text) + " (column \(column.index + 1))"
    }
}
