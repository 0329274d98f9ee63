import Foundation
import JourneyModel

/// Streams normalized rows to a responses file: line 1 `journeymap-responses,1`, line 2 the header, then one
/// row per respondent with an opaque sequence number. Codes are written from precomputed text, so a million
/// rows cost one buffered copy each.
final class ResponsesFileWriter: ResponseSink {
    private let file: StreamingFileWriter
    private let layout: ResponsesLayout
    /// The cell texts and the per-row plan (`EncodedRowFormatter`), shared by both ways of appending rows.
    private let formatter: EncodedRowFormatter
    /// Per output column (after `respondent`), whether it is a rating.
    private let isRatingColumn: UnsafeMutablePointer<Bool>
    private let columnCount: Int
    private var sequence = 0
    /// Most bytes one row's numbers take.
    private let lineCapacity: Int
    /// The two formatting threads' line buffers, kept from batch to batch.
    private let buffers = FormatBuffers()

    /// Opens the output and writes the two header lines.
    convenience init(path: String, overwrite: Bool, layout: ResponsesLayout) throws(ImportError) {
        try self.init(destination: ResponsesFile.destination(path: path, inputs: [], force: overwrite), layout: layout)
    }

    /// Opens the destination's temporary file and writes the two header lines.
    init(destination: OutputDestination, layout: ResponsesLayout) throws(ImportError) {
        self.layout = layout
        file = try StreamingFileWriter(destination: destination)
        formatter = EncodedRowFormatter(layout: layout)
        columnCount = layout.columns.count
        isRatingColumn = .allocate(capacity: max(1, columnCount))
        for (i, column) in layout.columns.enumerated() { isRatingColumn[i] = column.kind.isRating }
        lineCapacity = formatter.lineCapacity
        try file.write(ResponsesFile.magicLine + "\n")
        let header = (["respondent"] + layout.columns.map(\.header)).map(CSVText.escaped).joined(separator: ",")
        try file.write(header + "\n")
    }

    deinit { isRatingColumn.deallocate() }

    func append(_ row: NormalizedRow) throws(ImportError) {
        sequence += 1
        let lineCapacity = self.lineCapacity
        var line = try file.reserve(lineCapacity)
        var n = Self.writeDecimal(sequence, to: line)
        let formatter = self.formatter, isRatingColumn = self.isRatingColumn
        var r = 0, t = 0
        try row.codes.withUnsafeBufferPointer { (codes) throws(ImportError) in
            for c in 0..<columnCount {
                if isRatingColumn[c] {
                    n &+= formatter.writeRating(r, code: codes[r], to: line + n)
                    r &+= 1
                } else {
                    line[n] = 0x2C
                    n &+= 1
                    if var text = row.texts[t] {
                        file.commit(n)
                        var failure: ImportError?
                        text.withUTF8 { bytes in
                            do throws(ImportError) {
                                if CSVText.needsQuotes(bytes) { try file.write(CSVText.escaped(String(decoding: bytes, as: UTF8.self))) }
                                else { try file.write(bytes) }
                            } catch { failure = error }
                        }
                        if let failure { throw failure }
                        line = try file.reserve(lineCapacity)
                        n = 0
                    }
                    t += 1
                }
            }
        }
        line[n] = 0x0A
        file.commit(n + 1)
    }

    /// Rows in one batch of `append(encoded:…)`: each half is formatted by its own thread into its own buffer.
    static let batchRows = 1 << 13

    /// Appends the kept rows of one bucket of the scatter straight from their encoded records (`KeptRowRecord`):
    /// the record at byte `offsets[Int(order[i])]` of `records` is row i. `segmentCells[slot][v]` is the written
    /// cell of segment value v (empty for 0). Batches of `batchRows` rows are formatted on two threads, each half
    /// into its own buffer, and written in order, so the file is the same as from `append(_:)` row by row.
    func append(encoded records: UnsafeRawBufferPointer, at offsets: [Int], in order: [UInt32], segmentCells: [[[UInt8]]]) throws(ImportError) {
        var start = 0
        while start < order.count {
            let end = min(order.count, start + Self.batchRows)
            let middle = end - start >= 4096 ? (start + end) / 2 : end
            let halves = [start..<middle, middle..<end]
            let firstSequence = sequence + 1
            let formatter = self.formatter, buffers = self.buffers
            let job = FormatJob { k in
                let half = halves[k]
                formatter.format(records, offsets: offsets, order: order[half], segmentCells: segmentCells,
                                 firstSequence: firstSequence + half.lowerBound - start, into: &buffers.slots[k])
            }
            if middle < end { DispatchQueue.concurrentPerform(iterations: 2) { job.run($0) } } else { job.run(0) }
            for k in 0..<(middle < end ? 2 : 1) { try file.write(buffers.slots[k].lines) }
            sequence += end - start
            start = end
        }
    }

    /// Writes `value`'s decimal digits at `line`; returns how many.
    @inline(__always)
    private static func writeDecimal(_ value: Int, to line: UnsafeMutablePointer<UInt8>) -> Int {
        var value = value
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            var k = 20
            repeat { k -= 1; raw[k] = UInt8(truncatingIfNeeded: 0x30 + value % 10); value /= 10 } while value > 0
            while k < 20 { line[n] = raw[k]; n += 1; k += 1 }
        }
        return n
    }

    /// Finishes the file and moves it into place.
    func finish() throws(ImportError) { try file.finish() }
}

/// Where the two threads of `ResponsesFileWriter.append(encoded:…)` leave their halves' lines: one `LineBuffer`
/// each, kept for the whole file (a new quarter-megabyte array for every half of every batch, allocated and freed on
/// two threads, kept glibc's heap growing; see `HeapReturn`). Two separate slots, so the threads never share storage.
private final class FormatBuffers: @unchecked Sendable {
    let slots: UnsafeMutablePointer<LineBuffer>

    init() {
        slots = .allocate(capacity: 2)
        slots.initialize(repeating: LineBuffer(), count: 2)
    }

    deinit {
        slots[0].deallocate()
        slots[1].deallocate()
        slots.deinitialize(count: 2)
        slots.deallocate()
    }
}

/// One batch's formatting on two threads: half `k` into `FormatBuffers` slot k. The closure only reads the
/// writer's tables and the records, which nothing changes meanwhile.
private final class FormatJob: @unchecked Sendable {
    private let body: (Int) -> Void

    init(body: @escaping (Int) -> Void) { self.body = body }

    /// Formats half `k` into its slot.
    func run(_ k: Int) { body(k) }
}

/// RFC 4180 quoting for written cells.
enum CSVText {
    /// The cell quoted when it holds a comma, quote, line break or leading/trailing space.
    static func escaped(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Writes the cell `escaped` gives for these UTF-8 bytes at `out` (room for 2 × count + 2); returns its length.
    @inline(__always)
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard needsQuotes(bytes) else {
            if let base = bytes.baseAddress { out.update(from: base, count: bytes.count) }
            return bytes.count
        }
        var n = 0
        out[n] = 0x22; n += 1
        for b in bytes {
            out[n] = b; n += 1
            if b == 0x22 { out[n] = 0x22; n += 1 }
        }
        out[n] = 0x22
        return n + 1
    }

    /// Whether `escaped` would quote the cell with these UTF-8 bytes (checked on the bytes, without a `String`).
    @inline(__always)
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return true }
        return false
    }
}
