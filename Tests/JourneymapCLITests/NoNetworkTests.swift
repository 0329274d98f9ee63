import Foundation
import Testing

/// journeymap never talks to the network: no source file of any target imports FoundationNetworking or calls
/// a networking API, so no command can open a connection (XML is also parsed with XML_PARSE_NONET; see
/// HostileInputTests for external entities).
@Suite struct NoNetworkTests {
    static let forbidden = ["import FoundationNetworking", "URLSession", "URLRequest", "CFNetwork", "socket(", "connect(",
                            "getaddrinfo", "gethostbyname", "NWConnection", "Network.framework", "curl_"]

    @Test func noSourceUsesANetworkingAPI() throws {
        let sources = CommandRunner.packageRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var checked = 0
        while let name = enumerator.nextObject() as? String {
            guard name.hasSuffix(".swift") || name.hasSuffix(".c") || name.hasSuffix(".h") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            for word in Self.forbidden { #expect(!text.contains(word), "\(name) uses \(word)") }
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test func xmlIsParsedWithoutNetworkAccess() throws {
        // Every libxml2 option set the import uses includes XML_PARSE_NONET.
        let sources = CommandRunner.packageRoot.appendingPathComponent("Sources/SurveyImport")
        var uses = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: sources.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("XML_PARSE_") && !line.contains("///") {
                uses += 1
                #expect(line.contains("XML_PARSE_NONET"), "\(name): \(line)")
            }
        }
        #expect(uses > 0)
    }
}
