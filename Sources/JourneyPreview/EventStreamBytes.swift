import FlyingSocks

/// A server-sent event stream as the bytes FlyingFox sends in a chunked response body: each element of `events`
/// is one encoded event (`event: …\ndata: …\n\n`), handed out as it comes, so the browser sees every event at once.
struct EventStreamBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    /// The encoded events, in order; the body ends when this stream finishes.
    let events: AsyncStream<[UInt8]>
    /// Kept alive as long as the response is being sent; its release tells the hub the listener is gone.
    let subscription: PreviewHub.Subscription

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator(), subscription: subscription)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        let subscription: PreviewHub.Subscription
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        /// The rest of the current event, at most `count` bytes; waits for the next event when none is pending.
        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event[...]
            }
            let taken = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(taken.count)
            return taken
        }
    }
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
