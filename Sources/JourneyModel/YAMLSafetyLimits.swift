/// Limits that keep hostile YAML (huge files, deep nesting, alias bombs) from hanging or crashing the tool.
public struct YAMLSafetyLimits: Sendable, Hashable {
    /// Largest journey file accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of collections accepted.
    public var maxDepth: Int
    /// Most nodes the document may expand to once aliases are followed.
    public var maxExpandedNodes: Int

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int, maxExpandedNodes: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
    }

    /// `InputLimits`' journey limits (2 MiB, 64 levels, 200,000 nodes): a 200-touchpoint journey uses about
    /// 10,000 nodes and 7 levels.
    public static let journey = YAMLSafetyLimits(maxBytes: InputLimits.journeyBytes, maxDepth: InputLimits.journeyDepth,
                                                 maxExpandedNodes: InputLimits.journeyExpandedNodes)
}
