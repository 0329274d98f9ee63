/// The kept rows of a later range of a two-core import (`LaterRangeRows`), from its first row without a respondent
/// id on, held in export order in a nameless `ScratchFile` until the rows before them are in the bucket scatter;
/// then `ScatteredRows.adopt` scatters them as a one-thread import would have. Such a row's bucket can only be
/// chosen there, because a row without a respondent id takes the next draw of one seeded stream, counted over the
/// whole export.
///
/// Each row is one `KeptRowRecord` (ordinal — counted from 0 in the spool —, record number and segment indices
/// local to the range) behind its length as a UInt32. Memory: one 256 KiB buffer, the encoded row and the range's
/// segment values.
final class RowSpool: KeptRowSink {
    private let file: ScratchFile
    /// The encoded row, reused; behind a pointer, so that encoding into it is not a dynamically checked access to a
    /// class property (`swift_beginAccess` on every row).
    private let record: UnsafeMutablePointer<KeptRowRecord>
    /// The chunk's segment values, in order of first appearance in the chunk.
    private(set) var levels: SegmentLevels
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private var filled = 0
    private var fileEnd = 0
    /// Rows appended.
    private(set) var count = 0

    /// A spool for rows of `layout`, its file in `directory` (else TMPDIR), buffered `bufferBytes` at a time.
    init(layout: ResponsesLayout, directory: String?, bufferBytes: Int = 256 << 10) throws(ImportError) {
        file = try ScratchFile(directory: directory)
        capacity = max(16, bufferBytes)
        let isSegment = layout.textIndices.map { layout.columns[$0].kind == .segment }
        record = .allocate(capacity: 1)
        record.initialize(to: KeptRowRecord(ratingCount: layout.ratingIndices.count, isSegment: isSegment))
        levels = SegmentLevels(slots: isSegment.count)
        buffer = .allocate(byteCount: capacity, alignment: 8)
    }

    deinit {
        record.pointee.deallocate()
        record.deinitialize(count: 1)
        record.deallocate()
        buffer.deallocate()
    }

    func intern(slot: Int, _ text: String?) -> UInt32 { levels.intern(slot: slot, text) }

    func append(_ row: NormalizedRow, segmentIDs: [UInt32], idHash: UInt64, rowNumber: Int) throws(ImportError) {
        let length = record.pointee.encode(row, segmentIDs: segmentIDs, idHash: idHash, rowNumber: rowNumber, ordinal: count)
        count += 1
        if filled + 4 + length > capacity { try flush() }
        if 4 + length > capacity {
            var prefix = UInt32(length).littleEndian
            try file.write(&prefix, count: 4, at: fileEnd)
            try file.write(record.pointee.bytes, count: length, at: fileEnd + 4)
            fileEnd += 4 + length
            return
        }
        buffer.storeBytes(of: UInt32(length).littleEndian, toByteOffset: filled, as: UInt32.self)
        (buffer + filled + 4).copyMemory(from: record.pointee.bytes, byteCount: length)
        filled += 4 + length
    }

    private func flush() throws(ImportError) {
        try file.write(buffer, count: filled, at: fileEnd)
        fileEnd += filled
        filled = 0
    }

    /// Hands every row, in the order appended, to `body` as its encoded bytes (writable, valid during the call).
    /// Call once, after the last `append`.
    func forEachRecord(_ body: (UnsafeMutableRawPointer, Int) throws(ImportError) -> Void) throws(ImportError) {
        try flush()
        var readAt = 0, start = 0, end = 0
        // Makes sure `needed` bytes from `start` are in the buffer (moving the rest to its front, growing it).
        func ensure(_ needed: Int) throws(ImportError) {
            if end - start >= needed { return }
            let rest = end - start
            if needed > capacity {
                let grown = UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: 8)
                grown.copyMemory(from: buffer + start, byteCount: rest)
                buffer.deallocate()
                buffer = grown
                capacity = needed
            } else if rest > 0 {
                buffer.copyMemory(from: buffer + start, byteCount: rest)
            }
            start = 0
            end = rest
            // Past the end of what was written, `read` reports the file as cut short.
            let n = max(needed - rest, min(capacity - end, fileEnd - readAt))
            try file.read(into: buffer + end, count: n, at: readAt)
            readAt += n
            end += n
        }
        for _ in 0..<count {
            try ensure(4)
            let length = Int(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
            try ensure(4 + length)
            try body(buffer + start + 4, length)
            start += 4 + length
        }
    }
}
