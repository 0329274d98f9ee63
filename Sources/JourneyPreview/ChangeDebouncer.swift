/// Decides when a burst of saves is over: a re-render starts once the inputs' fingerprints have stayed the same for
/// a quiet period after the last change, so an editor's write-then-rename, or `votes` writing its sidecar while the
/// journey is saved, gives one render of the final state, not one per intermediate file.
///
/// A pure value: the caller feeds it each poll's fingerprints with the time they were taken, and it answers whether
/// to render now. Tests feed it made-up times; nothing in it reads a clock.
public struct ChangeDebouncer: Sendable {
    /// How long the fingerprints must stay unchanged before a render, in seconds.
    public var quietPeriod: Double
    /// The fingerprints the last render (or the start) saw.
    public private(set) var rendered: [FileFingerprint]
    private var latest: [FileFingerprint]
    private var latestChangeAt: Double

    /// Starts from the fingerprints the first render saw.
    public init(initial: [FileFingerprint], quietPeriod: Double = 0.2) {
        self.quietPeriod = quietPeriod
        self.rendered = initial
        self.latest = initial
        self.latestChangeAt = 0
    }

    /// Takes one poll's fingerprints, taken at `time` (seconds on any monotonic clock); true when the inputs differ
    /// from what was last rendered and have been still for the quiet period: render now.
    public mutating func observe(_ fingerprints: [FileFingerprint], at time: Double) -> Bool {
        if fingerprints != latest {
            latest = fingerprints
            latestChangeAt = time
            return false
        }
        guard latest != rendered, time - latestChangeAt >= quietPeriod else { return false }
        rendered = latest
        return true
    }
}
