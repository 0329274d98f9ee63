import JourneyModel

/// One column of the normalized responses file, named `kind:touchpoint[min..max]` (see Docs/README-import.md).
public struct ResponsesColumn: Sendable, Hashable {
    /// What the column holds.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A kept segment (breakdown) column; text.
        case segment
        /// The overall retrospective rating.
        case overall
        /// The 0–10 recommend item.
        case enps
        /// A touchpoint's experience rating.
        case score
        /// A touchpoint's stated importance.
        case importance
        /// A touchpoint's wish for the ideal version.
        case wish
        /// A touchpoint's Kano functional answer (1–5 `KanoAnswer` codes).
        case kanoFunctional = "kano-functional"
        /// A touchpoint's Kano dysfunctional answer.
        case kanoDysfunctional = "kano-dysfunctional"
        /// A touchpoint's free-text comment, or (without a touchpoint, header `comment:*`) the journey-wide one.
        case comment

        /// Whether the column holds numbers on a scale.
        public var isRating: Bool { self != .segment && self != .comment }
    }

    /// What the column holds.
    public var kind: Kind
    /// The touchpoint, for per-touchpoint kinds.
    public var touchpointID: String?
    /// The segment's name as declared in the journey, for segments.
    public var segmentName: String?
    /// The scale, for ratings.
    public var scale: RatingScale?

    /// Creates a column.
    public init(kind: Kind, touchpointID: String? = nil, segmentName: String? = nil, scale: RatingScale? = nil) {
        self.kind = kind
        self.touchpointID = touchpointID
        self.segmentName = segmentName
        self.scale = scale
    }

    /// Whether this is the journey-wide comment column (`survey.comment`, header `comment:*`).
    public var isJourneyComment: Bool { kind == .comment && touchpointID == nil }

    /// The touchpoint-id slot of the journey-wide comment's header (`comment:*`); never a touchpoint id.
    public static let journeyCommentMarker = "*"

    /// The header cell: `segment:NAME`, `overall[1..5]`, `enps[0..10]`, `score:ID[1..5]`, `comment:ID`, `comment:*` ….
    public var header: String {
        if isJourneyComment { return kind.rawValue + ":" + Self.journeyCommentMarker }
        var text = kind.rawValue
        if let segmentName { return text + ":" + segmentName }
        if let touchpointID { text += ":" + touchpointID }
        if let scale { text += "[\(scale.min)..\(scale.max)]" }
        return text
    }

    /// Parses a header cell; nil when it is not one of the documented forms.
    public static func parse(header: String) -> (column: ResponsesColumn, min: Int?, max: Int?)? {
        if header.hasPrefix("segment:") {
            let name = String(header.dropFirst(8))
            return name.isEmpty ? nil : (ResponsesColumn(kind: .segment, segmentName: name), nil, nil)
        }
        var body = Substring(header)
        var bounds: (Int, Int)?
        if body.hasSuffix("]"), let open = body.lastIndex(of: "[") {
            let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
            guard let dots = inside.range(of: ".."), let low = Int(inside[..<dots.lowerBound]), let high = Int(inside[dots.upperBound...]),
                  low < high, high - low < 255 else { return nil }
            bounds = (low, high)
            body = body[..<open]
        }
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let kind = Kind(rawValue: String(parts[0])), kind != .segment else { return nil }
        let touchpoint = parts.count > 1 ? String(parts[1]) : nil
        switch kind {
        case .overall, .enps:
            guard touchpoint == nil, bounds != nil else { return nil }
        case .comment:
            guard let touchpoint, !touchpoint.isEmpty, bounds == nil else { return nil }
            if touchpoint == journeyCommentMarker { return (ResponsesColumn(kind: .comment), nil, nil) }
        default:
            guard let touchpoint, !touchpoint.isEmpty, bounds != nil else { return nil }
        }
        return (ResponsesColumn(kind: kind, touchpointID: touchpoint), bounds?.0, bounds?.1)
    }
}

/// The ordered columns of a responses file (after the `respondent` column).
public struct ResponsesLayout: Sendable, Hashable {
    /// Columns in file order: segments, overall, eNPS, the journey-wide comment, then per touchpoint in journey order
    /// score, importance, wish, kano-functional, kano-dysfunctional, comment.
    public var columns: [ResponsesColumn]

    /// Creates a layout.
    public init(columns: [ResponsesColumn]) { self.columns = columns }

    /// Positions of rating columns (one code each per row).
    var ratingIndices: [Int] { columns.indices.filter { columns[$0].kind.isRating } }
    /// Positions of text columns (segments and comments).
    var textIndices: [Int] { columns.indices.filter { !columns[$0].kind.isRating } }

    /// The order kinds take within a touchpoint.
    static let touchpointKindOrder: [ResponsesColumn.Kind] = [.score, .importance, .wish, .kanoFunctional, .kanoDysfunctional, .comment]
}
