import JourneyModel

/// A streaming RFC 4180 scanner over bytes: quoted fields with delimiters, doubled quotes and line breaks;
/// CRLF, LF and lone CR line ends. It reads in fixed chunks and reuses one record buffer, so memory does not
/// grow with the file; a record's fields are byte views valid until the next call to `nextRecord()`.
///
/// Lenient where spreadsheets are (a quote inside an unquoted field is kept as text, text after a closing
/// quote is appended); strict where data would be lost (a quote left open at the end of the file, or a field
/// over `maxFieldBytes`, is an error naming the line where it started).
public final class CSVScanner {
    /// Scanner settings.
    public struct Options: Sendable, Hashable {
        /// Field separator: `,` (0x2C) or tab (0x09).
        public var delimiter: UInt8
        /// Quote character, or nil for formats without quoting.
        public var quote: UInt8?
        /// Longest field accepted (guards against an unclosed quote swallowing the file).
        public var maxFieldBytes: Int
        /// Bytes read per chunk.
        public var chunkSize: Int

        /// Creates options; defaults to comma, double quote, 1 MiB fields and 64 KiB chunks.
        public init(delimiter: UInt8 = 0x2C, quote: UInt8? = 0x22, maxFieldBytes: Int = InputLimits.fieldBytes, chunkSize: Int = 64 << 10) {
            self.delimiter = delimiter
            self.quote = quote
            self.maxFieldBytes = maxFieldBytes
            self.chunkSize = chunkSize
        }
    }

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    private let source: ByteSource
    private let path: String
    /// Scanner settings.
    let options: Options
    private let chunk: UnsafeMutablePointer<UInt8>
    private let chunkCapacity: Int
    /// All mutable scanning state in one struct, so `nextRecord` works on a local copy (no per-access
    /// exclusivity checks on class properties in the hot loop).
    private struct Cursor {
        var chunkStart = 0
        var chunkEnd = 0
        var sourceEnded = false
        var pendingLF = false
        var recordNumber = 0
        var recordLine = 1
        var recordHasNUL = false
        var line = 1
        /// Bytes of the source before the current chunk.
        var bytesBefore = 0
    }
    private var cursor = Cursor()
    /// The current record: bytes and field ends, reused from record to record.
    private var buffer = RecordBuffer()
    /// Byte classes: 1 = special outside quotes, 2 = special inside quotes, 4 = ends the plain-line fast path
    /// (quote, CR, NUL).
    private let classes: UnsafeMutablePointer<UInt8>

    /// Number of fields in the current record.
    public var fieldCount: Int { buffer.fieldCount }
    /// 1-based number of the current record (what a spreadsheet shows as the row number).
    public var recordNumber: Int { cursor.recordNumber }
    /// Physical line on which the current record starts.
    public var recordLine: Int { cursor.recordLine }
    /// Whether the current record contains a NUL byte.
    public var recordHasNUL: Bool { cursor.recordHasNUL }
    /// The physical line the scanner is on.
    public var line: Int { cursor.line }
    /// Bytes of the source consumed so far: the next record starts there (unless `endsWithCR`).
    var consumedBytes: Int { cursor.bytesBefore + cursor.chunkStart }
    /// Whether the last record ended with a CR whose LF, if any, is not consumed yet.
    var endsWithCR: Bool { cursor.pendingLF }

    /// Creates a scanner over `source`; `path` names the file in messages.
    public convenience init(source: ByteSource, path: String, options: Options = Options()) {
        self.init(source: source, path: path, options: options, recordsBefore: 0)
    }

    /// A scanner over a part of a file that starts after `recordsBefore` records (a chunk of a two-core import):
    /// its records are numbered from `recordsBefore + 1`.
    init(source: ByteSource, path: String, options: Options, recordsBefore: Int) {
        self.source = source
        self.path = path
        self.options = options
        chunkCapacity = max(options.chunkSize, 4)
        chunk = IOBuffer.allocateBytes(chunkCapacity)
        classes = .allocate(capacity: 256)
        classes.initialize(repeating: 0, count: 256)
        for b in [options.delimiter, 0x0A, 0x0D, 0x00] { classes[Int(b)] |= 1 }
        for b in [0x0A, 0x0D, 0x00] as [UInt8] { classes[Int(b)] |= 2 }
        if let quote = options.quote { classes[Int(quote)] |= 2 | 4 }
        for b in [0x0D, 0x00] as [UInt8] { classes[Int(b)] |= 4 }
        cursor.recordNumber = recordsBefore
    }

    deinit {
        chunk.deallocate()
        buffer.deallocate()
        classes.deallocate()
    }

    /// The bytes of field `index` of the current record.
    @inline(__always)
    public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { buffer.field(index) }

    /// The current record's fields as raw pointers.
    var fields: FieldView { FieldView(bytes: buffer.base, ends: buffer.ends, count: buffer.fieldCount, gap: buffer.gap) }

    /// Field `index` as text (invalid UTF-8 repaired with U+FFFD; validate first where it matters).
    public func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// All fields of the current record as text.
    public func strings() -> [String] { (0..<fieldCount).map(string) }

    /// Whether the current record is an empty line.
    public var recordIsBlank: Bool { buffer.fieldCount == 1 && buffer.ends[0] == 0 }

    /// Reads the next record; returns false at the end of the input.
    /// - Throws: `ImportError.invalid` for a quote left open at the end or an oversized field; read errors.
    public func nextRecord() throws(ImportError) -> Bool {
        var record = buffer
        var c = cursor
        defer { buffer = record; cursor = c }
        record.length = 0
        record.fieldCount = 0
        record.base = UnsafePointer(record.bytes)
        record.gap = 0
        c.recordHasNUL = false
        c.recordLine = c.line
        if !c.pendingLF, c.chunkStart < c.chunkEnd, plainLine(&record, &c) { return true }
        var state = State.fieldStart
        var fieldStart = 0
        var quoteLine = c.line
        var sawAnything = false
        var quotedPrevCR = false
                let delimiter = options.delimiter
        let quote: Int = options.quote.map(Int.init) ?? -1
        let classes = self.classes
        let maxField = options.maxFieldBytes
        let bytes = chunk

        while true {
            if c.chunkStart == c.chunkEnd {
                try refill(&c)
                if c.chunkStart == c.chunkEnd {
                    if !sawAnything { return false }
                    if state == .quoted {
                        throw .invalid(path, row: c.recordNumber + 1,
                                       "the file ends inside a quoted field that opens on line \(quoteLine); a closing quote (\") is missing (is the file cut short?)",
                                       zh: "文件在第 \(quoteLine) 行开始的带引号字段中结束；缺少右引号（\"）（文件是否被截断？）")
                    }
                    try record.endField(path: path, row: c.recordNumber + 1)
                    c.recordNumber += 1
                    return true
                }
            }
            var i = c.chunkStart
            let end = c.chunkEnd
            if c.pendingLF {
                c.pendingLF = false
                if bytes[i] == 0x0A { c.chunkStart = i + 1; continue }
            }
            sawAnything = true
            // Room for the rest of this chunk, so the copy loops below need no bounds checks.
            record.reserve(end - i)
            switch state {
            case .fieldStart:
                if Int(bytes[i]) == quote {
                    state = .quoted
                    quoteLine = c.line
                    quotedPrevCR = false
                    c.chunkStart = i + 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                // The hot path: consecutive unquoted fields of this chunk in one tight loop.
                var length = record.length
                let out = record.bytes
                var stop = false
                while i < end {
                    let b = bytes[i]
                    if classes[Int(b)] & 1 == 0 {
                        out[length] = b
                        length &+= 1
                        i &+= 1
                        continue
                    }
                    if b == delimiter {
                        record.length = length
                        if length &- fieldStart > maxField { throw tooLong(c) }
                        try record.endField(path: path, row: c.recordNumber + 1)
                        fieldStart = length
                        i &+= 1
                        if i >= end || Int(bytes[i]) == quote { state = .fieldStart; stop = true; break }
                        continue
                    }
                    if b == 0x0A || b == 0x0D {
                        record.length = length
                        if length &- fieldStart > maxField { throw tooLong(c) }
                        c.chunkStart = i &+ 1
                        c.line += 1
                        if b == 0x0D { c.pendingLF = true }
                        try record.endField(path: path, row: c.recordNumber + 1)
                        c.recordNumber += 1
                        return true
                    }
                    // NUL
                    c.recordHasNUL = true
                    out[length] = b
                    length &+= 1
                    i &+= 1
                }
                record.length = length
                c.chunkStart = i
                if length &- fieldStart > maxField { throw tooLong(c) }
                if stop { continue }
            case .quoted:
                var length = record.length
                let out = record.bytes
                let runStart = i
                while i < end {
                    let b = bytes[i]
                    if classes[Int(b)] & 2 != 0 { break }
                    out[length] = b
                    length += 1
                    i += 1
                }
                if i > runStart { quotedPrevCR = false }
                record.length = length
                if length - fieldStart > maxField { throw tooLong(c) }
                if i == end { c.chunkStart = i; continue }
                let b = bytes[i]
                c.chunkStart = i + 1
                if Int(b) == quote {
                    state = .afterQuote
                } else {
                    if b == 0x0D { c.line += 1; quotedPrevCR = true }
                    else if b == 0x0A { if !quotedPrevCR { c.line += 1 }; quotedPrevCR = false }
                    else { c.recordHasNUL = true; quotedPrevCR = false }
                    record.bytes[record.length] = b
                    record.length += 1
                }
            case .afterQuote:
                let b = bytes[i]
                c.chunkStart = i + 1
                if Int(b) == quote {
                    record.bytes[record.length] = b
                    record.length += 1
                    state = .quoted
                } else if b == delimiter {
                    try record.endField(path: path, row: c.recordNumber + 1)
                    fieldStart = record.length
                    state = .fieldStart
                } else if b == 0x0A || b == 0x0D {
                    c.line += 1
                    if b == 0x0D { c.pendingLF = true }
                    try record.endField(path: path, row: c.recordNumber + 1)
                    c.recordNumber += 1
                    return true
                } else {
                    // Text after a closing quote: keep it, as spreadsheets do.
                    c.chunkStart = i
                    state = .unquoted
                }
            }
        }
    }

    /// The fast path for a record that is one plain line inside the current chunk (no quote, lone CR or NUL before
    /// its LF or CR LF): its fields are found in place, in the chunk, without copying a byte. False, with nothing
    /// consumed, for any other record (the general path then reads it).
    @inline(__always)
    private func plainLine(_ record: inout RecordBuffer, _ c: inout Cursor) -> Bool {
        let bytes = chunk, classes = self.classes, delimiter = options.delimiter
        let start = c.chunkStart
        // Stop at the chunk's end, or where a field could exceed the limit (the general path reports it).
        let end = min(c.chunkEnd, start &+ options.maxFieldBytes)
        let ends = record.ends, capacity = record.endsCapacity
        var count = 0
        var i = start
        while i < end {
            let b = bytes[i]
            let k = classes[Int(b)]
            if k == 0 { i &+= 1; continue }
            // More fields than `ends` holds: the general path (which grows it).
            if count == capacity { return false }
            ends[count] = i &- start
            count &+= 1
            if b == delimiter { i &+= 1; continue }
            // A quote, lone CR or NUL: the general path. CR LF ends the line as LF does (the general path: CR,
            // then the LF skipped).
            var crlf = false
            if k & 4 != 0 {
                guard b == 0x0D, i &+ 1 < end, bytes[i &+ 1] == 0x0A else { return false }
                crlf = true
            }
            // A line feed, or CR LF.
            record.fieldCount = count
            record.length = i &- start
            record.base = UnsafePointer(bytes + start)
            record.gap = 1
            c.chunkStart = crlf ? i &+ 2 : i &+ 1
            c.line += 1
            c.recordNumber += 1
            return true
        }
        return false
    }

    private func tooLong(_ c: Cursor) -> ImportError {
        .invalid(path, row: c.recordNumber + 1,
                 "a field starting on line \(c.recordLine) is longer than \(options.maxFieldBytes >> 10) KiB; is a quote left open?",
                 zh: "从第 \(c.recordLine) 行开始的字段超过 \(options.maxFieldBytes >> 10) KiB；是不是有引号没闭合？")
    }

    private func refill(_ c: inout Cursor) throws(ImportError) {
        c.bytesBefore += c.chunkEnd
        c.chunkStart = 0
        c.chunkEnd = 0
        if c.sourceEnded { return }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: chunk, count: chunkCapacity))
        if n == 0 { c.sourceEnded = true }
        c.chunkEnd = n
    }
}

/// The bytes and field ends of one record, grown as needed and reused from record to record.
struct RecordBuffer {
    var bytes: UnsafeMutablePointer<UInt8>
    /// Where the fields are: `bytes`, or the scanner's chunk for a line read in place.
    var base: UnsafePointer<UInt8>
    /// Bytes between a field's end and the next field's start: 0 in `bytes`, 1 (the delimiter) in place.
    var gap = 0
    var capacity: Int
    var length = 0
    var ends: UnsafeMutablePointer<Int>
    var endsCapacity: Int
    var fieldCount = 0

    init() {
        capacity = 64 << 10
        bytes = .allocate(capacity: capacity)
        base = UnsafePointer(bytes)
        endsCapacity = 64
        ends = .allocate(capacity: endsCapacity)
    }

    func deallocate() {
        bytes.deallocate()
        ends.deallocate()
    }

    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1] &+ gap
        return UnsafeBufferPointer(start: base + start, count: ends[index] - start)
    }

    /// Makes room for `count` more bytes (plus one for a special byte copied singly).
    @inline(__always)
    mutating func reserve(_ count: Int) {
        if length + count + 1 > capacity { grow(length + count + 1) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: bytes, count: length)
        bytes.deallocate()
        bytes = grown
        base = UnsafePointer(grown)
        capacity = newCapacity
    }

    @inline(__always)
    mutating func endField(path: String, row: Int) throws(ImportError) {
        if fieldCount == endsCapacity {
            if endsCapacity >= InputLimits.fields {
                throw .invalid(path, row: row, "the row has more than \(InputLimits.text(InputLimits.fields)) fields (the limit)",
                               zh: "这一行超过 \(InputLimits.text(InputLimits.fields)) 个字段（上限）")
            }
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity * 2)
            grown.update(from: ends, count: fieldCount)
            ends.deallocate()
            ends = grown
            endsCapacity *= 2
        }
        ends[fieldCount] = length
        fieldCount += 1
    }
}
