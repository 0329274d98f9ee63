import JourneyModel
import Testing
@testable import JourneyRender

/// The curve is the hero on print too (issue 10): on every A3 and A4 map sheet of the samples and the seeded stress
/// journeys, the plot band (the scale's maximum gridline to its minimum) takes a third of the sheet's content height.
@Suite struct PrintBandTests {
    @Test func everyMapSheetGivesThePlotBandAThird() throws {
        var lowest: [MapSize: Double] = [:]
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases() {
            for size in [MapSize.a3, .a4] {
                let profile = LayoutProfile.of(size)
                let pages = MapLayoutEngine.pages(c.journey, findings: c.findings, options: RenderOptions(language: c.language, size: size))
                for (index, layout) in pages.enumerated() {
                    guard let band = layout.plotBand, layout.lane(.curve) != nil else { continue }
                    // content height: the sheet less its top and bottom margins
                    let content = layout.size.height - 2 * profile.metrics.margin
                    let share = band.height / content
                    lowest[size] = min(lowest[size] ?? 1, share)
                    #expect(share >= PrintPagination.minimumBandShare(size) - 0.005,
                            "\(c.name) \(c.findings.source) \(c.language) \(size) sheet \(index + 1): band \(band.height) of \(content)")
                }
            }
        }
        print("lowest band share:", lowest.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key) \($0.value)" })
    }
}
