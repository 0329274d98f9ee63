import Foundation
import JourneyModel
import SurveyImport

/// libFuzzer entry: the survey import (format and encoding detection, the csv reader, binding) on an
/// arbitrary .csv file; responses or an `ImportError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzSupport.write(UnsafeRawBufferPointer(start: data, count: size), ext: "csv")
    _ = try? SurveyImporter.load(exportPath: path, journey: FuzzSupport.journey)
    return 0
}
