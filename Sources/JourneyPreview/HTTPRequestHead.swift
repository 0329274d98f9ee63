import Foundation

/// The request line and headers of one HTTP/1.1 request (RFC 9112 §2–§5), as much of HTTP as the preview reads:
/// it answers `GET` only, never reads a body, and closes the connection after each response.
struct HTTPRequestHead: Sendable, Equatable {
    /// Why a request head is refused, with the status the server answers (then it closes the connection).
    enum Problem: Error, Equatable {
        /// The request line or a header line is not HTTP/1.x syntax: 400.
        case malformed
        /// No blank line within `HTTPRequestHead.sizeLimit` bytes: 431.
        case tooLarge

        /// The status line's code and reason phrase.
        var status: (code: Int, reason: String) {
            switch self {
            case .malformed: return (400, "Bad Request")
            case .tooLarge: return (431, "Request Header Fields Too Large")
            }
        }
    }

    /// The blanks around a header value (RFC 9112 §5.1, OWS: space and horizontal tab).
    private static let optionalWhitespace = CharacterSet(charactersIn: " \t")

    /// The most bytes read before the blank line that ends the head; a browser's request is well under 2 KiB.
    static let sizeLimit = 16_384

    /// The method, as sent (`GET`).
    var method: String
    /// The target's path, without its query (`/events` for `/events?x=1`).
    var path: String
    /// The header fields, names in lower case; a repeated name keeps its first value.
    var headers: [String: String]

    /// The head in `bytes` when they hold a whole one (up to and including the blank line), nil while more bytes are
    /// needed. Throws `.tooLarge` past the size limit, `.malformed` on anything that is not a request line and
    /// `name: value` lines.
    static func parse(_ bytes: [UInt8]) throws(Problem) -> HTTPRequestHead? {
        guard let end = headEnd(in: bytes) else {
            if bytes.count >= sizeLimit { throw .tooLarge }
            return nil
        }
        guard end <= sizeLimit else { throw .tooLarge }
        // Header text is ASCII in practice; a byte that is not UTF-8 becomes U+FFFD, which cannot end a line.
        let text = String(decoding: bytes[..<end], as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw .malformed }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(\.isLetter),
              parts[1].hasPrefix("/"), parts[2].hasPrefix("HTTP/1.") else { throw .malformed }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { throw .malformed }
            let name = line[..<colon]
            guard !name.contains(where: { $0 == " " || $0 == "\t" }) else { throw .malformed }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: Self.optionalWhitespace)
            let key = name.lowercased()
            if headers[key] == nil { headers[key] = value }
        }
        let target = parts[1]
        let path = target.firstIndex(of: "?").map { target[..<$0] } ?? target
        return HTTPRequestHead(method: String(parts[0]), path: String(path), headers: headers)
    }

    /// The index just past the first CR LF CR LF that starts at `start` or later, or nil. A reader that has already
    /// looked at the bytes before the ones it just read passes their count − 3, so that a head sent a byte at a time
    /// costs linear time, not quadratic.
    static func headEnd(in bytes: [UInt8], from start: Int = 0) -> Int? {
        let first = max(start, 0)
        guard first < bytes.count - 3 else { return nil }
        for index in first..<(bytes.count - 3)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index + 4
        }
        return nil
    }
}

