import JourneyModel

/// What the preview page shows at one moment: the last map that could be drawn, the problems of the latest save if
/// it could not, and a revision number that changes whenever the page would look different.
public struct PreviewSnapshot: Sendable, Hashable {
    /// Bumped on every change the page shows; the page compares it with the one it was loaded with.
    public var revision: Int
    /// The last good map (nil until the journey has been drawn once).
    public var map: PreviewMap?
    /// Warnings of the map shown.
    public var warnings: [String]
    /// The latest save's problems; empty when the map shown is the latest.
    public var problems: [String]

    /// An empty snapshot: nothing rendered yet.
    public init(revision: Int = 0, map: PreviewMap? = nil, warnings: [String] = [], problems: [String] = []) {
        self.revision = revision
        self.map = map
        self.warnings = warnings
        self.problems = problems
    }

    /// The snapshot after one more render: a map replaces the map and clears the problems; a failure keeps the last
    /// good map and shows its problems. The revision moves only when something visible changed (saving the same
    /// text twice reloads nothing).
    public func applying(_ outcome: PreviewOutcome) -> PreviewSnapshot {
        var next = self
        switch outcome {
        case .map(let map, let warnings):
            next.map = map
            next.warnings = warnings
            next.problems = []
        case .failure(let problems):
            next.problems = problems
        }
        if next.map != map || next.warnings != warnings || next.problems != problems { next.revision += 1 }
        return next
    }
}
