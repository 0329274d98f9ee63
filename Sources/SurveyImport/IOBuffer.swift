/// Memory for the buffers that `read(2)`, `pread(2)` and `write(2)` copy into and out of, aligned to the page.
///
/// Measured on the benchmark machine: when the destination of the kernel's copy lies 1–31 bytes past the source
/// modulo 4 KiB, the copy takes about three times as long (most likely 4K aliasing: the copy's loads wait on its own
/// earlier stores). A 1 MiB buffer from `malloc` sits 16 bytes into its pages, and reads of a file at offsets that
/// are multiples of the page hit that case every time: reading a 60 MB export in 1 MiB blocks took 28.6 ms into
/// such a buffer and 9.7 ms into a page-aligned one (a C loop, best of 4; BENCHMARKS.md). On a page-aligned buffer,
/// reads at page-aligned file offsets copy at full speed, and other offsets only rarely hit the case.
enum IOBuffer {
    /// The page size assumed for the alignment (the smallest on the platforms journeymap runs on).
    static let alignment = 4096

    /// `byteCount` bytes, page-aligned; free them with `deallocate()`.
    static func allocate(byteCount: Int) -> UnsafeMutableRawBufferPointer {
        .allocate(byteCount: byteCount, alignment: alignment)
    }

    /// `count` bytes as UInt8, page-aligned; free them with `deallocate()`.
    static func allocateBytes(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        UnsafeMutableRawPointer.allocate(byteCount: count, alignment: alignment).bindMemory(to: UInt8.self, capacity: count)
    }
}
