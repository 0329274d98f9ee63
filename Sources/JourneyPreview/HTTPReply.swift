/// One HTTP/1.1 response of the preview: a status, header fields and either a whole body (sent with its
/// `Content-Length`) or a server-sent event stream (sent as it comes; the connection's close ends it). Every reply
/// carries `Connection: close`: one request per connection keeps the server small, and a page asks for two.
struct HTTPReply: Sendable {
    /// What follows the head.
    enum Body: Sendable {
        /// A complete body.
        case bytes([UInt8])
        /// Events written one by one until the stream ends (the hub closes it, or the page goes away).
        case events(EventStreamBytes)
    }

    /// The status code (200, 403, …).
    var status: Int
    /// The reason phrase of the status line.
    var reason: String
    /// Header fields in the order sent; `Content-Length` and `Connection` are added by `head`.
    var headers: [(name: String, value: String)]
    /// The body.
    var body: Body

    /// A reply with a whole body.
    init(status: Int, reason: String, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = .bytes(body)
    }

    /// A `200 OK` event stream.
    init(events: EventStreamBytes, headers: [(name: String, value: String)]) {
        self.status = 200
        self.reason = "OK"
        self.headers = headers
        self.body = .events(events)
    }

    /// A plain-text reply (`text/plain; charset=utf-8`).
    static func text(_ status: Int, _ reason: String, _ text: String) -> HTTPReply {
        HTTPReply(status: status, reason: reason, headers: [(name: "Content-Type", value: "text/plain; charset=utf-8")],
                  body: Array(text.utf8))
    }

    /// The status line and header fields, through the blank line.
    var head: [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if case .bytes(let bytes) = body { text += "Content-Length: \(bytes.count)\r\n" }
        text += "Connection: close\r\n\r\n"
        return Array(text.utf8)
    }
}
