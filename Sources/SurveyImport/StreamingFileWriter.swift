import Foundation
import JourneyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a large output through a buffer into the temporary file of an `OutputDestination` (0600, removed on
/// Ctrl-C), then moves it into place the way the destination's rules say, so a failed or interrupted import
/// never leaves a partial file and memory stays flat however many rows there are.
final class StreamingFileWriter {
    let path: String
    private let output: PendingOutput
    private var descriptor: Int32 { output.descriptor }
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity = 1 << 20
    private var used = 0
    private var finished = false

    /// Opens the temporary file; fails early when the destination's rules refuse the target.
    init(destination: OutputDestination) throws(ImportError) {
        path = destination.path
        do { output = try destination.openStream() } catch { throw .output(error) }
        buffer = IOBuffer.allocateBytes(capacity)
    }

    /// The responses file at `path`, replacing an existing file only with `overwrite` (no input check: use
    /// `init(destination:)` with the command's inputs).
    convenience init(path: String, overwrite: Bool) throws(ImportError) {
        try self.init(destination: ResponsesFile.destination(path: path, inputs: [], force: overwrite))
    }

    deinit {
        if !finished { output.discard() }
        buffer.deallocate()
    }

    /// Appends bytes.
    @inline(__always)
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(ImportError) {
        if used + bytes.count > capacity { try flush() }
        if bytes.count > capacity { try writeAll(bytes.baseAddress!, bytes.count); return }
        (buffer + used).update(from: bytes.baseAddress!, count: bytes.count)
        used += bytes.count
    }

    /// Room for `count` bytes at the end of the buffer (flushing first if needed); `commit` what was written.
    @inline(__always)
    func reserve(_ count: Int) throws(ImportError) -> UnsafeMutablePointer<UInt8> {
        if used + count > capacity { try flush() }
        return buffer + used
    }

    /// Keeps `count` bytes written into the space `reserve` returned.
    @inline(__always)
    func commit(_ count: Int) { used += count }

    /// Appends one byte.
    @inline(__always)
    func write(byte: UInt8) throws(ImportError) {
        if used == capacity { try flush() }
        buffer[used] = byte
        used += 1
    }

    /// Appends UTF-8 text.
    func write(_ text: String) throws(ImportError) {
        var text = text
        var failure: ImportError?
        text.withUTF8 { bytes in
            do throws(ImportError) { try write(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends bytes from an array.
    func write(_ bytes: [UInt8]) throws(ImportError) {
        var failure: ImportError?
        bytes.withUnsafeBufferPointer { buffer in
            do throws(ImportError) { try write(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func flush() throws(ImportError) {
        if used > 0 { try writeAll(buffer, used) }
        used = 0
    }

    private func writeAll(_ start: UnsafePointer<UInt8>, _ count: Int) throws(ImportError) {
        var offset = 0
        while offset < count {
            let n = systemWrite(descriptor, start + offset, count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw .output(OutputError(path: path, reason: String(cString: strerror(errno))))
            }
            offset += n
        }
    }

    /// Flushes, closes and moves the file into place.
    func finish() throws(ImportError) {
        try flush()
        do { try output.commit() } catch { throw .output(error) }
        finished = true
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
