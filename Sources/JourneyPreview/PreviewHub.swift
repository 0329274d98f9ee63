import Foundation

/// Holds the current snapshot and the open event streams: a new render updates the snapshot and tells every
/// listener its new revision (`reload`); a new listener first hears the current revision (`revision`).
actor PreviewHub {
    /// One open `/events` connection. When the response that carries it is finished or dropped (the browser closed
    /// the tab), the stream ends and the hub forgets the listener.
    final class Subscription: Sendable {
        let continuation: AsyncStream<[UInt8]>.Continuation
        init(continuation: AsyncStream<[UInt8]>.Continuation) { self.continuation = continuation }
        deinit { continuation.finish() }
    }

    private(set) var snapshot = PreviewSnapshot()
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var closed = false

    /// Applies a render's outcome; when the page would change, every listener gets a `reload` event.
    func publish(_ outcome: PreviewOutcome) {
        let next = snapshot.applying(outcome)
        guard next.revision != snapshot.revision else { snapshot = next; return }
        snapshot = next
        broadcast(ServerSentEvent.encode(event: "reload", data: String(next.revision)))
    }

    /// A new listener's event stream: the retry delay and the current revision first, then every reload.
    /// Returns nil once the hub is closed (the server is stopping).
    func subscribe() -> EventStreamBytes? {
        guard !closed else { return nil }
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        continuation.yield(ServerSentEvent.retry)
        continuation.yield(ServerSentEvent.encode(event: "revision", data: String(snapshot.revision)))
        listeners[id] = continuation
        return EventStreamBytes(events: stream, subscription: Subscription(continuation: continuation))
    }

    /// How many event streams are open (for tests and the shutdown).
    var listenerCount: Int { listeners.count }

    /// Ends every event stream, so their responses complete and the connections can close.
    func close() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners.removeAll()
    }

    private func broadcast(_ event: [UInt8]) {
        for (id, continuation) in listeners {
            if case .terminated = continuation.yield(event) { listeners[id] = nil }
        }
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
