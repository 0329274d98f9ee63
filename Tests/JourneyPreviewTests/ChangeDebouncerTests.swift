import Testing
@testable import JourneyPreview

/// The debouncer on made-up times: no clock, no sleeping.
@Suite struct ChangeDebouncerTests {
    let a = FileFingerprint(exists: true, size: 10, modified: .init(seconds: 100, nanoseconds: 0), inode: 1)
    let b = FileFingerprint(exists: true, size: 12, modified: .init(seconds: 101, nanoseconds: 5), inode: 1)
    let c = FileFingerprint(exists: true, size: 12, modified: .init(seconds: 101, nanoseconds: 5), inode: 2)

    /// Feeds the polls in order; returns each answer and the debouncer afterwards.
    func run(_ initial: [FileFingerprint], _ polls: [([FileFingerprint], Double)]) -> ([Bool], ChangeDebouncer) {
        var debouncer = ChangeDebouncer(initial: initial, quietPeriod: 0.2)
        let answers = polls.map { debouncer.observe($0.0, at: $0.1) }
        return (answers, debouncer)
    }

    @Test func rendersOnceAfterTheQuietPeriod() {
        let (answers, debouncer) = run([a, .missing], [
            ([a, .missing], 0.1),   // nothing changed
            ([b, .missing], 0.2),   // changed: wait
            ([b, .missing], 0.3),   // still for 0.1 s only
            ([b, .missing], 0.4),   // still for 0.2 s: render
            ([b, .missing], 0.5),   // already rendered
        ])
        #expect(answers == [false, false, false, true, false])
        #expect(debouncer.rendered == [b, .missing])
    }

    @Test func aBurstOfSavesGivesOneRenderOfTheLastState() {
        let (answers, debouncer) = run([a], [
            ([b], 1.0),
            ([c], 1.15),            // renamed over (new inode) before the quiet period ended
            ([c], 1.3),             // 0.15 s after the last change
            ([c], 1.35),
        ])
        #expect(answers == [false, false, false, true])
        #expect(debouncer.rendered == [c])
    }

    @Test func aFileThatAppearsCounts() {
        let (answers, _) = run([a, .missing], [([a, b], 2.0), ([a, b], 2.2)])   // the sidecar appeared
        #expect(answers == [false, true])
    }

    @Test func aChangeUndoneBeforeTheQuietPeriodRendersNothing() {
        let (answers, _) = run([a], [([b], 1.0), ([a], 1.1), ([a], 5.0)])
        #expect(answers == [false, false, false])
    }
}
