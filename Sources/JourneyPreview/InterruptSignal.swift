import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and `kill` (SIGTERM) as something to wait for: once created, these signals no longer end the
/// process at once, so a preview can close its socket and exit 0 instead of dying with 130.
///
/// `@unchecked Sendable`: the dispatch sources are set up once in `init` and never touched again; `fired` and
/// `waiters` are only read and written under `lock`.
public final class InterruptSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var sources: [any DispatchSourceSignal] = []

    /// Starts catching SIGINT and SIGTERM (create it before starting the work it is to stop).
    public init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.fire() }
            source.resume()
            sources.append(source)
        }
    }

    /// Returns once a signal has arrived (at once if one already has).
    public func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let already = lock.withLock {
                if !fired { waiters.append(continuation) }
                return fired
            }
            if already { continuation.resume() }
        }
    }

    private func fire() {
        let waiting = lock.withLock {
            fired = true
            defer { waiters.removeAll() }
            return waiters
        }
        for waiter in waiting { waiter.resume() }
    }
}

/// Runs async work from a synchronous command and waits for it (the commands are `ParsableCommand`s; the work runs
/// on the concurrency pool, the calling thread only waits).
enum BlockingBridge {
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        Task.detached {
            do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    /// The result, handed from the task to the waiting thread (written once before the semaphore is signalled).
    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error>?
        func set(_ value: Result<T, any Error>) { lock.withLock { result = value } }
        func get() throws -> T { try lock.withLock { result! }.get() }
    }
}
