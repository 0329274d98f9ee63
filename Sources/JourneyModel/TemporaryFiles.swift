#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files (and directories) an output is being written to, removed if the process is stopped by
/// SIGINT, SIGTERM or SIGHUP before they are renamed into place: the handler unlinks every registered path,
/// restores the default action and re-raises the signal, so Ctrl-C never leaves respondent rows behind.
///
/// The table is a fixed array of C strings that the handler only reads (unlink and rmdir are
/// async-signal-safe); `register` and `unregister` block those signals while they change it.
public enum TemporaryFiles {
    /// One registered path; hand it back to `unregister` once the file is renamed or removed.
    public struct Registration: Sendable {
        fileprivate let slot: Int
    }

    /// Most paths registered at once (one per output being written; a multi-page PNG needs a few).
    public static let capacity = 256

    /// Registers `path` for removal on a signal and installs the handlers on first use. A registered directory
    /// is removed after every registered file, so register the files written into it too.
    public static func register(_ path: String) -> Registration {
        installHandlers
        return withSignalsBlocked {
            for slot in 0..<capacity where table[slot] == nil {
                table[slot] = strdup(path)
                return Registration(slot: slot)
            }
            return Registration(slot: -1)  // table full: the file is still removed on every ordinary exit path
        }
    }

    /// Forgets a registration (after the rename, or after the caller removed the file itself).
    public static func unregister(_ registration: Registration) {
        guard registration.slot >= 0 else { return }
        withSignalsBlocked {
            free(table[registration.slot])
            table[registration.slot] = nil
        }
    }

    /// The paths registered now, for tests.
    static var registeredPaths: [String] {
        withSignalsBlocked { (0..<capacity).compactMap { table[$0].map { String(cString: $0) } } }
    }

    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private static let installHandlers: Void = {
        _ = table  // initialized before any handler can read it
        for number in signals { signal(number, removeRegisteredAndReraise) }
        // A parent may have started us with these signals blocked (some process launchers do); unblocked here
        // so that Ctrl-C and `kill` reach the handler instead of waiting until the process ends.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in signals { sigaddset(&unblocked, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }()

    private static func withSignalsBlocked<T>(_ body: () -> T) -> T {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for number in signals { sigaddset(&blocked, number) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }
}

/// The path table the signal handler reads: `TemporaryFiles.capacity` C-string pointers, nil when free.
nonisolated(unsafe) private let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: TemporaryFiles.capacity)
    slots.initialize(repeating: nil, count: TemporaryFiles.capacity)
    return slots
}()

/// Files first, then (now empty) directories; then the default action, raised again.
private func removeRegisteredAndReraise(_ number: Int32) {
    for slot in 0..<TemporaryFiles.capacity { if let path = table[slot] { unlink(path) } }
    for slot in 0..<TemporaryFiles.capacity { if let path = table[slot] { rmdir(path) } }
    signal(number, SIG_DFL)
    raise(number)
}
