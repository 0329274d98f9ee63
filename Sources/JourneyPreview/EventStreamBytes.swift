/// One page's server-sent event stream: each element of `events` is one encoded event (`event: …\ndata: …\n\n`),
/// written to the connection as it comes, so the browser sees every event at once.
struct EventStreamBytes: Sendable {
    /// The encoded events, in order; the response ends when this stream finishes.
    let events: AsyncStream<[UInt8]>
    /// Kept alive as long as the response is being sent; its release tells the hub the listener is gone.
    let subscription: PreviewHub.Subscription
}

/// The encoding of one server-sent event (WHATWG HTML, "Server-sent events": `event:` names it, `data:` carries
/// one line, a blank line ends it).
enum ServerSentEvent {
    static func encode(event: String, data: String) -> [UInt8] {
        Array("event: \(event)\ndata: \(data)\n\n".utf8)
    }

    /// Sent first on every connection: how long the browser waits before reconnecting, in milliseconds.
    static let retry = Array("retry: 1000\n\n".utf8)
}
