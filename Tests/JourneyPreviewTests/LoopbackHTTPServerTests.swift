import FlyingSocks
import Foundation
import Testing
@testable import JourneyPreview

/// The preview's HTTP server on its own, over real sockets on 127.0.0.1: a reply with its length and a close, the
/// answers to broken, oversized and silent clients, the routes' refusals, and a stop that frees the port.
@Suite(.serialized) struct LoopbackHTTPServerTests {
    /// A server whose handler echoes the path; heads must arrive within `headTimeout`.
    static func echoServer(headTimeout: Duration = .seconds(15), connectionLimit: Int = 64) async throws -> LoopbackHTTPServer {
        try await LoopbackHTTPServer(port: 0, headTimeout: headTimeout, connectionLimit: connectionLimit) { request in
            .text(200, "OK", "path=\(request.path)")
        }
    }

    /// Sends `bytes` on a new connection (`bytesPerWrite` at a time) and returns everything received once the server
    /// closed it; nil when it did not close within `Polling`'s bound.
    static func exchange(_ bytes: [UInt8], port: UInt16, bytesPerWrite: Int = .max) async throws -> String? {
        let connection = try await RawHTTPConnection(port: port, sending: bytes, bytesPerWrite: bytesPerWrite)
        let closed = await connection.waitUntilClosed()
        let text = await connection.text
        await connection.close()
        return closed ? text : nil
    }

    @Test func aReplyCarriesItsLengthAndClosesTheConnection() async throws {
        let server = try await Self.echoServer()
        let response = try #require(try await Self.exchange(Array(HTTPRequestHeadTests.chrome.utf8), port: server.port))
        #expect(response.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(response.contains("\r\nContent-Length: 6\r\n"))
        #expect(response.contains("\r\nConnection: close\r\n"))
        #expect(response.hasSuffix("\r\n\r\npath=/"))
        await server.stop()
    }

    @Test func aHeadSentByteByByteIsAnswered() async throws {
        let server = try await Self.echoServer()
        let response = try await Self.exchange(Array(HTTPRequestHeadTests.curl.utf8), port: server.port, bytesPerWrite: 1)
        #expect(response?.hasSuffix("path=/test") == true)
        await server.stop()
    }

    @Test func aBrokenHeadGets400() async throws {
        let server = try await Self.echoServer()
        let response = try #require(try await Self.exchange(Array("HELLO THERE\r\n\r\n".utf8), port: server.port))
        #expect(response.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(!response.contains("path="))
        await server.stop()
    }

    @Test func aHeadThatNeverEndsGets431AtTheLimit() async throws {
        let server = try await Self.echoServer()
        let endless = Array("GET / HTTP/1.1\r\nX-Pad: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: HTTPRequestHead.sizeLimit)
        let response = try #require(try await Self.exchange(endless, port: server.port))
        #expect(response.hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"))
        await server.stop()
    }

    @Test func aClientThatStopsMidHeadIsDisconnected() async throws {
        let server = try await Self.echoServer(headTimeout: .milliseconds(200))
        // Half a request line, then silence: the server closes without an answer once the head timeout passes.
        let response = try await Self.exchange(Array("GET / HT".utf8), port: server.port)
        #expect(response == "")
        // The server still answers the next client.
        let next = try await Self.exchange(Array(HTTPRequestHeadTests.firefox.utf8), port: server.port)
        #expect(next?.hasSuffix("path=/favicon.ico") == true)
        await server.stop()
    }

    @Test func connectionsPastTheLimitWaitUntilOneCloses() async throws {
        let server = try await Self.echoServer(connectionLimit: 2)
        // Two clients that connect and say nothing hold both places.
        let first = try await RawHTTPConnection(port: server.port, sending: Array("GET /".utf8))
        let second = try await RawHTTPConnection(port: server.port, sending: Array("GET /".utf8))
        let third = try await RawHTTPConnection(port: server.port, sending: Array(HTTPRequestHeadTests.curl.utf8))
        // (A bounded look for an answer that must not come: with no limit it arrives within milliseconds.)
        for _ in 0..<10 {
            try await Task.sleep(for: .milliseconds(20))
            #expect(await third.text.isEmpty)
        }
        await first.close()
        #expect(await third.waitUntilClosed())
        #expect(await third.text.hasSuffix("path=/test"))
        await second.close()
        await third.close()
        await server.stop()
    }

    @Test func stopFreesThePort() async throws {
        let server = try await Self.echoServer()
        let port = server.port
        // A connection left open mid-head is cancelled by the stop.
        let idle = try await RawHTTPConnection(port: port, sending: Array("GET /".utf8))
        await server.stop()
        #expect(await idle.waitUntilClosed())
        #expect(await idle.text == "")
        await idle.close()
        await #expect(throws: (any Error).self) {
            _ = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        }
        // The same port can be bound again at once (SO_REUSEADDR).
        let again = try await LoopbackHTTPServer(port: port, headTimeout: .seconds(15)) { _ in .text(204, "No Content", "") }
        #expect(again.port == port)
        await again.stop()
    }

    /// The preview's routes, called directly: the page and the stream for GET, 404 and 405 otherwise, 403 for a
    /// request addressed elsewhere (checked before anything else, so it learns nothing about the paths).
    @Test func theRoutesRefuseWhatThePreviewDoesNotServe() async throws {
        let hub = PreviewHub()
        func reply(_ method: String, _ path: String, host: String = "127.0.0.1:8080") async -> HTTPReply {
            await PreviewServer.reply(to: HTTPRequestHead(method: method, path: path, headers: ["host": host]), hub: hub,
                                      journeyPath: "j.yaml", pageLanguage: .en, messageLanguage: .en)
        }
        #expect(await reply("GET", "/").status == 200)
        #expect(await reply("GET", "/favicon.ico").status == 404)
        let post = await reply("POST", "/")
        #expect(post.status == 405)
        #expect(post.headers.contains { $0.name == "Allow" && $0.value == "GET" })
        #expect(await reply("GET", "/nothing", host: "attacker.example").status == 403)
        #expect(await reply("GET", "/", host: "LOCALHOST").status == 200)
        let events = await reply("GET", "/events")
        #expect(events.status == 200)
        guard case .events = events.body else { Issue.record("GET /events is not an event stream"); return }
        #expect(!String(decoding: events.head, as: UTF8.self).contains("Content-Length"))
        await hub.close()
        #expect(await reply("GET", "/events").status == 503)
    }
}
