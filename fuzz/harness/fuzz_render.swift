import Foundation
import JourneyModel
import JourneyAnalysis
import JourneyRender

/// libFuzzer entry: arbitrary bytes parsed as a journey; a valid one is analyzed, laid out and written as SVG.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let journey = try? JourneyLoader.parse(data: Data(bytes: data, count: size), path: "fuzz.yaml") else { return 0 }
    let findings = JourneyAnalyzer.analyze(journey, responses: nil)
    _ = MapRenderer.svg(journey, findings: findings)
    return 0
}
