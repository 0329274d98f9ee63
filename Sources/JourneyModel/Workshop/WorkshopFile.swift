import Foundation

/// The workshop sidecar `<journey-basename>.workshop.yaml`: the ideas and dot votes of a co-creation workshop,
/// written by `journeymap votes` beside the journey (which is never rewritten) and merged when the journey is read
/// by `plan`, `render` and `analyze`. Format version 1 (Docs/Workshop.md).
public struct WorkshopFile: Sendable, Hashable {
    /// The sidecar format version this journeymap writes and reads.
    public static let currentVersion = 1

    /// Format version of the file.
    public var version: Int
    /// The journey's file name (no directory), for the reader.
    public var journey: String
    /// The votes sheet's file name (no directory) it was made from.
    public var sheet: String?
    /// The ideas, in the sheet's order of first appearance.
    public var ideas: [WorkshopIdea]
    /// Where the file was read from ("" for one built in memory).
    public var path: String

    /// Creates a sidecar.
    public init(version: Int = WorkshopFile.currentVersion, journey: String, sheet: String? = nil,
                ideas: [WorkshopIdea], path: String = "") {
        self.version = version
        self.journey = journey
        self.sheet = sheet
        self.ideas = ideas
        self.path = path
    }

    /// `dir/name.workshop.yaml` for `dir/name.yaml` (the same rule as `name.responses.csv`).
    public static func defaultPath(forJourney journeyPath: String) -> String {
        let base = URL(fileURLWithPath: journeyPath).deletingPathExtension().lastPathComponent
        let directory = (journeyPath as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "" : directory + "/") + base + ".workshop.yaml"
    }
}
