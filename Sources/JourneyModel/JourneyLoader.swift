import Foundation
import Yams

/// Reads a journey file (YAML, format version 1) and validates it, reporting every problem at once.
///
/// Decodes from `Yams.Node` so that every message can point at a line and column; refuses hostile
/// YAML (oversized, too deep, alias bombs) before it can hang or crash the process.
public enum JourneyLoader {
    /// Loads and validates the journey at `path`.
    /// - Throws: `JourneyLoadError`.
    public static func load(path: String, limits: YAMLSafetyLimits = .journey) throws(JourneyLoadError) -> Journey {
        try parse(data: readBytes(path: path, limits: limits), path: path, limits: limits)
    }

    /// The file's bytes (at most `limits.maxBytes` + 1), after checking it exists, is a file and is not too large.
    static func readBytes(path: String, limits: YAMLSafetyLimits) throws(JourneyLoadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: JourneyMessages.isDirectory) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxBytes {
            throw .invalid([Diagnostic(.error, file: path, sizeMessage(size, limits))])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: JourneyMessages.permissionDenied)
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maxBytes + 1) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: LocalizedText(verbatim: error.localizedDescription))
        }
        return data
    }

    /// Parses and validates journey bytes; `path` is used in messages only.
    /// - Throws: `JourneyLoadError.invalid` with every problem, sorted by position.
    public static func parse(data: Data, path: String, limits: YAMLSafetyLimits = .journey) throws(JourneyLoadError) -> Journey {
        let (text, _) = try checkedText(data: data, path: path, limits: limits)
        let mistakes = WidthMistakeScanner.scan(text).map {
            (always: $0.always, diagnostic: Diagnostic(.error, at: SourceLocation(path: path, line: $0.line, column: $0.column), $0.message, zh: $0.zh))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            // A full-width colon or a tab usually breaks the YAML several lines later: name the mistake first.
            let translated = YAMLErrorTranslator.diagnostic(for: error, path: path, text: text)
            let before = mistakes.map(\.diagnostic).filter { ($0.location?.line ?? 0) <= (translated.location?.line ?? .max) }
            throw .invalid(before.isEmpty ? [translated] : [before[0]])
        } catch {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.cannotParseYAML("\(error)"))])
        }
        guard let root else {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.noDocument)])
        }
        if let location = NodeBudget.firstOverrun(root, limit: limits.maxExpandedNodes, path: path) {
            throw .invalid([Diagnostic(.error, at: location,
                                       JourneyMessages.aliasBomb(limit: limits.maxExpandedNodes))])
        }
        var decoder = JourneyDecoder(path: path)
        let journey = decoder.decodeJourney(root)
        let errors = decoder.diagnostics.filter { $0.severity == .error }
        let always = mistakes.filter(\.always).map(\.diagnostic)
        if let journey, errors.isEmpty, always.isEmpty { return journey }
        // Where a width mistake explains a decoding error on the same line, its message replaces the decoder's.
        let explained = Set(mistakes.map { $0.diagnostic.location?.line ?? 0 })
        let kept = decoder.diagnostics.filter { !explained.contains($0.location?.line ?? -1) }
        let relevant = mistakes.filter { m in m.always || errors.contains { $0.location?.line == m.diagnostic.location?.line } }
        throw .invalid((kept + relevant.map(\.diagnostic)).sorted())
    }

    /// The bytes as text, after the checks every YAML file the tool reads gets: size, not empty, UTF-8 (BOM
    /// dropped), no NUL, nesting depth. Shared by the journey and its workshop sidecar.
    static func checkedText(data: Data, path: String, limits: YAMLSafetyLimits) throws(JourneyLoadError) -> (String, [UInt8]) {
        if data.count > limits.maxBytes {
            throw .invalid([Diagnostic(.error, file: path, sizeMessage(data.count, limits))])
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.emptyFile)])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(bytes)
            throw .invalid([Diagnostic(.error, at: SourceLocation(path: path, line: line, column: column),
                                       JourneyMessages.notUTF8)])
        }
        if let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
            let prefix = text.unicodeScalars[..<nul]
            let line = prefix.filter { $0 == "\n" }.count + 1
            throw .invalid([Diagnostic(.error, at: SourceLocation(path: path, line: line, column: 1),
                                       JourneyMessages.nulByte)])
        }
        if let deep = YAMLNestingScanner.firstTooDeep(bytes, limit: limits.maxDepth) {
            throw .invalid([Diagnostic(.error, at: SourceLocation(path: path, line: deep.line, column: deep.column),
                                       JourneyMessages.tooDeep(limit: limits.maxDepth))])
        }
        return (text, bytes)
    }

    private static func sizeMessage(_ size: Int, _ limits: YAMLSafetyLimits) -> LocalizedText {
        JourneyMessages.tooLarge(size: size, limit: limits.maxBytes)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.count
                || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let column = (String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count) + 1
                return (line, column)
            }
            if lead == 0x0A { line += 1; lineStart = end }
            index = end
        }
        return (line, 1)
    }
}

/// Counts nodes with aliases followed, iteratively, and stops at the first overrun.
enum NodeBudget {
    static func firstOverrun(_ root: Node, limit: Int, path: String) -> SourceLocation? {
        var stack: [Node] = [root]
        var visited = 0
        while let node = stack.popLast() {
            visited += 1
            if visited > limit {
                let mark = node.mark
                return SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}

/// Turns Yams' errors into one positioned diagnostic each.
enum YAMLErrorTranslator {
    static func diagnostic(for error: YamlError, path: String, text: String) -> Diagnostic {
        func at(_ mark: Mark, _ message: LocalizedText) -> Diagnostic {
            Diagnostic(.error, at: SourceLocation(path: path, line: mark.line, column: mark.column), message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return at(mark, JourneyMessages.invalidYAML(problem: problem,
                                                       context: context.map { ($0.text, $0.mark.line, $0.mark.column) },
                                                       mentionsTab: problem.contains("tab")))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let first = context.mark
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            if duplicates.count == 1, let second = secondOccurrence(of: duplicates[0], after: first, in: text) {
                return Diagnostic(.error, at: SourceLocation(path: path, line: second.line, column: second.column), JourneyMessages.duplicateKey(keys, firstLine: first.line, firstColumn: first.column))
            }
            return at(first, JourneyMessages.duplicateKey(keys))
        case .reader(let problem, let offset, _, _):
            return Diagnostic(.error, file: path, JourneyMessages.cannotReadYAML(problem, offset: offset))
        default:
            return Diagnostic(.error, file: path, JourneyMessages.cannotParseYAML("\(error)"))
        }
    }

    /// The next line after `first` that writes `key:` at the same column (block mappings), if any.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line <= lines.count else { return nil }
        for lineIndex in first.line..<lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            let start = first.column - 1
            guard start < scalars.count else { continue }
            let prefix = scalars[..<start]
            guard prefix.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            for candidate in [key + ":", "\"\(key)\":", "'\(key)':"] where rest.hasPrefix(candidate) {
                return (lineIndex + 1, first.column)
            }
        }
        return nil
    }
}
