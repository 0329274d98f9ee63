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
        var n = 0
        // The sequence number, digits from a small stack buffer.
        var value = sequence
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            var k = 20
            repeat { k -= 1; raw[k] = UInt8(truncatingIfNeeded: 0x30 + value % 10); value /= 10 } while value > 0
            while k < 20 { line[n] = raw[k]; n += 1; k += 1 }
        }
        let codeText = self.codeText, codeLength = self.codeLength, isRatingColumn = self.isRatingColumn
        var r = 0, t = 0
        try row.codes.withUnsafeBufferPointer { (codes) throws(ImportError) in
            for c in 0..<columnCount {
                if isRatingColumn[c] {
                    // 8 bytes stored, 1–5 kept: `lineCapacity` leaves the slack.
                    let slot = r &* 256 &+ Int(codes[r])
                    UnsafeMutableRawPointer(line + n).storeBytes(of: codeText[slot].littleEndian, as: UInt64.self)
                    n &+= Int(codeLength[slot])
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

    /// Finishes the file and moves it into place.
    func finish() throws(ImportError) { try file.finish() }
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

    /// Whether `escaped` would quote the cell with these UTF-8 bytes (checked on the bytes, without a `String`).
    @inline(__always)
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return true }
        return false
    }
}
