import Foundation
import Yams

/// Reads a playbook file (YAML, `version: 1`, a list of `ideas:`), reporting every problem as `path:line:col`.
///
/// Each idea needs `id` (`PB-` then capitals, digits and `-`), `when` (pain, trough, mot, end, itch), `zh` and `en`
/// (the idea), `reason` (`{zh, en}`) and `source`. Hostile YAML is refused as for journeys (size, depth, aliases).
public enum PlaybookLoader {
    static let topKeys = ["version", "ideas"]
    static let ideaKeys = ["id", "when", "zh", "en", "reason", "source", "topics"]
    static let reasonKeys = ["zh", "en"]

    /// Loads the playbook at `path`.
    /// - Throws: `JourneyLoadError` (not found, unreadable, or invalid with every problem).
    public static func load(path: String, limits: YAMLSafetyLimits = .journey) throws(JourneyLoadError) -> Playbook {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: JourneyMessages.isDirectory) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: JourneyMessages.permissionDenied)
        }
        if data.count > limits.maxBytes {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.tooLarge(size: data.count, limit: limits.maxBytes))])
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.notUTF8)])
        }
        return try parse(text: text, path: path, limits: limits)
    }

    /// Parses playbook text; `path` is used in messages only.
    /// - Throws: `JourneyLoadError.invalid` with every problem, sorted by position.
    public static func parse(text: String, path: String, limits: YAMLSafetyLimits = .journey) throws(JourneyLoadError) -> Playbook {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .invalid([Diagnostic(.error, file: path, PlaybookMessages.empty)])
        }
        if let deep = YAMLNestingScanner.firstTooDeep(Array(text.utf8), limit: limits.maxDepth) {
            throw .invalid([Diagnostic(.error, at: SourceLocation(path: path, line: deep.line, column: deep.column),
                                       JourneyMessages.tooDeep(limit: limits.maxDepth))])
        }
        let root = try YAMLDocumentRoot.compose(text, path: path, maxNodes: limits.maxExpandedNodes, empty: PlaybookMessages.empty)
        var decoder = JourneyDecoder(path: path)
        let ideas = decodeIdeas(root, with: &decoder)
        let errors = decoder.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .invalid(decoder.diagnostics.sorted()) }
        return Playbook(ideas: ideas)
    }

    private static func decodeIdeas(_ root: Node, with d: inout JourneyDecoder) -> [PlaybookIdea] {
        guard let map = d.mapping(root, what: "a playbook", example: "version: 1, ideas: [{id: PB-…, …}]") else { return [] }
        d.checkKeys(map, allowed: topKeys, context: "the playbook")
        if let versionNode = map[key: "version"], let version = d.integer(versionNode, what: "version"), version != 1 {
            d.diagnostics.append(Diagnostic(.error, at: d.location(versionNode), PlaybookMessages.version(version)))
        }
        guard let ideasNode = map[key: "ideas"] else {
            d.diagnostics.append(Diagnostic(.error, at: d.location(root), PlaybookMessages.noIdeas))
            return []
        }
        guard let list = d.sequence(ideasNode, what: "ideas", example: "ideas: [{id: PB-MY-IDEA, when: [pain], …}]") else { return [] }
        var ideas: [PlaybookIdea] = []
        var seen: [String: SourceLocation] = [:]
        for item in list {
            guard let idea = decodeIdea(item, with: &d) else { continue }
            if let first = seen[idea.id.uppercased()] {
                d.diagnostics.append(Diagnostic(.error, at: idea.location ?? d.location(item), PlaybookMessages.duplicateID(idea.id, first: first)))
                continue
            }
            seen[idea.id.uppercased()] = idea.location
            ideas.append(idea)
        }
        return ideas
    }

    private static func decodeIdea(_ node: Node, with d: inout JourneyDecoder) -> PlaybookIdea? {
        guard let map = d.mapping(node, what: "an idea", example: "- {id: PB-MY-IDEA, when: [pain], zh: …, en: …}") else { return nil }
        d.checkKeys(map, allowed: ideaKeys, context: "an idea")
        let id = d.requiredString(map, key: "id", owner: node, context: "an idea")
        if let id, let idNode = map[key: "id"], !isValidID(id) {
            d.diagnostics.append(Diagnostic(.error, at: d.location(idNode), PlaybookMessages.badID(id)))
        }
        var triggers: [PlaybookTrigger] = []
        if let whenNode = map[key: "when"] {
            for (index, word) in d.stringList(whenNode, what: "when").enumerated() {
                if let trigger = PlaybookTrigger(rawValue: word.lowercased()) {
                    if !triggers.contains(trigger) { triggers.append(trigger) }
                } else {
                    let at = whenNode.sequence.map { index < $0.count ? $0[index] : whenNode } ?? whenNode
                    d.diagnostics.append(Diagnostic(.error, at: d.location(at), PlaybookMessages.badTrigger(word)))
                }
            }
            if triggers.isEmpty && !d.diagnostics.contains(where: { $0.location == d.location(whenNode) }) {
                d.diagnostics.append(Diagnostic(.error, at: d.location(whenNode), PlaybookMessages.noTrigger))
            }
        } else {
            d.diagnostics.append(Diagnostic(.error, at: d.location(node), PlaybookMessages.missing("when")))
        }
        let zh = d.requiredString(map, key: "zh", owner: node, context: "an idea")
        let en = d.requiredString(map, key: "en", owner: node, context: "an idea")
        var reason: LocalizedText?
        if let reasonNode = map[key: "reason"] {
            if let reasonMap = d.mapping(reasonNode, what: "reason", example: "reason: {zh: …, en: …}") {
                d.checkKeys(reasonMap, allowed: reasonKeys, context: "a reason")
                let rzh = d.requiredString(reasonMap, key: "zh", owner: reasonNode, context: "the reason")
                let ren = d.requiredString(reasonMap, key: "en", owner: reasonNode, context: "the reason")
                if let rzh, let ren { reason = LocalizedText(en: ren, zh: rzh) }
            }
        } else {
            d.diagnostics.append(Diagnostic(.error, at: d.location(node), PlaybookMessages.missing("reason")))
        }
        let source = d.requiredString(map, key: "source", owner: node, context: "an idea")
        let topics = map[key: "topics"].map { d.stringList($0, what: "topics") } ?? []
        guard let id, isValidID(id), !triggers.isEmpty, let zh, let en, let reason, let source else { return nil }
        return PlaybookIdea(id: id, when: triggers, text: LocalizedText(en: en, zh: zh), reason: reason, source: source,
                            topics: topics.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, location: d.location(node))
    }

    /// `PB-` followed by capital letters, digits and `-` (at most 40 characters in all).
    public static func isValidID(_ id: String) -> Bool {
        guard id.hasPrefix("PB-"), id.count > 3, id.count <= 40 else { return false }
        return id.dropFirst(3).unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// What the playbook loader says, in both languages.
enum PlaybookMessages {
    static let empty = LocalizedText(en: "the playbook is empty; write `version: 1` and a list of `ideas:`",
                                     zh: "剧本文件是空的；请写 `version: 1` 和 `ideas:` 列表")
    static let noIdeas = LocalizedText(en: "the playbook has no `ideas:`; add a list of ideas", zh: "剧本缺少 `ideas:`；请添加想法列表")
    static let noTrigger = LocalizedText(en: "`when` lists no place; use pain, trough, mot, end or itch",
                                         zh: "`when` 没有列出适用位置；请用 pain、trough、mot、end 或 itch")

    static func version(_ version: Int) -> LocalizedText {
        LocalizedText(en: "playbook version \(version) is not supported; this journeymap reads version 1",
                      zh: "不支持剧本 version \(version)；本版 journeymap 只读取 version 1")
    }

    static func missing(_ key: String) -> LocalizedText {
        LocalizedText(en: "an idea has no `\(key):`; it is required", zh: "想法缺少 `\(key):`（必填）")
    }

    static func badID(_ id: String) -> LocalizedText {
        LocalizedText(en: "idea id \(DiagnosticText.quoted(id)) is not valid; write PB- then capital letters, digits and -, e.g. PB-MY-IDEA",
                      zh: "想法 id \(DiagnosticText.quoted(id)) 无效；请写 PB- 加大写字母、数字和 -，例如 PB-MY-IDEA")
    }

    static func badTrigger(_ word: String) -> LocalizedText {
        LocalizedText(en: "\(DiagnosticText.quoted(word)) is not a place in a journey; use pain, trough, mot, end or itch",
                      zh: "\(DiagnosticText.quoted(word)) 不是旅程中的位置；请用 pain、trough、mot、end 或 itch")
    }

    static func duplicateID(_ id: String, first: SourceLocation) -> LocalizedText {
        LocalizedText(en: "idea id \(DiagnosticText.quoted(id)) is used twice (also at line \(first.line)); ids must be unique",
                      zh: "想法 id \(DiagnosticText.quoted(id)) 重复（另见第 \(first.line) 行）；id 必须唯一")
    }
}
