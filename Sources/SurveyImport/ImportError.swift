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
    case usage(String)

    /// One line per problem.
    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): error: no such file"
        case .unreadable(let path, let reason): return "\(path): error: cannot read the file: \(reason)"
        case .invalid(let problems): return problems.map(\.description).joined(separator: "\n")
        case .output(let error): return error.description
        case .usage(let message): return "error: \(message)"
        }
    }

    /// Shorthand for a single file-level data problem.
    static func invalid(_ path: String, row: Int? = nil, column: String? = nil, _ message: String) -> ImportError {
        .invalid([ImportProblem(.error, path: path, row: row, column: column, message)])
    }
}
