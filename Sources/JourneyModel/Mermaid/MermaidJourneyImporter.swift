/// Turns a Mermaid `journey` diagram into a `Journey`: sections become stages, tasks touchpoints with their score on
/// the 1–5 scale and their actors, the title the journey's title and `accDescr` its description.
///
/// Ids are derived from the names (`Make tea` → `make-tea`; `task-N` / `stage-N` when a name has no ASCII letters or
/// digits), made unique with `-2`, `-3` …; `<br>` in a section name becomes a line break (written back as `<br>`).
public enum MermaidJourneyImporter {
    /// Parses Mermaid text and builds the journey, the entry point a fuzz harness calls; `path` is used in messages.
    /// - Throws: `JourneyLoadError.invalid` with every problem as `path:line:col: error: …`.
    public static func journey(fromMermaid text: String, path: String, language: JourneyLanguage? = nil) throws(JourneyLoadError) -> Journey {
        try journey(from: MermaidJourneyParser.parse(text, path: path), path: path, language: language)
    }

    /// Builds the journey from a parsed diagram; `language` defaults to a guess from the text.
    /// - Throws: `JourneyLoadError.invalid` for tasks without a 1–5 score and sections without tasks.
    public static func journey(from document: MermaidJourneyDocument, path: String, language: JourneyLanguage? = nil) throws(JourneyLoadError) -> Journey {
        let allText = ([document.title ?? "", document.accTitle ?? ""]
                       + document.sections.flatMap { [$0.name] + $0.tasks.map(\.name) }).joined(separator: " ")
        let lang = language ?? JourneyLanguage.guess(from: allText)
        var diagnostics: [Diagnostic] = []
        var usedStageIDs = Set<String>(), usedTouchpointIDs = Set<String>()
        var stages: [Stage] = []
        var taskNumber = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            var touchpoints: [Touchpoint] = []
            for task in section.tasks {
                taskNumber += 1
                guard let score = score(task, into: &diagnostics) else { continue }
                // A zero-width space in front is how MermaidWriter keeps a name like "Title page" from reading as a keyword.
                let name = task.name.hasPrefix("\u{200B}") ? String(task.name.dropFirst()) : task.name
                let id = unique(JourneyDecoder.slug(name) ?? "task-\(taskNumber)", in: &usedTouchpointIDs)
                touchpoints.append(Touchpoint(id: id, name: name.isEmpty ? id : name,
                                              actors: task.people.filter { !$0.isEmpty }, score: score))
            }
            if section.tasks.isEmpty, let location = section.location {
                diagnostics.append(Diagnostic(.error, at: location, MermaidMessages.emptySection(section.name)))
            }
            let name = section.name.isEmpty ? MermaidMessages.unnamedSection.text(in: lang) : lineBreaks(section.name)
            let stageID = unique(JourneyDecoder.slug(name) ?? "stage-\(sectionIndex + 1)", in: &usedStageIDs)
            stages.append(Stage(id: stageID, name: name, touchpoints: touchpoints))
        }
        if document.sections.isEmpty {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path, line: 1, column: 1), MermaidMessages.noTasks))
        }
        guard diagnostics.isEmpty else { throw .invalid(diagnostics.sorted()) }
        let title = document.title ?? document.accTitle ?? MermaidMessages.untitled.text(in: lang)
        return Journey(title: title, description: document.accDescription, language: lang, scale: .fivePoint,
                       stages: stages, path: path)
    }

    /// The task's score: a whole number 1–5, read as JavaScript's `Number(…)` reads it (`" 5 "`, `5.0`).
    private static func score(_ task: MermaidJourneyDocument.Task, into diagnostics: inout [Diagnostic]) -> Double? {
        guard !task.scoreText.isEmpty else {
            diagnostics.append(Diagnostic(.error, at: task.scoreLocation, MermaidMessages.noScore(task.name)))
            return nil
        }
        guard let value = Double(task.scoreText), value.isFinite, value == value.rounded(), (1...5).contains(value) else {
            diagnostics.append(Diagnostic(.error, at: task.scoreLocation, MermaidMessages.badScore(task.scoreText, task: task.name)))
            return nil
        }
        return value
    }

    /// `Line1<br>Line2<br/>Line3` → a name with line breaks (Mermaid draws `<br>`, `<br/>` and `<br />` as breaks).
    static func lineBreaks(_ name: String) -> String {
        var out = ""
        var rest = Substring(name)
        while let open = rest.range(of: "<") {
            out += rest[..<open.lowerBound]
            let tail = rest[open.upperBound...]
            if let close = tail.firstIndex(of: ">"), isLineBreakTag(tail[..<close]) {
                out += "\n"
                rest = tail[tail.index(after: close)...]
            } else {
                out += "<"
                rest = tail
            }
        }
        return out + rest
    }

    /// `br`, `br/`, `br /`, `/br /`, `BR` (any case, white space before a closing slash).
    private static func isLineBreakTag(_ inside: Substring) -> Bool {
        var text = inside.lowercased().trimmingWhitespace
        if text.hasPrefix("/") { text = String(text.dropFirst()) }
        if text.hasSuffix("/") { text = String(text.dropLast()).trimmingWhitespace }
        return text == "br"
    }

    private static func unique(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            let tail = "-\(suffix)"
            candidate = String(base.prefix(64 - tail.count)) + tail
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}

import Foundation

extension MermaidJourneyImporter {
    /// Reads a `.mmd` file (UTF-8, a BOM allowed, at most the journey size limit) and builds the journey.
    /// - Throws: `JourneyLoadError` — not found, unreadable, or invalid with positioned diagnostics.
    public static func load(path: String, language: JourneyLanguage? = nil,
                            limits: YAMLSafetyLimits = .journey) throws(JourneyLoadError) -> Journey {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: JourneyMessages.isDirectory) }
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
        if data.count > limits.maxBytes {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.tooLarge(size: data.count, limit: limits.maxBytes))])
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.notUTF8)])
        }
        return try journey(fromMermaid: text, path: path, language: language)
    }
}
