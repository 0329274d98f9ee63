/// One problem found in a user's input, printed as `path:line:col: error: message`.
///
/// Every diagnostic carries its message in English (`message`, what tests and callers compare) and in Chinese
/// (`zhMessage`); `description(in:)` prints either. The severity token (`error:`, `warning:`, `note:`) stays
/// English in both languages, since editors and CI parse it.
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
    /// The same message in Chinese.
    public var zhMessage: String

    /// Creates a diagnostic at a location; without `zh`, the Chinese text is the English one.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, zh: String? = nil) {
        self.location = location
        self.path = location.path
        self.severity = severity
        self.message = message
        self.zhMessage = zh ?? message
    }

    /// Creates a diagnostic about a whole file; without `zh`, the Chinese text is the English one.
    public init(_ severity: Severity, file path: String, _ message: String, zh: String? = nil) {
        self.location = nil
        self.path = path
        self.severity = severity
        self.message = message
        self.zhMessage = zh ?? message
    }

    /// Creates a diagnostic at a location from a text in both languages.
    public init(_ severity: Severity, at location: SourceLocation, _ text: LocalizedText) {
        self.init(severity, at: location, text.en, zh: text.zh)
    }

    /// Creates a diagnostic about a whole file from a text in both languages.
    public init(_ severity: Severity, file path: String, _ text: LocalizedText) {
        self.init(severity, file: path, text.en, zh: text.zh)
    }

    /// The message in both languages.
    public var text: LocalizedText { LocalizedText(en: message, zh: zhMessage) }

    /// `path:line:col: error: message` in English (or `path: error: message` without a position).
    public var description: String { description(in: .en) }

    /// `path:line:col: error: message` with the message in `language`; the severity token stays English.
    public func description(in language: JourneyLanguage) -> String {
        let text = language == .zh ? zhMessage : message
        if let location {
            return "\(location): \(severity.rawValue): \(text)"
        }
        return "\(path): \(severity.rawValue): \(text)"
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
