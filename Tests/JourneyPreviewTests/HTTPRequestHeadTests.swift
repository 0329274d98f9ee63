import JourneyAnalysis
import Testing
@testable import JourneyPreview

/// The request-head parser on real browsers' and tools' requests (copied from public sources, named at each one) and
/// on broken ones: what the preview reads (method, path without its query, Host) and what it refuses.
struct HTTPRequestHeadTests {
    // Chrome 99's request for a page on 127.0.0.1, as printed in iwandepe/simple-web-server's README.md (lines joined
    // with CR LF, as sent).
    static let chrome = [
        "GET / HTTP/1.1", "Host: 127.0.0.1:8888", "Connection: keep-alive", "Cache-Control: max-age=0",
        "sec-ch-ua: \" Not A;Brand\";v=\"99\", \"Chromium\";v=\"99\", \"Google Chrome\";v=\"99\"", "sec-ch-ua-mobile: ?0",
        "sec-ch-ua-platform: \"Windows\"", "DNT: 1", "Upgrade-Insecure-Requests: 1",
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.51 Safari/537.36",
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.9",
        "Sec-Fetch-Site: none", "Sec-Fetch-Mode: navigate", "Sec-Fetch-User: ?1", "Sec-Fetch-Dest: document",
        "Accept-Encoding: gzip, deflate, br", "Accept-Language: id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7",
    ].joined(separator: "\r\n") + "\r\n\r\n"

    // "curl get" and "firefox get" from JuliaWeb/HTTP.jl's test/parser.jl (after Joyent's http-parser tests): curl's
    // Host has no space after its colon.
    static let curl = "GET /test HTTP/1.1\r\n"
        + "User-Agent: curl/7.18.0 (i486-pc-linux-gnu) libcurl/7.18.0 OpenSSL/0.9.8g zlib/1.2.3.3 libidn/1.1\r\n"
        + "Host:0.0.0.0=5000\r\n" + "Accept: */*\r\n" + "\r\n"
    static let firefox = "GET /favicon.ico HTTP/1.1\r\n" + "Host: 0.0.0.0=5000\r\n"
        + "User-Agent: Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.9) Gecko/2008061015 Firefox/3.0\r\n"
        + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
        + "Accept-Language: en-us,en;q=0.5\r\n" + "Accept-Encoding: gzip,deflate\r\n"
        + "Accept-Charset: ISO-8859-1,utf-8;q=0.7,*;q=0.7\r\n" + "Keep-Alive: 300\r\n" + "Connection: keep-alive\r\n" + "\r\n"

    static func parse(_ text: String) throws(HTTPRequestHead.Problem) -> HTTPRequestHead? {
        try HTTPRequestHead.parse(Array(text.utf8))
    }

    @Test func realRequestsParse() throws {
        let chrome = try #require(try Self.parse(Self.chrome))
        #expect(chrome.method == "GET")
        #expect(chrome.path == "/")
        #expect(chrome.headers["host"] == "127.0.0.1:8888")
        #expect(chrome.headers["sec-fetch-dest"] == "document")
        #expect(chrome.headers.count == 16)
        let curl = try #require(try Self.parse(Self.curl))
        #expect(curl.path == "/test")
        #expect(curl.headers["host"] == "0.0.0.0=5000")
        #expect(curl.headers.count == 3)
        let firefox = try #require(try Self.parse(Self.firefox))
        #expect(firefox.path == "/favicon.ico")
        #expect(firefox.headers["keep-alive"] == "300")
        #expect(firefox.headers.count == 8)
    }

    /// Every strict prefix of a whole head asks for more bytes; the whole head, with or without bytes after it, parses.
    @Test func everyPrefixWaitsForTheBlankLine() throws {
        let bytes = Array(Self.firefox.utf8)
        for end in 0..<bytes.count {
            #expect(try HTTPRequestHead.parse(Array(bytes[..<end])) == nil, "prefix of \(end) bytes")
        }
        let whole = try #require(try HTTPRequestHead.parse(bytes))
        #expect(try HTTPRequestHead.parse(bytes + Array("GET /next HTTP/1.1\r\n".utf8)) == whole)
    }

    /// The reader's incremental search finds the same blank line as a search from the start, wherever the bytes
    /// were cut between two reads (the server reads up to 4 KiB at a time; a client may send one byte at a time).
    @Test func theSearchFromTheLastReadFindsTheSameEnd() {
        for text in [Self.chrome, Self.curl, Self.firefox, "GET / HTTP/1.1\r\n\r\n", "\r\n\r\n\r\n"] {
            let bytes = Array(text.utf8)
            let whole = HTTPRequestHead.headEnd(in: bytes)
            #expect(whole != nil)
            for cut in 0...bytes.count {
                // What a reader that had seen `cut` bytes (and found no end in them) finds after the next read.
                let earlier = HTTPRequestHead.headEnd(in: Array(bytes[..<cut]))
                let later = HTTPRequestHead.headEnd(in: bytes, from: cut - 3)
                #expect((earlier ?? later) == whole, "cut at \(cut)")
            }
            #expect(HTTPRequestHead.headEnd(in: bytes, from: bytes.count + 5) == nil)
        }
    }

    @Test func theQueryIsNotPartOfThePath() throws {
        let head = try #require(try Self.parse("GET /events?since=3 HTTP/1.1\r\nHost: localhost\r\n\r\n"))
        #expect(head.path == "/events")
        #expect(head.headers["host"] == "localhost")
    }

    @Test func aRepeatedHeaderKeepsItsFirstValue() throws {
        let head = try #require(try Self.parse("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHOST: attacker.example\r\n\r\n"))
        #expect(head.headers["host"] == "127.0.0.1")
    }

    @Test(arguments: [
        "GET /\r\n\r\n",                                  // no version
        "GET / HTTP/2\r\n\r\n",                           // not HTTP/1.x
        "GET  / HTTP/1.1\r\n\r\n",                        // two spaces
        "GET index.html HTTP/1.1\r\n\r\n",                // not a path
        "G-T / HTTP/1.1\r\n\r\n",                         // not a method
        "GET / HTTP/1.1\r\nNo colon here\r\n\r\n",        // a header line without a colon
        "GET / HTTP/1.1\r\n: empty name\r\n\r\n",         // an empty name
        "GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n",     // a space before the colon (RFC 9112 §5.1: rejected)
        "\r\n\r\n",                                        // nothing
    ])
    func brokenHeadsAreMalformed(_ text: String) {
        #expect(throws: HTTPRequestHead.Problem.malformed) { _ = try Self.parse(text) }
    }

    @Test func aHeadPastTheLimitIsTooLarge() {
        let padding = String(repeating: "a", count: HTTPRequestHead.sizeLimit)
        // No blank line yet, but already past the limit: refused without waiting for more.
        #expect(throws: HTTPRequestHead.Problem.tooLarge) { _ = try Self.parse("GET / HTTP/1.1\r\nX-Pad: \(padding)") }
        // A blank line past the limit: refused too.
        #expect(throws: HTTPRequestHead.Problem.tooLarge) { _ = try Self.parse("GET / HTTP/1.1\r\nX-Pad: \(padding)\r\n\r\n") }
        // Just under it: parsed.
        let fits = "GET / HTTP/1.1\r\nX-Pad: " + String(repeating: "a", count: HTTPRequestHead.sizeLimit - 100) + "\r\n\r\n"
        #expect((try? Self.parse(fits)) != nil)
    }

    /// Hostile bytes never crash the parser, and whatever it accepts is well formed: a letters-only method, a path
    /// that starts with "/" and holds no "?", header names in lower case without spaces. The inputs (seeded): heads
    /// glued from the grammar's own pieces, many of them valid, and bytes at random.
    @Test(arguments: 0..<4)
    func randomHeadsParseOrAreRefused(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let pieces = ["GET", "POST", "G:T", " ", "  ", "/", "/events", "/a?b=1", "?", "HTTP/1.1", "HTTP/1.0", "HTTP/2",
                      "\r\n", "\n", "\r", ":", "Host", "host", " 127.0.0.1", "\t", "X-A", "é", "\u{0}", "\u{FFFD}"]
        var accepted = 0
        for round in 0..<3_000 {
            var bytes: [UInt8]
            if round % 4 == 3 {
                bytes = (0..<Int(generator.next() % 80)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            } else {
                // A request line, two to five header lines, the blank line; each part sometimes replaced by a random piece.
                func part(_ valid: String) -> String {
                    generator.next() % 8 == 0 ? pieces[Int(generator.next() % UInt64(pieces.count))] : valid
                }
                var text = part("GET") + part(" ") + part("/events") + part(" ") + part("HTTP/1.1") + part("\r\n")
                for _ in 0..<(2 + Int(generator.next() % 4)) { text += part("Host") + part(":") + part(" localhost") + part("\r\n") }
                bytes = Array((text + "\r\n").utf8)
                if generator.next() % 16 == 0 { bytes.insert(0xFF, at: Int(generator.next() % UInt64(bytes.count))) }
            }
            guard let head = try? HTTPRequestHead.parse(bytes) else { continue }
            accepted += 1
            #expect(!head.method.isEmpty && head.method.allSatisfy(\.isLetter))
            #expect(head.path.hasPrefix("/") && !head.path.contains("?"))
            #expect(head.headers.keys.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") && !$0.isEmpty })
        }
        // Enough valid heads among them that the checks above were exercised.
        #expect(accepted > 100)
    }

    @Test func bytesThatAreNotUTF8CannotEndALine() throws {
        var bytes = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\r\n\r\n".utf8)
        let head = try #require(try HTTPRequestHead.parse(bytes))
        #expect(head.headers["host"] == "127.0.0.1\u{FFFD}\u{FFFD}")
        #expect(!PreviewServer.isLocalHost(head))
    }
}

