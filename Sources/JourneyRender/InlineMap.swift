import Foundation
import JourneyAnalysis
import JourneyModel

/// A map page as markup inside an HTML page (the `analyze --format html` brief, the live preview): the SVG that
/// `render` writes, without its XML declaration, in a `map-frame` whose custom properties bound the map's width —
/// never wider than its natural size, never so narrow that its smallest text falls below `smallestScreenText`.
public enum InlineMap {
    /// The smallest map text shown on screen, in CSS pixels: below it the map scrolls sideways instead of shrinking
    /// further (the project's readability floor, as for slides).
    public static let smallestScreenText = 9.0

    /// Every page of the map, framed (one for `wide` and `slide`, one or more for `a3` and `a4`).
    public static func frames(_ journey: Journey, findings: JourneyFindings, options: RenderOptions) -> [String] {
        MapRenderer.pages(journey, findings: findings, options: options).map { frame($0, options: options) }
    }

    /// One page, framed: `<div class="map-frame" style="--map-width: …; --map-min: …"><svg …>…</svg></div>`.
    public static func frame(_ layout: MapLayout, options: RenderOptions) -> String {
        var svg = String(decoding: SVGWriter.svg(layout, theme: Theme(options.theme), size: options.size), as: UTF8.self)
        if svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") {
            svg = String(svg[end.upperBound...]).trimmingCharacters(in: .newlines)
        }
        let natural = options.size == .wide ? layout.size.width : 1920
        let smallest = layout.textRuns.map(\.font.size).min() ?? smallestScreenText
        let floor = min(natural, natural * smallestScreenText / max(smallest, 1))
        let style = "--map-width: \(MapNumber.coordinate(natural.rounded(.up)))px; --map-min: \(MapNumber.coordinate(floor.rounded(.up)))px"
        return "<div class=\"map-frame\" style=\"\(style)\">\n" + svg + (svg.hasSuffix("\n") ? "" : "\n") + "</div>\n"
    }

    /// The CSS the frame needs (the brief's rules): the page scrolls a map sideways below its readable width.
    public static let css = """
    .map-frame { overflow-x: auto; max-width: calc(var(--map-width) + 2px); margin: 0 auto; border: 1px solid #d0d7de; border-radius: 6px; }
    .map-frame svg { display: block; width: 100%; min-width: var(--map-min); max-width: var(--map-width); height: auto; }
    """
}
