import FlyingSocks
import Foundation

/// The preview's HTTP/1.1 server on 127.0.0.1: one request per connection (`HTTPRequestHead`), answered by a handler
/// (`HTTPReply`), then closed. Built on FlyingSocks (swhitty/FlyingFox's socket layer: non-blocking sockets on
/// epoll or kqueue, with Swift concurrency) without FlyingFox's HTTP module, which imports FoundationNetworking for
/// its proxy handler: that made every journeymap command load libcurl and some 30 more shared libraries at
/// start-up (≈ 16 ms of `journeymap --help`'s 30 ms); Docs/Preview.md says more.
final class LoopbackHTTPServer: Sendable {
    /// Answers one request head.
    typealias Handler = @Sendable (HTTPRequestHead) async -> HTTPReply

    /// The port it listens on (the one the system chose when asked for port 0).
    let port: UInt16
    private let listener: Socket
    private let work: Task<Void, Never>

    /// Binds 127.0.0.1:`port` and starts answering. Throws FlyingSocks' `SocketError` when the port cannot be
    /// opened (in use, not permitted), before anything runs. A client that has not sent its whole request head
    /// within `headTimeout` is disconnected.
    init(port: UInt16, headTimeout: Duration, handler: @escaping Handler) async throws {
        let listener = try Socket(domain: AF_INET, type: .stream)
        do {
            try listener.setValue(true, for: .localAddressReuse)
            #if canImport(Darwin)
            try listener.setValue(true, for: .noSIGPIPE)
            #endif
            try listener.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            try listener.listen()
            guard case .ip4(_, let bound) = try listener.sockname() else { throw SocketError.unsupportedAddress }
            self.port = bound
        } catch {
            try? listener.close()
            throw error
        }
        // The event pool (an epoll or kqueue descriptor) only once the port is ours, so a failed bind leaves nothing open.
        let pool = SocketPool<Poll>.make()
        let accepting: AsyncSocket
        do {
            try await pool.prepare()
            accepting = try AsyncSocket(socket: listener, pool: pool)
        } catch {
            try? listener.close()
            throw error
        }
        self.listener = listener
        work = Task {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { try? await pool.run() }
                group.addTask { await Self.accept(on: accepting, headTimeout: headTimeout, handler: handler) }
                // Either ending (the pool failed, or the task was cancelled by `stop`) ends the other.
                await group.next()
                group.cancelAll()
            }
        }
    }

    /// Stops accepting, cancels every open connection (an event stream ends, a half-sent head is dropped) and closes
    /// the listening socket once nothing waits on it, so its descriptor number cannot be reused under a waiter.
    func stop() async {
        work.cancel()
        await work.value
        try? listener.close()
    }

    /// The accept loop: each connection is answered in its own child task, cancelled with the loop.
    private static func accept(on listener: AsyncSocket, headTimeout: Duration, handler: @escaping Handler) async {
        await withTaskGroup(of: Void.self) { group in
            while !Task.isCancelled {
                guard let connection = try? await listener.accept() else { break }
                group.addTask { await answer(connection, headTimeout: headTimeout, handler: handler) }
            }
            group.cancelAll()
        }
    }

    /// Reads one request head, sends the handler's reply (a refused head gets its 400 or 431), closes the connection.
    private static func answer(_ connection: AsyncSocket, headTimeout: Duration, handler: Handler) async {
        defer { try? connection.close() }
        let reply: HTTPReply
        do {
            guard let head = try await readHead(connection, timeout: headTimeout) else { return }
            reply = await handler(head)
        } catch let problem as HTTPRequestHead.Problem {
            reply = .text(problem.status.code, problem.status.reason, problem.status.reason + "\n")
        } catch {
            return
        }
        do {
            switch reply.body {
            case .bytes(let body):
                try await connection.write(Data(reply.head + body))
            case .events(let stream):
                try await connection.write(Data(reply.head))
                for await event in stream.events {
                    try await connection.write(Data(event))
                }
                withExtendedLifetime(stream.subscription) {}
            }
        } catch {
            // The page went away mid-response; nothing to tell it.
        }
    }

    /// The request head, or nil when the client closed the connection or sent no whole head within `timeout`.
    private static func readHead(_ connection: AsyncSocket, timeout: Duration) async throws -> HTTPRequestHead? {
        try await withThrowingTaskGroup(of: HTTPRequestHead?.self) { group in
            group.addTask {
                var bytes: [UInt8] = []
                while true {
                    if let head = try HTTPRequestHead.parse(bytes) { return head }
                    bytes += try await connection.read(atMost: 4_096)
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
