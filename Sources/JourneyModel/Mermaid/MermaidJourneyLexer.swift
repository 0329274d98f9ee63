/// The tokens of Mermaid's `journey` lexer, rule by rule from `journey.jison` (mermaid-js/mermaid,
/// packages/mermaid/src/diagrams/user-journey/parser/journey.jison), tried in the file's order at each position,
/// keywords case-insensitive (`%options case-insensitive`).
struct MermaidJourneyLexer {
    /// One token with the position of its first character.
    struct Token {
        enum Kind: Equatable {
            /// `"journey"`.
            case journey
            /// `[\n]+`.
            case newline
            /// `"title"\s[^#\n;]+`, the text after `title` and one white-space character.
            case title(String)
            /// `accTitle\s*":"\s*` and the rest of the line.
            case accTitle(String)
            /// `accDescr\s*":"\s*` and the rest of the line.
            case accDescr(String)
            /// `accDescr\s*"{"\s*`, everything up to `}`.
            case accDescrBlock(String)
            /// `"section"\s[^#:\n;]+`, the text after `section` and one white-space character.
            case section(String)
            /// `[^#:\n;]+`.
            case taskName(String)
            /// `":"[^#\n;]+`, without the colon; `valueOffset` is where the text starts after the colon.
            case taskData(String)
            /// `":"` with nothing after it on the line.
            case colon
            /// Any other character (`;`).
            case invalid(Unicode.Scalar)
            /// The end of the text.
            case end
        }

        var kind: Kind
        var line: Int
        var column: Int
    }

    /// Why the text cannot be split into tokens (an unclosed block), with its position.
    struct Failure: Error {
        enum Reason { case unclosedAccDescr, unclosedDirective, unclosedFrontMatter }
        var reason: Reason
        var line: Int
        var column: Int
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) {
        // Mermaid's preprocessing turns CR LF and lone CR into LF before the lexer runs.
        var normalized: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" { normalized.append("\n"); previousWasCR = true; continue }
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            normalized.append(scalar)
        }
        scalars = normalized
    }

    /// JavaScript's `\s`: ECMAScript WhiteSpace and LineTerminator code points.
    static func isJSWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    // MARK: - Reading

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
    }

    /// Whether the text at the current position starts with `word`, ASCII case-insensitively.
    private func hasPrefix(_ word: String, at offset: Int = 0) -> Bool {
        var i = index + offset
        for w in word.unicodeScalars {
            guard i < scalars.count else { return false }
            let s = scalars[i]
            let lower = ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
            if lower != w { return false }
            i += 1
        }
        return true
    }

    /// How many scalars from `offset` on satisfy `accept`.
    private func run(from offset: Int, while accept: (Unicode.Scalar) -> Bool) -> Int {
        var i = index + offset
        while i < scalars.count, accept(scalars[i]) { i += 1 }
        return i - (index + offset)
    }

    private func text(_ offset: Int, _ length: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[(index + offset)..<(index + offset + length)])
        return String(view)
    }

    // MARK: - Preamble Mermaid strips before parsing

    /// Skips leading white space and a YAML front matter block (`---` … `---`), returning the block's text and the
    /// line its content starts on; Mermaid's `extractFrontMatter` reads `title:` from it.
    mutating func frontMatter() throws(Failure) -> (text: String, line: Int)? {
        let blank = run(from: 0) { Self.isJSWhitespace($0) }
        guard hasPrefix("---", at: blank) else { return nil }
        let afterDashes = blank + 3
        let rest = run(from: afterDashes) { $0 != "\n" }
        guard text(afterDashes, rest).unicodeScalars.allSatisfy(Self.isJSWhitespace) else { return nil }
        advance(blank)
        let openLine = line, openColumn = column
        advance(3 + rest + 1)
        let contentLine = line
        var content = ""
        while index < scalars.count {
            let length = run(from: 0) { $0 != "\n" }
            let current = text(0, length)
            if current.trimmingWhitespace == "---" {
                advance(length + 1)
                return (content, contentLine)
            }
            content += current + "\n"
            advance(length + 1)
        }
        throw Failure(reason: .unclosedFrontMatter, line: openLine, column: openColumn)
    }

    // MARK: - Tokens

    /// The next token, skipping comments, white space and `%%{…}%%` directives as the jison rules do.
    mutating func next() throws(Failure) -> Token {
        while true {
            let startLine = line, startColumn = column
            func token(_ kind: Token.Kind) -> Token { Token(kind: kind, line: startLine, column: startColumn) }
            guard let c = peek() else { return token(.end) }
            // Directives `%%{init: …}%%` (Mermaid's preprocessing removes them).
            if c == "%", peek(1) == "%", peek(2) == "{" {
                var offset = 3
                while index + offset + 2 < scalars.count,
                      !(scalars[index + offset] == "}" && scalars[index + offset + 1] == "%" && scalars[index + offset + 2] == "%") {
                    offset += 1
                }
                guard index + offset + 2 < scalars.count else {
                    throw Failure(reason: .unclosedDirective, line: startLine, column: startColumn)
                }
                advance(offset + 3)
                continue
            }
            // \%%(?!\{)[^\n]*  — a comment.
            if c == "%", peek(1) == "%" {
                advance(run(from: 0) { $0 != "\n" })
                continue
            }
            // [^\}]\%\%[^\n]*  — any character but `}`, then a comment (the character is skipped with it).
            if c != "}", peek(1) == "%", peek(2) == "%" {
                advance(1 + run(from: 1) { $0 != "\n" })
                continue
            }
            // [\n]+
            if c == "\n" {
                advance(run(from: 0) { $0 == "\n" })
                return token(.newline)
            }
            // \s+
            if Self.isJSWhitespace(c) {
                advance(run(from: 0, while: Self.isJSWhitespace))
                continue
            }
            // \#[^\n]*
            if c == "#" {
                advance(run(from: 0) { $0 != "\n" })
                continue
            }
            // "journey"
            if hasPrefix("journey") {
                advance(7)
                return token(.journey)
            }
            // "title"\s[^#\n;]+
            if hasPrefix("title"), let space = peek(5), Self.isJSWhitespace(space) {
                let length = run(from: 6) { $0 != "#" && $0 != "\n" && $0 != ";" }
                if length > 0 {
                    let value = text(6, length)
                    advance(6 + length)
                    return token(.title(value))
                }
            }
            // accTitle\s*":"\s*  and  accDescr\s*(":"|"{")\s*
            for keyword in ["acctitle", "accdescr"] where hasPrefix(keyword) {
                let gap = run(from: keyword.count, while: Self.isJSWhitespace)
                let opener = peek(keyword.count + gap)
                guard opener == ":" || (opener == "{" && keyword == "accdescr") else { continue }
                let afterOpener = keyword.count + gap + 1
                let valueStart = afterOpener + run(from: afterOpener, while: Self.isJSWhitespace)
                if opener == ":" {
                    // <acc_title>(?!\n|;|#)*[^\n]*  — the rest of the line.
                    let length = run(from: valueStart) { $0 != "\n" }
                    let value = text(valueStart, length)
                    advance(valueStart + length)
                    return token(keyword == "acctitle" ? .accTitle(value) : .accDescr(value))
                }
                // <acc_descr_multiline>[^\}]*  then  [\}]
                let length = run(from: valueStart) { $0 != "}" }
                guard index + valueStart + length < scalars.count else {
                    throw Failure(reason: .unclosedAccDescr, line: startLine, column: startColumn)
                }
                let value = text(valueStart, length)
                advance(valueStart + length + 1)
                return token(.accDescrBlock(value))
            }
            // "section"\s[^#:\n;]+
            if hasPrefix("section"), let space = peek(7), Self.isJSWhitespace(space) {
                let length = run(from: 8) { $0 != "#" && $0 != ":" && $0 != "\n" && $0 != ";" }
                if length > 0 {
                    let value = text(8, length)
                    advance(8 + length)
                    return token(.section(value))
                }
            }
            // [^#:\n;]+
            let nameLength = run(from: 0) { $0 != "#" && $0 != ":" && $0 != "\n" && $0 != ";" }
            if nameLength > 0 {
                let value = text(0, nameLength)
                advance(nameLength)
                return token(.taskName(value))
            }
            // ":"[^#\n;]+  and  ":"
            if c == ":" {
                let length = run(from: 1) { $0 != "#" && $0 != "\n" && $0 != ";" }
                if length > 0 {
                    let value = text(1, length)
                    advance(1 + length)
                    return token(.taskData(value))
                }
                advance(1)
                return token(.colon)
            }
            advance(1)
            return token(.invalid(c))
        }
    }
}

extension String {
    /// The text without JavaScript white space at either end (what `String.prototype.trim` removes).
    var trimmingWhitespace: String {
        let view = unicodeScalars
        guard let first = view.firstIndex(where: { !MermaidJourneyLexer.isJSWhitespace($0) }),
              let last = view.lastIndex(where: { !MermaidJourneyLexer.isJSWhitespace($0) }) else { return "" }
        return String(view[first...last])
    }
}
