import CJourneyPrefetch
/// Formats encoded kept rows (`KeptRowRecord`) as lines of the responses file, for
/// `ResponsesFileWriter.append(encoded:…)`: the same bytes `ResponsesFileWriter.append(_:)` writes row by row, in
/// fewer instructions. The columns after `respondent` are walked as a precomputed list of steps — two adjacent
/// rating cells at once from a table of their joint text (one 8-byte store for ",a,b"), a lone rating cell, or a
/// text cell — and the row numbers come from a `DecimalCounter`. Immutable after `init`, so the two formatting
/// threads share it.
final class EncodedRowFormatter: @unchecked Sendable {
    /// How many rows ahead `format` asks for a record's cache lines: about the rows it formats in one memory latency.
    static let prefetchDistance = 8
    /// Per rating column and code (256 each): the comma and up to 4 bytes of text, packed little-endian, and
    /// their count (code 0 = the comma alone).
    private let codeText: UnsafeMutablePointer<UInt64>
    private let codeLength: UnsafeMutablePointer<UInt8>
    /// Per pair table (256 entries, index codeA·16 + codeB): both cells' text packed, and its length.
    private let pairText: UnsafeMutablePointer<UInt64>
    private let pairLength: UnsafeMutablePointer<UInt8>
    /// The steps, three Ints each: kind (0 a rating pair, 1 a rating, 2 a text cell), the rating index or text
    /// slot, and a pair's table offset.
    private let steps: UnsafeMutablePointer<Int>
    private let stepCount: Int
    private let ratingCount: Int
    /// Most bytes one row takes without its text cells' contents (`ResponsesFileWriter`'s line capacity).
    let lineCapacity: Int

    /// The cell tables and the steps for `layout`'s columns.
    init(layout: ResponsesLayout) {
        let ratings = layout.columns.filter(\.kind.isRating)
        ratingCount = ratings.count
        let tables = max(1, ratings.count)
        codeText = .allocate(capacity: tables * 256)
        codeText.initialize(repeating: 0x2C, count: tables * 256)
        codeLength = .allocate(capacity: tables * 256)
        codeLength.initialize(repeating: 1, count: tables * 256)
        var widest = [Int](repeating: 1, count: ratings.count)
        for (r, column) in ratings.enumerated() {
            let scale = column.scale!
            for value in scale.min...scale.max {
                let code = value - scale.min + 1
                let digits = Array(String(value).utf8)
                var packed: UInt64 = 0x2C
                for (k, d) in digits.prefix(4).enumerated() { packed |= UInt64(d) << (8 * (k + 1)) }
                codeText[r * 256 + code] = packed
                codeLength[r * 256 + code] = UInt8(1 + min(4, digits.count))
                widest[r] = max(widest[r], 1 + min(4, digits.count))
            }
        }
        // Steps: a rating followed by another rating pairs up when both have at most 15 points and their two
        // cells always fit 8 bytes.
        var plan: [Int] = [], pairs: [(Int, Int)] = []
        var c = 0, r = 0, t = 0
        let columns = layout.columns
        while c < columns.count {
            if !columns[c].kind.isRating { plan += [2, t, 0]; t += 1; c += 1; continue }
            if c + 1 < columns.count, columns[c + 1].kind.isRating, ratings[r].scale!.pointCount <= 15,
               ratings[r + 1].scale!.pointCount <= 15, widest[r] + widest[r + 1] <= 8 {
                plan += [0, r, pairs.count * 256]
                pairs.append((r, r + 1))
                r += 2
                c += 2
                continue
            }
            plan += [1, r, 0]
            r += 1
            c += 1
        }
        stepCount = plan.count / 3
        steps = .allocate(capacity: max(1, plan.count))
        steps.initialize(from: plan, count: plan.count)
        pairText = .allocate(capacity: max(1, pairs.count) * 256)
        pairText.initialize(repeating: 0, count: max(1, pairs.count) * 256)
        pairLength = .allocate(capacity: max(1, pairs.count) * 256)
        pairLength.initialize(repeating: 0, count: max(1, pairs.count) * 256)
        for (p, pair) in pairs.enumerated() {
            for a in 0..<16 {
                for b in 0..<16 {
                    let first = codeText[pair.0 * 256 + a], firstLength = Int(codeLength[pair.0 * 256 + a])
                    let second = codeText[pair.1 * 256 + b], secondLength = Int(codeLength[pair.1 * 256 + b])
                    let mask: UInt64 = firstLength >= 8 ? .max : (1 << UInt64(8 * firstLength)) - 1
                    pairText[p * 256 + a * 16 + b] = (first & mask) | (second << UInt64(8 * firstLength))
                    pairLength[p * 256 + a * 16 + b] = UInt8(firstLength + secondLength)
                }
            }
        }
        lineCapacity = 64 + layout.columns.count * 5
    }

    deinit {
        codeText.deallocate()
        codeLength.deallocate()
        pairText.deallocate()
        pairLength.deallocate()
        steps.deallocate()
    }

    /// Writes rating column r's cell for `code` (the comma and the value) at `line`; returns its length. 8 bytes are
    /// stored and 1–5 kept: `lineCapacity` leaves the slack.
    @inline(__always)
    func writeRating(_ r: Int, code: UInt8, to line: UnsafeMutablePointer<UInt8>) -> Int {
        let slot = r &* 256 &+ Int(code)
        UnsafeMutableRawPointer(line).storeBytes(of: codeText[slot].littleEndian, as: UInt64.self)
        return Int(codeLength[slot])
    }

    /// The lines of the rows `order` names (row i is the record at byte `offsets[Int(order[i])]` of `records`),
    /// numbered from `firstSequence`; `segmentCells[slot][v]` is the written cell of segment value v (empty for
    /// 0), and empty for a comment slot.
    func format(_ records: UnsafeRawBufferPointer, offsets: [Int], order: ArraySlice<UInt32>, segmentCells: [[[UInt8]]],
                firstSequence: Int) -> [UInt8] {
        var buffer = LineBuffer()
        defer { buffer.deallocate() }
        format(records, offsets: offsets, order: order, segmentCells: segmentCells, firstSequence: firstSequence, into: &buffer)
        return Array(buffer.lines)
    }

    /// The same lines into `buffer`, replacing what it held (its storage is kept and only grows: the writer formats
    /// a batch after another into the same two buffers).
    func format(_ records: UnsafeRawBufferPointer, offsets: [Int], order: ArraySlice<UInt32>, segmentCells: [[[UInt8]]],
                firstSequence: Int, into buffer: inout LineBuffer) {
        buffer.count = 0
        guard !order.isEmpty, let base = records.baseAddress else { return }
        let textCount = segmentCells.count
        let isSegment = segmentCells.map { !$0.isEmpty }
        let widestSegment = segmentCells.map { $0.map(\.count).max() ?? 0 }.reduce(0, +)
        let cells = SegmentCellTable(segmentCells)
        defer { cells.deallocate() }
        let ratingCount = self.ratingCount
        // Room for the lines: their numbers, their segment cells, their comments even if every byte were a quote.
        var capacity = order.count * (lineCapacity + widestSegment)
        if isSegment.contains(false) {
            for position in order {
                let record = base + offsets[Int(position)]
                var at = KeptRowRecord.headerBytes + ratingCount
                for slot in 0..<textCount {
                    let value = Int(UInt32(littleEndian: record.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                    at += 4
                    if !isSegment[slot], value > 0 { capacity += 2 * value + 2; at += value - 1 }
                }
            }
        }
        let codeText = self.codeText, codeLength = self.codeLength, pairText = self.pairText, pairLength = self.pairLength
        let steps = self.steps, stepCount = self.stepCount
        var counter = DecimalCounter(firstSequence)
        defer { counter.deallocate() }
        let line = buffer.reserve(capacity)
        buffer.count = isSegment.withUnsafeBufferPointer { isSegment in
        offsets.withUnsafeBufferPointer { offsets in
                var n = 0
                let end = order.endIndex
                for i in order.indices {
                    // The record `prefetchDistance` rows on: its start and the line its segment values are in.
                    if i &+ Self.prefetchDistance < end {
                        let ahead = base + offsets[Int(order[i &+ Self.prefetchDistance])]
                        cjp_prefetch(ahead)
                        cjp_prefetch(ahead + (KeptRowRecord.headerBytes &+ ratingCount))
                    }
                    let record = base + offsets[Int(order[i])]
                    n &+= counter.write(to: line + n)
                    counter.increment()
                    let codes = record.assumingMemoryBound(to: UInt8.self) + KeptRowRecord.headerBytes
                    var at = KeptRowRecord.headerBytes &+ ratingCount
                    var s = 0, step = steps
                    while s < stepCount {
                        defer { s &+= 1; step += 3 }
                        let kind = step[0], index = step[1]
                        if kind == 0 {
                            let slot = step[2] &+ Int(codes[index] & 15) &<< 4 &+ Int(codes[index &+ 1] & 15)
                            UnsafeMutableRawPointer(line + n).storeBytes(of: pairText[slot].littleEndian, as: UInt64.self)
                            n &+= Int(pairLength[slot])
                            continue
                        }
                        if kind == 1 {
                            let slot = index &* 256 &+ Int(codes[index])
                            UnsafeMutableRawPointer(line + n).storeBytes(of: codeText[slot].littleEndian, as: UInt64.self)
                            n &+= Int(codeLength[slot])
                            continue
                        }
                        line[n] = 0x2C
                        n &+= 1
                        let value = Int(UInt32(littleEndian: record.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                        at &+= 4
                        if isSegment[index] {
                            n &+= cells.write(slot: index, value: value, to: line + n)
                        } else if value > 0 {
                            let text = UnsafeBufferPointer(start: (record + at).assumingMemoryBound(to: UInt8.self), count: value - 1)
                            at &+= value - 1
                            n &+= CSVText.write(text, to: line + n)
                        }
                    }
                    line[n] = 0x0A
                    n &+= 1
                }
                return n
        }}
    }
}

/// A byte buffer that keeps its storage from one use to the next and only grows (to at least twice its size, so a
/// few batches settle it): where a formatting thread writes its lines.
struct LineBuffer {
    private var base: UnsafeMutablePointer<UInt8>?
    private var capacity = 0
    /// Bytes written.
    var count = 0

    /// Room for `bytes` bytes from the start (the old contents are dropped when it grows).
    mutating func reserve(_ bytes: Int) -> UnsafeMutablePointer<UInt8> {
        if bytes > capacity || base == nil {
            base?.deallocate()
            capacity = max(bytes, 2 * capacity, 64)
            base = .allocate(capacity: capacity)
        }
        return base!
    }

    /// The bytes written.
    var lines: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Frees the storage (the owner's `deinit`).
    func deallocate() { base?.deallocate() }
}

/// The written segment cells of one formatting call, flat: per slot and value its bytes, and for a cell of at most
/// 8 bytes the same bytes packed into one word (written with one store; the line buffer has the slack).
private struct SegmentCellTable {
    private let words: UnsafeMutablePointer<UInt64>
    private let lengths: UnsafeMutablePointer<Int>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let starts: UnsafeMutablePointer<Int>
    /// Per slot, the index of its value 0 in `words`, `lengths` and `starts`.
    private let slotBase: UnsafeMutablePointer<Int>

    init(_ cells: [[[UInt8]]]) {
        let total = max(1, cells.reduce(0) { $0 + $1.count })
        words = .allocate(capacity: total)
        lengths = .allocate(capacity: total)
        starts = .allocate(capacity: total)
        slotBase = .allocate(capacity: max(1, cells.count))
        let byteCount = cells.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        bytes = .allocate(capacity: max(1, byteCount))
        var k = 0, b = 0
        for (slot, values) in cells.enumerated() {
            slotBase[slot] = k
            for cell in values {
                var word: UInt64 = 0
                for (i, byte) in cell.prefix(8).enumerated() { word |= UInt64(byte) << UInt64(8 * i) }
                words[k] = word
                lengths[k] = cell.count
                starts[k] = b
                for byte in cell { bytes[b] = byte; b += 1 }
                k += 1
            }
        }
    }

    func deallocate() {
        words.deallocate()
        lengths.deallocate()
        bytes.deallocate()
        starts.deallocate()
        slotBase.deallocate()
    }

    /// Writes segment slot `slot`'s cell for value `value` at `out`; returns its length.
    @inline(__always)
    func write(slot: Int, value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let k = slotBase[slot] &+ value
        let length = lengths[k]
        if length <= 8 {
            UnsafeMutableRawPointer(out).storeBytes(of: words[k].littleEndian, as: UInt64.self)
        } else {
            out.update(from: bytes + starts[k], count: length)
        }
        return length
    }
}
