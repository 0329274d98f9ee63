import Foundation
import JourneyModel

/// Streams normalized rows to a responses file: line 1 `journeymap-responses,1`, line 2 the header, then one
/// row per respondent with an opaque sequence number. Codes are written from precomputed text, so a million
/// rows cost one buffered copy each.
final class ResponsesFileWriter: ResponseSink {
    private let file: StreamingFileWriter
    private let layout: ResponsesLayout
    /// Per rating column: the text of each code (code 0 = empty).
    private let codeTexts: [[[UInt8]]]
    private let isRatingColumn: [Bool]
    private var sequence = 0

    /// Opens the output and writes the two header lines.
    init(path: String, overwrite: Bool, layout: ResponsesLayout) throws(ImportError) {
        self.layout = layout
        file = try StreamingFileWriter(path: path, overwrite: overwrite)
        codeTexts = layout.columns.filter(\.kind.isRating).map { column in
            let scale = column.scale!
            return [[]] + (scale.min...scale.max).map { Array(String($0).utf8) }
        }
        isRatingColumn = layout.columns.map(\.kind.isRating)
        try file.write(ResponsesFile.magicLine + "\n")
        let header = (["respondent"] + layout.columns.map(\.header)).map(CSVText.escaped).joined(separator: ",")
        try file.write(header + "\n")
    }

    func append(_ row: NormalizedRow) throws(ImportError) {
        sequence += 1
        try writeNumber(sequence)
        var r = 0, t = 0
        for isRating in isRatingColumn {
            try file.write(byte: 0x2C)
            if isRating {
                let code = Int(row.codes[r])
                if code != 0 { try file.write(codeTexts[r][code]) }
                r += 1
            } else {
                if let text = row.texts[t] { try file.write(CSVText.escaped(text)) }
                t += 1
            }
        }
        try file.write(byte: 0x0A)
    }

    private var digits = [UInt8](repeating: 0, count: 20)

    private func writeNumber(_ value: Int) throws(ImportError) {
        var n = value, i = 20
        repeat { i -= 1; digits[i] = UInt8(0x30 + n % 10); n /= 10 } while n > 0
        while i < 20 { try file.write(byte: digits[i]); i += 1 }
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
}
