import FlyingSocks
import Foundation
import JourneyModel

/// Why the preview could not start.
public struct PreviewServerError: Error, Sendable, CustomStringConvertible {
    /// The message, in both languages.
    public var message: LocalizedText
    /// The English message.
    public var description: String { message.en }
}

/// `journeymap preview`: serves the journey's map on 127.0.0.1 (never another interface) and keeps it current.
///
/// `GET /` is the page (`PreviewPage`), `GET /events` the server-sent event stream that tells the page to reload.
/// The HTTP side is `LoopbackHTTPServer`, on FlyingSocks (swhitty/FlyingFox's socket layer); Docs/Preview.md says
/// why.
public actor PreviewServer {
    /// What to preview and how.
    public struct Configuration: Sendable {
        /// The files and the map options.
        public var inputs: PreviewInputs
        /// The port on 127.0.0.1; 0 picks a free one.
        public var port: UInt16
        /// The language of messages until a map exists (then the map's language).
        public var messageLanguage: JourneyLanguage
        /// How often the inputs are checked.
        public var pollInterval: Duration
        /// How long the inputs must stay unchanged before a re-render, in seconds.
        public var quietPeriod: Double

        /// A configuration; the defaults check every 100 ms and re-render 200 ms after the last change.
        public init(inputs: PreviewInputs, port: UInt16 = 8080, messageLanguage: JourneyLanguage = .en,
                    pollInterval: Duration = .milliseconds(100), quietPeriod: Double = 0.2) {
            self.inputs = inputs
            self.port = port
            self.messageLanguage = messageLanguage
            self.pollInterval = pollInterval
            self.quietPeriod = quietPeriod
        }
    }

    private let configuration: Configuration
    private let hub = PreviewHub()
    private var server: LoopbackHTTPServer?
    private var watchTask: Task<Void, Never>?

    /// A server, not yet listening.
    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Renders the map once, starts listening and watching; returns the port it listens on (the chosen one for
    /// port 0). Throws when the port cannot be opened.
    public func start() async throws(PreviewServerError) -> UInt16 {
        let inputs = configuration.inputs
        let language = configuration.messageLanguage
        let initial = inputs.fingerprints()
        await hub.publish(PreviewRenderer.render(inputs, messageLanguage: language))

        let hub = self.hub
        let path = inputs.journeyPath
        let pageLanguage = inputs.options.language ?? language
        let server: LoopbackHTTPServer
        do {
            server = try await LoopbackHTTPServer(port: configuration.port, headTimeout: .seconds(15)) { request in
                await Self.reply(to: request, hub: hub, journeyPath: path, pageLanguage: pageLanguage,
                                 messageLanguage: language)
            }
        } catch {
            throw PreviewServerError(message: PreviewMessages.cannotListen(port: configuration.port,
                                                                           reason: LocalizedText(verbatim: Self.reason(error))))
        }
        self.server = server
        watchTask = Task { [hub] in
            await InputWatcher.watch(inputs, from: initial, pollInterval: configuration.pollInterval,
                                     quietPeriod: configuration.quietPeriod) {
                await hub.publish(PreviewRenderer.render(inputs, messageLanguage: language))
            }
        }
        return server.port
    }

    /// Stops watching, ends the event streams, closes the listening socket and every connection.
    public func stop() async {
        watchTask?.cancel()
        await watchTask?.value
        watchTask = nil
        await hub.close()
        await server?.stop()
        server = nil
    }

    /// The two routes: `GET /` (the page) and `GET /events` (the event stream); another path is 404, another method
    /// 405, a request addressed to another host 403.
    static func reply(to request: HTTPRequestHead, hub: PreviewHub, journeyPath: String, pageLanguage: JourneyLanguage,
                      messageLanguage: JourneyLanguage) async -> HTTPReply {
        guard isLocalHost(request) else {
            return .text(403, "Forbidden", PreviewMessages.wrongHost.text(in: messageLanguage))
        }
        guard request.path == "/" || request.path == "/events" else { return .text(404, "Not Found", "not found\n") }
        guard request.method == "GET" else {
            var refused = HTTPReply.text(405, "Method Not Allowed", "method not allowed\n")
            refused.headers.append((name: "Allow", value: "GET"))
            return refused
        }
        if request.path == "/events" {
            guard let events = await hub.subscribe() else { return .text(503, "Service Unavailable", "stopping\n") }
            return HTTPReply(events: events, headers: [(name: "Content-Type", value: "text/event-stream; charset=utf-8"),
                                                       (name: "Cache-Control", value: "no-store")])
        }
        let page = PreviewPage.html(await hub.snapshot, journeyPath: journeyPath, language: pageLanguage)
        return HTTPReply(status: 200, reason: "OK",
                         headers: [(name: "Content-Type", value: "text/html; charset=utf-8"),
                                   (name: "Cache-Control", value: "no-store"),
                                   (name: "Content-Security-Policy", value: PreviewPage.contentSecurityPolicy),
                                   (name: "X-Content-Type-Options", value: "nosniff")],
                         body: Array(page.utf8))
    }

    /// The snapshot the page shows now (for tests).
    public var snapshot: PreviewSnapshot {
        get async { await hub.snapshot }
    }

    /// How many pages are listening on `/events` now (for tests).
    public var listenerCount: Int {
        get async { await hub.listenerCount }
    }

    private static func reason(_ error: any Error) -> String {
        if let socketError = error as? SocketError, case .failed(_, let errno, let message) = socketError {
            return "\(message) (errno \(errno))"
        }
        return "\(error)"
    }

    /// Only requests addressed to this computer by name or loopback address are answered: a page elsewhere that
    /// points its own host name at 127.0.0.1 (DNS rebinding) gets nothing.
    static func isLocalHost(_ request: HTTPRequestHead) -> Bool {
        guard let host = request.headers["host"] else { return true }
        let name = host.split(separator: ":").first.map(String.init)?.lowercased() ?? ""
        return ["127.0.0.1", "localhost"].contains(name)
    }
}
