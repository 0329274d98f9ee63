/// Drops near-duplicate quotes before a map chooses the ones it shows: two quotes are the same when their letters and
/// digits match ignoring case, spaces and punctuation, when one such text starts the other (a comment that repeats
/// a workshop quote and adds a clause), or when both have at least 12 and their character pairs overlap by Dice's
/// coefficient 2·|A∩B| / (|A| + |B|) ≥ 0.75 (the same sentence retold: "…拿出来给我看，我才发现…" / "…拿出来，我才知道…").
/// The longer wording is kept, at the place of the first.
enum DistinctQuotes {
    /// The quotes without near-duplicates, in their order.
    static func distinct(_ quotes: [String]) -> [String] {
        var kept: [(text: String, key: String)] = []
        for quote in quotes {
            let key = normalized(quote)
            if let index = kept.firstIndex(where: { same($0.key, key, $0.text, quote) }) {
                if key.count > kept[index].key.count { kept[index] = (quote, key) }
                continue
            }
            kept.append((quote, key))
        }
        return kept.map(\.text)
    }

    /// Letters and digits only, lower-cased (full-width forms folded to ASCII by NFKC-like width folding of the
    /// Latin letters and digits that occur in comments).
    static func normalized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            var value = scalar.value
            // full-width ASCII (U+FF01–FF5E) to ASCII
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value) else { continue }
            let properties = folded.properties
            guard properties.isAlphabetic || properties.numericType != nil else { continue }
            out += String(folded).lowercased()
        }
        return out
    }

    /// Whether two normalized texts are one quote (texts with no letters or digits match only when identical).
    static func same(_ a: String, _ b: String, _ rawA: String, _ rawB: String) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return rawA == rawB }
        if a.hasPrefix(b) || b.hasPrefix(a) { return true }
        return a.count >= 12 && b.count >= 12 && pairOverlap(a, b) >= 0.75
    }

    /// Dice's coefficient over the two texts' multisets of adjacent character pairs (0 … 1).
    static func pairOverlap(_ a: String, _ b: String) -> Double {
        func pairs(_ text: String) -> [String: Int] {
            let characters = Array(text)
            var counts: [String: Int] = [:]
            for index in characters.indices.dropLast() { counts[String(characters[index...index + 1]), default: 0] += 1 }
            return counts
        }
        let pa = pairs(a), pb = pairs(b)
        let shared = pa.reduce(0) { $0 + min($1.value, pb[$1.key] ?? 0) }
        let total = pa.values.reduce(0, +) + pb.values.reduce(0, +)
        return total == 0 ? 0 : 2 * Double(shared) / Double(total)
    }
}
