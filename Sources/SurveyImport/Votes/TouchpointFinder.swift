import Foundation
import JourneyModel

/// Finds the touchpoint a votes sheet names: by id, then by name (exactly, then ignoring case and surrounding
/// spaces); for anything else, the closest id or name by edit distance (`KeySuggester`) as a suggestion.
struct TouchpointFinder {
    enum Match: Equatable {
        case found(String)
        case unknown(suggestion: (id: String, name: String)?)

        static func == (a: Match, b: Match) -> Bool {
            switch (a, b) {
            case let (.found(x), .found(y)): return x == y
            case let (.unknown(x), .unknown(y)): return x?.id == y?.id
            default: return false
            }
        }
    }

    let ids: [String]
    private let names: [(name: String, id: String)]

    init(_ journey: Journey) {
        var seen = Set<String>()
        let touchpoints = journey.touchpoints.filter { seen.insert($0.id).inserted }
        ids = touchpoints.map(\.id)
        names = touchpoints.map { ($0.name, $0.id) }
    }

    func find(_ text: String) -> Match {
        if ids.contains(text) { return .found(text) }
        if let hit = names.first(where: { $0.name == text }) { return .found(hit.id) }
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let id = ids.first(where: { $0.lowercased() == folded }) { return .found(id) }
        if let hit = names.first(where: { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == folded }) { return .found(hit.id) }
        let candidates = ids + names.map(\.name)
        guard let best = KeySuggester.suggestion(for: text, among: candidates) else { return .unknown(suggestion: nil) }
        let id = ids.contains(best) ? best : names.first { $0.name == best }!.id
        let name = names.first { $0.id == id }!.name
        return .unknown(suggestion: (id, name))
    }
}
