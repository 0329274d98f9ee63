import Yams

/// Parses the text of a Mermaid `journey` diagram the way Mermaid does: the lexer rules of `journey.jison`, its grammar
/// (`start: journey document EOF`; a statement is a title, an accTitle/accDescr, a section, or a task name followed by
/// its data) and `journeyDb`'s handling of each statement. Pure: text in, document or positioned errors out.
///
/// Mermaid's preprocessing is applied too: CR LF becomes LF, a leading YAML front matter may give the title, `%%{…}%%`
/// directives are skipped, and blank or comment lines may come before `journey`.
public enum MermaidJourneyParser {
    /// Parses `text`; `path` is used in messages only.
    /// - Throws: `JourneyLoadError.invalid` with the first problem as `path:line:col: error: …` (Mermaid, too, stops at
    ///   the first syntax error).
    public static func parse(_ text: String, path: String) throws(JourneyLoadError) -> MermaidJourneyDocument {
        var lexer = MermaidJourneyLexer(text)
        func fail(_ line: Int, _ column: Int, _ message: LocalizedText) -> JourneyLoadError {
            .invalid([Diagnostic(.error, at: SourceLocation(path: path, line: line, column: column), message)])
        }
        func next() throws(JourneyLoadError) -> MermaidJourneyLexer.Token {
            do { return try lexer.next() } catch {
                let message: LocalizedText
                switch error.reason {
                case .unclosedAccDescr: message = MermaidMessages.unclosedAccDescr
                case .unclosedDirective: message = MermaidMessages.unclosedDirective
                case .unclosedFrontMatter: message = MermaidMessages.unclosedFrontMatter
                }
                throw fail(error.line, error.column, message)
            }
        }

        var document = MermaidJourneyDocument()
        do {
            if let front = try lexer.frontMatter() {
                document.title = try frontMatterTitle(front.text)
            }
        } catch let failure as MermaidJourneyLexer.Failure {
            throw fail(failure.line, failure.column, MermaidMessages.unclosedFrontMatter)
        } catch {
            throw fail(1, 1, MermaidMessages.badFrontMatter)
        }

        var token = try next()
        while token.kind == .newline { token = try next() }
        guard token.kind == .journey else {
            throw fail(token.line, token.column, MermaidMessages.notAJourney(firstWord: firstWord(of: token)))
        }
        var sections: [MermaidJourneyDocument.Section] = []
        while true {
            token = try next()
            switch token.kind {
            case .end:
                document.sections = sections
                return document
            case .newline:
                continue
            case .journey:
                throw fail(token.line, token.column, MermaidMessages.journeyAgain)
            case .title(let value):
                document.title = value.trimmingWhitespace
            case .accTitle(let value):
                document.accTitle = value.trimmingWhitespace
            case .accDescr(let value):
                document.accDescription = value.trimmingWhitespace
            case .accDescrBlock(let value):
                document.accDescription = removingIndentation(value.trimmingWhitespace)
            case .section(let name):
                sections.append(.init(name: name.trimmingWhitespace,
                                      location: SourceLocation(path: path, line: token.line, column: token.column)))
            case .taskName(let name):
                let data = try next()
                guard case .taskData(let value) = data.kind else {
                    throw fail(data.line, data.column, data.kind == .colon ? MermaidMessages.loneColon
                                                                            : MermaidMessages.taskWithoutData(name.trimmingWhitespace))
                }
                // journeyDb.addTask: taskData.substr(1).split(':'); score = pieces[0]; people = pieces[1].split(',').
                let pieces = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                let people = pieces.count > 1
                    ? pieces[1].split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
                    : []
                let leading = pieces[0].unicodeScalars.prefix(while: MermaidJourneyLexer.isJSWhitespace).count
                let task = MermaidJourneyDocument.Task(
                    name: name.trimmingWhitespace, scoreText: pieces[0].trimmingWhitespace, people: people,
                    location: SourceLocation(path: path, line: token.line, column: token.column),
                    scoreLocation: SourceLocation(path: path, line: data.line, column: data.column + 1 + leading))
                if sections.isEmpty { sections.append(.init(name: "")) }
                sections[sections.count - 1].tasks.append(task)
            case .taskData:
                throw fail(token.line, token.column, MermaidMessages.dataWithoutTask)
            case .colon:
                throw fail(token.line, token.column, MermaidMessages.loneColon)
            case .invalid(let scalar):
                throw fail(token.line, token.column, MermaidMessages.invalidCharacter(String(scalar)))
            }
        }
    }

    /// commonDb.setAccDescription: `txt.replace(/\n\s+/g, '\n')`.
    static func removingIndentation(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterNewline = false
        for scalar in text.unicodeScalars {
            if afterNewline && MermaidJourneyLexer.isJSWhitespace(scalar) { continue }
            afterNewline = scalar == "\n"
            out.append(scalar)
        }
        return String(out)
    }

    /// The `title:` of a front matter block, if it has one.
    static func frontMatterTitle(_ text: String) throws -> String? {
        guard let node = try Yams.compose(yaml: text), case .mapping(let map) = node,
              let title = map[key: "title"]?.scalar?.string else { return nil }
        let trimmed = title.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func firstWord(of token: MermaidJourneyLexer.Token) -> String {
        switch token.kind {
        case .title: return "title"
        case .section: return "section"
        case .taskName(let text):
            return String(text.trimmingWhitespace.unicodeScalars.prefix { !MermaidJourneyLexer.isJSWhitespace($0) })
        case .end: return ""
        default: return ":"
        }
    }
}
