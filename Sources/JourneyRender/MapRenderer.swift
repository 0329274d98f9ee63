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

    /// The smallest text on the map as it appears on a 1920 × 1080 slide, in pixels, when `--size slide` scales
    /// it to fit; `nil` for other sizes. Below about 9 px a projected slide is unreadable.
    public static func smallestSlideTextSize(_ journey: Journey, findings: JourneyFindings, options: RenderOptions) -> Double? {
        guard options.size == .slide else { return nil }
        let layout = layout(journey, findings: findings, options: options)
        let scale = min(1920 / layout.size.width, 1080 / layout.size.height, 1)
        let smallest = layout.textRuns.map(\.font.size).min() ?? 11
        return smallest * scale
    }
}
