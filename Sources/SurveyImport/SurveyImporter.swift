import Foundation
import JourneyModel

/// The import pipeline: detect the encoding and format, read the header rows, bind columns to the journey,
/// then stream the data rows — filter, map values, anonymize — into the responses file (or memory).
/// Memory stays flat: one record buffer, one output buffer, and one bucket of the shuffle (`ScatteredRows`).
public enum SurveyImporter {
    /// Imports `exportPath` for `journey` and writes the normalized file to `outputPath` (atomically; an existing
    /// file is replaced only with `overwrite`). Returns the summary; nothing is written when it throws.
    public static func importSurvey(exportPath: String, journey: Journey, options: ImportOptions = ImportOptions(),
                                    outputPath: String, overwrite: Bool) throws(ImportError) -> ImportSummary {
        try importSurvey(exportPath: exportPath, journey: journey, options: options,
                         destination: ResponsesFile.destination(path: outputPath, inputs: [exportPath], force: overwrite))
    }

    /// Imports `exportPath` into `destination` (see `ResponsesFile.destination`), checked before reading the export.
    public static func importSurvey(exportPath: String, journey: Journey, options: ImportOptions = ImportOptions(),
                                    destination: OutputDestination) throws(ImportError) -> ImportSummary {
        let outputPath = destination.path
        do { try destination.check() } catch { throw .output(error) }
        HeapReturn.pinMmapThreshold()
        var prepared = try prepare(exportPath: exportPath, journey: journey, options: options)
        let writer = try ResponsesFileWriter(destination: destination, layout: prepared.plan.layout)
        var sink = writer
        try prepared.run(into: &sink, scratchDirectory: URL(fileURLWithPath: outputPath).deletingLastPathComponent().path)
        try writer.finish()
        prepared.summary.outputPath = outputPath
        return prepared.summary
    }

    /// Imports into memory (tests, and callers that analyze without writing).
    public static func load(exportPath: String, journey: Journey,
                            options: ImportOptions = ImportOptions()) throws(ImportError) -> (responses: SurveyResponses, summary: ImportSummary) {
        var prepared = try prepare(exportPath: exportPath, journey: journey, options: options)
        var builder = SurveyResponsesBuilder(layout: prepared.plan.layout)
        try prepared.run(into: &builder)
        return (builder.build(), prepared.summary)
    }

    static func prepare(exportPath: String, journey: Journey, options: ImportOptions) throws(ImportError) -> PreparedImport {
        let sample = try readSample(exportPath)
        if let container = try prepareContainer(sample: sample.bytes, exportPath: exportPath, journey: journey, options: options) {
            return container
        }
        if let sheet = options.sheet {
            throw .usage(LocalizedText(en: "--sheet \(DiagnosticText.quoted(sheet)) applies only to Excel workbooks (.xlsx); \(exportPath) is not one",
                                       zh: "--sheet \(DiagnosticText.quoted(sheet)) 只适用于 Excel 工作簿（.xlsx）；\(exportPath) 不是工作簿"))
        }
        var encoding = EncodingDetector.detect(sample: sample.bytes, isWholeFile: sample.isWholeFile, choice: options.encoding)
        // The export's fingerprint (the shuffle's seed), when the scan below reads the whole file anyway.
        var fingerprint: UInt64?
        if options.encoding == .auto, !sample.isWholeFile, encoding.encoding == .utf8, encoding.bomLength == 0,
           !sample.bytes.contains(where: { $0 >= 0x80 }) {
            let scan = try readFirstNonASCIIWindow(exportPath)
            fingerprint = scan.fingerprint
            if let window = scan.window {
                // The first MiB is ASCII (a long English header, many numeric rows): decide on the first bytes that are not.
                var later = EncodingDetector.detect(sample: window.bytes, isWholeFile: window.isWholeFile, choice: .auto)
                later.bomLength = 0
                later.reason = "the first MiB is plain ASCII; at byte \(window.offset) \(later.reason)"
                encoding = later
            }
        }
        let decodedSample = try decode(sample.bytes, encoding)
        let detected = FormatDetector.detect(sample: decodedSample, delimiter: options.delimiter)
        var format = detected.format, formatReason = detected.reason
        if let forced = options.format {
            formatReason = forced == detected.format ? "--format \(forced.rawValue), as detected" : "--format \(forced.rawValue)"
            format = forced
        }
        if format == .limeSurveyXML {
            guard detected.format == .limeSurveyXML else {
                throw .invalid(exportPath, "--format limesurvey-xml, but the file is not XML", zh: "指定了 --format limesurvey-xml，但文件不是 XML")
            }
            if let line = XMLPrologCheck.doctypeLine(decodedSample) {
                throw .invalid([ImportProblem(.error, at: SourceLocation(path: exportPath, line: line, column: 1),
                                              "the XML has a DOCTYPE; survey exports never need one, and it is refused for safety (entities and external references are not read)",
                                              zh: "XML 中有 DOCTYPE；问卷导出文件从不需要它，为安全起见拒绝读取（不读取实体和外部引用）")])
            }
            let reader = try LimeSurveyXMLReader(path: exportPath)
            return try PreparedImport(source: reader, layout: reader.layout, exportPath: exportPath, journey: journey,
                                      options: options, format: format, formatReason: formatReason, encoding: .utf8,
                                      encodingReason: "XML declares its own encoding")
        }
        if detected.format == .limeSurveyXML {
            throw .invalid(exportPath, "the file is XML; only LimeSurvey's responses XML is read (--format limesurvey-xml)",
                           zh: "这是 XML 文件；只能读取 LimeSurvey 的作答 XML（--format limesurvey-xml）")
        }
        var delimiter = format.defaultDelimiter
        if format != .tsv && format != .csv || options.format == nil { delimiter = FormatDetector.guessDelimiter(decodedSample) }
        if options.format == .csv { delimiter = 0x2C } else if options.format == .tsv { delimiter = 0x09 }
        if let forced = options.delimiter { delimiter = forced }
        var source: ByteSource = try FileByteSource(path: exportPath)
        if encoding.bomLength > 0 { source = SkippingByteSource(source, skipping: encoding.bomLength) }
        if encoding.encoding != .utf8 { source = try TextDecoder(source, from: encoding.encoding) }
        let scanner = CSVScanner(source: source, path: exportPath, options: .init(delimiter: delimiter))
        let sampleRows = FormatDetector.firstRecords(decodedSample, delimiter: delimiter, count: 3)
        let headerCount = headerRowCount(format, sampleRows: sampleRows)
        var headerRows: [[String]] = []
        while headerRows.count < headerCount, try scanner.nextRecord() {
            if scanner.recordIsBlank { continue }
            for i in 0..<scanner.fieldCount where UTF8Check.firstInvalid(scanner.field(i)) != nil {
                throw .invalid(exportPath, row: scanner.recordNumber,
                               "the header has bytes that are not valid \(encoding.encoding.rawValue) (read as \(encoding.encoding.rawValue) because \(encoding.reason)); pass --encoding gb18030, windows-1252, mac-roman, big5, shift-jis, utf-16 or utf-8",
                               zh: "表头中有不符合 \(encoding.encoding.rawValue) 的字节（按 \(encoding.encoding.rawValue) 读取，因为\(encoding.reason)）；请加 --encoding gb18030、windows-1252、mac-roman、big5、shift-jis、utf-16 或 utf-8")
            }
            headerRows.append(scanner.strings())
        }
        try ImportLimits.check(headerRows: headerRows, path: exportPath)
        let layout = try dialectLayout(format, headerRows: headerRows, path: exportPath)
        var prepared = try PreparedImport(source: scanner, layout: layout, exportPath: exportPath, journey: journey, options: options,
                                          format: format, formatReason: formatReason, encoding: encoding.encoding,
                                          encodingReason: encoding.reason, decoder: source as? TextDecoder, fingerprint: fingerprint)
        if encoding.encoding == .utf8, !scanner.endsWithCR { prepared.dataStart = encoding.bomLength + scanner.consumedBytes }
        // Size the row buffer once: lines in the sample scaled to the file (a modest over-estimate is harmless).
        let lines = max(1, decodedSample.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: exportPath)[.size] as? Int) ?? 0
        if sample.isWholeFile { prepared.estimatedRows = lines } else if sample.bytes.count > 0 {
            prepared.estimatedRows = min(50_000_000, Int(Double(fileSize) / Double(sample.bytes.count) * Double(lines) * 1.02))
        }
        return prepared
    }

    /// How many header rows the format has (Qualtrics: 3 with its ImportId row, else 2).
    static func headerRowCount(_ format: SurveyFormat, sampleRows: [[String]]) -> Int {
        switch format {
        case .qualtrics: return sampleRows.count > 2 && sampleRows[2].contains { QualtricsDialect.isImportIDCell($0) } ? 3 : 2
        case .surveyMonkey, .limeSurveyVV: return 2
        default: return 1
        }
    }

    /// The dialect's reading of the header rows.
    static func dialectLayout(_ format: SurveyFormat, headerRows: [[String]], path exportPath: String) throws(ImportError) -> SurveyLayout {
        let layout: SurveyLayout
        switch format {
        case .csv, .tsv:
            var plain = try PlainDialect.layout(headerRows: headerRows, path: exportPath)
            plain.format = format
            layout = plain
        case .qualtrics: layout = try QualtricsDialect.layout(headerRows: headerRows, path: exportPath)
        case .surveyMonkey: layout = try SurveyMonkeyDialect.layout(headerRows: headerRows, path: exportPath)
        case .googleForms: layout = try GoogleFormsDialect.layout(headerRows: headerRows, path: exportPath)
        case .wjx: layout = try WJXDialect.layout(headerRows: headerRows, path: exportPath)
        case .limeSurveyVV: layout = try LimeSurveyVVDialect.layout(headerRows: headerRows, path: exportPath)
        case .limeSurveyCSV: layout = try LimeSurveyCSVDialect.layout(headerRows: headerRows, path: exportPath)
        case .limeSurveyXML: throw .usage(LocalizedText(en: "LimeSurvey XML is read by its own reader", zh: "LimeSurvey XML 由专门的读取器读取"))
        }
        return layout
    }

    private static func readSample(_ path: String) throws(ImportError) -> (bytes: [UInt8], isWholeFile: Bool) {
        let file = try FileByteSource(path: path)
        let size = EncodingDetector.sampleSize
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 1)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < size {
            let n = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if n == 0 { return (Array(buffer[..<filled]), true) }
            filled += n
        }
        return (Array(buffer[..<filled]), false)
    }

    /// From the first byte ≥ 0x80 on, up to 64 KiB (nil when the whole file is ASCII), and the export's fingerprint when
    /// the whole file was read (nil once a byte ≥ 0x80 turned up).
    private static func readFirstNonASCIIWindow(_ path: String) throws(ImportError)
        -> (window: (bytes: [UInt8], isWholeFile: Bool, offset: Int)?, fingerprint: UInt64?) {
        let file = try FileByteSource(path: path)
        let size = ExportFingerprint.blockSize
        let buffer = IOBuffer.allocate(byteCount: size)
        defer { buffer.deallocate() }
        var offset = 0
        var window: [UInt8] = []
        var start: Int?
        // The same reads as `ExportFingerprint.hash`, so while no byte ≥ 0x80 has turned up the blocks also feed the
        // fingerprint, and an ASCII export is read once for both.
        var fingerprint = ExportFingerprint()
        while true {
            let n = try file.read(into: buffer)
            if n == 0 { return (start.map { (window, true, $0) }, start == nil ? fingerprint.value : nil) }
            if start == nil {
                let block = UnsafeRawBufferPointer(rebasing: buffer[..<n])
                if fingerprint.add(block), let first = firstNonASCII(buffer, count: n) {
                    start = offset + first
                    window.append(contentsOf: buffer[first..<n])
                }
            } else {
                window.append(contentsOf: buffer[..<n])
            }
            offset += n
            if window.count >= 64 << 10 { return ((Array(window.prefix(64 << 10)), false, start!), nil) }
        }
    }

    /// The index of the first byte ≥ 0x80 among the first `count`, testing 8 bytes at a time (this scans the
    /// whole of an ASCII export).
    private static func firstNonASCII(_ buffer: UnsafeMutableRawBufferPointer, count: Int) -> Int? {
        var i = 0
        while i + 8 <= count {
            if buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < count { if buffer[i] >= 0x80 { return i }; i += 1 }
        return nil
    }

    private static func decode(_ bytes: [UInt8], _ encoding: EncodingDetector.Result) throws(ImportError) -> [UInt8] {
        let body = Array(bytes.dropFirst(encoding.bomLength))
        guard encoding.encoding != .utf8 else { return body }
        let decoder = try TextDecoder(MemoryByteSource(body), from: encoding.encoding)
        var out: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 1)
        defer { chunk.deallocate() }
        while out.count < 4 << 20 {
            let n = try decoder.read(into: chunk)
            if n == 0 { break }
            out.append(contentsOf: chunk[..<n])
        }
        return out
    }
}

/// An import with its source open, header read and columns bound, ready to stream the data rows.
struct PreparedImport {
    let source: RowSource
    let layout: SurveyLayout
    let plan: BindingPlan
    let options: ImportOptions
    let exportPath: String
    let journey: Journey
    var summary: ImportSummary
    let decoder: TextDecoder?
    /// The column whose repeated values are duplicate responses (the declared respondent id, else the tool's own).
    let duplicateKeyColumn: SurveyColumn?
    /// The respondent shuffle's seed.
    let seed: UInt64
    /// Rows the export probably holds (file size over the sample's bytes per line), to size the row buffer once.
    var estimatedRows = 0
    /// Byte offset of the first data row in the export, when the rows are UTF-8 read straight from the file (so a
    /// byte range of them can be read on its own, `ChunkedImport`); nil otherwise.
    var dataStart: Int?

    /// Binds the columns and sets up the summary; `fingerprint` is the export's `ExportFingerprint` when the caller
    /// already read the whole file (else it is computed here, unless `options.seed` is given).
    init(source: RowSource, layout: SurveyLayout, exportPath: String, journey: Journey, options: ImportOptions,
         format: SurveyFormat, formatReason: String, encoding: TextEncoding, encodingReason: String,
         decoder: TextDecoder? = nil, fingerprint: UInt64? = nil) throws(ImportError) {
        self.source = source
        self.layout = layout
        self.options = options
        self.exportPath = exportPath
        self.journey = journey
        self.decoder = decoder
        var binder = ColumnBinder(journey: journey, layout: layout, exportPath: exportPath)
        let plan = try binder.bind()
        self.plan = plan
        var summary = ImportSummary(exportPath: exportPath, format: format, formatReason: formatReason,
                                encoding: encoding, encodingReason: encodingReason)
        summary.bindings = plan.bindings
        summary.respondentColumn = plan.respondent?.label
        summary.unboundTouchpoints = plan.unboundTouchpoints.map { ($0.id, $0.name) }
        summary.droppedIdentifying = plan.droppedIdentifying.filter { $0.column.index != plan.respondent?.index }
            .map { ($0.column.label, $0.kind.rawValue) }
        summary.otherDroppedCount = plan.otherDroppedCount
        summary.badRowLimit = options.maxBadRows
        let keyColumn = plan.respondent ?? layout.columns.first { RespondentIDColumns.known.contains($0.id ?? $0.text) }
        duplicateKeyColumn = keyColumn
        if options.dedupe != nil, keyColumn == nil {
            throw .usage(LocalizedText(en: "--dedupe needs a respondent id column, and the export has none the journey declares or the tool writes; declare it with survey.respondent",
                                       zh: "--dedupe 需要受访者 id 列，而导出文件中没有旅程声明的或工具认识的 id 列；请在 survey.respondent 中声明"))
        }
        summary.duplicateKeyColumn = keyColumn?.label
        summary.dedupe = options.dedupe
        summary.seedGiven = options.seed != nil
        if let given = options.seed { seed = given } else if let fingerprint { seed = fingerprint } else {
            seed = try ExportFingerprint.hash(path: exportPath)
        }
        for touchpoint in plan.unboundTouchpoints {
            summary.unboundSuggestions[touchpoint.id] = HeaderSuggester.closest(to: [touchpoint.name, touchpoint.id], among: layout.columns)
                .map(HeaderSuggester.describe)
        }
        self.summary = summary
    }

    /// Reads every data row into the bucket scatter (`ScatteredRows`, scratch file in `scratchDirectory`, else
    /// TMPDIR), then hands the kept rows to `sink` bucket by bucket in the seeded shuffled order and checks the
    /// result as a whole (bindings, duplicates, identifying content). When a check fails it throws after the
    /// rows reached the sink: the file sink's output is then discarded, never moved into place.
    mutating func run<Sink: ResponseSink>(into sink: inout Sink, scratchDirectory: String? = nil) throws(ImportError) {
        let ratingCount = plan.layout.ratingIndices.count, textCount = plan.layout.textIndices.count
        let recordBytes = 24 + ratingCount + 4 * textCount + 8 * plan.layout.columns.filter { $0.kind == .comment }.count
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: exportPath)[.size] as? Int) ?? 0
        // CSV: the estimated rows; a container (XLSX, XML) inflates, so its size on disk is a lower bound.
        let expectedBytes = estimatedRows > 0 ? estimatedRows * recordBytes : 2 * fileBytes
        let buckets = options.bucketCount ?? PseudonymPermutation.bucketCount(expectedBytes: expectedBytes, bucketBytes: 4 << 20)
        let (layout, seed) = (plan.layout, self.seed)
        func makeRows() throws(ImportError) -> ScatteredRows {
            try ScatteredRows(layout: layout, seed: seed, bucketCount: buckets, directory: scratchDirectory)
        }
        let rows: ScatteredRows
        if let chunked = try ChunkedImport.read(self, scratchDirectory: scratchDirectory, makeRows: makeRows) {
            rows = chunked.rows
            summary = chunked.summary
        } else {
            rows = try makeRows()
            do {
                if let scanner = source as? CSVScanner { try loop(scanner, into: rows) } else { try loop(source, into: rows) }
            } catch {
                // A fatal problem (an unclosed quote, broken XML): report the problems found before it too.
                if case .invalid(let fatal) = error { throw .invalid(summary.problems + fatal) }
                throw error
            }
        }
        summary.badRowsAllowed = options.maxBadRows.allowed(among: summary.rowsRead)
        if summary.badRows > summary.badRowsAllowed {
            var problems = summary.problems
            if summary.problemCount > problems.count {
                problems.append(ImportProblem(.note, path: exportPath, "\(summary.problemCount - problems.count) more problems not shown",
                                              zh: "另有 \(summary.problemCount - problems.count) 个问题未列出"))
            }
            problems.append(ImportProblem(.error, path: exportPath,
                                          "\(summary.badRows) of \(summary.rowsRead) rows are bad, over the limit of \(summary.badRowsAllowed) (--max-bad-rows \(options.maxBadRows)); nothing was written",
                                          zh: "\(summary.rowsRead) 行中有 \(summary.badRows) 行有问题，超过上限 \(summary.badRowsAllowed) 行（--max-bad-rows \(options.maxBadRows)）；没有写入任何文件"))
            throw .invalid(problems)
        }
        let drained = try rows.drain(into: &sink, policy: options.dedupe)
        summary.duplicateCount = drained.duplicates.count
        summary.duplicateExamples = drained.duplicates.examples
        summary.rowsKept = drained.kept
        try ImportResultCheck(prepared: self, drained: drained).check()
    }

    /// Pass 1 over `source`'s data rows: each row checked, its values mapped and its texts anonymized; kept rows go
    /// to `sink`, problems and counts to `summary`.
    mutating func loop<Source: RowSource, Sink: KeptRowSink>(_ source: Source, into sink: Sink) throws(ImportError) {
        let bindings = plan.bindings
        let columnCount = layout.columns.count
        var row = NormalizedRow(layout: plan.layout)
        var ratingColumns: [Int] = [], ratingLabels: [String] = []
        var mappers: [ValueMapper] = []
        var textColumns: [Int] = [], textIsComment: [Bool] = [], textLabels: [String] = []
        let labels = journey.survey?.labels ?? [:]
        let missingAnswers = journey.survey?.missing ?? []
        let missingSet = Set(missingAnswers.map(ImportText.folded))
        let keyColumn = duplicateKeyColumn?.index
        for binding in bindings {
            if binding.output.kind.isRating {
                ratingColumns.append(binding.column.index)
                ratingLabels.append(binding.column.label)
                let isKano = binding.output.kind == .kanoFunctional || binding.output.kind == .kanoDysfunctional
                mappers.append(ValueMapper(scale: binding.output.scale!, journeyLabels: labels, journeyMissing: missingAnswers,
                                           layout: layout, isKano: isKano))
            } else {
                textColumns.append(binding.column.index)
                textIsComment.append(binding.output.kind == .comment)
                textLabels.append(binding.column.label)
            }
        }
        let anonymizer = Anonymizer()
        var segmentMemo = [ByteMemo<(text: String?, masked: Int, id: UInt32)>](repeating: ByteMemo(), count: textColumns.count)
        var segmentIDs = [UInt32](repeating: 0, count: textColumns.count)
        let ratingCount = ratingColumns.count
        let fastColumns = UnsafeMutablePointer<Int>.allocate(capacity: max(1, ratingCount))
        let fastMins = UnsafeMutablePointer<Int>.allocate(capacity: max(1, ratingCount))
        let fastMaxs = UnsafeMutablePointer<Int>.allocate(capacity: max(1, ratingCount))
        let fastCodes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, ratingCount))
        let slowColumns = UnsafeMutablePointer<Int>.allocate(capacity: max(1, ratingCount))
        defer { fastColumns.deallocate(); fastMins.deallocate(); fastMaxs.deallocate(); fastCodes.deallocate(); slowColumns.deallocate() }
        // Per rating column and byte: the code of a one-character cell that is a digit on the scale, else 0xFF.
        let digitCodes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, ratingCount) * 256)
        digitCodes.initialize(repeating: 0xFF, count: max(1, ratingCount) * 256)
        defer { digitCodes.deallocate() }
        for k in 0..<ratingCount {
            fastColumns[k] = ratingColumns[k]
            fastMins[k] = mappers[k].scale.min
            fastMaxs[k] = mappers[k].scale.max
            for digit in 0...9 where digit >= fastMins[k] && digit <= fastMaxs[k] {
                digitCodes[k * 256 + 0x30 + digit] = UInt8(digit - fastMins[k] + 1)
            }
        }
        let hasFilters = layout.statusColumn != nil || layout.finishedColumn != nil || layout.progressColumn != nil
            || layout.submitDateColumn != nil
        let includePartial = options.includePartial
        let encodingName = summary.encoding.rawValue

        while try source.nextRecord() {
            if source.recordIsBlank { summary.blankLines += 1; continue }
            summary.rowsRead += 1
            let rowNumber = source.recordNumber
            var count = source.fieldCount
            if count > columnCount {
                // Trailing empty fields (a spreadsheet's extra commas) are harmless.
                var extraEmpty = true
                for i in columnCount..<count where !source.field(i).isEmpty { extraEmpty = false; break }
                if extraEmpty { count = columnCount }
            }
            if count != columnCount {
                malformed(rowNumber, nil, "the row has \(source.fieldCount) fields but the header has \(columnCount); row skipped (a stray delimiter or quote?)",
                          zh: "这一行有 \(source.fieldCount) 个字段，表头有 \(columnCount) 个；已跳过该行（多了分隔符或引号？）")
                continue
            }
            if source.recordHasNUL {
                let column = (0..<count).first { source.field($0).contains(0) }.map { layout.columns[$0].label }
                malformed(rowNumber, column, "the row contains a NUL byte (a binary file, or UTF-16 without a byte-order mark? try --encoding utf-16); row skipped",
                          zh: "这一行含有 NUL 字节（二进制文件，或没有字节序标记的 UTF-16？试试 --encoding utf-16）；已跳过该行")
                continue
            }
            if hasFilters, let reason = filterReason(source, includePartial: includePartial) {
                summary.skip(reason)
                continue
            }
            var excluded = false
            var broken: (column: String, message: String)?
            // Fast path: empty cells and plain whole numbers on the scale, into `fastCodes` in one loop over raw
            // pointers; everything else goes to the mapper.
            let fields = source.fields
            let bytes = fields.bytes, ends = fields.ends, gap = fields.gap
            var slowCount = 0
            for k in 0..<ratingCount {
                let column = fastColumns[k]
                let start = column == 0 ? 0 : ends[column &- 1] &+ gap
                let length = ends[column] &- start
                if length == 1 {
                    let code = digitCodes[k &<< 8 | Int(bytes[start])]
                    if code != 0xFF { fastCodes[k] = code; continue }
                } else if length == 0 {
                    fastCodes[k] = 0
                    continue
                }
                let cell = UnsafeBufferPointer(start: bytes + start, count: length)
                let low = fastMins[k]
                if let value = ValueMapper.fastInteger(cell), value >= low, value <= fastMaxs[k] {
                    fastCodes[k] = UInt8(truncatingIfNeeded: value - low + 1)
                    continue
                }
                slowColumns[slowCount] = k
                slowCount &+= 1
            }
            if ratingCount > 0 { row.codes.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: fastCodes, count: ratingCount) } }
            for s in 0..<slowCount {
                let k = slowColumns[s]
                let cell = source.field(ratingColumns[k])
                switch mappers[k].map(cell) {
                case .value(let value):
                    row.codes[k] = UInt8(value - mappers[k].scale.min + 1)
                case .empty:
                    row.codes[k] = 0
                case .notApplicable:
                    row.codes[k] = 0
                    summary.notApplicableAnswers += 1
                case .invalidBytes:
                    row.codes[k] = 0
                    if broken == nil { broken = (ratingLabels[k], invalidBytesMessage(encodingName)) }
                case .outOfRange(let text):
                    row.codes[k] = 0
                    excluded = true
                    summary.record(ImportProblem(.error, path: exportPath, row: rowNumber, column: ratingLabels[k],
                                                 "value \(CellExcerpt.quoted(text)) is not on the \(mappers[k].scale.rangeText) scale; excluded",
                                                 zh: "值 \(CellExcerpt.quoted(text)) 不在 \(mappers[k].scale.rangeText) 量表上；已排除"))
                case .unknown(let text):
                    row.codes[k] = 0
                    excluded = true
                    summary.record(ImportProblem(.error, path: exportPath, row: rowNumber, column: ratingLabels[k],
                                                 "the answer \(CellExcerpt.quoted(text)) is not on the \(mappers[k].scale.rangeText) scale (neither a number nor a label in survey.labels or the built-in Likert labels; if it means \"not experienced\", add it to survey.missing); excluded",
                                                 zh: "答案 \(CellExcerpt.quoted(text)) 不在 \(mappers[k].scale.rangeText) 量表上（既不是数字，也不是 survey.labels 或内置李克特标签中的文字；如果它表示「未经历」，请加到 survey.missing）；已排除"))
                case .notWhole(let text):
                    row.codes[k] = 0
                    excluded = true
                    summary.record(ImportProblem(.error, path: exportPath, row: rowNumber, column: ratingLabels[k],
                                                 "value \(CellExcerpt.quoted(text)) is not a whole number on the \(mappers[k].scale.rangeText) scale; excluded",
                                                 zh: "值 \(CellExcerpt.quoted(text)) 不是 \(mappers[k].scale.rangeText) 量表上的整数；已排除"))
                case .severalChoices(let text):
                    row.codes[k] = 0
                    excluded = true
                    summary.record(ImportProblem(.error, path: exportPath, row: rowNumber, column: ratingLabels[k],
                                                 "the answer \(CellExcerpt.quoted(text)) holds several choices; a rating takes one; excluded",
                                                 zh: "答案 \(CellExcerpt.quoted(text)) 包含多个选项；评分只能选一个；已排除"))
                }
            }
            for k in 0..<textColumns.count {
                let cell = source.field(textColumns[k])
                if cell.isEmpty { row.texts[k] = nil; segmentIDs[k] = 0; continue }
                // Segments have few distinct values: each is cleaned, checked and masked once, then found by its bytes.
                if !textIsComment[k], let known = segmentMemo[k].lookup(cell) {
                    row.texts[k] = known.text
                    segmentIDs[k] = known.id
                    summary.maskedInText += known.masked
                    continue
                }
                guard UTF8Check.firstInvalid(cell) == nil else {
                    if broken == nil { broken = (textLabels[k], invalidBytesMessage(encodingName)) }
                    continue
                }
                var text = String(decoding: cell, as: UTF8.self)
                if layout.usesVVEscapes { text = LimeSurveyVVDialect.unescape(text) }
                if text.utf8.contains(0x0D) { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
                var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if layout.hasFillInText && !textIsComment[k] { trimmed = WJXDialect.choiceWithoutFillIn(trimmed) }
                let folded = trimmed.lowercased()
                if trimmed.isEmpty || layout.skipMarkers.contains(trimmed)
                    || !textIsComment[k] && (LikertLabels.isNotApplicable(folded) || missingSet.contains(ImportText.normalized(folded))) {
                    row.texts[k] = nil
                    segmentIDs[k] = 0
                    if !textIsComment[k], segmentMemo[k].count < 4096 { segmentMemo[k].insert(cell, (nil, 0, 0)) }
                    continue
                }
                let redacted = anonymizer.redact(textIsComment[k] ? trimmed : ImportText.normalized(trimmed))
                summary.maskedInText += redacted.masked
                row.texts[k] = redacted.text
                if !textIsComment[k] {
                    segmentIDs[k] = sink.intern(slot: k, redacted.text)
                    if segmentMemo[k].count < 4096 { segmentMemo[k].insert(cell, (redacted.text, redacted.masked, segmentIDs[k])) }
                }
            }
            if let broken {
                malformed(rowNumber, broken.column, broken.message)
                continue
            }
            if excluded {
                summary.rowsWithExcludedValues += 1
                summary.badRows += 1
            }
            var hash: UInt64 = 0
            if let keyColumn, keyColumn < source.fieldCount { hash = RespondentIDColumns.hash(source.field(keyColumn)) ?? 0 }
            try sink.append(row, segmentIDs: segmentIDs, idHash: hash, rowNumber: rowNumber)
            summary.rowsKept += 1
        }
    }

    private func invalidBytesMessage(_ encoding: String) -> String {
        "the cell has bytes that are not valid \(encoding) (is the file in another encoding? try --encoding gb18030, utf-16 or utf-8); row skipped"
    }

    private mutating func malformed(_ row: Int, _ column: String?, _ message: String, zh: String? = nil) {
        summary.badRows += 1
        summary.skip("malformed")
        summary.record(ImportProblem(.warning, path: exportPath, row: row, column: column, message, zh: zh))
    }

    /// Why a row is not a real, finished response (Qualtrics status and completion, LimeSurvey submit date).
    private func filterReason<Source: RowSource>(_ source: Source, includePartial: Bool) -> String? {
        func text(_ index: Int?) -> String? {
            guard let index, index < source.fieldCount else { return nil }
            return String(decoding: source.field(index), as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        if let status = text(layout.statusColumn), !status.isEmpty, !QualtricsDialect.keptStatuses.contains(status) {
            return (QualtricsDialect.statusReasons[status] ?? "status \(status)") + " (Status \(status))"
        }
        if !includePartial {
            if let finished = text(layout.finishedColumn) {
                if finished == "0" || finished.lowercased() == "false" { return "unfinished (Finished = \(finished); --include-partial keeps them)" }
            } else if let progress = text(layout.progressColumn), let value = Double(progress), value < 100 {
                return "unfinished (Progress \(progress)%; --include-partial keeps them)"
            }
            if layout.submitDateColumn != nil, let submitted = text(layout.submitDateColumn),
               submitted.isEmpty || submitted == "{question_not_shown}" {
                return "incomplete (no submitdate; --include-partial keeps them)"
            }
        }
        return nil
    }
}

/// Finds a DOCTYPE in an XML prolog before libxml2 sees the file, so entity declarations are never parsed.
enum XMLPrologCheck {
    /// The line of `<!DOCTYPE` when it comes before the first element, else nil.
    static func doctypeLine(_ bytes: [UInt8]) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            if b == UInt8(ascii: "<"), i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") { return nil }
                if bytes[i...].starts(with: marker) { return line }
            }
            i += 1
        }
        return nil
    }
}
