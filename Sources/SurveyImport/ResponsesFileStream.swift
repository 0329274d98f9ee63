import Foundation
import JourneyAnalysis
import JourneyModel

/// Streams a responses file into a `ResponseTally` in one pass and constant memory (the tally's size depends on
/// the columns and the segment cells, not on the respondents).
///
/// Byte-level: the file is read in 1 MiB blocks. A line without quotes whose cells are plain (ratings of up to three
/// digits within their scale, known segment values, empty comments) is decoded in one scan of its bytes
/// (`FieldPlan.decode`): each rating's digits straight into its code, no field spans. Any other record — quotes,
/// a new segment value, a comment, a problem — goes the general way: split into field spans in place (RFC 4180
/// quotes and CRLF accepted, quoted fields unescaped into one reused buffer), each cell parsed or reported, a
/// String made only for a new segment value or a non-empty comment. Both ways give the same codes; no per-cell
/// allocation, no per-row array. The same checks and messages as `ResponsesFileReader`.
struct ResponsesFileStream {
    let path: String
    let journey: Journey
    let options: AnalysisOptions
    /// Rows each cell keeps for per-respondent computations (nil: all, for complete-case drivers).
    let retainedRowsPerCell: Int?
    /// Byte ranges tallied in parallel (nil: two when the machine has two cores and the rows exceed
    /// `parallelThreshold`, else one).
    var chunks: Int? = nil

    private static let blockSize = 1 << 20
    /// Below this many bytes of rows one thread reads the whole file.
    static let parallelThreshold = 1 << 20

    /// What to do with each field of a row.
    fileprivate enum Action: Sendable {
        case skip
        case rating(slot: Int, scale: RatingScale)
        case segment(Int)
        case comment(Int)
    }

    /// What the header says about the rows, shared by every chunk.
    private struct RowPlan: Sendable {
        let headers: [String]
        let tallyLayout: TallyLayout
        let actions: [Action]
        let commentCount: Int
        /// Byte offset of the first row (after the header).
        let dataStart: Int
    }

    /// Reads the header, then tallies the rows: in one pass, or — for a large file on a machine with two cores —
    /// in byte ranges split at line ends, each on its own thread, merged in file order (`ResponseTally.append`).
    /// Both give the same tally: every sum is exact or order-free (`FixedPointSum`), the row sample is keyed by each
    /// record's byte offset (`RetainedRows`), segment values are renumbered at the merge. A split that falls inside
    /// a quoted field (a comment with a line break) shows as a problem in a chunk; then, as for any problem, the
    /// file is read again in one pass, which reports it with its true row number.
    func tally() throws(ImportError) -> ResponseTally {
        var reader = try RecordReader(source: try FileByteSource(path: path), path: path)
        defer { reader.close() }
        let plan = try readPlan(&reader)
        let size = Self.fileSize(path)
        let count = chunks ?? (size - plan.dataStart >= Self.parallelThreshold && ProcessInfo.processInfo.activeProcessorCount >= 2 ? 2 : 1)
        if count > 1, var merged = try parallelTally(plan, size: size, chunks: count) {
            try Self.refuseIdentifyingSegments(merged, path: path)
            merged.settleSamples()
            return merged
        }
        var tally = ResponseTally(journey: journey, layout: plan.tallyLayout, options: options, retainedRowsPerCell: retainedRowsPerCell)
        try Self.pass(&reader, plan, into: &tally, path: path)
        try Self.refuseIdentifyingSegments(tally, path: path)
        tally.settleSamples()
        return tally
    }

    /// The tallies of `chunks` byte ranges of the rows, each read on its own thread, merged in file order; nil
    /// when a chunk met a problem (the caller then reads the file in one pass).
    private func parallelTally(_ plan: RowPlan, size: Int, chunks: Int) throws(ImportError) -> ResponseTally? {
        let ranges = try FileRangeByteSource.lineRanges(plan.dataStart..<size, count: chunks, path: path)
        let results = UnsafeMutableBufferPointer<ResponseTally?>.allocate(capacity: ranges.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        let slots = ResultSlots(results)
        let (path, journey, options, capacity) = (self.path, self.journey, self.options, self.retainedRowsPerCell)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { k in
            do {
                var reader = try RecordReader(source: try FileRangeByteSource(path: path, range: ranges[k]), path: path,
                                              origin: ranges[k].lowerBound)
                defer { reader.close() }
                var tally = ResponseTally(journey: journey, layout: plan.tallyLayout, options: options, retainedRowsPerCell: capacity)
                try Self.pass(&reader, plan, into: &tally, path: path)
                slots.buffer[k] = tally
            } catch {
                slots.buffer[k] = nil
            }
        }
        guard var merged = results[0] else { return nil }
        for k in 1..<ranges.count {
            guard let next = results[k] else { return nil }
            merged.append(next)
        }
        return merged
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The magic line and the header: the columns, the tally's layout and what to do with each field.
    private func readPlan(_ reader: inout RecordReader) throws(ImportError) -> RowPlan {
        let magic = try reader.next() ? reader.strings() : nil
        let header = try reader.next() ? reader.strings() : nil
        let (headers, layout, filePosition) = try ResponsesFileReader.preamble(magic: magic, headers: header, journey: journey, path: path)
        var tallyLayout = TallyLayout(segmentNames: layout.columns.filter { $0.kind == .segment }.map { $0.segmentName ?? "" },
                                      hasJourneyComments: layout.columns.contains { $0.isJourneyComment })
        var actions = [Action](repeating: .skip, count: headers.count)
        var segment = 0, comment = tallyLayout.hasJourneyComments ? 1 : 0
        var pendingTouchpoint: (id: String, scales: [ResponsesColumn.Kind: RatingScale], comments: Bool)?
        func flush() {
            guard let t = pendingTouchpoint else { return }
            tallyLayout.addTouchpoint(id: t.id, score: t.scales[.score]!, importance: t.scales[.importance], wish: t.scales[.wish],
                                      kanoFunctional: t.scales[.kanoFunctional], kanoDysfunctional: t.scales[.kanoDysfunctional],
                                      hasComments: t.comments)
            pendingTouchpoint = nil
        }
        for (index, column) in layout.columns.enumerated() {
            let position = filePosition[index]
            switch column.kind {
            case .segment:
                actions[position] = .segment(segment); segment += 1
            case .overall:
                actions[position] = .rating(slot: tallyLayout.slots.count, scale: column.scale!)
                tallyLayout.addOverall(column.scale!)
            case .enps:
                actions[position] = .rating(slot: tallyLayout.slots.count, scale: column.scale!)
                tallyLayout.addENPS(column.scale!)
            case .comment where column.isJourneyComment:
                actions[position] = .comment(0)
            default:
                let id = column.touchpointID!
                if pendingTouchpoint?.id != id { flush(); pendingTouchpoint = (id, [:], false) }
                if column.kind == .comment {
                    pendingTouchpoint!.comments = true
                    actions[position] = .comment(comment); comment += 1
                } else {
                    // Slots follow the layout's order (score, importance, wish, Kano), as TallyLayout numbers them.
                    let before = pendingTouchpoint!.scales.count
                    actions[position] = .rating(slot: tallyLayout.slots.count + before, scale: column.scale!)
                    pendingTouchpoint!.scales[column.kind] = column.scale!
                }
            }
        }
        flush()
        return RowPlan(headers: headers, tallyLayout: tallyLayout, actions: actions, commentCount: comment, dataStart: reader.offset)
    }

    /// Tallies every row the reader has left. Each row's sampling position is the byte offset of its record.
    private static func pass(_ reader: inout RecordReader, _ plan: RowPlan, into tally: inout ResponseTally, path: String) throws(ImportError) {
        let headers = plan.headers, actions = plan.actions
        var codes = [UInt8](repeating: 0, count: plan.tallyLayout.slots.count)
        var segments = [UInt32](repeating: 0, count: plan.tallyLayout.segmentNames.count)
        var texts = [String?](repeating: nil, count: plan.commentCount)
        // Per segment column, its known values as bytes (code k at index k − 1), for matching without a String.
        var known = [[[UInt8]]](repeating: [], count: segments.count)
        var packedKnown = [[UInt64]](repeating: [], count: segments.count)
        let fields = FieldPlan(actions: actions)
        while true {
            let position = reader.offset
            guard let line = try reader.peekLine() else { break }
            let plain = codes.withUnsafeMutableBufferPointer { c in
                segments.withUnsafeMutableBufferPointer { g in fields.decode(line, codes: c, segments: g, known: known, packedKnown: packedKnown) }
            }
            if plain {
                reader.skipLine()
                for c in texts.indices { texts[c] = nil }
                codes.withUnsafeBufferPointer { p in
                    segments.withUnsafeBufferPointer { q in tally.add(codes: p, segments: q, comments: texts, position: position) }
                }
                continue
            }
            guard try reader.next() else { break }
            if reader.isBlank { continue }
            guard reader.fieldCount == headers.count else {
                throw .invalid(path, row: reader.recordNumber, "the row has \(reader.fieldCount) fields, the header \(headers.count)",
                               zh: "这一行有 \(reader.fieldCount) 个字段，表头有 \(headers.count) 个")
            }
            for f in 1..<headers.count {
                switch actions[f] {
                case .skip: continue
                case let .rating(slot, scale):
                    let low = scale.min, high = scale.max
                    let code: UInt8? = reader.withField(f) { cell in
                        if cell.isEmpty { return 0 }
                        var value = 0
                        if cell.count <= 3, cell.allSatisfy({ $0 &- 0x30 < 10 }) {
                            for byte in cell { value = value * 10 + Int(byte &- 0x30) }
                        } else {
                            guard let parsed = ValueMapper.fastInteger(cell) else { return nil }
                            value = parsed
                        }
                        guard value >= low, value <= high else { return nil }
                        return UInt8(value - low + 1)
                    }
                    guard let code else {
                        let text = reader.withField(f) { String(decoding: $0, as: UTF8.self) }
                        throw .invalid(path, row: reader.recordNumber, column: headers[f],
                                       "value \(CellExcerpt.quoted(text)) is not a whole number on the \(scale.rangeText) scale",
                                       zh: "值 \(CellExcerpt.quoted(text)) 不是 \(scale.rangeText) 量表上的整数")
                    }
                    codes[slot] = code
                case let .segment(c):
                    let match: UInt32? = reader.withField(f) { cell in
                        if cell.isEmpty { return 0 }
                        for (k, value) in known[c].enumerated() where value.count == cell.count && value.elementsEqual(cell) {
                            return UInt32(k + 1)
                        }
                        return nil
                    }
                    if let match { segments[c] = match; continue }
                    let bytes = reader.withField(f) { Array($0) }
                    guard bytes.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0) }) == nil else {
                        throw .invalid(path, row: reader.recordNumber, column: headers[f], "the cell is not valid UTF-8", zh: "单元格不是有效的 UTF-8")
                    }
                    segments[c] = tally.segmentCode(column: c, value: String(decoding: bytes, as: UTF8.self))
                    if Int(segments[c]) > known[c].count {
                        known[c].append(bytes)
                        packedKnown[c].append(bytes.withUnsafeBufferPointer(FieldPlan.packed))
                    }
                case let .comment(c):
                    let text: String?? = reader.withField(f) { cell in
                        if cell.isEmpty { return .some(nil) }
                        guard UTF8Check.firstInvalid(cell) == nil else { return nil }
                        return String(decoding: cell, as: UTF8.self)
                    }
                    guard let text else {
                        throw .invalid(path, row: reader.recordNumber, column: headers[f], "the cell is not valid UTF-8", zh: "单元格不是有效的 UTF-8")
                    }
                    texts[c] = text
                }
            }
            codes.withUnsafeBufferPointer { p in
                segments.withUnsafeBufferPointer { q in tally.add(codes: p, segments: q, comments: texts, position: position) }
            }
        }
    }

    /// The segment check of `ResponsesFileReader.refuseIdentifyingSegments`, on the tally's value counts.
    static func refuseIdentifyingSegments(_ tally: ResponseTally, path: String) throws(ImportError) {
        var problems: [ImportProblem] = []
        for (c, name) in tally.layout.segmentNames.enumerated() {
            let counts = tally.levelCounts(column: c)
            if let reason = ResponsesFileReader.identifyingReason(name: name, levels: tally.segmentLevels[c].enumerated().map { ($0.element, counts[$0.offset]) }) {
                problems.append(ResponsesFileReader.identifyingProblem(name: name, reason: reason, path: path))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
    }
}

/// The fast path's per-field plan, flat: per field its kind (0 skip, 1 rating, 2 segment, 3 comment), its target
/// (slot or column), a rating's scale bounds and, per rating field, the code of each single digit 0…9 (0 when the
/// digit is outside the scale), so that the common cell — one digit then a comma — costs a table lookup.
struct FieldPlan {
    private var kinds: [UInt8] = [], targets: [Int] = [], lows: [Int] = [], highs: [Int] = []
    private var digitCodes: [UInt8] = []
    /// Per field, how many rating fields start there in a row (0 for a field that is not a rating): the length of
    /// the run `decode` reads in one loop.
    private var ratingRuns: [Int] = []

    fileprivate init(actions: [ResponsesFileStream.Action]) {
        for action in actions {
            switch action {
            case .skip: append(kind: 0, target: 0)
            case let .rating(slot, scale): append(kind: 1, target: slot, low: scale.min, high: scale.max)
            case let .segment(c): append(kind: 2, target: c)
            case let .comment(c): append(kind: 3, target: c)
            }
        }
    }

    /// A plan from its fields directly (for tests): per field its kind, target and, for a rating, its bounds.
    init(fields: [(kind: UInt8, target: Int, low: Int, high: Int)]) {
        for f in fields { append(kind: f.kind, target: f.target, low: f.low, high: f.high) }
    }

    private mutating func append(kind: UInt8, target: Int, low: Int = 0, high: Int = 0) {
        kinds.append(kind); targets.append(target); lows.append(low); highs.append(high)
        ratingRuns.append(0)
        if kind == 1 {
            var f = ratingRuns.count - 1
            while f >= 0, kinds[f] == 1 { ratingRuns[f] += 1; f -= 1 }
        }
        for digit in 0..<10 {
            digitCodes.append(kind == 1 && digit >= low && digit <= high ? UInt8(truncatingIfNeeded: digit - low + 1) : 0)
        }
    }

    /// A known segment value of one to seven bytes packed into one word — its length in the top byte, its bytes
    /// below, first byte lowest — so that matching a cell is one comparison per known value; 0 for a longer value
    /// (never equal to a packed cell, whose top byte is its length).
    @inline(__always) static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard count >= 1, count <= 7, let b = bytes.baseAddress else { return 0 }
        var word = UInt64(truncatingIfNeeded: count) &<< 56, k = 0
        while k < count {
            word |= UInt64(b[k]) &<< UInt64(truncatingIfNeeded: 8 &* k)
            k &+= 1
        }
        return word
    }

    /// Decodes one line (without its newline) in a single scan when every cell is plain: no quote, ratings of one
    /// to three digits within their scale or empty, known segment values, empty comments, the header's number of
    /// fields. False otherwise (the caller then parses the record the general way, which handles or reports it);
    /// `codes` and `segments` may then be partly written. `known[c]` holds segment column c's known values (code
    /// k at index k − 1) and `packedKnown[c]` the same values `packed`.
    func decode(_ line: UnsafeBufferPointer<UInt8>, codes: UnsafeMutableBufferPointer<UInt8>,
                segments: UnsafeMutableBufferPointer<UInt32>, known: [[[UInt8]]], packedKnown: [[UInt64]]) -> Bool {
        guard let b = line.baseAddress, !line.isEmpty else { return false }
        let n = line.count
        var i = 0
        return kinds.withUnsafeBufferPointer { kinds in
        targets.withUnsafeBufferPointer { targets in
        digitCodes.withUnsafeBufferPointer { digitCodes in
        ratingRuns.withUnsafeBufferPointer { ratingRuns in
            let fieldCount = kinds.count
            let codes = codes.baseAddress!
            var f = 0
            while f < fieldCount {
                if f > 0 {
                    guard i < n, b[i] == 0x2C else { return false }
                    i &+= 1
                }
                if kinds[f] == 1 {
                    // A run of rating cells (`ratingRuns`) in one loop. Every cell but the last with the comma after
                    // it: one digit and the comma are one 16-bit word ("d," less ",0" is the digit, below 10 only
                    // for that shape) and one table lookup; an empty cell is the comma alone; anything else `rating`.
                    // (The run's last field, and the last start a two-byte word can be read from.)
                    let runLast = f &+ ratingRuns[f] &- 1, lastWord = n &- 2
                    var table = digitCodes.baseAddress! + f &* 10
                    while f < runLast {
                        defer { f &+= 1; table += 10 }
                        if i <= lastWord {
                            let digit = UInt16(littleEndian: UnsafeRawPointer(b + i).loadUnaligned(as: UInt16.self)) &- 0x2C30
                            if digit < 10 {
                                let code = table[Int(digit)]
                                guard code != 0 else { return false }
                                codes[targets[f]] = code
                                i &+= 2
                                continue
                            }
                            if b[i] == 0x2C {
                                codes[targets[f]] = 0
                                i &+= 1
                                continue
                            }
                        }
                        guard rating(b, n, &i, field: f, codes: codes), i < n, b[i] == 0x2C else { return false }
                        i &+= 1
                    }
                    // The run's last cell: one digit, then a comma or the line's end; else `rating`.
                    if i < n {
                        let digit = b[i] &- 0x30
                        if digit < 10, i &+ 1 == n || b[i &+ 1] == 0x2C {
                            let code = table[Int(digit)]
                            guard code != 0 else { return false }
                            codes[targets[f]] = code
                            i &+= 1
                            f &+= 1
                            continue
                        }
                    }
                    guard rating(b, n, &i, field: f, codes: codes) else { return false }
                    f &+= 1
                    continue
                }
                defer { f &+= 1 }
                let fieldStart = i
                while i < n {
                    let byte = b[i]
                    if byte == 0x2C { break }
                    if byte == 0x22 { return false }
                    i &+= 1
                }
                let length = i &- fieldStart
                switch kinds[f] {
                case 2:
                    if length == 0 { segments[targets[f]] = 0; continue }
                    let match = Self.segmentCode(UnsafeBufferPointer(start: b + fieldStart, count: length),
                                                 known: known[targets[f]], packed: packedKnown[targets[f]])
                    guard match > 0 else { return false }
                    segments[targets[f]] = match
                case 3:
                    guard length == 0 else { return false }
                default:
                    continue
                }
            }
            return i == n
        }}}}
    }

    /// A rating cell that is not one digit: empty (code 0), or up to three digits within the scale; false otherwise.
    private func rating(_ b: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, field f: Int, codes: UnsafeMutablePointer<UInt8>) -> Bool {
        let fieldStart = i
        var value = 0
        while i < n {
            let digit = b[i] &- 0x30
            if digit >= 10 { break }
            value = value &* 10 &+ Int(digit)
            i += 1
        }
        if i < n, b[i] != 0x2C { return false }
        let digits = i - fieldStart
        if digits == 0 { codes[targets[f]] = 0; return true }
        guard digits <= 3, value >= lows[f], value <= highs[f] else { return false }
        codes[targets[f]] = UInt8(truncatingIfNeeded: value - lows[f] + 1)
        return true
    }

    /// The code (1-based) of a known segment value, 0 when the cell is not one of them.
    private static func segmentCode(_ cell: UnsafeBufferPointer<UInt8>, known: [[UInt8]], packed: [UInt64]) -> UInt32 {
        if cell.count <= 7 {
            let word = Self.packed(cell)
            return packed.withUnsafeBufferPointer { p in
                for k in 0..<p.count where p[k] == word { return UInt32(k + 1) }
                return 0
            }
        }
        for (k, value) in known.enumerated() where value.count == cell.count {
            if value.withUnsafeBufferPointer({ memcmp($0.baseAddress!, cell.baseAddress!, cell.count) == 0 }) {
                return UInt32(k + 1)
            }
        }
        return 0
    }
}

/// Splits a byte stream into CSV records (RFC 4180) without copying unquoted fields: the current record's fields
/// are spans into the block buffer; quoted fields are unescaped into `unquoted`.
private struct RecordReader {
    let source: any ByteSource
    let path: String
    /// Byte offset in the file of the source's first byte.
    let origin: Int
    /// Bytes moved out of the buffer so far.
    private var discarded = 0
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var start = 0, end = 0, eof = false
    /// Field spans of the current record: (start, end) into `buffer`, or into `unquoted` when `quoted`.
    private var starts: [Int] = [], ends: [Int] = [], quoted: [Bool] = []
    private var unquoted: [UInt8] = []
    private(set) var fieldCount = 0
    private(set) var recordNumber = 0

    init(source: any ByteSource, path: String, origin: Int = 0) throws(ImportError) {
        self.source = source
        self.path = path
        self.origin = origin
        buffer = UnsafeMutableBufferPointer(start: IOBuffer.allocateBytes(1 << 20), count: 1 << 20)
    }

    /// Frees the block buffer (call once, when done).
    func close() { buffer.deallocate() }

    var isBlank: Bool { fieldCount == 1 && ends[0] == starts[0] }

    /// The byte offset in the file of the next unread byte (the start of the next record).
    var offset: Int { origin + discarded + start }

    func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if quoted[i] {
            return try unquoted.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[starts[i]..<ends[i]])) }
        }
        return try body(UnsafeBufferPointer(rebasing: buffer[starts[i]..<ends[i]]))
    }

    func strings() -> [String] { (0..<fieldCount).map { i in withField(i) { String(decoding: $0, as: UTF8.self) } } }

    /// Moves the unread bytes to the front and reads more; false at end of file. Grows the buffer when a single
    /// record fills it.
    private mutating func refill() throws(ImportError) -> Bool {
        if eof { return false }
        if start > 0 {
            let remaining = end - start
            if remaining > 0 { buffer.baseAddress!.update(from: buffer.baseAddress! + start, count: remaining) }
            end = remaining
            discarded += start
            start = 0
        }
        if end == buffer.count {
            let larger = UnsafeMutableBufferPointer(start: IOBuffer.allocateBytes(buffer.count * 2), count: buffer.count * 2)
            larger.baseAddress!.update(from: buffer.baseAddress!, count: end)
            buffer.deallocate()
            buffer = larger
        }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[end...])))
        if count == 0 { eof = true; return false }
        end += count
        return true
    }

    /// Where the line `peekLine` returned ends (after its newline).
    private var lineEnd = 0

    /// The next physical line, whole in the buffer, without its newline and a carriage return before it; nil at end of
    /// file. The reader does not move: `skipLine()` consumes the line, or `next()` parses the record from the same
    /// place (the line is valid until then).
    mutating func peekLine() throws(ImportError) -> UnsafeBufferPointer<UInt8>? {
        while true {
            let base = buffer.baseAddress!
            if start < end, let newline = memchr(base + start, 0x0A, end - start) {
                let at = newline.assumingMemoryBound(to: UInt8.self) - base
                lineEnd = at + 1
                let stop = at > start && base[at - 1] == 0x0D ? at - 1 : at
                return UnsafeBufferPointer(start: base + start, count: stop - start)
            }
            if try !refill() {
                if start >= end { return nil }
                lineEnd = end
                let b = buffer.baseAddress!
                let stop = b[end - 1] == 0x0D ? end - 1 : end
                return UnsafeBufferPointer(start: b + start, count: stop - start)
            }
        }
    }

    /// Consumes the line `peekLine` returned, as one record.
    mutating func skipLine() {
        start = lineEnd
        recordNumber += 1
    }

    /// Reads the next record; false at end of file.
    mutating func next() throws(ImportError) -> Bool {
        while true {
            if let consumed = parse() {
                start = consumed
                recordNumber += 1
                return true
            }
            // The record is incomplete in the buffer: read more, or take what is left at end of file.
            if try !refill() {
                if start >= end { return false }
                if let consumed = parse(atEnd: true) { start = consumed; recordNumber += 1; return true }
                throw .invalid(path, row: recordNumber + 1, "a quoted field is not closed", zh: "引号字段没有结束")
            }
        }
    }

    /// Parses one record from `start`; the offset after it, or nil when the buffer ends first.
    private mutating func parse(atEnd: Bool = false) -> Int? {
        fieldCount = 0
        unquoted.removeAll(keepingCapacity: true)
        var i = start
        let b = buffer
        while true {
            if i < end, b[i] == 0x22 {   // quoted field
                let fieldStart = unquoted.count
                i += 1
                while true {
                    guard i < end else { return nil }
                    if b[i] == 0x22 {
                        if i + 1 < end, b[i + 1] == 0x22 { unquoted.append(0x22); i += 2; continue }
                        if i + 1 >= end && !atEnd { return nil }
                        i += 1
                        break
                    }
                    unquoted.append(b[i]); i += 1
                }
                append(fieldStart, unquoted.count, quoted: true)
                // After the closing quote: a separator, the end of the record, or (leniently) more bytes up to one.
                while i < end, b[i] != 0x2C, b[i] != 0x0A { i += 1 }
            } else {
                let fieldStart = i
                while i < end, b[i] != 0x2C, b[i] != 0x0A { i += 1 }
                var fieldEnd = i
                if i < end || atEnd {
                    if fieldEnd > fieldStart, b[fieldEnd - 1] == 0x0D, i == end || b[i] == 0x0A { fieldEnd -= 1 }
                }
                append(fieldStart, fieldEnd, quoted: false)
            }
            if i >= end {
                if atEnd { return end }
                return nil
            }
            if b[i] == 0x0A { return i + 1 }
            i += 1   // comma
        }
    }

    private mutating func append(_ s: Int, _ e: Int, quoted q: Bool) {
        if fieldCount < starts.count {
            starts[fieldCount] = s; ends[fieldCount] = e; quoted[fieldCount] = q
        } else {
            starts.append(s); ends.append(e); quoted.append(q)
        }
        fieldCount += 1
    }
}

/// Where the chunk threads leave their tallies: one slot per chunk, each written by one thread only.
private final class ResultSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<ResponseTally?>
    init(_ buffer: UnsafeMutableBufferPointer<ResponseTally?>) { self.buffer = buffer }
}
