import JourneyModel

/// The scratch file of the bucket scatter (`ScatteredRows`): encoded rows appended to one of B buckets, read
/// back one bucket at a time. All buckets share one nameless `ScratchFile` — each bucket fills a 32 KiB buffer
/// that is appended to the file as a chunk when full, and the chunks' places are remembered — so memory is
/// B × 32 KiB and one descriptor whatever B is.
final class RowScatter {
    /// Number of buckets.
    let bucketCount: Int
    private let file: ScratchFile
    private static let chunkCapacity = 32 << 10
    private let buffers: UnsafeMutablePointer<UInt8>
    private let filled: UnsafeMutablePointer<Int>
    /// Per bucket, its chunks in the file (offset, length), in the order written.
    private var chunks: [[(offset: Int, length: Int)]]
    /// Bytes written to each bucket (a pointer, like `filled`: adding to it on every row is then no dynamically
    /// checked access to a class property).
    private let bucketBytes: UnsafeMutablePointer<Int>
    private var fileEnd = 0

    /// Creates the scratch file in `directory` (TMPDIR when nil or not writable).
    init(bucketCount: Int, directory: String?) throws(ImportError) {
        self.bucketCount = max(1, bucketCount)
        file = try ScratchFile(directory: directory)
        buffers = .allocate(capacity: self.bucketCount * Self.chunkCapacity)
        filled = .allocate(capacity: self.bucketCount)
        filled.initialize(repeating: 0, count: self.bucketCount)
        chunks = Array(repeating: [], count: self.bucketCount)
        bucketBytes = .allocate(capacity: self.bucketCount)
        bucketBytes.initialize(repeating: 0, count: self.bucketCount)
    }

    deinit {
        buffers.deallocate()
        filled.deallocate()
        bucketBytes.deallocate()
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

    /// Bucket `bucket`'s bytes, end to end, into `bytes` from index `start` on; returns the index after them. The
    /// array only grows (its zeroing is paid once, not per bucket); bytes past the returned index are left from before.
    func load(bucket: Int, into bytes: inout [UInt8], at start: Int) throws(ImportError) -> Int {
        let total = start + bucketBytes[bucket]
        if bytes.count < total {
            bytes.reserveCapacity(total)
            bytes.append(contentsOf: repeatElement(0, count: total - bytes.count))
        }
        var failure: ImportError?
        bytes.withUnsafeMutableBytes { raw in
            var at = start
            for chunk in chunks[bucket] {
                do throws(ImportError) { try file.read(into: raw.baseAddress! + at, count: chunk.length, at: chunk.offset) }
                catch { failure = error; return }
                at += chunk.length
            }
        }
        if let failure { throw failure }
        return total
    }

    private func flush(_ bucket: Int, _ count: Int) throws(ImportError) {
        let base = buffers + bucket * Self.chunkCapacity
        try file.write(base, count: count, at: fileEnd)
        chunks[bucket].append((fileEnd, count))
        fileEnd += count
    }
}
