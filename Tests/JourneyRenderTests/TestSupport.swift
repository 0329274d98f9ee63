import Foundation

/// Paths of the package and its fixtures, found from this file (not from bundle resources).
enum TestPaths {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Tests/Fixtures/render.
    static let fixtures: URL = root.appendingPathComponent("Tests/Fixtures/render")
    /// journeys/ (the bundled samples, when merged).
    static let journeys: URL = root.appendingPathComponent("journeys")
}
