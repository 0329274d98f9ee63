import CJourneyXML
import Foundation

/// A libxml2 document built node by node: element names, attributes and text go in through the tree API,
/// which stores them raw and escapes on output, so markup can never be injected and the result is
/// well-formed by construction. Text and attribute values are stripped of characters XML 1.0 forbids.
final class XMLTree {
    private let document: xmlDocPtr
    private var namespace: xmlNsPtr?
    /// The root element.
    private(set) var root: xmlNodePtr

    /// A document with a root element `rootName` in namespace `namespaceURI`.
    init(rootName: String, namespaceURI: String) {
        document = Self.withXMLString("1.0") { xmlNewDoc($0) }
        root = Self.withXMLString(rootName) { xmlNewNode(nil, $0) }
        xmlDocSetRootElement(document, root)
        namespace = Self.withXMLString(namespaceURI) { xmlNewNs(root, $0, nil) }
        xmlSetNs(root, namespace)
    }

    deinit {
        // Frees every node too. Never xmlCleanupParser(): Foundation shares libxml2's global state.
        xmlFreeDoc(document)
    }

    /// Sets an attribute (value cleaned of XML-illegal characters).
    func set(_ node: xmlNodePtr, _ name: String, _ value: String) {
        let clean = TextSanitizer.xmlSafe(value)
        Self.withXMLString(name) { n in Self.withXMLString(clean) { v in _ = xmlNewProp(node, n, v) } }
    }

    /// Sets `xml:lang`.
    func setLanguage(_ node: xmlNodePtr, _ language: String) {
        Self.withXMLString(language) { xmlNodeSetLang(node, $0) }
    }

    /// Appends a child element with attributes in the given order.
    @discardableResult
    func element(_ name: String, in parent: xmlNodePtr, _ attributes: [(String, String)] = []) -> xmlNodePtr {
        let node = Self.withXMLString(name) { xmlNewNode(namespace, $0) }!
        xmlAddChild(parent, node)
        for (key, value) in attributes { set(node, key, value) }
        return node
    }

    /// Appends a text node (escaped on output, never parsed).
    func text(_ content: String, in parent: xmlNodePtr) {
        let clean = TextSanitizer.xmlSafe(content)
        let node = Self.withXMLString(clean) { xmlNewText($0) }!
        xmlAddChild(parent, node)
    }

    /// The document as UTF-8 bytes with an XML declaration, indented where no text is mixed in.
    func serialized() -> Data {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
        guard let buffer else { return Data() }
        defer { cjx_free(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }

    private static func withXMLString<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        string.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1) { body($0) }
        }
    }
}
