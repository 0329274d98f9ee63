import Foundation
import JourneyModel

/// Streams normalized rows to a responses file: line 1 `journeymap-responses,1`, line 2 the header, then one
/// row per respondent with an opaque sequence number. Codes are written from precomputed text, so a million
/// rows cost one buffered copy each.
final class ResponsesFileWriter: ResponseSink {
    private let file: StreamingFileWriter
    private let layout: ResponsesLayout
    /// Per rating column and code: up to 4 bytes of text and their count (code 0 = empty).
    private let codeText: UnsafeMutablePointer<UInt32>
    private let codeLength: UnsafeMutablePointer<UInt8>
    private let isRatingColumn: [Bool]
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
        codeText.initialize(repeating: 0, count: max(1, ratings.count) * 256)
        codeLength = .allocate(capacity: max(1, ratings.count) * 256)
        codeLength.initialize(repeating: 0, count: max(1, ratings.count) * 256)
        for (r, column) in ratings.enumerated() {
            let scale = column.scale!
            for value in scale.min...scale.max {
                let code = value - scale.min + 1
                let digits = Array(String(value).utf8)
                var packed: UInt32 = 0
                for (k, d) in digits.prefix(4).enumerated() { packed |= UInt32(d) << (8 * k) }
                codeText[r * 256 + code] = packed
                codeLength[r * 256 + code] = UInt8(min(4, digits.count))
            }
        }
        isRatingColumn = layout.columns.map(\.kind.isRating)
        lineCapacity = 64 + layout.columns.count * 5
        try file.write(ResponsesFile.magicLine + "\n")
        let header = (["respondent"] + layout.columns.map(\.header)).map(CSVText.escaped).joined(separator: ",")
        try file.write(header + "\n")
    }

    deinit {
        codeText.deallocate()
        codeLength.deallocate()
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
        let codeText = self.codeText, codeLength = self.codeLength
        var r = 0, t = 0
        try row.codes.withUnsafeBufferPointer { (codes) throws(ImportError) in
            for isRating in isRatingColumn {
                line[n] = 0x2C
                n &+= 1
                if isRating {
                    let slot = r &* 256 &+ Int(codes[r])
                    var packed = codeText[slot]
                    let count = Int(codeLength[slot])
                    var k = 0
                    while k < count { line[n] = UInt8(truncatingIfNeeded: packed); packed >>= 8; n &+= 1; k &+= 1 }
                    r &+= 1
                } else {
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
