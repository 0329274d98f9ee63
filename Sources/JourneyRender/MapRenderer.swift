import Foundation
import JourneyAnalysis
import JourneyModel

/// The map pipeline in one call: findings → `MapLayout` → SVG bytes.
public enum MapRenderer {
    /// The layout of a map, its first page when the size splits it (for tests and tools that want geometry, not XML).
    public static func layout(_ journey: Journey, findings: JourneyFindings, options: RenderOptions = RenderOptions()) -> MapLayout {
        MapLayoutEngine.layout(journey, findings: findings, options: options)
    }

    /// Every page of a map: one for `wide` and `slide`, one or more for `a3` and `a4`.
    public static func pages(_ journey: Journey, findings: JourneyFindings, options: RenderOptions = RenderOptions()) -> [MapLayout] {
        MapLayoutEngine.pages(journey, findings: findings, options: options)
    }

    /// The SVG of a map's first page: deterministic bytes for the same input.
    public static func svg(_ journey: Journey, findings: JourneyFindings, options: RenderOptions = RenderOptions()) -> Data {
        let layout = layout(journey, findings: findings, options: options)
        return SVGWriter.svg(layout, theme: Theme(options.theme), size: options.size)
    }

    /// The smallest text of the map against its size's minimum (`TextMinimum`), over all pages, as the page shows it.
    public static func smallestText(_ journey: Journey, findings: JourneyFindings, options: RenderOptions) -> SmallestText? {
        smallestText(pages(journey, findings: findings, options: options), size: options.size)
    }

    /// The smallest text of pages already laid out at `size`, against that size's minimum.
    public static func smallestText(_ pages: [MapLayout], size: MapSize) -> SmallestText? {
        pages.compactMap { $0.smallestText(size) }.min { $0.size / $0.minimum < $1.size / $1.minimum }
    }
}
