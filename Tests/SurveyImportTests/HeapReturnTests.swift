import Testing
@testable import SurveyImport

/// The import pins glibc's mmap threshold (`HeapReturn`) so that large buffers go back to the system when freed; the
/// lookup of `mallopt` and the call must succeed wherever the tool runs on glibc.
@Suite struct HeapReturnTests {
    @Test func glibcTakesThePinnedThreshold() {
        #if canImport(Glibc)
        #expect(HeapReturn.pinMmapThreshold())
        #else
        #expect(!HeapReturn.pinMmapThreshold())
        #endif
    }
}
