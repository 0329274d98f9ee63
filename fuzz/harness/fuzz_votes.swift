import Foundation
import JourneyModel
import SurveyImport

/// libFuzzer entry: the workshop votes sheet reader (encoding detection, CSV, zh/en headers, touchpoint lookup,
/// one-row-per-vote counting) on arbitrary bytes; a sheet or an `ImportError`, never a crash. Whatever it
/// accepts must write a sidecar the sidecar loader reads back with the same ideas.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVotes(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let result = try? VotesSheetReader.read(data: bytes, path: "fuzz.votes.csv", journey: FuzzSupport.journey) else { return 0 }
    let text = WorkshopFileWriter.text(result.file)
    guard let again = try? WorkshopFileLoader.parse(data: Data(text.utf8), path: "fuzz.workshop.yaml"),
          again.ideas.count == result.file.ideas.count else {
        fatalError("votes wrote a sidecar that does not read back:\n\(text)")
    }
    return 0
}
