import Foundation

/// Watches a preview's input files by polling their fingerprints (`stat` every `pollInterval`) and calls back once
/// per settled change (`ChangeDebouncer`).
///
/// Polling rather than inotify, on purpose: editors save by writing a new file and renaming it over the old one
/// (vim, VS Code, JetBrains), which leaves an inotify watch on the old inode; the sidecar and the responses file may
/// not exist yet, and their directory may be a bind mount or a network share where inotify sees nothing. Three
/// `stat` calls every 100 ms cost nothing measurable and behave the same on every file system and on macOS.
public enum InputWatcher {
    /// Calls `onChange` after every change that has settled, until the calling task is cancelled. `initial` are the
    /// fingerprints taken just before the first render, so a save during that render is not missed.
    public static func watch(_ inputs: PreviewInputs, from initial: [FileFingerprint],
                             pollInterval: Duration = .milliseconds(100), quietPeriod: Double = 0.2,
                             onChange: @Sendable () async -> Void) async {
        var debouncer = ChangeDebouncer(initial: initial, quietPeriod: quietPeriod)
        let clock = ContinuousClock()
        let start = clock.now
        while !Task.isCancelled {
            do { try await Task.sleep(for: pollInterval) } catch { return }
            let elapsed = start.duration(to: clock.now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if debouncer.observe(inputs.fingerprints(), at: seconds) {
                await onChange()
            }
        }
    }
}
