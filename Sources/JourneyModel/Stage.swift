/// One stage of a journey (e.g. "入职第一天"), spanning one or more touchpoints on the map.
public struct Stage: Sendable, Hashable {
    /// Identifier, unique in the journey; derived from the name when the file gives none.
    public var id: String
    /// Display name.
    public var name: String
    /// Touchpoints in order.
    public var touchpoints: [Touchpoint]
    /// Where the stage starts in the file.
    public var location: SourceLocation?

    /// Creates a stage.
    public init(id: String, name: String, touchpoints: [Touchpoint], location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.touchpoints = touchpoints
        self.location = location
    }
}
