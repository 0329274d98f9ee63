/// Where in a journey a playbook idea applies.
public enum PlaybookTrigger: String, Sendable, Hashable, CaseIterable {
    /// A pain point (痛点).
    case pain
    /// The journey's lowest point.
    case trough
    /// A moment of truth, declared or suggested by the data.
    case mot
    /// The journey's last rated touchpoint, which the peak-end rule weighs heavily.
    case end
    /// An itch point (痒点): wanted but not yet there.
    case itch
}

/// One peak-management behaviour (峰值管理行为) a team lead can try, in both languages, with why and where from.
public struct PlaybookIdea: Sendable, Hashable {
    /// Stable id such as `PB-WORST-FIRST`; votes and plans refer to it.
    public var id: String
    /// Where it applies.
    public var when: [PlaybookTrigger]
    /// What to do.
    public var text: LocalizedText
    /// Why it works.
    public var reason: LocalizedText
    /// The study or book it comes from.
    public var source: String
    /// Words of its subject ("补偿", "refund"): an idea with topics is suggested only at a touchpoint whose name,
    /// description or quotes contain one of them (compared case-insensitively); none = it fits any touchpoint.
    public var topics: [String]
    /// Where it is written in its playbook file (`nil` for ideas built in code).
    public var location: SourceLocation?

    /// Creates an idea.
    public init(id: String, when: [PlaybookTrigger], text: LocalizedText, reason: LocalizedText, source: String,
                topics: [String] = [], location: SourceLocation? = nil) {
        self.id = id
        self.when = when
        self.text = text
        self.reason = reason
        self.source = source
        self.topics = topics
        self.location = location
    }

    /// Whether the idea fits a touchpoint with this text (its name, description and quotes): always without topics,
    /// else when the text contains one of them, ignoring case.
    public func fitsTopic(of text: String) -> Bool {
        guard !topics.isEmpty else { return true }
        let lowered = text.lowercased()
        return topics.contains { !$0.isEmpty && lowered.contains($0.lowercased()) }
    }
}

/// An ordered list of playbook ideas: the built-in one (playbooks/builtin.yaml) and any `--playbook FILE` on top.
public struct Playbook: Sendable, Hashable {
    /// Ideas in file order; a user's file comes after the built-in ideas.
    public var ideas: [PlaybookIdea]

    /// Creates a playbook.
    public init(ideas: [PlaybookIdea]) { self.ideas = ideas }

    /// The playbook compiled into journeymap from playbooks/builtin.yaml.
    public static let builtin: Playbook = {
        do {
            return try PlaybookLoader.parse(text: BuiltinPlaybookText.yaml, path: "playbooks/builtin.yaml")
        } catch {
            // PlaybookTests loads the built-in text on every run, so this cannot ship broken.
            preconditionFailure("the built-in playbook does not load: \(error)")
        }
    }()

    /// The idea with this id (ids compare case-insensitively), if any.
    public func lookup(id: String) -> PlaybookIdea? {
        let wanted = id.uppercased()
        return ideas.first { $0.id.uppercased() == wanted }
    }

    /// The built-in idea with this id, or one from `extra` (a user's playbook), for commands that accept playbook ids.
    public static func lookup(id: String, extra: Playbook? = nil) -> PlaybookIdea? {
        extra?.lookup(id: id) ?? builtin.lookup(id: id)
    }

    /// This playbook followed by `other`'s ideas; an idea of `other` with an id already here replaces it in place.
    public func merged(with other: Playbook) -> Playbook {
        var result = ideas
        for idea in other.ideas {
            if let index = result.firstIndex(where: { $0.id.uppercased() == idea.id.uppercased() }) {
                result[index] = idea
            } else {
                result.append(idea)
            }
        }
        return Playbook(ideas: result)
    }
}
