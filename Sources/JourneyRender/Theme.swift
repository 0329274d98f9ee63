/// Colours for every `ColorRole`, plus the print theme's hatch pattern. Light and dark follow the mockup;
/// print is greyscale (marks differ by shape, dash and hatching); contrast uses the Okabe–Ito palette
/// (Okabe & Ito 2008), safe for the common colour-vision deficiencies. Text on a coloured fill keeps a WCAG contrast
/// ratio of at least 4.5:1 (checked in ThemeContrastTests).
public struct Theme: Sendable {
    /// Which theme.
    public let kind: MapTheme
    /// Stage band colours, cycled.
    let stageFills: [String]
    let colors: [ColorRole: String]

    /// The id of the print theme's hatch pattern.
    public static let hatchID = "jm-hatch"

    /// The theme for a kind.
    public init(_ kind: MapTheme) {
        self.kind = kind
        switch kind {
        case .light: (colors, stageFills) = Self.light
        case .dark: (colors, stageFills) = Self.dark
        case .print: (colors, stageFills) = Self.print
        case .contrast: (colors, stageFills) = Self.contrast
        }
    }

    /// Whether pain marks are filled with a hatch pattern (greyscale printing).
    public var usesHatching: Bool { kind == .print }

    /// The colour of a role as `#RRGGBB`, or `none`.
    public func color(_ role: ColorRole) -> String {
        if case .stageFill(let index) = role { return stageFills[index % stageFills.count] }
        if case .series(let index) = role { return Self.series(kind)[index % Self.series(kind).count] }
        return colors[role] ?? "#FF00FF"
    }

    /// The stroke width multiplier (thicker lines in the contrast theme).
    public var strokeScale: Double { kind == .contrast ? 1.4 : 1 }

    // MARK: - Palettes

    /// Colours of a comparison map's extra curves, each at least 3:1 against the background (WCAG 1.4.11 for
    /// graphics); they also differ by dash and marker shape, so print and colour-blind readers can tell them apart.
    static func series(_ kind: MapTheme) -> [String] {
        switch kind {
        case .light: return ["#7B3FA0", "#B35C00", "#00797A", "#B0306A", "#5A6B00"]
        case .dark: return ["#C9A2F2", "#F2B36B", "#5ED6D6", "#F58CB8", "#C2D96A"]
        case .print: return ["#000000", "#404040", "#606060", "#202020", "#505050"]
        case .contrast: return ["#CC79A7", "#E69F00", "#000000", "#56B4E9", "#009E73"]
        }
    }

    private static let light: ([ColorRole: String], [String]) = ([
        .background: "#FFFFFF", .ink: "#1F2430", .muted: "#5B6474", .faint: "#6B7383", .rule: "#D9DEE7",
        .grid: "#EEF1F5", .axis: "#8A93A3", .neutralLine: "#9AA3B2",
        .cardFill: "#FFFFFF", .cardStroke: "#CDD3DD", .cardInk: "#1F2430", .stageInk: "#1F2430", .stageStroke: "none",
        .curve: "#1565A8", .band: "#7FB7E6",
        .pointLow: "#D9591A", .pointMid: "#7A8190", .pointHigh: "#11936B", .pointStroke: "#FFFFFF",
        .pain: "#D9591A", .painFill: "#FDEBDD", .painInk: "#A8400C", .painPlate: "#FDEBDD",
        .pleasure: "#11936B", .pleasureFill: "#E2F4EC", .pleasureInk: "#0B6A4D",
        .itch: "#B5508F", .itchFill: "#F8E6F1", .itchInk: "#8E3670",
        .motFill: "#E3A21A", .motInk: "#2B1D00", .suggestedStroke: "#8A5C00",
        .calloutFill: "#2B303B", .calloutInk: "#FFFFFF", .leader: "#2B303B",
        .quoteFill: "#FFF8E1", .quoteStroke: "#F1DFA6", .quoteInk: "#5C4A12",
        .actionFill: "#EAF6F0", .actionStroke: "#B8DFCB", .actionInk: "#18493A", .actionMeta: "#2E7358",
        .tagFill: "#EEF1F5", .tagInk: "#5B6474", .tagStroke: "none", .boxFill: "#F6F8FB", .boxStroke: "#D5DBE5",
    ], ["#E6EDF8", "#E7F3EC", "#FCEEDD", "#EFE8F6", "#E3F1F4", "#F7E9EC"])

    private static let dark: ([ColorRole: String], [String]) = ([
        .background: "#14181F", .ink: "#EEF1F6", .muted: "#B3BCCB", .faint: "#8791A3", .rule: "#343B48",
        .grid: "#222833", .axis: "#8791A3", .neutralLine: "#6E7889",
        .cardFill: "#1D232D", .cardStroke: "#3A4352", .cardInk: "#EEF1F6", .stageInk: "#EEF1F6", .stageStroke: "none",
        .curve: "#6CB4F0", .band: "#3D7FB8",
        .pointLow: "#FF8A50", .pointMid: "#A9B1BF", .pointHigh: "#3FD1A0", .pointStroke: "#14181F",
        .pain: "#FF8A50", .painFill: "#3A2418", .painInk: "#FFB08A", .painPlate: "#3A2418",
        .pleasure: "#3FD1A0", .pleasureFill: "#143329", .pleasureInk: "#7FE5C0",
        .itch: "#E88AC6", .itchFill: "#36202F", .itchInk: "#F2B3DB",
        .motFill: "#F2B53A", .motInk: "#1A1405", .suggestedStroke: "#F2B53A",
        .calloutFill: "#EEF1F6", .calloutInk: "#14181F", .leader: "#C9D0DB",
        .quoteFill: "#2C2818", .quoteStroke: "#5A4F28", .quoteInk: "#F3E2A8",
        .actionFill: "#17302A", .actionStroke: "#2E5A4C", .actionInk: "#CDEFE2", .actionMeta: "#8ED3B8",
        .tagFill: "#2A313D", .tagInk: "#C3CAD6", .tagStroke: "none", .boxFill: "#1D232D", .boxStroke: "#3A4352",
    ], ["#1E2A3D", "#1C2F28", "#362A1B", "#2B2238", "#1B2F33", "#35222A"])

    private static let print: ([ColorRole: String], [String]) = ([
        .background: "#FFFFFF", .ink: "#000000", .muted: "#333333", .faint: "#555555", .rule: "#999999",
        .grid: "#E6E6E6", .axis: "#555555", .neutralLine: "#777777",
        .cardFill: "#FFFFFF", .cardStroke: "#666666", .cardInk: "#000000", .stageInk: "#000000", .stageStroke: "#666666",
        .curve: "#000000", .band: "#6E6E6E",
        .pointLow: "#000000", .pointMid: "#8C8C8C", .pointHigh: "#000000", .pointStroke: "#FFFFFF",
        .pain: "#000000", .painFill: "#D9D9D9", .painInk: "#000000", .painPlate: "#FFFFFF",
        .pleasure: "#000000", .pleasureFill: "#FFFFFF", .pleasureInk: "#000000",
        .itch: "#000000", .itchFill: "#F2F2F2", .itchInk: "#000000",
        .motFill: "#000000", .motInk: "#FFFFFF", .suggestedStroke: "#000000",
        .calloutFill: "#000000", .calloutInk: "#FFFFFF", .leader: "#000000",
        .quoteFill: "#FFFFFF", .quoteStroke: "#8C8C8C", .quoteInk: "#000000",
        .actionFill: "#F2F2F2", .actionStroke: "#666666", .actionInk: "#000000", .actionMeta: "#333333",
        .tagFill: "#EDEDED", .tagInk: "#333333", .tagStroke: "none", .boxFill: "#FFFFFF", .boxStroke: "#000000",
    ], ["#EDEDED", "#DADADA"])

    private static let contrast: ([ColorRole: String], [String]) = ([
        .background: "#FFFFFF", .ink: "#000000", .muted: "#1A1A1A", .faint: "#333333", .rule: "#000000",
        .grid: "#DDDDDD", .axis: "#000000", .neutralLine: "#000000",
        .cardFill: "#FFFFFF", .cardStroke: "#000000", .cardInk: "#000000", .stageInk: "#000000", .stageStroke: "#000000",
        .curve: "#0072B2", .band: "#56B4E9",
        .pointLow: "#D55E00", .pointMid: "#000000", .pointHigh: "#009E73", .pointStroke: "#FFFFFF",
        .pain: "#D55E00", .painFill: "#D55E00", .painInk: "#000000", .painPlate: "#D55E00",
        .pleasure: "#009E73", .pleasureFill: "#009E73", .pleasureInk: "#000000",
        .itch: "#CC79A7", .itchFill: "#FFFFFF", .itchInk: "#000000",
        .motFill: "#E69F00", .motInk: "#000000", .suggestedStroke: "#000000",
        .calloutFill: "#000000", .calloutInk: "#FFFFFF", .leader: "#000000",
        .quoteFill: "#FFFFFF", .quoteStroke: "#000000", .quoteInk: "#000000",
        .actionFill: "#FFFFFF", .actionStroke: "#009E73", .actionInk: "#000000", .actionMeta: "#000000",
        .tagFill: "#FFFFFF", .tagInk: "#000000", .tagStroke: "#000000", .boxFill: "#FFFFFF", .boxStroke: "#000000",
    ], ["#FFFFFF", "#F0F0F0"])
}
