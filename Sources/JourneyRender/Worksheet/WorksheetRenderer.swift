import Foundation

/// Draws a worksheet layout as SVG on its paper size (light theme: it is printed and written on).
public enum WorksheetRenderer {
    /// The SVG bytes of a worksheet page.
    public static func svg(_ layout: MapLayout, size: WorksheetSize) -> Data {
        SVGWriter.svg(layout, theme: Theme(.light), size: size.mapSize)
    }
}
