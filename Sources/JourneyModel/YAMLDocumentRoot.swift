import Foundation
import Yams

/// The one root node of a YAML file the tool reads besides the journey (workshop sidecar, playbook), composed with the
/// journey's safety checks: YAML syntax errors at their line and column, an empty document refused with `empty`, and
/// more than `maxNodes` nodes once aliases are expanded (an alias bomb) refused before anything walks the tree.
enum YAMLDocumentRoot {
    /// Composes already size-, depth- and UTF-8-checked `text` (see `JourneyLoader.checkedText`).
    static func compose(_ text: String, path: String, maxNodes: Int, empty: LocalizedText) throws(JourneyLoadError) -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw .invalid([YAMLErrorTranslator.diagnostic(for: error, path: path, text: text)])
        } catch {
            throw .invalid([Diagnostic(.error, file: path, JourneyMessages.cannotParseYAML("\(error)"))])
        }
        guard let root else { throw .invalid([Diagnostic(.error, file: path, empty)]) }
        if let location = NodeBudget.firstOverrun(root, limit: maxNodes, path: path) {
            throw .invalid([Diagnostic(.error, at: location, JourneyMessages.aliasBomb(limit: maxNodes))])
        }
        return root
    }
}
