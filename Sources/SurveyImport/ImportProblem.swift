import JourneyModel

/// One problem found while importing, printed as `export.csv: row 5012, column "Q3_2": error: …`
/// (or `journey.yaml:12:5: error: …` when it concerns a binding in the journey).
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in.
    public var path: String
    /// 1-based record number in the export (header rows count), when the problem is in a row.
    public var row: Int?
    /// The export column's id or header, when the problem is in one cell or column.
    public var column: String?
    /// Line and column in a text file (the journey), when known.
    public var position: (line: Int, column: Int)? {
        get { line.map { ($0, lineColumn ?? 1) } }
        set { line = newValue?.line; lineColumn = newValue?.column }
    }
    private var line: Int?
    private var lineColumn: Int?
    /// Error, warning or note.
    public var severity: Diagnostic.Severity
    /// What is wrong, quoting the value, and what would be valid.
    public var message: String
    /// The same message in Chinese.
    public var zhMessage: String

    /// A problem in a row (and optionally one column) of an export; without `zh`, the Chinese text is the English one.
    public init(_ severity: Diagnostic.Severity, path: String, row: Int? = nil, column: String? = nil, _ message: String,
                zh: String? = nil) {
        self.path = path
        self.row = row
        self.column = column
        self.severity = severity
        self.message = message
        self.zhMessage = zh ?? message
    }

    /// A problem at a position in a text file (the journey's survey bindings).
    public init(_ severity: Diagnostic.Severity, at location: SourceLocation, _ message: String, zh: String? = nil) {
        self.path = location.path
        self.line = location.line
        self.lineColumn = location.column
        self.severity = severity
        self.message = message
        self.zhMessage = zh ?? message
    }

    /// A problem in a row of an export, from a text in both languages.
    init(_ severity: Diagnostic.Severity, path: String, row: Int? = nil, column: String? = nil, _ text: LocalizedText) {
        self.init(severity, path: path, row: row, column: column, text.en, zh: text.zh)
    }

    /// A problem at a position in a text file, from a text in both languages.
    init(_ severity: Diagnostic.Severity, at location: SourceLocation, _ text: LocalizedText) {
        self.init(severity, at: location, text.en, zh: text.zh)
    }

    /// The one-line form users and editors read, in English.
    public var description: String { description(in: .en) }

    /// The one-line form in `language`: the row and column are named in it, the severity token stays English.
    public func description(in language: JourneyLanguage) -> String {
        let zh = language == .zh
        var prefix = path
        if let line { prefix += ":\(line):\(lineColumn ?? 1)" }
        if let row {
            prefix += zh ? ": 第 \(row) 行" : ": row \(row)"
            if let column { prefix += zh ? "，列 \(HeaderText.quoted(column))" : ", column \(HeaderText.quoted(column))" }
        } else if let column {
            prefix += zh ? ": 列 \(HeaderText.quoted(column))" : ": column \(HeaderText.quoted(column))"
        }
        return "\(prefix): \(severity.rawValue): \(zh ? zhMessage : message)"
    }

    public static func == (lhs: ImportProblem, rhs: ImportProblem) -> Bool { lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
