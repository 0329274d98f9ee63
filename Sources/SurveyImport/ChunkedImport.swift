import Foundation

/// Pass 1 of a CSV import on several threads: the export's data rows are cut into byte ranges just after a line
/// feed, and each range is read, bound, checked and anonymized by its own thread (`PreparedImport.loop`, with its
/// own scanner and 64 KiB read buffer). The first range's rows go straight into the bucket scatter; every later
/// range's rows go to its own buckets (`LaterRangeRows`: a row with a respondent id at once, the rest from the
/// first row without one in a spool, scattered once the rows before them are), and pass 2 renumbers them
/// (ordinal, record number, segment value indices). So each bucket — and the responses file, shuffle and
/// summary — is exactly what one pass gives, wherever the cuts fall.
///
/// A cut inside a quoted field (a comment with a line break) shows as an unclosed quote at the end of the range
/// before it. That, any other error, or any problem in a later range (its record numbers are only known once the
/// ranges before it are read) makes the import read the rows again in one pass, which reports every problem at
/// its true row.
enum ChunkedImport {
    /// Below this many bytes of data rows one thread reads them all.
    static let parallelThreshold = 1 << 20

    /// What one range's thread found.
    private struct ChunkResult {
        var summary: ImportSummary
        /// Records up to the end of the range, counted from the top of the export.
        var records: Int
    }

    /// Where the threads leave their results: one slot per range, each written by one thread only.
    private final class Slots: @unchecked Sendable {
        let prepared: PreparedImport
        let ranges: [Range<Int>]
        let recordsBefore: Int
        let rows: ScatteredRows
        let laterRanges: [LaterRangeRows?]
        let options: CSVScanner.Options
        let results: UnsafeMutableBufferPointer<ChunkResult?>

        init(prepared: PreparedImport, ranges: [Range<Int>], recordsBefore: Int, rows: ScatteredRows,
             laterRanges: [LaterRangeRows?], options: CSVScanner.Options) {
            self.prepared = prepared
            self.ranges = ranges
            self.recordsBefore = recordsBefore
            self.rows = rows
            self.laterRanges = laterRanges
            self.options = options
            results = .allocate(capacity: ranges.count)
            results.initialize(repeating: nil)
        }

        deinit {
            results.deinitialize()
            results.deallocate()
        }

        /// Reads range `k` (its rows into the scatter for k = 0, else into its own buckets); nil on any error.
        func run(_ k: Int) {
            var worker = prepared
            do {
                let scanner = CSVScanner(source: try FileRangeByteSource(path: worker.exportPath, range: ranges[k]),
                                         path: worker.exportPath, options: options, recordsBefore: k == 0 ? recordsBefore : 0)
                if let later = laterRanges[k] { try worker.loop(scanner, into: later) } else { try worker.loop(scanner, into: rows) }
                results[k] = ChunkResult(summary: worker.summary, records: scanner.recordNumber)
            } catch {
                results[k] = nil
            }
        }
    }

    /// The number of ranges to read `prepared`'s rows in: `chunkCount` when a test forces it, else two on a
    /// machine with two cores when the rows take at least `parallelThreshold` bytes; 1 when they cannot be cut
    /// (not a UTF-8 CSV read from disk, or a header ending in a lone CR).
    static func rangeCount(_ prepared: PreparedImport, rowBytes: Int) -> Int {
        guard prepared.dataStart != nil, prepared.source is CSVScanner else { return 1 }
        if let forced = prepared.options.chunkCount { return max(1, forced) }
        return rowBytes >= parallelThreshold && ProcessInfo.processInfo.activeProcessorCount >= 2 ? 2 : 1
    }

    /// Reads the rows of `prepared` on several threads into a scatter made by `makeRows`; returns it with the
    /// summary of the rows read, or nil when the caller must read the rows in one pass (see the type's notes).
    static func read(_ prepared: PreparedImport, scratchDirectory: String?,
                     makeRows: () throws(ImportError) -> ScatteredRows) throws(ImportError) -> (rows: ScatteredRows, summary: ImportSummary)? {
        guard let dataStart = prepared.dataStart, let scanner = prepared.source as? CSVScanner else { return nil }
        let size = fileSize(prepared.exportPath)
        let count = rangeCount(prepared, rowBytes: size - dataStart)
        guard count > 1, dataStart < size else { return nil }
        let ranges = try FileRangeByteSource.lineRanges(dataStart..<size, count: count, path: prepared.exportPath)
        guard ranges.count > 1 else { return nil }
        let rows = try makeRows()
        // Scratch files are created here, on one thread (`TemporaryFiles` registers them).
        var laterRanges: [LaterRangeRows?] = [nil]
        for _ in 1..<ranges.count { laterRanges.append(try rows.makeLaterRange(directory: scratchDirectory)) }
        let slots = Slots(prepared: prepared, ranges: ranges, recordsBefore: scanner.recordNumber, rows: rows,
                          laterRanges: laterRanges, options: scanner.options)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { slots.run($0) }
        guard let first = slots.results[0] else { return nil }
        var summary = first.summary, records = first.records
        for k in 1..<ranges.count {
            guard let result = slots.results[k], let later = laterRanges[k], result.summary.problemCount == 0, result.summary.badRows == 0,
                  !later.levels.overflowed.contains(true) else { return nil }
            try rows.adopt(later, rowNumberOffset: records)
            summary.addRowCounts(of: result.summary)
            records += result.records
        }
        return (rows, summary)
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
