/// The render-ready picture of a journey map: every box, line, path and text run with its coordinates,
/// grouped as the SVG will be. Layout produces it, `SVGWriter` only draws it, and tests check overlap
/// and overflow on it without any XML.
public struct MapLayout: Sendable {
    /// The natural size of the map in user units.
    public var size: Size
    /// The lanes present, top to bottom.
    public var lanes: [LaneFrame]
    /// One horizontal band per touchpoint, in journey order.
    public var columns: [Rect]
    /// Drawing order: groups and items.
    public var nodes: [LayoutNode]
    /// Text of the SVG `<title>`.
    public var title: String
    /// Plain-language summary for the SVG `<desc>`.
    public var summary: String
    /// Language of the generated labels (`xml:lang`).
    public var language: String
    /// Height the lanes need (the page may be taller).
    var naturalHeight = 0.0
    /// The curve's plot height as laid out.
    var plotHeight = 0.0
    /// The plot band as laid out: from the scale's maximum gridline to its minimum one (nil without a curve).
    var plotBand: Rect? = nil
    /// Whether the legend is the short one: it leaves out the marks that label themselves (pills named in words,
    /// the shading) (slides, and print sheets short of room).
    var compactLegend = false

    /// Creates a layout.
    public init(size: Size, lanes: [LaneFrame], columns: [Rect], nodes: [LayoutNode], title: String, summary: String, language: String) {
        self.size = size
        self.lanes = lanes
        self.columns = columns
        self.nodes = nodes
        self.title = title
        self.summary = summary
        self.language = language
    }

    /// Every text run, depth first in drawing order.
    public var textRuns: [TextRun] {
        var runs: [TextRun] = []
        func walk(_ nodes: [LayoutNode]) {
            for node in nodes {
                switch node {
                case .text(let run): runs.append(run)
                case .group(let group): walk(group.children)
                case .shape: break
                }
            }
        }
        walk(nodes)
        return runs
    }

    /// Every shape, depth first in drawing order.
    public var shapes: [Shape] {
        var shapes: [Shape] = []
        func walk(_ nodes: [LayoutNode]) {
            for node in nodes {
                switch node {
                case .shape(let shape): shapes.append(shape)
                case .group(let group): walk(group.children)
                case .text: break
                }
            }
        }
        walk(nodes)
        return shapes
    }

    /// Every group, depth first.
    public var groups: [LayoutGroup] {
        var groups: [LayoutGroup] = []
        func walk(_ nodes: [LayoutNode]) {
            for case .group(let group) in nodes {
                groups.append(group)
                walk(group.children)
            }
        }
        walk(nodes)
        return groups
    }

    /// The frame of a lane, if present.
    public func lane(_ kind: LaneKind) -> LaneFrame? { lanes.first { $0.kind == kind } }
}

/// The lanes of the map, top to bottom.
public enum LaneKind: String, Sendable, Hashable, CaseIterable {
    case header, stages, touchpoints, curve, comparison, findings, voices, actions, legend
}

/// Where a lane sits: the full width of the map between two heights.
public struct LaneFrame: Sendable, Hashable {
    /// Which lane.
    public var kind: LaneKind
    /// Its rectangle.
    public var rect: Rect

    /// Creates a lane frame.
    public init(kind: LaneKind, rect: Rect) {
        self.kind = kind
        self.rect = rect
    }
}

/// One thing to draw, or a group of them.
public enum LayoutNode: Sendable {
    case shape(Shape)
    case text(TextRun)
    case group(LayoutGroup)
}

/// A `<g>`: an optional id, extra attributes (`data-score` …) and children in drawing order.
public struct LayoutGroup: Sendable {
    /// The element id, e.g. `tp-first-login`.
    public var id: String?
    /// Further attributes, written in this order.
    public var attributes: [(name: String, value: String)]
    /// What the group holds.
    public var children: [LayoutNode]

    /// Creates a group.
    public init(id: String? = nil, attributes: [(name: String, value: String)] = [], children: [LayoutNode] = []) {
        self.id = id
        self.attributes = attributes
        self.children = children
    }

    /// The value of an attribute.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// Fill and stroke of a shape, as theme roles.
public struct ShapeStyle: Sendable, Hashable {
    /// Fill role, or nil for none.
    public var fill: ColorRole?
    /// Fill opacity 0–1.
    public var fillOpacity: Double
    /// Stroke role, or nil for none.
    public var stroke: ColorRole?
    /// Stroke width.
    public var strokeWidth: Double
    /// Dash pattern, empty for solid.
    public var dash: [Double]
    /// Whether the print theme may replace the fill with a hatch pattern (pain marks).
    public var hatched: Bool

    /// Creates a style.
    public init(fill: ColorRole? = nil, fillOpacity: Double = 1, stroke: ColorRole? = nil, strokeWidth: Double = 1,
                dash: [Double] = [], hatched: Bool = false) {
        self.fill = fill
        self.fillOpacity = fillOpacity
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.dash = dash
        self.hatched = hatched
    }
}

/// A path segment in absolute coordinates.
public enum PathCommand: Sendable, Hashable {
    case move(Point)
    case line(Point)
    case cubic(Point, Point, Point)
    case close
}

/// The geometry of a shape.
public enum Geometry: Sendable, Hashable {
    case rect(Rect, cornerRadius: Double)
    case line(Point, Point)
    case circle(center: Point, radius: Double)
    case polygon([Point])
    case path([PathCommand])
}

/// A drawn shape. `obstacle` shapes (badges, pills, callout boxes, cards' tags) must not cover text
/// that is not their own; `owner` names the mark they belong to.
public struct Shape: Sendable {
    /// What to draw.
    public var geometry: Geometry
    /// How to paint it.
    public var style: ShapeStyle
    /// Whether text of other owners must keep clear of it.
    public var obstacle: Bool
    /// The mark it belongs to (e.g. `mot-first-login`), matching its own label's owner.
    public var owner: String?

    /// Creates a shape.
    public init(_ geometry: Geometry, style: ShapeStyle, obstacle: Bool = false, owner: String? = nil) {
        self.geometry = geometry
        self.style = style
        self.obstacle = obstacle
        self.owner = owner
    }

    /// The bounding box.
    public var bounds: Rect {
        switch geometry {
        case .rect(let rect, _): return rect
        case .line(let a, let b): return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
        case .circle(let c, let r): return Rect(x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r)
        case .polygon(let points): return Self.box(points)
        case .path(let commands):
            var points: [Point] = []
            for command in commands {
                switch command {
                case .move(let p), .line(let p): points.append(p)
                case .cubic(let a, let b, let c): points += [a, b, c]
                case .close: break
                }
            }
            return Self.box(points)
        }
    }

    private static func box(_ points: [Point]) -> Rect {
        guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for p in points { minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y) }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// How a text run is anchored on its x.
public enum TextAnchor: String, Sendable, Hashable {
    case start, middle, end
}

/// What a piece of text is, so tests and the writer can find it.
public enum TextRole: String, Sendable, Hashable {
    case title, takeaway, subtitle, peakEndBox, laneLabel, stageName, touchpointName, actorTag, motBadge
    case axisTick, valueLabel, sampleSize, callout, findingPill, severity, quote, action, actionMeta
    case more, legend, footnote
}

/// One or more lines of text at explicit coordinates, with the box they must stay inside.
public struct TextRun: Sendable {
    /// The lines, already wrapped and fitted.
    public var lines: [String]
    /// Anchor x of every line.
    public var x: Double
    /// Baseline of the first line.
    public var y: Double
    /// Distance between baselines.
    public var lineHeight: Double
    /// Font size and weight.
    public var font: FontSpec
    /// Anchor.
    public var anchor: TextAnchor
    /// Colour role.
    public var color: ColorRole
    /// What it is.
    public var role: TextRole
    /// The lane it belongs to.
    public var lane: LaneKind
    /// The touchpoint column it belongs to, if any.
    public var column: Int?
    /// The area it must stay inside (a card, a cell, the gutter …).
    public var bounds: Rect
    /// The full text when the lines were cut with "…" (written as a `<title>` tooltip).
    public var fullText: String?
    /// The mark it labels (matches `Shape.owner`).
    public var owner: String?

    /// Creates a text run.
    public init(lines: [String], x: Double, y: Double, lineHeight: Double, font: FontSpec, anchor: TextAnchor = .start,
                color: ColorRole, role: TextRole, lane: LaneKind, column: Int? = nil, bounds: Rect,
                fullText: String? = nil, owner: String? = nil) {
        self.lines = lines
        self.x = x
        self.y = y
        self.lineHeight = lineHeight
        self.font = font
        self.anchor = anchor
        self.color = color
        self.role = role
        self.lane = lane
        self.column = column
        self.bounds = bounds
        self.fullText = fullText
        self.owner = owner
    }

    /// The measured ink box: widest line, from the ascent of the first line to the descent of the last.
    public var frame: Rect {
        let width = lines.map { TextMeasurer.width($0, font: font) }.max() ?? 0
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - width / 2
        case .end: left = x - width
        }
        let top = y - font.ascent
        let bottom = y + Double(max(lines.count - 1, 0)) * lineHeight + font.descent
        return Rect(x: left, y: top, width: width, height: bottom - top)
    }

    /// Baseline of line `index`.
    public func baseline(_ index: Int) -> Double { y + Double(index) * lineHeight }
}
