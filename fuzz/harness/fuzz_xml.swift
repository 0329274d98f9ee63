import Foundation
import JourneyModel
import SurveyImport

/// libFuzzer entry: the survey import (format and encoding detection, the xml reader, binding) on an
/// arbitrary .xml file; responses or an `ImportError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzSupport.write(UnsafeRawBufferPointer(start: data, count: size), ext: "xml")
    _ = try? SurveyImporter.load(exportPath: path, journey: FuzzSupport.journey)
    return 0
}
