import Foundation
import JourneyModel
import JourneyAnalysis
import JourneyRender

/// libFuzzer entry: arbitrary bytes parsed as a journey; a valid one is analyzed, laid out and written as SVG,
/// at a page size chosen by the input's length (wide, slide, A3, A4), so every layout profile is fuzzed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let journey = try? JourneyLoader.parse(data: Data(bytes: data, count: size), path: "fuzz.yaml") else { return 0 }
    let findings = JourneyAnalyzer.analyze(journey, responses: nil)
    let sizes: [MapSize] = [.wide, .slide, .a3, .a4]
    _ = MapRenderer.svg(journey, findings: findings, options: RenderOptions(size: sizes[size % sizes.count]))
    return 0
}
