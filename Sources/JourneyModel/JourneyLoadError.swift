/// Why a journey could not be loaded; each case maps to one sysexits code in the CLI.
public enum JourneyLoadError: Error, Sendable, CustomStringConvertible {
    /// The file does not exist (exit 66).
    case fileNotFound(path: String)
    /// The file exists but could not be read (exit 74).
    case unreadable(path: String, reason: String)
    /// The file was read but is not a valid journey (exit 65); every problem, sorted.
    case invalid([Diagnostic])

    /// One line per problem, in `path:line:col: error: message` form.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): error: no such file"
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read the file: \(reason)"
        case .invalid(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
