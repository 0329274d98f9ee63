import Foundation
import JourneyAnalysis
import JourneyModel

/// The map pipeline in one call: findings → `MapLayout` → SVG bytes.
public enum MapRenderer {
    /// The layout of a map (for tests and tools that want geometry, not XML).
    public static func layout(_ journey: Journey, findings: JourneyFindings, options: RenderOptions = RenderOptions()) -> MapLayout {
        MapLayoutEngine.layout(journey, findings: findings, options: options)
    }

    /// The SVG of a map: deterministic bytes for the same input.
    public static func svg(_ journey: Journey, findings: JourneyFindings, options: RenderOptions = RenderOptions()) -> Data {
        let layout = layout(journey, findings: findings, options: options)
        return SVGWriter.svg(layout, theme: Theme(options.theme), size: options.size)
    }
}
