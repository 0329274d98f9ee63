import Foundation
import Yams

/// Reading typed values from YAML nodes, each failure recorded as a positioned diagnostic.
extension JourneyDecoder {
    mutating func error(_ node: Node, _ message: String, zh: String) {
        diagnostics.append(Diagnostic(.error, at: location(node), message, zh: zh))
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return true }
        return false
    }

    func kind(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar): return isNull(node) ? "nothing" : "the value \(quoted(scalar.string))"
        case .alias: return "an alias"
        }
    }

    /// `kind(_:)` in Chinese.
    func kindZH(_ node: Node) -> String {
        switch node {
        case .mapping: return "映射"
        case .sequence: return "列表"
        case .scalar(let scalar): return isNull(node) ? "空值" : "值 \(quoted(scalar.string))"
        case .alias: return "别名"
        }
    }

    /// The Chinese name of a `what:` or `context:` phrase.
    func term(_ english: String) -> String { JourneyTerms.zh(english) }

    mutating func mapping(_ node: Node, what: String, example: String) -> Node.Mapping? {
        if case .mapping(let map) = node { return map }
        error(node, "expected \(what) (key: value pairs) but found \(kind(node)); for example `\(example)`",
              zh: "这里应是\(term(what))（键: 值 的映射），却是\(kindZH(node))；例如 `\(example)`")
        return nil
    }

    mutating func sequence(_ node: Node, what: String, example: String) -> [Node]? {
        if case .sequence(let list) = node { return Array(list) }
        error(node, "\(what) must be a list (items starting with `- `) but is \(kind(node)); for example `\(example)`",
              zh: "\(term(what)) 应是列表（每项以 `- ` 开头），却是\(kindZH(node))；例如 `\(example)`")
        return nil
    }

    mutating func checkKeys(_ map: Node.Mapping, allowed: [String], context: String) {
        for key in map.keys {
            guard let name = key.scalar?.string else {
                error(key, "keys in \(context) must be plain words, not \(kind(key))",
                      zh: "\(term(context))中的键应是普通文字，不能是\(kindZH(key))")
                continue
            }
            if allowed.contains(name) { continue }
            if let suggestion = KeySuggester.suggestion(for: name, among: allowed) {
                suggestedKeys.insert(suggestionKey(suggestion, in: map))
                error(key, "unknown key \(quoted(name)) in \(context); did you mean \(quoted(suggestion))?",
                      zh: "\(term(context))中有未知的键 \(quoted(name))；是不是想写 \(quoted(suggestion))？")
            } else {
                error(key, "unknown key \(quoted(name)) in \(context); valid keys are \(allowed.joined(separator: ", "))",
                      zh: "\(term(context))中有未知的键 \(quoted(name))；可用的键：\(allowed.joined(separator: ", "))")
            }
        }
    }

    func suggestionKey(_ key: String, in map: Node.Mapping) -> String {
        "\(map.mark?.line ?? 0):\(map.mark?.column ?? 0):\(key)"
    }

    mutating func string(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node, "\(what) must be text but is \(kind(node))", zh: "\(term(what)) 应是文字，却是\(kindZH(node))")
            return nil
        }
        if isNull(node) { error(node, "\(what) is empty", zh: "\(term(what)) 为空"); return nil }
        if scalar.string.utf8.count > InputLimits.textCharacters, scalar.string.count > InputLimits.textCharacters {
            error(node, "\(what) is \(InputLimits.text(scalar.string.count)) characters long, over the limit of \(InputLimits.text(InputLimits.textCharacters))",
                  zh: "\(term(what)) 有 \(InputLimits.text(scalar.string.count)) 个字符，超过了 \(InputLimits.text(InputLimits.textCharacters)) 的上限")
            return nil
        }
        return scalar.string
    }

    mutating func requiredString(_ map: Node.Mapping, key: String, owner: Node, context: String) -> String? {
        guard let node = map[key: key] else {
            if !suggestedKeys.contains(suggestionKey(key, in: map)) {
                error(owner, "\(context) has no `\(key):`; it is required", zh: "\(term(context))缺少 `\(key):`（必填）")
            }
            return nil
        }
        guard let text = string(node, what: key) else { return nil }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            error(node, "\(key) is blank; write some text", zh: "\(key) 是空白；请填写文字")
            return nil
        }
        return text
    }

    mutating func optionalString(_ map: Node.Mapping, key: String) -> String? {
        guard let node = map[key: key], !isNull(node), let text = string(node, what: key) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }

    mutating func stringList(_ node: Node?, what: String) -> [String] {
        guard let node, !isNull(node) else { return [] }
        if case .scalar = node { return string(node, what: what).map { [$0] } ?? [] }
        guard let list = sequence(node, what: what, example: "\(what): [A, B]") else { return [] }
        return list.compactMap { string($0, what: "an item of \(what)") }
    }

    mutating func boolean(_ node: Node, what: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        if case .scalar(let scalar) = node, scalar.style != .plain,
           ["true", "false", "yes", "no", "on", "off"].contains(scalar.string.lowercased()) {
            error(node, "\(what) must be true or false, not the quoted text \(quoted(scalar.string)); remove the quotes",
                  zh: "\(what) 应是 true 或 false，不能是带引号的文字 \(quoted(scalar.string))；请去掉引号")
            return nil
        }
        error(node, "\(what) must be true or false but is \(kind(node))", zh: "\(what) 应是 true 或 false，却是\(kindZH(node))")
        return nil
    }

    mutating func number(_ node: Node, what: String) -> Double? {
        if case .scalar(let scalar) = node, scalar.style == .plain, let value = Double(scalar.string), value.isFinite {
            return value
        }
        if case .scalar(let scalar) = node, scalar.style != .plain, Double(scalar.string) != nil {
            error(node, "\(what) must be a number, not the quoted text \(quoted(scalar.string)); remove the quotes",
                  zh: "\(term(what)) 应是数字，不能是带引号的文字 \(quoted(scalar.string))；请去掉引号")
            return nil
        }
        error(node, "\(what) must be a number but is \(kind(node))", zh: "\(term(what)) 应是数字，却是\(kindZH(node))")
        return nil
    }

    mutating func integer(_ node: Node, what: String) -> Int? {
        guard let value = number(node, what: what) else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else {
            error(node, "\(what) must be a whole number but is \(format(value))", zh: "\(term(what)) 应是整数，却是 \(format(value))")
            return nil
        }
        return Int(value)
    }

    mutating func rating(_ node: Node, what: String, on scale: RatingScale) -> Double? {
        if isNull(node) { return nil }
        guard let value = number(node, what: what) else { return nil }
        guard scale.contains(value) else {
            error(node, "\(what) \(format(value)) is outside the \(scale.rangeText) scale; use a value from \(scale.min) to \(scale.max)",
                  zh: "\(what) \(format(value)) 超出 \(scale.rangeText) 量表；请用 \(scale.min) 到 \(scale.max) 之间的值")
            return nil
        }
        return value
    }

    mutating func level(_ node: Node, what: String) -> Int? {
        guard let value = integer(node, what: what) else { return nil }
        guard (1...3).contains(value) else {
            error(node, "\(what) \(value) is outside 1–3; use 1 (low), 2 (medium) or 3 (high)",
                  zh: "\(what) \(value) 超出 1–3；请用 1（低）、2（中）或 3（高）")
            return nil
        }
        return value
    }

    /// A due date written `YYYY-MM-DD`.
    mutating func date(_ node: Node, what: String) -> JourneyDate? {
        guard !isNull(node), let text = string(node, what: what) else { return nil }
        guard let date = JourneyDate(iso: text) else {
            error(node, "due date \(quoted(text)) is not a valid date; write it as YYYY-MM-DD, e.g. 2026-12-15",
                  zh: "截止日期 \(quoted(text)) 不是有效日期；请写成 YYYY-MM-DD，例如 2026-12-15")
            return nil
        }
        return date
    }

    /// A dot-vote count: a whole number, 0 or more.
    mutating func voteCount(_ node: Node) -> Int? {
        guard let count = integer(node, what: "votes") else { return nil }
        guard count >= 0 else {
            error(node, "votes \(count) is negative; use a count of 0 or more", zh: "votes \(count) 是负数；请用 0 或更大的票数")
            return nil
        }
        return count
    }

    func quoted(_ text: String) -> String { DiagnosticText.quoted(text) }

    func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
