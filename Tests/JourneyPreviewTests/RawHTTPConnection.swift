import FlyingSocks
import Foundation

/// A plain HTTP/1.1 connection to the preview for tests: sends one request, keeps reading in the background into a
/// buffer, and lets the test wait — with a bound, never a timed assertion — until the bytes it expects arrived.
final class RawHTTPConnection: Sendable {
    private let socket: AsyncSocket
    private let received = ReceivedBytes()
    private let reader: Task<Void, Never>

    /// Connects to 127.0.0.1:`port` and sends `GET path`.
    convenience init(port: UInt16, path: String, keepAlive: Bool = false) async throws {
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n" + (keepAlive ? "" : "Connection: close\r\n") + "\r\n"
        try await self.init(port: port, sending: Array(request.utf8))
    }

    /// Connects to 127.0.0.1:`port` and sends `bytes` as they are (`bytesPerWrite` at a time, all at once by default).
    init(port: UInt16, sending bytes: [UInt8], bytesPerWrite: Int = .max) async throws {
        socket = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        var start = 0
        while start < bytes.count {
            let end = bytes.count - start > bytesPerWrite ? start + bytesPerWrite : bytes.count
            try await socket.write(Data(bytes[start..<end]))
            start = end
        }
        reader = Task { [socket, received] in
            while true {
                do {
                    let bytes = try await socket.read(atMost: 65_536)
                    await received.append(bytes)
                } catch {
                    await received.finish()
                    return
                }
            }
        }
    }

    /// Everything received so far, as text.
    var text: String { get async { await received.text } }
    /// Whether the server closed the connection.
    var isClosed: Bool { get async { await received.isClosed } }

    /// Waits until `condition` holds on the received text (`Polling.until`).
    @discardableResult
    func wait(until condition: @escaping @Sendable (String) -> Bool) async -> Bool {
        await Polling.until { condition(await self.text) }
    }

    /// Waits until the server closed the connection.
    @discardableResult
    func waitUntilClosed() async -> Bool {
        await Polling.until { await self.isClosed }
    }

    /// The response body once the whole response (headers and Content-Length bytes) is in, else nil.
    func body() async -> String? {
        let complete = await wait { Self.completeBody(of: $0) != nil }
        return complete ? Self.completeBody(of: await text) : nil
    }

    /// Stops the reader, then closes the socket. In this order: a socket closed while the reader waits on it stays
    /// registered in FlyingSocks' client event pool, and the next socket given the same descriptor number fails
    /// there (`epoll_ctl EPOLL_CTL_MOD`: no such file), in whichever test opened it.
    func close() async {
        reader.cancel()
        await reader.value
        try? socket.close()
    }

    static func completeBody(of response: String) -> String? {
        guard let split = response.range(of: "\r\n\r\n") else { return nil }
        let head = response[..<split.lowerBound].lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return nil }
        let body = Data(response[split.upperBound...].utf8)
        return body.count >= length ? String(decoding: body.prefix(length), as: UTF8.self) : nil
    }
}

private actor ReceivedBytes {
    private var bytes: [UInt8] = []
    private(set) var isClosed = false
    func append(_ more: [UInt8]) { bytes += more }
    func finish() { isClosed = true }
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Waiting for something to happen, bounded by a number of checks rather than a deadline: 1,000 checks 20 ms apart
/// (20 s in an idle process). Under a loaded full test run the sleeps stretch, so a slow machine waits longer
/// instead of failing; a feature that never delivers still fails.
enum Polling {
    static func until(_ condition: @Sendable () async -> Bool) async -> Bool {
        for _ in 0..<1_000 {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return await condition()
    }
}
