import Foundation

/// A column of a workshop votes sheet, with the English and Chinese headers that name it (case and surrounding
/// spaces ignored): `touchpoint,idea,votes,owner,impact,effort,due` or `环节,想法,票数,负责人,影响,难度,截止`.
public enum VotesColumn: String, Sendable, Hashable, CaseIterable {
    /// The touchpoint, by id or by name (required).
    case touchpoint
    /// The idea's text or a playbook id `PB-…` (required).
    case idea
    /// Dot votes; an empty cell (or no such column) counts the row as one vote.
    case votes
    /// Who is responsible.
    case owner
    /// Expected impact 1–3 (or low/medium/high, 低/中/高).
    case impact
    /// Expected effort 1–3 (or low/medium/high, 低/中/高).
    case effort
    /// Due date, YYYY-MM-DD.
    case due

    /// The headers accepted for it, the English one first.
    public var headers: [String] {
        switch self {
        case .touchpoint: return ["touchpoint", "环节", "触点"]
        case .idea: return ["idea", "想法"]
        case .votes: return ["votes", "票数"]
        case .owner: return ["owner", "负责人"]
        case .impact: return ["impact", "影响"]
        case .effort: return ["effort", "难度"]
        case .due: return ["due", "截止"]
        }
    }

    /// The column a header names, or nil.
    public init?(header: String) {
        let folded = header.trimmingCharacters(in: .whitespaces).lowercased()
        guard let match = VotesColumn.allCases.first(where: { $0.headers.contains(folded) }) else { return nil }
        self = match
    }

    /// Every accepted header, for "did you mean" suggestions.
    static var allHeaders: [String] { allCases.flatMap(\.headers) }
}
