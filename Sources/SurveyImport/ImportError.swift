import JourneyModel

/// Why an import failed; each case maps to one sysexits code in the CLI.
public enum ImportError: Error, Sendable, CustomStringConvertible {
    /// The export (or journey) does not exist (exit 66).
    case fileNotFound(path: String)
    /// The file exists but could not be read (exit 74).
    case unreadable(path: String, reason: String)
    /// The data or the bindings are wrong (exit 65); every problem found, one line each.
    case invalid([ImportProblem])
    /// The responses file could not be written (exit 73).
    case output(OutputError)
    /// The options contradict each other or name something unknown (exit 64).
    case usage(LocalizedText)

    /// One line per problem, in English.
    public var description: String { description(in: .en) }

    /// One line per problem, in `language` (a system's reason for an unreadable file stays as the system gives it).
    public func description(in language: JourneyLanguage) -> String {
        switch self {
        case .fileNotFound(let path): return "\(path): error: " + JourneyMessages.noSuchFile.text(in: language)
        case .unreadable(let path, let reason):
            let reasonText = Self.knownReasons[reason].map { LocalizedText(en: reason, zh: $0) } ?? LocalizedText(verbatim: reason)
            return "\(path): error: " + JourneyMessages.cannotRead(reason: reasonText).text(in: language)
        case .invalid(let problems): return problems.map { $0.description(in: language) }.joined(separator: "\n")
        case .output(let error): return error.description(in: language)
        case .usage(let message): return "error: \(message.text(in: language))"
        }
    }

    /// The Chinese for the tool's own reasons a file cannot be read (a system's error text stays as it is).
    static let knownReasons = ["it is a directory": "这是一个目录", "libxml2 cannot open it": "libxml2 无法打开它"]

    /// Shorthand for a single file-level data problem (English only; prefer the overload with `zh:`).
    static func invalid(_ path: String, row: Int? = nil, column: String? = nil, _ message: String) -> ImportError {
        .invalid([ImportProblem(.error, path: path, row: row, column: column, message)])
    }

    /// Shorthand for a single file-level data problem in both languages.
    static func invalid(_ path: String, row: Int? = nil, column: String? = nil, _ message: String, zh: String) -> ImportError {
        .invalid([ImportProblem(.error, path: path, row: row, column: column, message, zh: zh)])
    }
}
