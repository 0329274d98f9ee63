import CJourneyXML
import Foundation

/// Draws a `MapLayout` as static SVG 1.1 through libxml2: presentation attributes only (no `<style>`, no
/// scripts, no filters, no `foreignObject`, no `dominant-baseline`), every line of text placed with explicit
/// x/y, a CJK-first font stack, `role="img"` with `aria-labelledby` pointing at `<title>` and `<desc>`.
public enum SVGWriter {
    /// The font stack: CJK faces that also carry good Latin, then the generic family.
    public static let fontFamily = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','Noto Sans','Apple Color Emoji','Segoe UI Emoji','Noto Color Emoji','Symbola',sans-serif"

    /// The page: SVG width/height attributes, the view box, and where the map sits inside it.
    struct Canvas {
        var width: String
        var height: String
        var viewBox: Rect
        var offset: Point
    }

    /// The SVG bytes for a layout.
    public static func svg(_ layout: MapLayout, theme: Theme, size: MapSize) -> Data {
        let canvas = canvas(for: layout.size, size: size)
        let tree = XMLTree(rootName: "svg", namespaceURI: "http://www.w3.org/2000/svg")
        let root = tree.root
        let vb = canvas.viewBox
        for (name, value) in [
            ("version", "1.1"),
            ("width", canvas.width),
            ("height", canvas.height),
            ("viewBox", "\(n(vb.x)) \(n(vb.y)) \(n(vb.width)) \(n(vb.height))"),
            ("role", "img"),
            ("aria-labelledby", "jm-title jm-desc"),
            ("font-family", fontFamily),
        ] { tree.set(root, name, value) }
        tree.setLanguage(root, layout.language)
        let title = tree.element("title", in: root, [("id", "jm-title")])
        tree.text(layout.title, in: title)
        let desc = tree.element("desc", in: root, [("id", "jm-desc")])
        tree.text(layout.summary, in: desc)
        if theme.usesHatching {
            let defs = tree.element("defs", in: root)
            let pattern = tree.element("pattern", in: defs, [("id", Theme.hatchID), ("width", "6"), ("height", "6"),
                                                             ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")])
            tree.element("rect", in: pattern, [("width", "6"), ("height", "6"), ("fill", theme.color(.painFill))])
            tree.element("line", in: pattern, [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"),
                                               ("stroke", theme.color(.pain)), ("stroke-width", "1.5")])
        }
        tree.element("rect", in: root, [("x", n(vb.x)), ("y", n(vb.y)), ("width", n(vb.width)), ("height", n(vb.height)),
                                        ("fill", theme.color(.background))])
        var container = root
        if canvas.offset.x != 0 || canvas.offset.y != 0 {
            container = tree.element("g", in: root, [("transform", "translate(\(n(canvas.offset.x)) \(n(canvas.offset.y)))")])
        }
        let writer = NodeWriter(tree: tree, theme: theme)
        for node in layout.nodes { writer.write(node, in: container) }
        return tree.serialized()
    }

    /// Page geometry: natural size for `wide`; for `slide` (16:9), `a3` and `a4` (landscape) the view box has the
    /// page's shape (the page itself when the layout fits it) and the map is centred in it, so viewers scale it to
    /// fit without distortion.
    static func canvas(for natural: Size, size: MapSize) -> Canvas {
        let page: (aspect: Double, width: String, height: String)
        switch size {
        case .wide:
            return Canvas(width: n(natural.width), height: n(natural.height),
                          viewBox: Rect(x: 0, y: 0, width: natural.width, height: natural.height), offset: Point(x: 0, y: 0))
        case .slide: page = (16.0 / 9.0, "1920", "1080")
        case .a3: page = (420.0 / 297.0, "420mm", "297mm")
        case .a4: page = (297.0 / 210.0, "297mm", "210mm")
        }
        let width = max(natural.width, natural.height * page.aspect)
        let height = width / page.aspect
        let offset = Point(x: ((width - natural.width) / 2).rounded(), y: ((height - natural.height) / 2).rounded())
        let box = Rect(x: 0, y: 0, width: width.rounded(.up), height: height.rounded(.up))
        return Canvas(width: page.width, height: page.height, viewBox: box, offset: offset)
    }

    static func n(_ value: Double) -> String { MapNumber.coordinate(value) }
}

/// Writes layout nodes as SVG elements.
private struct NodeWriter {
    let tree: XMLTree
    let theme: Theme

    func write(_ node: LayoutNode, in parent: xmlNodePtr) {
        switch node {
        case .group(let group):
            var attributes: [(String, String)] = []
            if let id = group.id { attributes.append(("id", id)) }
            attributes += group.attributes.map { ($0.name, $0.value) }
            let element = tree.element("g", in: parent, attributes)
            for child in group.children { write(child, in: element) }
        case .shape(let shape):
            writeShape(shape, in: parent)
        case .text(let run):
            writeText(run, in: parent)
        }
    }

    func writeShape(_ shape: Shape, in parent: xmlNodePtr) {
        let n = SVGWriter.n
        var attributes: [(String, String)]
        let name: String
        switch shape.geometry {
        case .rect(let r, let radius):
            name = "rect"
            attributes = [("x", n(r.x)), ("y", n(r.y)), ("width", n(r.width)), ("height", n(r.height))]
            if radius > 0 { attributes.append(("rx", n(min(radius, r.height / 2, r.width / 2)))) }
        case .line(let a, let b):
            name = "line"
            attributes = [("x1", n(a.x)), ("y1", n(a.y)), ("x2", n(b.x)), ("y2", n(b.y))]
        case .circle(let c, let radius):
            name = "circle"
            attributes = [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(radius))]
        case .polygon(let points):
            name = "polygon"
            attributes = [("points", points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " "))]
        case .path(let commands):
            name = "path"
            attributes = [("d", commands.map { command -> String in
                switch command {
                case .move(let p): return "M\(n(p.x)) \(n(p.y))"
                case .line(let p): return "L\(n(p.x)) \(n(p.y))"
                case .cubic(let a, let b, let c): return "C\(n(a.x)) \(n(a.y)) \(n(b.x)) \(n(b.y)) \(n(c.x)) \(n(c.y))"
                case .close: return "Z"
                }
            }.joined(separator: " "))]
        }
        let style = shape.style
        if let fill = style.fill {
            let color = style.hatched && theme.usesHatching ? "url(#\(Theme.hatchID))" : theme.color(fill)
            attributes.append(("fill", color))
            if style.fillOpacity < 1 { attributes.append(("fill-opacity", n(style.fillOpacity))) }
        } else {
            attributes.append(("fill", "none"))
        }
        if let stroke = style.stroke, theme.color(stroke) != "none" {
            attributes.append(("stroke", theme.color(stroke)))
            attributes.append(("stroke-width", n(style.strokeWidth * theme.strokeScale)))
            if !style.dash.isEmpty { attributes.append(("stroke-dasharray", style.dash.map(n).joined(separator: " "))) }
            if case .path = shape.geometry {
                attributes.append(("stroke-linecap", "round"))
                attributes.append(("stroke-linejoin", "round"))
            }
        }
        tree.element(name, in: parent, attributes)
    }

    func writeText(_ run: TextRun, in parent: xmlNodePtr) {
        guard !run.lines.isEmpty else { return }
        let n = SVGWriter.n
        var attributes: [(String, String)] = [("x", n(run.x)), ("y", n(run.y)), ("font-size", n(run.font.size))]
        if run.font.weight == .bold { attributes.append(("font-weight", "bold")) }
        if run.anchor != .start { attributes.append(("text-anchor", run.anchor.rawValue)) }
        attributes.append(("fill", theme.color(run.color)))
        let text = tree.element("text", in: parent, attributes)
        if let full = run.fullText {
            tree.text("", in: text)
            let title = tree.element("title", in: text)
            tree.text(full, in: title)
        }
        if run.lines.count == 1 {
            tree.text(run.lines[0], in: text)
            return
        }
        // An empty text node first keeps libxml2 from indenting between the tspans (whitespace would render).
        if run.fullText == nil { tree.text("", in: text) }
        for (index, line) in run.lines.enumerated() {
            let tspan = tree.element("tspan", in: text, [("x", n(run.x)), ("y", n(run.baseline(index)))])
            tree.text(line, in: tspan)
        }
    }
}

