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
    /// within `headTimeout` is disconnected. At most `connectionLimit` connections are open at once; more wait in
    /// the system's listen queue until one closes, so a program that opens and holds connections cannot grow the
    /// preview's memory without bound.
    init(port: UInt16, headTimeout: Duration, connectionLimit: Int = 64, handler: @escaping Handler) async throws {
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
                group.addTask {
                    await Self.accept(on: accepting, limit: max(connectionLimit, 1), headTimeout: headTimeout,
                                      handler: handler)
                }
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

    /// The accept loop: each connection is answered in its own child task, cancelled with the loop. `open` counts
    /// the children not yet collected; at the limit, the loop collects one (at once when one has finished) before it
    /// accepts again.
    private static func accept(on listener: AsyncSocket, limit: Int, headTimeout: Duration,
                               handler: @escaping Handler) async {
        await withTaskGroup(of: Void.self) { group in
            var open = 0
            while !Task.isCancelled {
                if open == limit, await group.next() != nil { open -= 1 }
                guard let connection = try? await listener.accept() else { break }
                open += 1
                group.addTask { await answer(connection, headTimeout: headTimeout, handler: handler) }
            }
            group.cancelAll()
        }
    }

    /// Reads one request head, sends the handler's reply (a refused head gets its 400 or 431), closes the connection.
    private static func answer(_ connection: AsyncSocket, headTimeout: Duration, handler: Handler) async {
        defer { try? connection.close() }
        let reply: HTTPReply
        var refused = false
        do {
            guard let head = try await readHead(connection, timeout: headTimeout) else { return }
            reply = await handler(head)
        } catch let problem as HTTPRequestHead.Problem {
            reply = .text(problem.status.code, problem.status.reason, problem.status.reason + "\n")
            refused = true
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
        if refused { await lingeringClose(connection) }
    }

    /// The request head, or nil when the client closed the connection or sent no whole head within `timeout`.
    private static func readHead(_ connection: AsyncSocket, timeout: Duration) async throws -> HTTPRequestHead? {
        try await within(timeout) {
            var bytes: [UInt8] = []
            while true {
                let unseen = bytes.count - 3
                bytes += try await connection.read(atMost: 4_096)
                // Parsed only once the blank line (or the limit) is in: each byte is scanned about once.
                guard bytes.count >= HTTPRequestHead.sizeLimit || HTTPRequestHead.headEnd(in: bytes, from: unseen) != nil
                else { continue }
                if let head = try HTTPRequestHead.parse(bytes) { return head }
            }
        }
    }

    /// After a refusal sent while the client may still be sending (a head past the limit): no more writing, then
    /// the client's bytes read and dropped until it closes (at most 1 s and 1 MiB). Closing with unread bytes would
    /// make the system reset the connection, and the client could lose the refusal (RFC 9112 §9.6).
    private static func lingeringClose(_ connection: AsyncSocket) async {
        _ = shutdown(connection.socket.file.rawValue, Int32(SHUT_WR))
        _ = try? await within(.seconds(1)) {
            var dropped = 0
            while dropped < 1 << 20 { dropped += try await connection.read(atMost: 65_536).count }
        }
    }

    /// `operation`'s result, or nil when `timeout` passes first (the operation is then cancelled).
    private static func within<T: Sendable>(_ timeout: Duration,
                                            _ operation: @escaping @Sendable () async throws -> T) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
