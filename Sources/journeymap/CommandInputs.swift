import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import SurveyImport

/// Reading a command's inputs the same way everywhere: problems printed to standard error, then the
/// documented exit code thrown.
enum CommandInputs {
    /// Loads and validates a journey; prints every problem and throws 65/66/74 on failure.
    static func journey(at path: String) throws -> Journey {
        do {
            return try JourneyLoader.load(path: path)
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitStatus.code(for: error)
        }
    }

    /// What to do when the responses file found beside the journey (not named by the user) cannot be read.
    enum DiscoveredFailure {
        /// Fail like an explicit `--responses` would (analysis must not silently change its source).
        case fail
        /// Warn and carry on with the workshop estimates (a map is still worth drawing).
        case warnAndUseEstimates
    }

    /// The survey responses for a journey: the explicit file when given (66 when missing, 65/74 when unreadable),
    /// else `<journey>.responses.csv` beside the journey when it exists, else `nil` (workshop estimates).
    /// Streamed into a tally (`ResponsesFile.tally`), so memory does not grow with the respondents; `options`
    /// decide what the tally counts (complete-case drivers keep every row).
    static func responses(explicit: String?, journeyPath: String, journey: Journey, options: AnalysisOptions = AnalysisOptions(),
                          onDiscoveredFailure: DiscoveredFailure) throws -> (path: String, responses: ResponseTally)? {
        if let explicit {
            guard FileManager.default.fileExists(atPath: explicit) else {
                Console.error(CLIMessages.noResponsesFile(explicit).localized)
                throw ExitStatus.noInput
            }
            let responses = try read(explicit, journey: journey, options: options)
            warnAboutTouchpointsWithoutData(journey: journey, responses: responses, path: explicit)
            return (explicit, responses)
        }
        let discovered = ResponsesFile.defaultPath(forJourney: journeyPath)
        guard FileManager.default.fileExists(atPath: discovered) else { return nil }
        switch onDiscoveredFailure {
        case .fail:
            let responses = try read(discovered, journey: journey, options: options)
            warnAboutTouchpointsWithoutData(journey: journey, responses: responses, path: discovered)
            return (discovered, responses)
        case .warnAndUseEstimates:
            do {
                let responses = try tally(discovered, journey: journey, options: options)
                warnAboutTouchpointsWithoutData(journey: journey, responses: responses, path: discovered)
                return (discovered, responses)
            } catch {
                var message = error.description(in: MessageLanguage.current)
                if let range = message.range(of: ": error: ") { message.replaceSubrange(range, with: ": warning: ") }
                Console.error(message + CLIMessages.responsesNotUsed.localized)
                return nil
            }
        }
    }

    /// One warning line when the responses cover only some touchpoints, naming those without survey data.
    static func warnAboutTouchpointsWithoutData(journey: Journey, responses: ResponseTally, path: String) {
        let uncovered = journey.touchpoints.filter { !responses.isBound(touchpointID: $0.id) }
        guard !uncovered.isEmpty, uncovered.count < journey.touchpoints.count || responses.respondentCount > 0 else { return }
        let names = uncovered.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        Console.error(CLIMessages.touchpointsWithoutData(path: path, uncovered: uncovered.count, total: journey.touchpoints.count,
                                                         names: names).localized)
    }

    private static func tally(_ path: String, journey: Journey, options: AnalysisOptions) throws(ResponsesFileError) -> ResponseTally {
        try ResponsesFile.tally(path: path, journey: journey, options: options,
                                retainedRowsPerCell: options.driverCases == .complete ? nil : ResponseTally.defaultRetainedRows)
    }

    private static func read(_ path: String, journey: Journey, options: AnalysisOptions) throws -> ResponseTally {
        try reportingFailure { () throws(ResponsesFileError) in try tally(path, journey: journey, options: options) }
    }

    /// Runs a read of the responses file; a failure is printed and becomes its exit code (66 missing, 74 I/O, 65 bad).
    private static func reportingFailure<T>(_ body: () throws(ResponsesFileError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            switch error.kind {
            case .notFound: throw ExitStatus.noInput
            case .unreadable: throw ExitStatus.ioError
            case .invalid: throw ExitStatus.dataError
            }
        }
    }

    /// The responses file's rows in memory, only when a comparison is asked for: the wave comparison's permutation
    /// test relabels individual answers, which a tally does not keep (everything else streams, `responses(…)`).
    static func rowsForComparison(_ request: ComparisonRequest, loaded: (path: String, responses: ResponseTally)?,
                                  journey: Journey) throws -> SurveyResponses? {
        guard request.isRequested, let loaded else { return nil }
        return try rows(at: loaded.path, journey: journey)
    }

    /// `responses(…)` with the rows in memory (the other side of a comparison): found, checked and warned about
    /// the same way, then read whole.
    static func responseRows(explicit: String?, journeyPath: String, journey: Journey,
                             onDiscoveredFailure: DiscoveredFailure) throws -> SurveyResponses? {
        guard let loaded = try responses(explicit: explicit, journeyPath: journeyPath, journey: journey,
                                         onDiscoveredFailure: onDiscoveredFailure) else { return nil }
        return try rows(at: loaded.path, journey: journey)
    }

    private static func rows(at path: String, journey: Journey) throws -> SurveyResponses {
        try reportingFailure { () throws(ResponsesFileError) in try ResponsesFile.read(path: path, journey: journey) }
    }
}
