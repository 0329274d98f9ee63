import Foundation
import Yams

/// Reads a workshop sidecar (`<name>.workshop.yaml`, format version 1) with the same safety checks as a journey and
/// `path:line:col` diagnostics for every problem. It checks the file's own shape only; whether its touchpoints still
/// exist in the journey is `Journey.mergingWorkshop(_:)`'s job.
public enum WorkshopFileLoader {
    static let fileKeys = ["version", "journey", "sheet", "ideas"]
    static let ideaKeys = ["touchpoint", "idea", "votes", "owner", "impact", "effort", "due", "playbook"]

    /// Loads the sidecar at `path`.
    /// - Throws: `JourneyLoadError` (`.fileNotFound`, `.unreadable`, `.invalid` with every problem).
    public static func load(path: String) throws(JourneyLoadError) -> WorkshopFile {
        try parse(data: JourneyLoader.readBytes(path: path, limits: .journey), path: path)
    }

    /// The sidecar at `WorkshopFile.defaultPath(forJourney:)`, or nil when there is none.
    public static func loadIfPresent(forJourney journeyPath: String) throws(JourneyLoadError) -> WorkshopFile? {
        let path = WorkshopFile.defaultPath(forJourney: journeyPath)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try load(path: path)
    }

    /// Parses sidecar bytes; `path` is used in messages only.
    public static func parse(data: Data, path: String) throws(JourneyLoadError) -> WorkshopFile {
        let (text, _) = try JourneyLoader.checkedText(data: data, path: path, limits: .journey)
        let root = try YAMLDocumentRoot.compose(text, path: path, maxNodes: InputLimits.journeyExpandedNodes, empty: JourneyMessages.noDocument)
        var decoder = JourneyDecoder(path: path)
        let file = decode(root, with: &decoder)
        let errors = decoder.diagnostics.filter { $0.severity == .error }
        guard let file, errors.isEmpty else { throw .invalid(decoder.diagnostics.sorted()) }
        return file
    }

    /// Decodes the tree with the journey decoder's typed readers (the same messages, positions and limits).
    static func decode(_ root: Node, with d: inout JourneyDecoder) -> WorkshopFile? {
        guard let map = d.mapping(root, what: "a workshop file", example: "version: 1, journey: …, ideas: […]") else { return nil }
        d.checkKeys(map, allowed: fileKeys, context: "the workshop file")
        if let node = map[key: "version"] {
            if let version = d.integer(node, what: "version"), version != WorkshopFile.currentVersion {
                d.error(node, "workshop file version \(version) is not supported; this journeymap reads version \(WorkshopFile.currentVersion) (re-run `journeymap votes`)",
                        zh: "不支持工作坊文件 version \(version)；本版 journeymap 只读取 version \(WorkshopFile.currentVersion)（请重新运行 `journeymap votes`）")
            }
        } else {
            d.error(root, "the workshop file has no `version:`; re-run `journeymap votes` to rewrite it",
                    zh: "工作坊文件缺少 `version:`；请重新运行 `journeymap votes` 重写它")
        }
        let journey = d.optionalString(map, key: "journey") ?? ""
        let sheet = d.optionalString(map, key: "sheet")
        var ideas: [WorkshopIdea] = []
        if let node = map[key: "ideas"], !d.isNull(node),
           let list = d.sequence(node, what: "ideas", example: "ideas: [{touchpoint: first-login, idea: …, votes: 3}]") {
            if list.count > InputLimits.workshopRows {
                d.error(node, "ideas has \(InputLimits.text(list.count)) items, over the limit of \(InputLimits.text(InputLimits.workshopRows))",
                        zh: "ideas 有 \(InputLimits.text(list.count)) 项，超过了 \(InputLimits.text(InputLimits.workshopRows)) 的上限")
                return nil
            }
            for item in list { if let idea = decodeIdea(item, with: &d) { ideas.append(idea) } }
        }
        return WorkshopFile(journey: journey, sheet: sheet, ideas: ideas, path: d.path)
    }

    static func decodeIdea(_ node: Node, with d: inout JourneyDecoder) -> WorkshopIdea? {
        guard let map = d.mapping(node, what: "an idea", example: "- {touchpoint: first-login, idea: …, votes: 3}") else { return nil }
        d.checkKeys(map, allowed: ideaKeys, context: "an idea")
        let touchpoint = d.requiredString(map, key: "touchpoint", owner: node, context: "an idea")
        let title = d.requiredString(map, key: "idea", owner: node, context: "an idea")
        let votes = map[key: "votes"].flatMap { d.voteCount($0) } ?? 0
        let due = map[key: "due"].flatMap { d.date($0, what: "due") }
        guard let touchpoint, let title else { return nil }
        return WorkshopIdea(touchpoint: touchpoint, title: title, votes: votes, owner: d.optionalString(map, key: "owner"),
                            impact: map[key: "impact"].flatMap { d.level($0, what: "impact") },
                            effort: map[key: "effort"].flatMap { d.level($0, what: "effort") },
                            due: due, playbookID: d.optionalString(map, key: "playbook"), location: d.location(node))
    }
}
