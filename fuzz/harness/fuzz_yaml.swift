import Foundation
import JourneyModel

/// libFuzzer entry: the journey YAML loader on arbitrary bytes; a journey or a `JourneyLoadError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? JourneyLoader.parse(data: Data(bytes: data, count: size), path: "fuzz.yaml")
    return 0
}
