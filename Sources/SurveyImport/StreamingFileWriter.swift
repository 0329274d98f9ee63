import Foundation
import JourneyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a large output through a buffer into a temporary file beside the target, then moves it into place
/// the way `AtomicFileWriter` does (rename when overwriting, a no-clobber `link` otherwise), so a failed or
/// interrupted import never leaves a partial file and memory stays flat however many rows there are.
final class StreamingFileWriter {
    let path: String
    private let overwrite: Bool
    private let temporary: String
    private var descriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity = 1 << 20
    private var used = 0
    private var finished = false

    /// Opens the temporary file; fails early when the target exists and `overwrite` is false.
    init(path: String, overwrite: Bool) throws(ImportError) {
        self.path = path
        self.overwrite = overwrite
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .output(.isDirectory(path: path)) }
            if !overwrite { throw .output(ImportMessages.outputExists(path: path)) }
        }
        if !FileManager.default.fileExists(atPath: directory) {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            catch { throw .output(OutputError(path: path, reason: "cannot create the directory \(directory)", zh: "无法创建目录 \(directory)")) }
        }
        temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // 0600 from the first byte: the responses file is pseudonymized personal data, never world-readable.
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor < 0 {
            throw .output(OutputError(path: path, reason: String(cString: strerror(errno))))
        }
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        if !finished {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
        }
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
        if close(descriptor) != 0 {
            descriptor = -1
            throw .output(OutputError(path: path, reason: String(cString: strerror(errno))))
        }
        descriptor = -1
        if overwrite {
            if rename(temporary, path) != 0 {
                throw .output(OutputError(path: path, reason: String(cString: strerror(errno))))
            }
        } else {
            if link(temporary, path) != 0 {
                let reason = errno == EEXIST ? "the file exists; choose another path with -o or pass --force" : String(cString: strerror(errno))
                throw .output(OutputError(path: path, reason: reason))
            }
            unlink(temporary)
        }
        finished = true
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
