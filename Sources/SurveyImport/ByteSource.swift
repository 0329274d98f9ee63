import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in chunks, so that no export is ever loaded whole into memory.
public protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ImportError) -> Int
}

/// Reads a file with `read(2)` in the caller's chunk size.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let path: String

    /// Opens a file for reading.
    /// - Throws: `ImportError.fileNotFound` or `.unreadable`.
    public init(path: String) throws(ImportError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        self.descriptor = fd
        self.path = path
    }

    deinit { close(descriptor) }

    /// Reads the next chunk, retrying on EINTR.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ImportError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = systemRead(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif

/// Bytes held in memory (tests and format sniffing).
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    /// Wraps bytes.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Copies the next chunk.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ImportError) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        if count > 0 {
            bytes.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
            }
            offset += count
        }
        return count
    }
}

/// Skips a fixed number of leading bytes (a byte-order mark) of another source.
final class SkippingByteSource: ByteSource {
    private let base: ByteSource
    private var remaining: Int

    init(_ base: ByteSource, skipping count: Int) {
        self.base = base
        self.remaining = count
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ImportError) -> Int {
        while remaining > 0 {
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: remaining, alignment: 1)
            defer { scratch.deallocate() }
            let n = try base.read(into: scratch)
            if n == 0 { return 0 }
            remaining -= n
        }
        return try base.read(into: buffer)
    }
}

/// Reads one byte range of a file with `pread(2)`, so several threads can each read their own part of the same file.
final class FileRangeByteSource: ByteSource {
    private let descriptor: Int32
    private let path: String
    private var next: Int
    private let end: Int

    /// Opens `path` for reading the bytes in `range`.
    init(path: String, range: Range<Int>) throws(ImportError) {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        descriptor = fd
        self.path = path
        next = range.lowerBound
        end = range.upperBound
    }

    deinit { close(descriptor) }

    /// Reads the next bytes of the range, retrying on EINTR; 0 at its end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ImportError) -> Int {
        guard let base = buffer.baseAddress, next < end else { return 0 }
        while true {
            let count = pread(descriptor, base, min(buffer.count, end - next), off_t(next))
            if count >= 0 { next += count; return count }
            if errno == EINTR { continue }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// `range` of the file at `path` cut into at most `count` consecutive ranges of about equal size, each cut
    /// just after a line feed (fewer when the lines are too long to cut it `count` times).
    static func lineRanges(_ range: Range<Int>, count: Int, path: String) throws(ImportError) -> [Range<Int>] {
        var bounds = [range.lowerBound]
        let size = range.upperBound
        for i in 1..<max(1, count) {
            let target = range.lowerBound + range.count * i / count
            let cut = try lineStart(atOrAfter: max(target, bounds.last!), path: path, size: size)
            if cut > bounds.last! && cut < size { bounds.append(cut) }
        }
        bounds.append(size)
        return (0..<(bounds.count - 1)).map { bounds[$0]..<bounds[$0 + 1] }
    }

    /// The byte offset of the first line that starts at or after `offset` (just after a line feed), or `size`.
    static func lineStart(atOrAfter offset: Int, path: String, size: Int) throws(ImportError) -> Int {
        if offset <= 0 { return 0 }
        let source = try FileRangeByteSource(path: path, range: (offset - 1)..<size)
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { block.deallocate() }
        var at = offset - 1
        while true {
            let n = try source.read(into: block)
            if n == 0 { return size }
            if let k = block[0..<n].firstIndex(of: 0x0A) { return at + k + 1 }
            at += n
        }
    }
}
