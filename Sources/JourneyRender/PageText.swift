/// The smallest text a page size allows, in px as the page shows it (96 dpi for print, so 9 pt = 12 px).
public struct TextMinimum: Sendable, Hashable {
    /// The map's title.
    public var title: Double
    /// Body text: touchpoint and stage names, pills, actions, quotes, the subtitle.
    public var body: Double
    /// Every other label: values, n, ticks, badges, severity, legend, footnotes.
    public var label: Double

    /// The minimum for a role.
    public func minimum(for role: TextRole) -> Double {
        switch role {
        case .title: return title
        case .touchpointName, .stageName, .findingPill, .action, .quote, .subtitle: return body
        default: return label
        }
    }

    /// The minimums of a size: slide 40/24/20 px at 1920 wide; A3 and A4 9 pt (12 px) for all text; wide 11 px.
    public static func of(_ size: MapSize) -> TextMinimum {
        switch size {
        case .slide: return TextMinimum(title: 40, body: 24, label: 20)
        case .a3, .a4: return TextMinimum(title: 12, body: 12, label: 12)
        case .wide: return TextMinimum(title: 11, body: 11, label: 11)
        }
    }
}

/// The text of a map that falls furthest below its size's minimum, as the page shows it.
public struct SmallestText: Sendable, Hashable {
    /// What the text is.
    public var role: TextRole
    /// Its size on the page, px.
    public var size: Double
    /// The minimum for its role, px.
    public var minimum: Double
    /// Whether it is below the minimum.
    public var isBelowMinimum: Bool { size < minimum - 0.005 }
}

extension MapLayout {
    /// How much the page shrinks the layout: 1 when it fits the page (or for `wide`), less when the SVG scales a
    /// taller or wider layout down into the page's view box.
    public func pageScale(_ size: MapSize) -> Double {
        let canvas = SVGWriter.canvas(for: self.size, size: size)
        guard size != .wide, let page = LayoutProfile.of(size).page else { return 1 }
        return page.width / canvas.viewBox.width
    }

    /// The text with the lowest ratio of its page size to its role's minimum (nil for a map without text).
    public func smallestText(_ size: MapSize) -> SmallestText? {
        let minimum = TextMinimum.of(size)
        let scale = pageScale(size)
        return textRuns.filter { !$0.lines.isEmpty }.map { run in
            SmallestText(role: run.role, size: run.font.size * scale, minimum: minimum.minimum(for: run.role))
        }.min { $0.size / $0.minimum < $1.size / $1.minimum }
    }

    /// The box holding every text frame and drawn shape.
    public var contentBounds: Rect {
        let rects = textRuns.filter { !$0.lines.isEmpty }.map(\.frame) + shapes.map(\.bounds)
        guard let first = rects.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var minX = first.x, minY = first.y, maxX = first.maxX, maxY = first.maxY
        for r in rects { minX = min(minX, r.x); minY = min(minY, r.y); maxX = max(maxX, r.maxX); maxY = max(maxY, r.maxY) }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// Share of the page (its view box) covered by the content's bounding box, 0–1.
    public func pageFill(_ size: MapSize) -> Double {
        let box = SVGWriter.canvas(for: self.size, size: size).viewBox
        let content = contentBounds
        return content.width * content.height / (box.width * box.height)
    }

    /// Share of the page the content uses, 0–1: its bounding box, less every horizontal band inside it that no text or
    /// shape crosses and that is at least 1/40 of the page's height (an empty stripe a reader sees; the gaps between
    /// lanes stay under it). A sheet with room to spare gives it to the curve rather than to such stripes.
    public func pageUse(_ size: MapSize) -> Double {
        let box = SVGWriter.canvas(for: self.size, size: size).viewBox
        let content = contentBounds
        let spans = (textRuns.filter { !$0.lines.isEmpty }.map(\.frame) + shapes.map(\.bounds))
            .map { ($0.y, $0.maxY) }.sorted { $0.0 < $1.0 }
        let threshold = box.height / 40
        var empty = 0.0
        var reached = spans.first?.1 ?? 0
        for span in spans {
            if span.0 - reached >= threshold { empty += span.0 - reached }
            reached = max(reached, span.1)
        }
        return content.width * (content.height - empty) / (box.width * box.height)
    }

    /// The empty bands around the content, as shares of the page: top + bottom of its height, left + right of its width.
    public func letterbox(_ size: MapSize) -> (vertical: Double, horizontal: Double) {
        let canvas = SVGWriter.canvas(for: self.size, size: size)
        let content = contentBounds
        return (1 - content.height / canvas.viewBox.height, 1 - content.width / canvas.viewBox.width)
    }
}
