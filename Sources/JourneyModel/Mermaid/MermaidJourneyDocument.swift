/// A Mermaid `journey` diagram as Mermaid's own `journeyDb` holds it after parsing: title, accessibility texts,
/// sections and tasks in order, each with the position it was written at.
///
/// The shape follows `packages/mermaid/src/diagrams/user-journey/journeyDb.ts` in mermaid-js/mermaid (`addSection`,
/// `addTask`, `setAccTitle`, `setAccDescription`, `setDiagramTitle`), so Mermaid's parser tests port one to one.
public struct MermaidJourneyDocument: Sendable, Hashable {
    /// One `section` line and the tasks under it.
    public struct Section: Sendable, Hashable {
        /// The section name as written after `section ` (trimmed; `<br>` kept as written).
        public var name: String
        /// Tasks in order.
        public var tasks: [Task]
        /// Where the `section` keyword is; `nil` for the unnamed section of tasks written before any `section`.
        public var location: SourceLocation?

        /// Creates a section.
        public init(name: String, tasks: [Task] = [], location: SourceLocation? = nil) {
            self.name = name
            self.tasks = tasks
            self.location = location
        }
    }

    /// One `Task name: score: Actor, Actor` line.
    public struct Task: Sendable, Hashable {
        /// The task name (trimmed).
        public var name: String
        /// The score text after the first `:` (trimmed), as Mermaid passes it to `Number(…)`.
        public var scoreText: String
        /// The actors after the second `:`, split on `,` and trimmed; empty entries (`E task: 5:`) kept as Mermaid does.
        public var people: [String]
        /// Where the task name starts.
        public var location: SourceLocation
        /// Where the score text starts.
        public var scoreLocation: SourceLocation

        /// Creates a task.
        public init(name: String, scoreText: String, people: [String], location: SourceLocation, scoreLocation: SourceLocation) {
            self.name = name
            self.scoreText = scoreText
            self.people = people
            self.location = location
            self.scoreLocation = scoreLocation
        }
    }

    /// `title …` (the last one wins, as in Mermaid), or the front matter's `title:`.
    public var title: String?
    /// `accTitle: …`.
    public var accTitle: String?
    /// `accDescr: …` or `accDescr { … }` (each inner line's leading white space removed, as Mermaid's commonDb does).
    public var accDescription: String?
    /// Sections in order; tasks before the first `section` go into a section named "" (Mermaid's `currentSection = ''`).
    public var sections: [Section]

    /// Creates a document.
    public init(title: String? = nil, accTitle: String? = nil, accDescription: String? = nil, sections: [Section] = []) {
        self.title = title
        self.accTitle = accTitle
        self.accDescription = accDescription
        self.sections = sections
    }

    /// Every task in order, with its section's name (what Mermaid's `getTasks()` returns).
    public var tasks: [(section: String, task: Task)] {
        sections.flatMap { section in section.tasks.map { (section.name, $0) } }
    }
}
