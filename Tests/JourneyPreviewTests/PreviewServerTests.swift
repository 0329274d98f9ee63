import FlyingSocks
import Foundation
import Testing
@testable import JourneyPreview

/// The server in-process on a free port, on a copy of the onboarding sample in a temporary directory: the page, the
/// reload event after a save, an invalid save shown on the page with the last good map kept, a clean stop.
// Serialized: servers started side by side in one process share its file descriptors, and one server's stop can
// close a descriptor number another has just been given (seen as a second server binding a port still in use).
@Suite(.serialized) struct PreviewServerTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("journeys/onboarding-90-days.yaml")

    /// A temporary directory holding `onboarding-90-days.yaml` only (no responses: the map draws the estimates).
    static func copyOfSample() throws -> (directory: URL, journey: String, text: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jm-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let journey = directory.appendingPathComponent("onboarding-90-days.yaml")
        let text = try String(contentsOf: sample, encoding: .utf8)
        try Data(text.utf8).write(to: journey)
        return (directory, journey.path, text)
    }

    static func configuration(_ journey: String) -> PreviewServer.Configuration {
        PreviewServer.Configuration(inputs: PreviewInputs(journeyPath: journey), port: 0, messageLanguage: .en,
                                    pollInterval: .milliseconds(50), quietPeriod: 0.1)
    }

    @Test func pageReloadEventInvalidSaveAndCleanStop() async throws {
        let (directory, journey, original) = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = PreviewServer(Self.configuration(journey))
        let port = try await server.start()
        #expect(port != 0)

        // GET /: the map's SVG inline, with the journey's title (the sample's own, Chinese).
        let first = try await RawHTTPConnection(port: port, path: "/")
        let page = try #require(await first.body())
        await first.close()
        #expect(page.contains("<svg"))
        #expect(page.contains("新客服专员的前 90 天"))
        #expect(page.contains("data-revision=\"1\""))

        // /events: the current revision first.
        let events = try await RawHTTPConnection(port: port, path: "/events", keepAlive: true)
        #expect(await events.wait { $0.contains("text/event-stream") && $0.contains("event: revision\ndata: 1\n\n") })

        // A save: a reload event with the next revision, and the page shows the new title.
        let edited = original.replacingOccurrences(of: "title: 新客服专员的前 90 天", with: "title: 新客服专员的前 100 天")
        #expect(edited != original)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: journey))
        #expect(await events.wait { $0.contains("event: reload\ndata: 2\n\n") })
        let second = try await RawHTTPConnection(port: port, path: "/")
        let newPage = try #require(await second.body())
        await second.close()
        #expect(newPage.contains("新客服专员的前 100 天"))
        #expect(!newPage.contains("id=\"problems\""))

        // An invalid save (an unknown key on line 6): the error line on the page, the last good map still there.
        let broken = edited.replacingOccurrences(of: "title: 新客服专员的前 100 天", with: "titel: 新客服专员的前 100 天")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: journey))
        #expect(await events.wait { $0.contains("event: reload\ndata: 3\n\n") })
        let third = try await RawHTTPConnection(port: port, path: "/")
        let brokenPage = try #require(await third.body())
        await third.close()
        #expect(brokenPage.contains("id=\"problems\""))
        #expect(brokenPage.contains("\(journey):6:1: error: unknown key &quot;titel&quot;"))
        #expect(brokenPage.contains("<svg"))
        #expect(brokenPage.contains("新客服专员的前 100 天"))
        #expect(await server.snapshot.problems.count >= 1)

        // Stop: the event stream ends, and the port no longer accepts connections.
        await server.stop()
        #expect(await events.waitUntilClosed())
        await events.close()
        await #expect(throws: (any Error).self) {
            _ = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        }
    }

    @Test func aSidecarThatAppearsLaterIsWatched() async throws {
        let (directory, journey, _) = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs = PreviewInputs(journeyPath: journey)
        #expect(inputs.sidecarPath == directory.appendingPathComponent("onboarding-90-days.workshop.yaml").path)
        #expect(inputs.responsesPath == directory.appendingPathComponent("onboarding-90-days.responses.csv").path)
        // A responses file that appears and cannot be read: a warning on the page, the map still drawn.
        let server = PreviewServer(Self.configuration(journey))
        let port = try await server.start()
        let events = try await RawHTTPConnection(port: port, path: "/events", keepAlive: true)
        #expect(await events.wait { $0.contains("event: revision\ndata: 1\n\n") })
        try Data("not a responses file\n".utf8).write(to: URL(fileURLWithPath: inputs.responsesPath))
        #expect(await events.wait { $0.contains("event: reload\ndata: 2\n\n") })
        let snapshot = await server.snapshot
        #expect(snapshot.map != nil)
        #expect(snapshot.problems.isEmpty)
        #expect(snapshot.warnings.first?.contains(": warning: ") == true)
        await server.stop()
        await events.close()
    }

    @Test func aRequestForAnotherHostIsRefused() async throws {
        let (directory, journey, _) = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = PreviewServer(Self.configuration(journey))
        let port = try await server.start()
        let socket = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        try await socket.write(Data("GET / HTTP/1.1\r\nHost: attacker.example:\(port)\r\nConnection: close\r\n\r\n".utf8))
        let head = String(decoding: try await socket.read(atMost: 12), as: UTF8.self)
        try? socket.close()
        #expect(head == "HTTP/1.1 403")
        await server.stop()
    }

    @Test func aPortInUseIsReported() async throws {
        let (directory, journey, _) = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = PreviewServer(Self.configuration(journey))
        let port = try await first.start()
        var taken = Self.configuration(journey)
        taken.port = port
        let second = PreviewServer(taken)
        let error = await #expect(throws: PreviewServerError.self) { _ = try await second.start() }
        #expect(error?.message.en.hasPrefix("127.0.0.1:\(port): error: cannot listen (") == true)
        #expect(error?.message.zh.hasPrefix("127.0.0.1:\(port): error: 无法监听（") == true)
        await second.stop()
        await first.stop()
    }
}
