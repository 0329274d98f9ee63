import Foundation
import JourneyModel
import JourneyRender

/// libFuzzer entry: the Mermaid journey importer on arbitrary text. Never a crash; and whatever it accepts must
/// write YAML the journey loader accepts again, and Mermaid text the importer reads back to the same task count.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMermaid(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let journey = try? MermaidJourneyImporter.journey(fromMermaid: text, path: "fuzz.mmd") else { return 0 }
    let yaml = JourneyYAMLWriter.text(journey)
    guard (try? JourneyLoader.parse(data: Data(yaml.utf8), path: "fuzz.yaml")) != nil else {
        fatalError("import-mermaid wrote YAML the loader refuses:\n\(yaml)")
    }
    let again = try? MermaidJourneyImporter.journey(fromMermaid: MermaidWriter.text(journey), path: "again.mmd")
    guard again?.touchpoints.count == journey.touchpoints.count else {
        fatalError("render --format mermaid wrote text that does not read back:\n\(MermaidWriter.text(journey))")
    }
    return 0
}
