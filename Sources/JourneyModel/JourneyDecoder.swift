import Foundation
import Yams

/// Turns a composed YAML tree into a `Journey`, collecting every problem with its position
/// instead of stopping at the first.
struct JourneyDecoder {
    let path: String
    var diagnostics: [Diagnostic] = []
    /// Required keys already reported as the likely intent of a misspelt key, per mapping position.
    var suggestedKeys: Set<String> = []

    init(path: String) { self.path = path }

    // MARK: - Keys

    static let journeyKeys = ["version", "title", "persona", "description", "language", "scale", "stages", "survey"]
    static let scaleKeys = ["min", "max", "neutral"]
    static let stageKeys = ["id", "name", "description", "touchpoints"]
    static let touchpointKeys = ["id", "name", "description", "actors", "channel", "mot", "score", "scores",
                                 "importance", "wish", "quotes", "survey", "actions", "question"]
    static let touchpointSurveyKeys = ["score", "importance", "wish", "comment", "kano"]
    static let kanoKeys = ["functional", "dysfunctional"]
    static let actionKeys = ["title", "owner", "due", "impact", "effort", "votes"]
    static let surveyKeys = ["respondent", "overall", "overall_scale", "enps", "segments", "importance_scale", "labels", "missing", "comment"]

    // MARK: - Journey

    mutating func decodeJourney(_ root: Node) -> Journey? {
        guard let map = mapping(root, what: "a journey", example: "title: …, stages: […]") else { return nil }
        checkKeys(map, allowed: Self.journeyKeys, context: "the journey")
        if let versionNode = map[key: "version"] {
            if let version = integer(versionNode, what: "version"), version != 1 {
                error(versionNode, "version \(version) is not supported; this journeymap reads version 1",
                      zh: "不支持 version \(version)；本版 journeymap 只读取 version 1")
            }
        }
        let title = requiredString(map, key: "title", owner: root, context: "the journey")
        let persona = optionalString(map, key: "persona")
        var language: JourneyLanguage?
        if let node = map[key: "language"], let text = string(node, what: "language") {
            language = JourneyLanguage(rawValue: text.lowercased())
            if language == nil { error(node, "language \(quoted(text)) is not supported; use zh or en",
                                     zh: "不支持 language \(quoted(text))；请用 zh 或 en") }
        }
        var scale = RatingScale.fivePoint
        if let node = map[key: "scale"], let decoded = decodeScale(node, what: "scale") { scale = decoded }
        let survey = map[key: "survey"].flatMap { decodeSurvey($0, scale: scale) }
        var stages: [Stage] = []
        if let stagesNode = map[key: "stages"] {
            if let list = sequence(stagesNode, what: "stages", example: "stages: [{name: …, touchpoints: […]}]") {
                if list.isEmpty { error(stagesNode, "stages is empty; a journey needs at least one stage",
                                                  zh: "stages 为空；旅程至少需要一个阶段") }
                // Counted before any stage is decoded: layout time grows with stages and touchpoints.
                let touchpointCount = list.reduce(0) { $0 + ($1.mapping?["touchpoints"]?.sequence?.count ?? 0) }
                if list.count > InputLimits.stages {
                    error(stagesNode, "the journey has \(InputLimits.text(list.count)) stages, over the limit of \(InputLimits.text(InputLimits.stages)); split it into several journeys",
                          zh: "旅程有 \(InputLimits.text(list.count)) 个阶段，超过了 \(InputLimits.text(InputLimits.stages)) 的上限；请拆成几个旅程")
                } else if touchpointCount > InputLimits.touchpoints {
                    error(stagesNode, "the journey has \(InputLimits.text(touchpointCount)) touchpoints, over the limit of \(InputLimits.text(InputLimits.touchpoints)); split it into several journeys",
                          zh: "旅程有 \(InputLimits.text(touchpointCount)) 个触点，超过了 \(InputLimits.text(InputLimits.touchpoints)) 的上限；请拆成几个旅程")
                }
                for (index, node) in list.enumerated() where list.count <= InputLimits.stages && touchpointCount <= InputLimits.touchpoints {
                    if let stage = decodeStage(node, index: index, scale: scale, survey: survey) { stages.append(stage) }
                }
            }
        } else {
            error(root, "the journey has no `stages:`; add at least one stage with touchpoints",
                  zh: "旅程缺少 `stages:`；请至少添加一个带触点的阶段")
        }
        stages = Self.resolvingDerivedStageIDs(stages)
        checkUniqueIDs(stages)
        checkColumnBindings(stages, survey: survey)
        guard let title else { return nil }
        let allText = ([title, persona ?? ""] + stages.flatMap { [$0.name] + $0.touchpoints.map(\.name) }).joined(separator: " ")
        return Journey(title: title, persona: persona, description: optionalString(map, key: "description"), language: language ?? JourneyLanguage.guess(from: allText),
                       scale: scale, stages: stages, survey: survey, path: path)
    }

    // MARK: - Stage and touchpoint

    private mutating func decodeStage(_ node: Node, index: Int, scale: RatingScale, survey: SurveyBinding?) -> Stage? {
        guard let map = mapping(node, what: "a stage", example: "- {name: 入职第一天, touchpoints: […]}") else { return nil }
        checkKeys(map, allowed: Self.stageKeys, context: "a stage")
        let name = requiredString(map, key: "name", owner: node, context: "stage \(index + 1)")
        var id = "stage-\(index + 1)"
        var derived = true
        if let idNode = map[key: "id"], let text = string(idNode, what: "stage id") {
            derived = false
            if Self.isValidID(text) { id = text } else { error(idNode, invalidIDMessage("stage id", text).en, zh: invalidIDMessage("stage id", text).zh) }
        } else if let name, let slug = Self.slug(name), slug.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) {
            id = slug
        }
        var touchpoints: [Touchpoint] = []
        if let listNode = map[key: "touchpoints"] {
            if let list = sequence(listNode, what: "touchpoints", example: "touchpoints: [{id: first-login, name: …}]") {
                if list.isEmpty {
                    error(listNode, "stage \(quoted(name ?? id)) has no touchpoints; add at least one",
                          zh: "阶段 \(quoted(name ?? id)) 没有触点；请至少添加一个")
                }
                for item in list {
                    if let touchpoint = decodeTouchpoint(item, scale: scale, survey: survey) { touchpoints.append(touchpoint) }
                }
            }
        } else {
            error(node, "stage \(quoted(name ?? id)) has no `touchpoints:`; add at least one",
                  zh: "阶段 \(quoted(name ?? id)) 缺少 `touchpoints:`；请至少添加一个")
        }
        guard let name else { return nil }
        return Stage(id: id, name: name, description: optionalString(map, key: "description"), touchpoints: touchpoints,
                     location: location(node), idIsDerived: derived)
    }

    private mutating func decodeTouchpoint(_ node: Node, scale: RatingScale, survey: SurveyBinding?) -> Touchpoint? {
        guard let map = mapping(node, what: "a touchpoint", example: "- {id: first-login, name: …}") else { return nil }
        checkKeys(map, allowed: Self.touchpointKeys, context: "a touchpoint")
        let name = requiredString(map, key: "name", owner: node, context: "a touchpoint")
        var id: String?
        if let idNode = map[key: "id"] {
            if let text = string(idNode, what: "touchpoint id") {
                if Self.isValidID(text) { id = text } else { error(idNode, invalidIDMessage("touchpoint id", text).en, zh: invalidIDMessage("touchpoint id", text).zh) }
            }
        } else {
            let hint = name.flatMap(Self.slug).map { " such as `id: \($0)`" } ?? ""
            let zhHint = name.flatMap(Self.slug).map { "，例如 `id: \($0)`" } ?? ""
            error(node, "touchpoint \(quoted(name ?? "?")) has no `id:`; add one\(hint) (lowercase letters, digits, - and _)",
                  zh: "触点 \(quoted(name ?? "?")) 缺少 `id:`；请添加一个\(zhHint)（小写字母、数字、- 和 _）")
        }
        let importanceScale = survey?.importanceScale ?? .fivePoint
        let participantScores = decodeParticipantScores(map[key: "scores"], on: scale)
        let score = map[key: "score"].flatMap { rating($0, what: "score", on: scale) }
        let touchpoint = Touchpoint(
            id: id ?? "",
            name: name ?? "",
            description: optionalString(map, key: "description"),
            actors: stringList(map[key: "actors"], what: "actors"),
            channel: optionalString(map, key: "channel"),
            isMOT: map[key: "mot"].flatMap { boolean($0, what: "mot") } ?? false,
            score: map[key: "score"] != nil ? score : ParticipantScores.median(participantScores),
            participantScores: participantScores,
            importance: map[key: "importance"].flatMap { rating($0, what: "importance", on: importanceScale) },
            wish: map[key: "wish"].flatMap { rating($0, what: "wish", on: scale) },
            quotes: stringList(map[key: "quotes"], what: "quotes"),
            survey: map[key: "survey"].flatMap { decodeTouchpointSurvey($0) },
            actions: decodeActions(map[key: "actions"]),
            location: location(node),
            question: optionalString(map, key: "question"))
        return id != nil && name != nil ? touchpoint : nil
    }

    /// `scores: [3, 2, 4]`: each a number on the journey scale, at most `InputLimits.participantScores` of them.
    private mutating func decodeParticipantScores(_ node: Node?, on scale: RatingScale) -> [Double] {
        guard let node, !isNull(node),
              let list = sequence(node, what: "scores", example: "scores: [3, 2, 4, 2, 3]") else { return [] }
        guard list.count <= InputLimits.participantScores else {
            error(node, "scores has \(InputLimits.text(list.count)) values, over the limit of \(InputLimits.text(InputLimits.participantScores)) (one per participant)",
                  zh: "scores 有 \(InputLimits.text(list.count)) 个值，超过了 \(InputLimits.text(InputLimits.participantScores)) 的上限（每位参与者一个）")
            return []
        }
        var values: [Double] = []
        for item in list {
            if isNull(item) {
                error(item, "an item of scores is empty; write each participant's score, e.g. scores: [3, 2, 4]",
                      zh: "scores 中有一项为空；请写出每位参与者的分数，例如 scores: [3, 2, 4]")
            } else if let value = number(item, what: "an item of scores") {
                if scale.contains(value) {
                    values.append(value)
                } else {
                    error(item, "a participant's score \(format(value)) is outside the \(scale.rangeText) scale; use a value from \(scale.min) to \(scale.max)",
                          zh: "参与者分数 \(format(value)) 超出 \(scale.rangeText) 量表；请用 \(scale.min) 到 \(scale.max) 之间的值")
                }
            }
        }
        return values
    }

    private mutating func decodeTouchpointSurvey(_ node: Node) -> TouchpointSurveyBinding? {
        guard let map = mapping(node, what: "a survey binding", example: "survey: {score: Q3_2, comment: Q6_2}") else { return nil }
        checkKeys(map, allowed: Self.touchpointSurveyKeys, context: "a touchpoint's survey binding")
        var kano: KanoBinding?
        if let kanoNode = map[key: "kano"], let kanoMap = mapping(kanoNode, what: "a Kano binding", example: "kano: {functional: Q7_1, dysfunctional: Q8_1}") {
            checkKeys(kanoMap, allowed: Self.kanoKeys, context: "a Kano binding")
            let functional = requiredString(kanoMap, key: "functional", owner: kanoNode, context: "the Kano binding")
            let dysfunctional = requiredString(kanoMap, key: "dysfunctional", owner: kanoNode, context: "the Kano binding")
            if let functional, let dysfunctional { kano = KanoBinding(functional: functional, dysfunctional: dysfunctional) }
        }
        return TouchpointSurveyBinding(score: optionalString(map, key: "score"),
                                       importance: optionalString(map, key: "importance"),
                                       wish: optionalString(map, key: "wish"),
                                       comment: optionalString(map, key: "comment"),
                                       kano: kano)
    }

    private mutating func decodeActions(_ node: Node?) -> [JourneyAction] {
        guard let node, !isNull(node),
              let list = sequence(node, what: "actions", example: "actions: [{title: …, owner: …, due: 2026-12-15}]") else { return [] }
        var actions: [JourneyAction] = []
        for item in list {
            guard let map = mapping(item, what: "an action", example: "- {title: …, owner: …}") else { continue }
            checkKeys(map, allowed: Self.actionKeys, context: "an action")
            let title = requiredString(map, key: "title", owner: item, context: "an action")
            let due = map[key: "due"].flatMap { date($0, what: "due") }
            let impact = map[key: "impact"].flatMap { level($0, what: "impact") }
            let effort = map[key: "effort"].flatMap { level($0, what: "effort") }
            let votes = map[key: "votes"].flatMap { voteCount($0) }
            if let title {
                actions.append(JourneyAction(title: title, owner: optionalString(map, key: "owner"), due: due,
                                             impact: impact, effort: effort, votes: votes, location: location(item)))
            }
        }
        return actions
    }

    // MARK: - Survey block and scales

    private mutating func decodeSurvey(_ node: Node, scale: RatingScale) -> SurveyBinding? {
        guard let map = mapping(node, what: "the survey block", example: "survey: {respondent: ResponseId, overall: Q10}") else { return nil }
        checkKeys(map, allowed: Self.surveyKeys, context: "the survey block")
        let overallScale = map[key: "overall_scale"].flatMap { decodeScale($0, what: "overall_scale") }
        let importanceScale = map[key: "importance_scale"].flatMap { decodeScale($0, what: "importance_scale") }
        let scales = [scale, overallScale ?? scale, importanceScale ?? .fivePoint, .recommend]
        var labels: [String: Double] = [:]
        if let labelsNode = map[key: "labels"], let labelMap = mapping(labelsNode, what: "labels", example: "labels: {非常满意: 5, 满意: 4}") {
            for (keyNode, valueNode) in labelMap {
                guard let label = string(keyNode, what: "a label"), let value = number(valueNode, what: "label \(quoted(label))") else { continue }
                if scales.contains(where: { $0.contains(value) }) {
                    labels[label] = value
                } else {
                    error(valueNode, "label \(quoted(label)) maps to \(format(value)), which is on none of the journey's scales (\(scale.rangeText), importance \((importanceScale ?? .fivePoint).rangeText), eNPS 0–10)",
                          zh: "标签 \(quoted(label)) 对应 \(format(value))，不在旅程的任何量表上（\(scale.rangeText)，重要性 \((importanceScale ?? .fivePoint).rangeText)，eNPS 0–10）")
                }
            }
        }
        var missing: [String] = []
        if let missingNode = map[key: "missing"], !isNull(missingNode),
           let list = missingNode.scalar != nil ? [missingNode]
               : sequence(missingNode, what: "missing", example: "missing: [\"Unfamiliar (N/A)\", 不适用]") {
            for item in list {
                guard let text = string(item, what: "an item of missing") else { continue }
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty {
                    error(item, "an item of missing is blank; write the answer text that means \"not experienced\"",
                          zh: "missing 中有一项是空白；请写出表示「未经历」的答案文字")
                } else if labels.keys.contains(where: { $0.lowercased() == trimmed.lowercased() }) {
                    error(item, "\(quoted(trimmed)) is both in labels (a score) and in missing (not a score); keep it in one of them",
                          zh: "\(quoted(trimmed)) 同时出现在 labels（计分）和 missing（不计分）中；只保留在其中一处")
                } else if missing.contains(where: { $0.lowercased() == trimmed.lowercased() }) {
                    error(item, "\(quoted(trimmed)) is listed twice in missing", zh: "\(quoted(trimmed)) 在 missing 中列了两次")
                } else {
                    missing.append(trimmed)
                }
            }
        }
        let segments = decodeSegments(map[key: "segments"])
        return SurveyBinding(respondent: optionalString(map, key: "respondent"),
                             overall: optionalString(map, key: "overall"),
                             overallScale: overallScale,
                             enps: optionalString(map, key: "enps"),
                             segments: segments.columns,
                             importanceScale: importanceScale,
                             labels: labels,
                             missing: missing,
                             keyLocations: Dictionary(uniqueKeysWithValues: map.compactMap { key, value in
                                 key.scalar.map { ($0.string, location(value)) } }),
                             segmentLabels: segments.labels,
                             comment: optionalString(map, key: "comment"))
    }

    private mutating func decodeScale(_ node: Node, what: String) -> RatingScale? {
        guard let map = mapping(node, what: what, example: "\(what): {min: 1, max: 7}") else { return nil }
        checkKeys(map, allowed: Self.scaleKeys, context: what)
        guard let minNode = map[key: "min"], let maxNode = map[key: "max"] else {
            error(node, "\(what) needs both `min:` and `max:`, e.g. {min: 1, max: 7}",
                  zh: "\(what) 需要同时有 `min:` 和 `max:`，例如 {min: 1, max: 7}")
            return nil
        }
        guard let low = integer(minNode, what: "\(what) min"), let high = integer(maxNode, what: "\(what) max") else { return nil }
        guard low >= 0, high <= 100, high - low >= 1, high - low <= 10 else {
            error(node, "\(what) \(low)–\(high) is not supported; use 2 to 11 whole points between 0 and 100, e.g. 1–5, 1–7 or 0–10",
                  zh: "不支持 \(what) \(low)–\(high)；请用 0 到 100 之间的 2 到 11 个整数点，例如 1–5、1–7 或 0–10")
            return nil
        }
        var neutral: Double?
        if let neutralNode = map[key: "neutral"], let value = number(neutralNode, what: "\(what) neutral") {
            if value < Double(low) || value > Double(high) {
                error(neutralNode, "neutral \(format(value)) is outside the \(low)–\(high) scale",
                      zh: "neutral \(format(value)) 超出 \(low)–\(high) 量表")
            } else {
                neutral = value
            }
        }
        return RatingScale(min: low, max: high, neutral: neutral)
    }

    // MARK: - Cross checks

    private mutating func checkUniqueIDs(_ stages: [Stage]) {
        var seenStages: [String: SourceLocation] = [:]
        var seenTouchpoints: [String: SourceLocation] = [:]
        for stage in stages {
            if let first = seenStages[stage.id], let here = stage.location {
                diagnostics.append(Diagnostic(.error, at: here, "duplicate stage id \(quoted(stage.id)) (also at line \(first.line), column \(first.column)); stage ids must be unique",
                                              zh: "阶段 id \(quoted(stage.id)) 重复（另见第 \(first.line) 行第 \(first.column) 列）；阶段 id 必须唯一"))
            } else if let here = stage.location {
                seenStages[stage.id] = here
            }
            for touchpoint in stage.touchpoints {
                guard let here = touchpoint.location else { continue }
                if let first = seenTouchpoints[touchpoint.id] {
                    diagnostics.append(Diagnostic(.error, at: here, "duplicate touchpoint id \(quoted(touchpoint.id)) (also at line \(first.line), column \(first.column)); touchpoint ids must be unique in the journey",
                                                  zh: "触点 id \(quoted(touchpoint.id)) 重复（另见第 \(first.line) 行第 \(first.column) 列）；触点 id 在整个旅程中必须唯一"))
                    diagnostics.append(Diagnostic(.note, at: first, "touchpoint id \(quoted(touchpoint.id)) is used again at line \(here.line), column \(here.column)",
                                                  zh: "触点 id \(quoted(touchpoint.id)) 在第 \(here.line) 行第 \(here.column) 列再次使用"))
                } else {
                    seenTouchpoints[touchpoint.id] = here
                }
            }
        }
    }

    /// One survey column feeds one item: binding it twice is almost always a copy-paste slip.
    private mutating func checkColumnBindings(_ stages: [Stage], survey: SurveyBinding?) {
        var owners: [String: (owner: LocalizedText, line: Int)] = [:]
        func claim(_ column: String?, _ owner: LocalizedText, at location: SourceLocation?) -> Diagnostic? {
            guard let column, let location else { return nil }
            if let first = owners[column] {
                return Diagnostic(.error, at: location, "column \(quoted(column)) is bound as \(owner.en) but is already bound as \(first.owner.en) (line \(first.line)); bind each survey column once",
                                  zh: "列 \(quoted(column)) 被绑定为\(owner.zh)，但已绑定为\(first.owner.zh)（第 \(first.line) 行）；每个问卷列只能绑定一次")
            }
            owners[column] = (owner, location.line)
            return nil
        }
        let surveyLocation = SourceLocation(path: path, line: 1, column: 1)
        for (column, role) in [(survey?.respondent, LocalizedText(en: "the respondent id", zh: "受访者 id")),
                              (survey?.overall, LocalizedText(en: "the overall rating", zh: "总体评分")),
                              (survey?.enps, LocalizedText(en: "the eNPS item", zh: "eNPS 题")),
                              (survey?.comment, LocalizedText(en: "the journey-wide comment", zh: "整体评论"))] {
            _ = claim(column, role, at: surveyLocation)
        }
        for stage in stages {
            for tp in stage.touchpoints {
                guard let binding = tp.survey else { continue }
                let roles: [(String?, String)] = [(binding.score, "score"), (binding.importance, "importance"), (binding.wish, "wish"),
                                                  (binding.comment, "comment"), (binding.kano?.functional, "Kano functional"),
                                                  (binding.kano?.dysfunctional, "Kano dysfunctional")]
                for (column, role) in roles {
                    if let problem = claim(column, LocalizedText(en: "\(role) of \(quoted(tp.id))", zh: "\(quoted(tp.id)) 的 \(role)"), at: tp.location) { diagnostics.append(problem) }
                }
            }
        }
    }

    /// Gives a derived stage id that collides with an earlier stage's id the positional `stage-N` instead,
    /// so two stages named "第1周" and "第1月" never clash on an id the user did not write.
    static func resolvingDerivedStageIDs(_ stages: [Stage]) -> [Stage] {
        var used = Set(stages.filter { !$0.idIsDerived }.map(\.id))
        var result = stages
        for index in result.indices where result[index].idIsDerived {
            var candidate = result[index].id
            if used.contains(candidate) { candidate = "stage-\(index + 1)" }
            var suffix = 2
            while used.contains(candidate) { candidate = "stage-\(index + 1)-\(suffix)"; suffix += 1 }
            result[index].id = candidate
            used.insert(candidate)
        }
        return result
    }

    static func isValidID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        func lowerAlnum(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
        return lowerAlnum(first) && text.unicodeScalars.allSatisfy { lowerAlnum($0) || $0 == "-" || $0 == "_" }
    }

    /// A lowercase ASCII slug of a name (`First Login` → `first-login`), or `nil` when the name has no ASCII letters or digits.
    static func slug(_ name: String) -> String? {
        var out = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? nil : String(out.prefix(64))
    }

    private func invalidIDMessage(_ what: String, _ text: String) -> (en: String, zh: String) {
        let hint = Self.slug(text).map { ", e.g. \(quoted($0))" } ?? ""
        let zhHint = Self.slug(text).map { "，例如 \(quoted($0))" } ?? ""
        return ("\(what) \(quoted(text)) is not valid; use lowercase letters, digits, - and _, starting with a letter or digit\(hint)",
                "\(term(what)) \(quoted(text)) 无效；请用小写字母、数字、- 和 _，并以字母或数字开头\(zhHint)")
    }
}
