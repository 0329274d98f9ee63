import CJourneyXML
import Foundation
import JourneyAnalysis
import JourneyModel
import SurveyImport
@testable import JourneyRender

/// Paths of the package and its fixtures, found from this file (not from bundle resources).
enum TestPaths {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Tests/Fixtures/render.
    static let fixtures: URL = root.appendingPathComponent("Tests/Fixtures/render")
    /// journeys/ (the bundled samples).
    static let journeys: URL = root.appendingPathComponent("journeys")

    /// The bundled sample journeys, named explicitly so that a user's own journeys in journeys/ never change the tests.
    static let sampleNames = ["complaint-escalation.yaml", "day-in-the-life.yaml", "onboarding-90-days.yaml"]

    /// The sample journeys' paths, sorted by name.
    static func samplePaths() -> [String] {
        sampleNames.map { journeys.appendingPathComponent($0).path }
    }

    /// The onboarding sample and its bundled survey answers (journeys/onboarding-90-days.responses.csv).
    static func onboardingSurvey() throws -> (journey: Journey, responses: SurveyResponses) {
        let journey = try load(journeys.appendingPathComponent("onboarding-90-days.yaml").path)
        let path = journeys.appendingPathComponent("onboarding-90-days.responses.csv").path
        return (journey, try ResponsesFile.read(path: path, journey: journey))
    }

    /// Loads a journey or fails the test with the loader's message.
    static func load(_ path: String) throws -> Journey {
        do { return try JourneyLoader.load(path: path) } catch { throw TestFailure(error.description) }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A parsed SVG element: name, attributes, children, and its concatenated text.
final class XMLElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement] = []
    var text: String = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// All descendants, depth first (self included).
    var all: [XMLElement] { [self] + children.flatMap(\.all) }

    /// All text below this element.
    var deepText: String { text + children.map(\.deepText).joined() }

    /// Parses XML bytes with libxml2 (no network, no entities substituted); nil when not well-formed.
    static func parse(_ data: Data) -> XMLElement? {
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            return xmlReadMemory(base, Int32(buffer.count), "map.svg", "UTF-8", Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
        guard let document, let root = xmlDocGetRootElement(document) else { return nil }
        defer { xmlFreeDoc(document) }
        return convert(root)
    }

    private static func convert(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = String(cString: a.pointee.name)
            let qualified = a.pointee.ns.map { ns in ns.pointee.prefix.map { String(cString: $0) + ":" + name } ?? name } ?? name
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self)) {
                attributes[qualified] = String(cString: value)
                cjx_free(value)
            }
            attribute = a.pointee.next
        }
        let element = XMLElement(name: String(cString: node.pointee.name), attributes: attributes)
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                element.children.append(convert(c))
            } else if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                element.text += String(cString: content)
            }
            child = c.pointee.next
        }
        return element
    }
}

/// SplitMix64: a tiny seeded generator so stress journeys are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
