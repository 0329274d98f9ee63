import Foundation
import JourneyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The scratch file of the bucket scatter (`ScatteredRows`): encoded rows appended to one of B buckets, read
/// back one bucket at a time. All buckets share one file — each bucket fills a 32 KiB buffer that is appended to
/// the file as a chunk when full, and the chunks' places are remembered — so memory is B × 32 KiB and one
/// descriptor whatever B is.
///
/// The file is created 0600 with `O_EXCL` beside the output (or in TMPDIR), registered with `TemporaryFiles`
/// and unlinked at once: from then on it has no name, so neither Ctrl-C nor a crash can leave respondent rows
/// behind; the system frees it when the descriptor closes.
final class RowScatter {
    /// Number of buckets.
    let bucketCount: Int
    private let descriptor: Int32
    private let where_: String
    private static let chunkCapacity = 32 << 10
    private let buffers: UnsafeMutablePointer<UInt8>
    private let filled: UnsafeMutablePointer<Int>
    /// Per bucket, its chunks in the file (offset, length), in the order written.
    private var chunks: [[(offset: Int, length: Int)]]
    /// Bytes written to each bucket.
    private(set) var bucketBytes: [Int]
    private var fileEnd = 0

    /// Creates the scratch file in `directory` (TMPDIR when nil or not writable).
    init(bucketCount: Int, directory: String?) throws(ImportError) {
        self.bucketCount = max(1, bucketCount)
        var candidates: [String] = []
        if let directory, !directory.isEmpty { candidates.append(directory) }
        candidates.append(NSTemporaryDirectory())
        var opened: (Int32, String)?
        var lastError = ""
        for directory in candidates {
            let path = (directory.hasSuffix("/") ? directory : directory + "/")
                + ".journeymap-scatter-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            let registration = TemporaryFiles.register(path)
            let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { unlink(path) } else { lastError = String(cString: strerror(errno)) }
            TemporaryFiles.unregister(registration)
            if fd >= 0 { opened = (fd, directory); break }
        }
        guard let opened else {
            throw .output(OutputError(path: candidates.last ?? "TMPDIR", reason: "cannot create the shuffle's scratch file: \(lastError)"))
        }
        descriptor = opened.0
        where_ = opened.1
        buffers = .allocate(capacity: self.bucketCount * Self.chunkCapacity)
        filled = .allocate(capacity: self.bucketCount)
        filled.initialize(repeating: 0, count: self.bucketCount)
        chunks = Array(repeating: [], count: self.bucketCount)
        bucketBytes = Array(repeating: 0, count: self.bucketCount)
    }

    deinit {
        close(descriptor)
        buffers.deallocate()
        filled.deallocate()
    }

    /// Appends `count` bytes to bucket `bucket`.
    @inline(__always)
    func append(bucket: Int, _ bytes: UnsafeRawPointer, count: Int) throws(ImportError) {
        var used = filled[bucket]
        let base = buffers + bucket * Self.chunkCapacity
        if used + count <= Self.chunkCapacity {
            UnsafeMutableRawPointer(base + used).copyMemory(from: bytes, byteCount: count)
            filled[bucket] = used + count
            bucketBytes[bucket] += count
            return
        }
        // A record may straddle chunks: a bucket's chunks are read back end to end.
        var offset = 0
        while offset < count {
            let n = min(count - offset, Self.chunkCapacity - used)
            UnsafeMutableRawPointer(base + used).copyMemory(from: bytes + offset, byteCount: n)
            used += n
            offset += n
            if used == Self.chunkCapacity { try flush(bucket, used); used = 0 }
        }
        filled[bucket] = used
        bucketBytes[bucket] += count
    }

    /// Writes every bucket's partial chunk; call once, after the last `append`.
    func finishWriting() throws(ImportError) {
        for bucket in 0..<bucketCount where filled[bucket] > 0 {
            try flush(bucket, filled[bucket])
            filled[bucket] = 0
        }
    }

    /// Bucket `bucket`'s bytes, end to end, into `bytes` (replacing its contents).
    func load(bucket: Int, into bytes: inout [UInt8]) throws(ImportError) {
        let total = bucketBytes[bucket]
        bytes.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(total)
        var failure: String?
        bytes.append(contentsOf: repeatElement(0, count: total))
        bytes.withUnsafeMutableBytes { raw in
            var at = 0
            for chunk in chunks[bucket] {
                var done = 0
                while done < chunk.length {
                    let n = pread(descriptor, raw.baseAddress! + at + done, chunk.length - done, off_t(chunk.offset + done))
                    if n < 0 { if errno == EINTR { continue }; failure = String(cString: strerror(errno)); return }
                    if n == 0 { failure = "the scratch file ended early"; return }
                    done += n
                }
                at += chunk.length
            }
        }
        if let failure { throw .output(OutputError(path: where_, reason: "reading the shuffle's scratch file: \(failure)")) }
    }

    private func flush(_ bucket: Int, _ count: Int) throws(ImportError) {
        let base = buffers + bucket * Self.chunkCapacity
        var done = 0
        while done < count {
            let n = pwrite(descriptor, base + done, count - done, off_t(fileEnd + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw .output(OutputError(path: where_, reason: "writing the shuffle's scratch file: \(String(cString: strerror(errno)))"))
            }
            done += n
        }
        chunks[bucket].append((fileEnd, count))
        fileEnd += count
    }
}
