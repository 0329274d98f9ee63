import Foundation
import JourneyModel

/// The two long-running commands, from start to Ctrl-C, for the synchronous command line: `journeymap preview`
/// and `journeymap render --watch`. Both return normally after SIGINT or SIGTERM, so the command exits 0.
public enum LiveSession {
    /// Starts the preview server, calls `announce` with the URL, serves until Ctrl-C, then stops it (socket closed).
    /// Throws `PreviewServerError` when the port cannot be opened.
    public static func preview(_ configuration: PreviewServer.Configuration,
                               announce: @escaping @Sendable (String) -> Void) throws {
        let interrupt = InterruptSignal()
        try BlockingBridge.run {
            let server = PreviewServer(configuration)
            let port = try await server.start()
            announce("http://127.0.0.1:\(port)/")
            await interrupt.wait()
            await server.stop()
        }
    }

    /// Calls `render` after every settled change of the inputs (the caller rendered once already, after taking
    /// `initial`), until Ctrl-C.
    public static func watch(_ inputs: PreviewInputs, from initial: [FileFingerprint],
                             render: @escaping @Sendable () -> Void) {
        let interrupt = InterruptSignal()
        _ = try? BlockingBridge.run {
            let watcher = Task { await InputWatcher.watch(inputs, from: initial) { render() } }
            await interrupt.wait()
            watcher.cancel()
            await watcher.value
        }
    }
}
