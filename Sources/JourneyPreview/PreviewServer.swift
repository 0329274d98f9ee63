import FlyingFox
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
/// Built on FlyingFox (swhitty/FlyingFox): a small, maintained HTTP server on plain sockets and Swift concurrency,
/// without SwiftNIO, so it adds little to a clean build; Docs/Preview.md says more.
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
    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var watchTask: Task<Void, Never>?
    private var startFailure: (any Error)?

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

        let address: sockaddr_in
        do {
            address = try sockaddr_in.inet(ip4: "127.0.0.1", port: configuration.port)
        } catch {
            throw PreviewServerError(message: PreviewMessages.cannotListen(port: configuration.port,
                                                                           reason: LocalizedText(verbatim: "\(error)")))
        }
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled)
        let hub = self.hub
        let path = inputs.journeyPath
        await server.appendRoute("GET /events") { request in
            guard Self.isLocalHost(request) else { return Self.wrongHost(language) }
            guard let events = await hub.subscribe() else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: events))
        }
        await server.appendRoute("GET /") { request in
            guard Self.isLocalHost(request) else { return Self.wrongHost(language) }
            let page = PreviewPage.html(await hub.snapshot, journeyPath: path, language: inputs.options.language ?? language)
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                          HTTPHeader("Content-Security-Policy"): PreviewPage.contentSecurityPolicy,
                                          HTTPHeader("X-Content-Type-Options"): "nosniff"],
                                body: Data(page.utf8))
        }
        self.server = server
        serverTask = Task { [weak self] in
            do { try await server.run() } catch { await self?.recordFailure(error) }
        }
        // FlyingFox reports a bind failure by ending `run()`; wait for whichever comes first. The bound counts checks
        // (2,000 × 5 ms, 10 s in an idle process), not wall-clock time, so a process whose threads are busy elsewhere
        // (a test run) waits longer instead of failing.
        for _ in 0..<2_000 {
            if let address = await server.listeningAddress, case .ip4(_, let port) = address {
                watchTask = Task { [hub] in
                    await InputWatcher.watch(inputs, from: initial, pollInterval: configuration.pollInterval,
                                             quietPeriod: configuration.quietPeriod) {
                        await hub.publish(PreviewRenderer.render(inputs, messageLanguage: language))
                    }
                }
                return port
            }
            if let failure = startFailure {
                throw PreviewServerError(message: PreviewMessages.cannotListen(port: configuration.port,
                                                                               reason: LocalizedText(verbatim: Self.reason(failure))))
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        await stop()
        throw PreviewServerError(message: PreviewMessages.cannotListen(port: configuration.port, reason: PreviewMessages.noAnswer))
    }

    /// Stops watching, ends the event streams, closes the listening socket and every connection.
    public func stop() async {
        watchTask?.cancel()
        await watchTask?.value
        watchTask = nil
        await hub.close()
        await server?.stop(timeout: 1)
        await serverTask?.value
        serverTask = nil
        server = nil
    }

    /// The snapshot the page shows now (for tests).
    public var snapshot: PreviewSnapshot {
        get async { await hub.snapshot }
    }

    /// How many pages are listening on `/events` now (for tests).
    public var listenerCount: Int {
        get async { await hub.listenerCount }
    }

    private func recordFailure(_ error: any Error) {
        startFailure = error
    }

    private static func reason(_ error: any Error) -> String {
        if let socketError = error as? SocketError, case .failed(_, let errno, let message) = socketError {
            return "\(message) (errno \(errno))"
        }
        return "\(error)"
    }

    /// Only requests addressed to this computer by name or loopback address are answered: a page elsewhere that
    /// points its own host name at 127.0.0.1 (DNS rebinding) gets nothing.
    static func isLocalHost(_ request: HTTPRequest) -> Bool {
        guard let host = request.headers[.host] else { return true }
        let name = host.split(separator: ":").first.map(String.init)?.lowercased() ?? ""
        return ["127.0.0.1", "localhost"].contains(name)
    }

    private static func wrongHost(_ language: JourneyLanguage) -> HTTPResponse {
        HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                     body: Data(PreviewMessages.wrongHost.text(in: language).utf8))
    }
}
