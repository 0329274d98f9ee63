/// One stage of a journey (e.g. "入职第一天"), spanning one or more touchpoints on the map.
public struct Stage: Sendable, Hashable {
    /// Identifier, unique in the journey; derived from the name when the file gives none.
    public var id: String
    /// Display name.
    public var name: String
    /// Longer explanation.
    public var description: String?
    /// Touchpoints in order.
    public var touchpoints: [Touchpoint]
    /// Where the stage starts in the file.
    public var location: SourceLocation?
    /// True when the file gave no `id:` and the id was derived from the name.
    public var idIsDerived: Bool

    /// Creates a stage.
    public init(id: String, name: String, description: String? = nil, touchpoints: [Touchpoint],
                location: SourceLocation? = nil, idIsDerived: Bool = false) {
        self.id = id
        self.name = name
        self.description = description
        self.touchpoints = touchpoints
        self.location = location
        self.idIsDerived = idIsDerived
    }
}
