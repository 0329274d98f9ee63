#if canImport(Glibc)
import Glibc
#endif

/// Keeps an import's peak memory flat on Linux. glibc raises its mmap threshold whenever a large block is freed
/// (up to 32 MiB); from then on blocks of that size come from the heap, where freed memory stays with the process.
/// An import's two threads allocate and free megabyte buffers bucket after bucket, so the resident memory at 10⁷
/// respondents varied from run to run, 59 to 66 MB, against 54 MB with the threshold pinned. `mallopt`'s
/// `M_MMAP_THRESHOLD` pins it (and stops the adjustment): large blocks are mapped and given back when freed.
enum HeapReturn {
    /// glibc's own starting threshold, 128 KiB.
    static let mmapThreshold: Int32 = 128 << 10
    /// `M_MMAP_THRESHOLD` of glibc's `<malloc.h>` (which Swift's Glibc module does not import).
    private static let mmapThresholdOption: Int32 = -3

    /// Pins the threshold for the rest of the process; returns whether glibc took it (false where its `mallopt` is
    /// not found, as on other systems).
    @discardableResult
    static func pinMmapThreshold() -> Bool {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        // A nil handle is RTLD_DEFAULT: the symbol as the process's libraries export it.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        return unsafeBitCast(symbol, to: Mallopt.self)(mmapThresholdOption, mmapThreshold) == 1
        #else
        return false
        #endif
    }
}
