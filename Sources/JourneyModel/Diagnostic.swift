/// One problem found in a user's input, printed as `path:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a problem is: errors make a command fail, warnings do not.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    /// Where the problem is; `nil` when it concerns the file as a whole.
    public var location: SourceLocation?
    /// The path, kept separately so file-level problems still name their file.
    public var path: String
    /// Error, warning or note.
    public var severity: Severity
    /// A message that quotes the offending value and says what would be valid.
    public var message: String

    /// Creates a diagnostic at a location.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.path = location.path
        self.severity = severity
        self.message = message
    }

    /// Creates a diagnostic about a whole file.
    public init(_ severity: Severity, file path: String, _ message: String) {
        self.location = nil
        self.path = path
        self.severity = severity
        self.message = message
    }

    /// `path:line:col: error: message` (or `path: error: message` without a position).
    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(path): \(severity.rawValue): \(message)"
    }

    /// Orders by file, then position (file-level problems first), then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        let l = lhs.location.map { ($0.line, $0.column) } ?? (0, 0)
        let r = rhs.location.map { ($0.line, $0.column) } ?? (0, 0)
        if l != r { return l < r }
        return lhs.message < rhs.message
    }
}
