import Foundation

/// One improvement idea from the workshop's votes sheet, for one touchpoint, with its dot votes and what the team
/// agreed about it. `journeymap votes` writes these into `<name>.workshop.yaml`; reading merges each into its
/// touchpoint as a `JourneyAction` with origin `.workshop`.
public struct WorkshopIdea: Sendable, Hashable {
    /// The touchpoint's id (the sheet may name it by id or by name; the sidecar always keeps the id).
    public var touchpoint: String
    /// The idea as the team wrote it (or a playbook id such as `PB-END-HIGH`).
    public var title: String
    /// Dot votes it received (the sum of its rows' counts, or its number of rows when the votes column is empty).
    public var votes: Int
    /// Who is responsible.
    public var owner: String?
    /// Expected impact, 1 (low) – 3 (high).
    public var impact: Int?
    /// Expected effort, 1 (low) – 3 (high).
    public var effort: Int?
    /// When it is due.
    public var due: JourneyDate?
    /// The playbook idea it names, when the idea cell matches `PB-…` (looked up by `journeymap ideas`' playbook).
    public var playbookID: String?
    /// Where it is written in the sidecar (nil for an idea built in memory).
    public var location: SourceLocation?

    /// Creates an idea.
    public init(touchpoint: String, title: String, votes: Int = 0, owner: String? = nil, impact: Int? = nil,
                effort: Int? = nil, due: JourneyDate? = nil, playbookID: String? = nil, location: SourceLocation? = nil) {
        self.touchpoint = touchpoint
        self.title = title
        self.votes = votes
        self.owner = owner
        self.impact = impact
        self.effort = effort
        self.due = due
        self.playbookID = playbookID
        self.location = location
    }

    /// What identifies an idea across two runs of `votes`: its touchpoint and its text.
    public var key: WorkshopIdeaKey { WorkshopIdeaKey(touchpoint: touchpoint, title: title) }

    /// The idea as an action on its touchpoint.
    public var action: JourneyAction {
        var action = JourneyAction(title: title, owner: owner, due: due, impact: impact, effort: effort, votes: votes,
                                   location: location)
        action.origin = .workshop
        action.playbookID = playbookID
        return action
    }

    /// `PB-…` (letters, digits, `-` and `_` after `PB-`, case-insensitive `pb-`), the shape of a playbook idea id;
    /// returns the id upper-cased, or nil for any other text.
    public static func playbookID(in text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let scalars = Array(trimmed.unicodeScalars)
        guard scalars.count > 3, scalars.count <= 64, String(String.UnicodeScalarView(scalars[0..<3])).uppercased() == "PB-" else { return nil }
        let ok = scalars[3...].allSatisfy { $0.isASCII && (("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        return ok ? trimmed.uppercased() : nil
    }
}

/// An idea's identity across runs of `votes`: touchpoint id and idea text.
public struct WorkshopIdeaKey: Sendable, Hashable, Comparable {
    /// The touchpoint's id.
    public var touchpoint: String
    /// The idea's text.
    public var title: String

    /// Creates a key.
    public init(touchpoint: String, title: String) {
        self.touchpoint = touchpoint
        self.title = title
    }

    /// By touchpoint id, then text (code-point order, so the order never depends on the locale).
    public static func < (a: WorkshopIdeaKey, b: WorkshopIdeaKey) -> Bool {
        if a.touchpoint != b.touchpoint { return a.touchpoint.unicodeScalars.lexicographicallyPrecedes(b.touchpoint.unicodeScalars) }
        return a.title.unicodeScalars.lexicographicallyPrecedes(b.title.unicodeScalars)
    }
}
