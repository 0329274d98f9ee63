import Foundation
import JourneyAnalysis
import JourneyModel

/// Why a normalized responses file could not be read.
public struct ResponsesFileError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure, so callers can pick an exit code (66, 74 or 65).
    public enum Kind: Sendable, Hashable {
        /// The file does not exist.
        case notFound
        /// The file could not be read.
        case unreadable
        /// The file is not a valid responses file for this journey.
        case invalid
    }

    /// A `path: row N, column "…": error: …` style message (one line per problem).
    public var description: String
    /// The same lines in Chinese.
    public var zhDescription: String
    /// What kind of failure.
    public var kind: Kind

    /// Creates an error; without `zh`, the Chinese text is the English one.
    public init(_ description: String, kind: Kind = .invalid, zh: String? = nil) {
        self.description = description
        self.zhDescription = zh ?? description
        self.kind = kind
    }

    /// The lines in `language`.
    public func description(in language: JourneyLanguage) -> String { language == .zh ? zhDescription : description }
}

/// The normalized, anonymized responses file that `import` writes and `render`/`analyze` read.
///
/// Layout (version 1, see Docs/README-import.md): line 1 `journeymap-responses,1`; line 2 the header
/// `respondent,segment:NAME…,overall[1..5],enps[0..10],score:ID[1..5],importance:ID[1..5],wish:ID[1..5],
/// kano-functional:ID[1..5],kano-dysfunctional:ID[1..5],comment:ID` (and `comment:*`, the journey-wide comment,
/// after eNPS); then one row per respondent, in a seeded
/// shuffled order (`PseudonymPermutation`): an opaque sequence number, whole numbers on the stated scales, empty
/// cells for missing answers; UTF-8, LF, RFC 4180, file mode 0600. The file is pseudonymized personal data.
public enum ResponsesFile {
    /// The first line of every responses file; the number is the format version.
    public static let magicLine = "journeymap-responses,1"
    /// The format version this build writes and reads.
    public static let version = 1

    /// `<journey-dir>/<journey-basename>.responses.csv`, where import writes by default and the other commands look.
    public static func defaultPath(forJourney journeyPath: String) -> String {
        let url = URL(fileURLWithPath: journeyPath)
        let base = url.deletingPathExtension().lastPathComponent
        let directory = (journeyPath as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "" : directory + "/") + base + ".responses.csv"
    }

    /// The file's columns for a set of responses (the order `SurveyResponses` implies).
    public static func layout(of responses: SurveyResponses) -> ResponsesLayout {
        var columns = responses.segments.map { ResponsesColumn(kind: .segment, segmentName: $0.name) }
        if let overall = responses.overall { columns.append(ResponsesColumn(kind: .overall, scale: overall.scale)) }
        if let enps = responses.enps { columns.append(ResponsesColumn(kind: .enps, scale: enps.scale)) }
        if responses.journeyComments != nil { columns.append(ResponsesColumn(kind: .comment)) }
        for answers in responses.touchpoints {
            let id = answers.touchpointID
            columns.append(ResponsesColumn(kind: .score, touchpointID: id, scale: answers.score.scale))
            if let c = answers.importance { columns.append(ResponsesColumn(kind: .importance, touchpointID: id, scale: c.scale)) }
            if let c = answers.wish { columns.append(ResponsesColumn(kind: .wish, touchpointID: id, scale: c.scale)) }
            if let c = answers.kanoFunctional { columns.append(ResponsesColumn(kind: .kanoFunctional, touchpointID: id, scale: c.scale)) }
            if let c = answers.kanoDysfunctional { columns.append(ResponsesColumn(kind: .kanoDysfunctional, touchpointID: id, scale: c.scale)) }
            if answers.comments != nil { columns.append(ResponsesColumn(kind: .comment, touchpointID: id)) }
        }
        return ResponsesLayout(columns: columns)
    }

    /// The rules for writing a responses file: `.csv` only, never over `inputs`, 0600, replacing only another
    /// responses file (its first line is the marker) unless `force`.
    public static func destination(path: String, inputs: [String?], force: Bool) -> OutputDestination {
        OutputDestination(path: path, inputs: inputs, force: force, extensions: ["csv"], marker: .responses,
                          privacy: .respondentData)
    }

    /// Writes responses already in memory (atomically; refuses to replace a file unless `overwrite`).
    public static func write(_ responses: SurveyResponses, to path: String, overwrite: Bool) throws(ImportError) {
        let layout = layout(of: responses)
        let writer = try ResponsesFileWriter(path: path, overwrite: overwrite, layout: layout)
        var row = NormalizedRow(layout: layout)
        let ratingColumns: [RatingColumn] = layout.columns.compactMap { column in
            switch column.kind {
            case .overall: return responses.overall
            case .enps: return responses.enps
            case .score: return responses.answers(for: column.touchpointID!)?.score
            case .importance: return responses.answers(for: column.touchpointID!)?.importance
            case .wish: return responses.answers(for: column.touchpointID!)?.wish
            case .kanoFunctional: return responses.answers(for: column.touchpointID!)?.kanoFunctional
            case .kanoDysfunctional: return responses.answers(for: column.touchpointID!)?.kanoDysfunctional
            case .segment, .comment: return nil
            }
        }
        for i in 0..<responses.respondentCount {
            for (slot, column) in ratingColumns.enumerated() { row.codes[slot] = column.codes[i] }
            var t = 0, s = 0
            for column in layout.columns where !column.kind.isRating {
                if column.kind == .segment { row.texts[t] = responses.segments[s][i]; s += 1 }
                else if column.isJourneyComment { row.texts[t] = responses.journeyComments?[i] ?? nil }
                else { row.texts[t] = responses.answers(for: column.touchpointID!)?.comments?[i] ?? nil }
                t += 1
            }
            try writer.append(row)
        }
        try writer.finish()
    }

    /// Reads a responses file for a journey: every touchpoint must exist in the journey and every scale must
    /// match the journey's (otherwise the file is from an older version of the journey: re-import).
    public static func read(path: String, journey: Journey) throws(ResponsesFileError) -> SurveyResponses {
        try mapped { () throws(ImportError) in try ResponsesFileReader(path: path, journey: journey).read() }
    }

    /// Streams a responses file into a `ResponseTally` in one pass: the same checks as `read`, memory independent
    /// of the number of respondents (each segment cell keeps at most `retainedRowsPerCell` rows for bootstraps; nil
    /// keeps all, which `--complete-cases` needs). What `analyze` and `render` use. A large file is read in `chunks`
    /// byte ranges on as many threads (nil: two on a machine with two cores); the tally is the same for any chunking.
    public static func tally(path: String, journey: Journey, options: AnalysisOptions = AnalysisOptions(),
                             retainedRowsPerCell: Int? = ResponseTally.defaultRetainedRows,
                             chunks: Int? = nil) throws(ResponsesFileError) -> ResponseTally {
        try mapped { () throws(ImportError) in
            try ResponsesFileStream(path: path, journey: journey, options: options, retainedRowsPerCell: retainedRowsPerCell,
                                    chunks: chunks).tally()
        }
    }

    private static func mapped<T>(_ body: () throws(ImportError) -> T) throws(ResponsesFileError) -> T {
        do {
            return try body()
        } catch {
            switch error {
            case .fileNotFound: throw ResponsesFileError(error.description, kind: .notFound, zh: error.description(in: .zh))
            case .unreadable: throw ResponsesFileError(error.description, kind: .unreadable, zh: error.description(in: .zh))
            default: throw ResponsesFileError(error.description, kind: .invalid, zh: error.description(in: .zh))
            }
        }
    }
}
