/// Why a journey could not be loaded; each case maps to one sysexits code in the CLI.
public enum JourneyLoadError: Error, Sendable, CustomStringConvertible {
    /// The file does not exist (exit 66).
    case fileNotFound(path: String)
    /// The file exists but could not be read (exit 74).
    case unreadable(path: String, reason: LocalizedText)
    /// The file was read but is not a valid journey (exit 65); every problem, sorted.
    case invalid([Diagnostic])

    /// One line per problem, in `path:line:col: error: message` form, in English.
    public var description: String { description(in: .en) }

    /// One line per problem, the messages in `language`.
    public func description(in language: JourneyLanguage) -> String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): error: " + JourneyMessages.noSuchFile.text(in: language)
        case .unreadable(let path, let reason):
            return "\(path): error: " + JourneyMessages.cannotRead(reason: reason).text(in: language)
        case .invalid(let diagnostics):
            return diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
        }
    }
}
