/// The two weights the map uses; measurement keeps a table for each.
public enum FontWeight: String, Sendable, Hashable {
    /// Normal text.
    case regular
    /// Titles, stage names, badges.
    case bold
}

/// A font size and weight: all text measurement needs to know.
public struct FontSpec: Sendable, Hashable {
    /// Size in user units (px).
    public var size: Double
    /// Weight.
    public var weight: FontWeight

    /// Creates a font spec.
    public init(size: Double, weight: FontWeight = .regular) {
        self.size = size
        self.weight = weight
    }

    /// Distance from the baseline to the top of CJK ideographs and Latin capitals (Noto Sans CJK: 0.88 em).
    public var ascent: Double { size * 0.88 }
    /// Distance from the baseline to the bottom of descenders (0.12 em).
    public var descent: Double { size * 0.12 }
}
