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
    /// Where the action is written in the file.
    public var location: SourceLocation?

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
