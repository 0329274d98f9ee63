/// An improvement agreed in a co-creation workshop (团队共创), with an owner and a due date.
public struct JourneyAction: Sendable, Hashable {
    /// What will be done.
    public var title: String
    /// Who is responsible.
    public var owner: String?
    /// When it is due.
    public var due: JourneyDate?
    /// Expected impact, 1 (low) – 3 (high).
    public var impact: Int?
    /// Expected effort, 1 (low) – 3 (high).
    public var effort: Int?
    /// Dot votes it received in the workshop.
    public var votes: Int?
    /// Where the action is written in the file (the journey, or the workshop sidecar for a voted idea).
    public var location: SourceLocation?
    /// Where the action comes from: the journey file, or an idea voted in the workshop (`<name>.workshop.yaml`).
    public var origin: ActionOrigin = .journey
    /// The playbook idea it was voted from (`PB-…`), when the votes sheet named one.
    public var playbookID: String? = nil

    /// Creates an action.
    public init(title: String, owner: String? = nil, due: JourneyDate? = nil, impact: Int? = nil,
                effort: Int? = nil, votes: Int? = nil, location: SourceLocation? = nil) {
        self.title = title
        self.owner = owner
        self.due = due
        self.impact = impact
        self.effort = effort
        self.votes = votes
        self.location = location
    }
}

/// Where an action was written: by hand in the journey, or by `journeymap votes` in the workshop sidecar.
public enum ActionOrigin: String, Sendable, Hashable, Codable {
    /// An `actions:` entry of the journey file.
    case journey
    /// An idea from the votes sheet, merged from `<name>.workshop.yaml`.
    case workshop
}
