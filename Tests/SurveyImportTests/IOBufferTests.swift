import Foundation
import Testing
@testable import SurveyImport

/// The read and write buffers of the import and of the responses reader come from `IOBuffer`, page-aligned, so that
/// the kernel's copies between them and the page cache never run at a third of their speed (4K aliasing, see
/// `IOBuffer`). What would break it: allocating them with `malloc`'s 16-byte alignment, which for the 1 MiB blocks
/// (above the pinned mmap threshold) puts them 16 bytes into their pages.
@Suite struct IOBufferTests {
    /// Sizes of the buffers that use it: the scanner's 64 KiB chunk, the 1 MiB fingerprint, reader and writer blocks,
    /// the reader's doubled block, and sizes around the heap's mmap threshold and off the page size.
    static let sizes = [1, 4095, 4097, 64 << 10, 128 << 10, (128 << 10) + 1, 1 << 20, 2 << 20, 3_000_001]

    @Test(arguments: sizes) func rawBuffersArePageAligned(size: Int) {
        HeapReturn.pinMmapThreshold()
        let buffer = IOBuffer.allocate(byteCount: size)
        defer { buffer.deallocate() }
        #expect(buffer.count == size)
        #expect(UInt(bitPattern: buffer.baseAddress!) % 4096 == 0)
        // The whole range is usable.
        buffer.initializeMemory(as: UInt8.self, repeating: 0xA5)
        #expect(buffer[size - 1] == 0xA5)
    }

    @Test(arguments: sizes) func byteBuffersArePageAligned(size: Int) {
        HeapReturn.pinMmapThreshold()
        let bytes = IOBuffer.allocateBytes(size)
        defer { bytes.deallocate() }
        #expect(UInt(bitPattern: bytes) % 4096 == 0)
        bytes.initialize(repeating: 7, count: size)
        #expect(bytes[size - 1] == 7)
    }

    /// `ExportFingerprint.hash(path:)`, reading through its page-aligned block, hashes every byte of the file once,
    /// in `blockSize` blocks: the value equals the bytes fed to `add` block by block from memory.
    @Test func fingerprintOfAFileIsTheHashOfItsBlocks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("iobuffer-\(UInt32.random(in: 0...UInt32.max)).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // 2.5 blocks, so the last read is short and has a tail that is not a whole word.
        let size = ExportFingerprint.blockSize * 5 / 2 + 3
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        var expected = ExportFingerprint()
        bytes.withUnsafeBytes { raw in
            var start = 0
            while start < size {
                let end = min(size, start + ExportFingerprint.blockSize)
                _ = expected.add(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
                start = end
            }
        }
        #expect(try ExportFingerprint.hash(path: path) == expected.value)
    }
}
