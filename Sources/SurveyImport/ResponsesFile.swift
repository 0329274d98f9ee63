import Foundation
import JourneyModel

/// Why a normalized responses file could not be read.
public struct ResponsesFileError: Error, Sendable, CustomStringConvertible {
    /// A `path:line:col: error: …` style message.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}

/// The normalized, anonymized responses file that `import` writes and `render`/`analyze` read.
public enum ResponsesFile {
    /// `<journey-dir>/<journey-basename>.responses.csv`, where import writes by default and the other commands look.
    public static func defaultPath(forJourney journeyPath: String) -> String {
        let url = URL(fileURLWithPath: journeyPath)
        let base = url.deletingPathExtension().lastPathComponent
        let directory = (journeyPath as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "" : directory + "/") + base + ".responses.csv"
    }

    /// Reads a responses file for a journey.
    public static func read(path: String, journey: Journey) throws(ResponsesFileError) -> SurveyResponses {
        throw ResponsesFileError("\(path): error: reading responses is not available in this build")
    }
}
