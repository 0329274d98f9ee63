import Foundation
import JourneyModel

/// Streams normalized rows to a responses file: line 1 `journeymap-responses,1`, line 2 the header, then one
/// row per respondent with an opaque sequence number. Codes are written from precomputed text, so a million
/// rows cost one buffered copy each.
final class ResponsesFileWriter: ResponseSink {
    private let file: StreamingFileWriter
    private let layout: ResponsesLayout
    /// Per rating column and code: the comma and up to 4 bytes of text, packed little-endian so one 8-byte store
    /// writes the cell, and their count (code 0 = an empty cell, the comma alone).
    private let codeText: UnsafeMutablePointer<UInt64>
    private let codeLength: UnsafeMutablePointer<UInt8>
    /// Per output column (after `respondent`), whether it is a rating.
    private let isRatingColumn: UnsafeMutablePointer<Bool>
    private let columnCount: Int
    private let ratingCount: Int
    private var sequence = 0
    /// Most bytes one row's numbers take.
    private let lineCapacity: Int

    /// Opens the output and writes the two header lines.
    convenience init(path: String, overwrite: Bool, layout: ResponsesLayout) throws(ImportError) {
        try self.init(destination: ResponsesFile.destination(path: path, inputs: [], force: overwrite), layout: layout)
    }

    /// Opens the destination's temporary file and writes the two header lines.
    init(destination: OutputDestination, layout: ResponsesLayout) throws(ImportError) {
        self.layout = layout
        file = try StreamingFileWriter(destination: destination)
        let ratings = layout.columns.filter(\.kind.isRating)
        ratingCount = ratings.count
        codeText = .allocate(capacity: max(1, ratings.count) * 256)
        codeText.initialize(repeating: 0x2C, count: max(1, ratings.count) * 256)
        codeLength = .allocate(capacity: max(1, ratings.count) * 256)
        codeLength.initialize(repeating: 1, count: max(1, ratings.count) * 256)
        for (r, column) in ratings.enumerated() {
            let scale = column.scale!
            for value in scale.min...scale.max {
                let code = value - scale.min + 1
                let digits = Array(String(value).utf8)
                var packed: UInt64 = 0x2C
                for (k, d) in digits.prefix(4).enumerated() { packed |= UInt64(d) << (8 * (k + 1)) }
                codeText[r * 256 + code] = packed
                codeLength[r * 256 + code] = UInt8(1 + min(4, digits.count))
            }
        }
        columnCount = layout.columns.count
        isRatingColumn = .allocate(capacity: max(1, columnCount))
        for (i, column) in layout.columns.enumerated() { isRatingColumn[i] = column.kind.isRating }
        lineCapacity = 64 + layout.columns.count * 5
        try file.write(ResponsesFile.magicLine + "\n")
        let header = (["respondent"] + layout.columns.map(\.header)).map(CSVText.escaped).joined(separator: ",")
        try file.write(header + "\n")
    }

    deinit {
        codeText.deallocate()
        codeLength.deallocate()
        isRatingColumn.deallocate()
    }

    func append(_ row: NormalizedRow) throws(ImportError) {
        sequence += 1
        let lineCapacity = self.lineCapacity
        var line = try file.reserve(lineCapacity)
        var n = Self.writeDecimal(sequence, to: line)
        let codeText = self.codeText, codeLength = self.codeLength, isRatingColumn = self.isRatingColumn
        var r = 0, t = 0
        try row.codes.withUnsafeBufferPointer { (codes) throws(ImportError) in
            for c in 0..<columnCount {
                if isRatingColumn[c] {
                    n &+= Self.writeRating(r, code: codes[r], codeText: codeText, codeLength: codeLength, to: line + n)
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
            let job = FormatJob(count: 2) { [self] k in
                let half = halves[k]
                return format(records, offsets: offsets, order: order[half], segmentCells: segmentCells,
                              firstSequence: firstSequence + half.lowerBound - start)
            }
            if middle < end { DispatchQueue.concurrentPerform(iterations: 2) { job.run($0) } } else { job.run(0) }
            for k in 0..<2 { try file.write(job.buffers[k]) }
            sequence += end - start
            start = end
        }
    }

    /// The lines of the rows `order` names, numbered from `firstSequence`.
    private func format(_ records: UnsafeRawBufferPointer, offsets: [Int], order: ArraySlice<UInt32>, segmentCells: [[[UInt8]]],
                        firstSequence: Int) -> [UInt8] {
        guard !order.isEmpty else { return [] }
        let textCount = segmentCells.count
        let isSegment = segmentCells.map { !$0.isEmpty }
        let widestSegment = segmentCells.map { $0.map(\.count).max() ?? 0 }.reduce(0, +)
        let codeText = self.codeText, codeLength = self.codeLength, isRatingColumn = self.isRatingColumn
        let columnCount = self.columnCount, ratingCount = self.ratingCount
        // Room for the lines: their numbers, their segment cells, their comments even if every byte were a quote.
        var capacity = order.count * (lineCapacity + widestSegment)
        for position in order {
            let record = records.baseAddress! + offsets[Int(position)]
            var at = KeptRowRecord.headerBytes + ratingCount
            for slot in 0..<textCount {
                let value = Int(UInt32(littleEndian: record.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                at += 4
                if !isSegment[slot], value > 0 { capacity += 2 * value + 2; at += value - 1 }
            }
        }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var n = 0
            var sequence = firstSequence
            let line = buffer.baseAddress!
            for position in order {
                let record = records.baseAddress! + offsets[Int(position)]
                n &+= Self.writeDecimal(sequence, to: line + n)
                let codes = record.assumingMemoryBound(to: UInt8.self) + KeptRowRecord.headerBytes
                var at = KeptRowRecord.headerBytes + ratingCount
                var r = 0, t = 0
                for c in 0..<columnCount {
                    if isRatingColumn[c] {
                        n &+= Self.writeRating(r, code: codes[r], codeText: codeText, codeLength: codeLength, to: line + n)
                        r &+= 1
                        continue
                    }
                    line[n] = 0x2C
                    n &+= 1
                    let value = Int(UInt32(littleEndian: record.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                    at &+= 4
                    if isSegment[t] {
                        segmentCells[t][value].withUnsafeBufferPointer { cell in
                            if let source = cell.baseAddress { (line + n).update(from: source, count: cell.count) }
                            n &+= cell.count
                        }
                    } else if value > 0 {
                        let text = UnsafeBufferPointer(start: (record + at).assumingMemoryBound(to: UInt8.self), count: value - 1)
                        at &+= value - 1
                        n &+= CSVText.write(text, to: line + n)
                    }
                    t &+= 1
                }
                line[n] = 0x0A
                n &+= 1
                sequence &+= 1
            }
            count = n
        }
    }

    /// Writes rating column r's cell for `code` (the comma and the value) at `line`; returns its length. 8 bytes are
    /// stored and 1–5 kept: `lineCapacity` leaves the slack.
    @inline(__always)
    private static func writeRating(_ r: Int, code: UInt8, codeText: UnsafeMutablePointer<UInt64>, codeLength: UnsafeMutablePointer<UInt8>,
                                    to line: UnsafeMutablePointer<UInt8>) -> Int {
        let slot = r &* 256 &+ Int(code)
        UnsafeMutableRawPointer(line).storeBytes(of: codeText[slot].littleEndian, as: UInt64.self)
        return Int(codeLength[slot])
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

/// Where the two threads of `ResponsesFileWriter.append(encoded:…)` leave their halves' lines: one slot each.
/// The formatting closure only reads the writer's tables and the records, which nothing changes meanwhile.
private final class FormatJob: @unchecked Sendable {
    let buffers: UnsafeMutableBufferPointer<[UInt8]>
    private let body: (Int) -> [UInt8]

    init(count: Int, body: @escaping (Int) -> [UInt8]) {
        buffers = .allocate(capacity: count)
        buffers.initialize(repeating: [])
        self.body = body
    }

    deinit {
        buffers.deinitialize()
        buffers.deallocate()
    }

    /// Formats half `k` into its slot.
    func run(_ k: Int) { buffers[k] = body(k) }
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
