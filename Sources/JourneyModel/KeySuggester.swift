/// Suggests the key a user probably meant ("did you mean …?") by edit distance.
public enum KeySuggester {
    /// The closest candidate within a small edit distance, or `nil` when nothing is close.
    ///
    /// Accepts a distance of at most 2, and at most a third of the longer word, after folding case.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let folded = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(folded, candidate.lowercased())
            let limit = min(2, max(1, max(folded.count, candidate.count) / 3))
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Optimal-string-alignment distance: insert, delete, substitute or swap two neighbours, each costing 1
    /// (so the typo "titel" is one step from "title").
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
