import Foundation
import JourneyModel

/// Reads a co-creation workshop's votes sheet (CSV in any encoding the survey import detects, or `.xlsx`) with
/// columns `touchpoint,idea,votes[,owner][,impact][,effort][,due]` (or `环节,想法,票数,负责人,影响,难度,截止`) into the
/// workshop sidecar's ideas. A touchpoint is named by id or name; rows of the same touchpoint and idea are one idea
/// whose votes are summed, a row with an empty votes cell counting as one vote (one row per dot). Every problem is
/// reported as `sheet.csv: row N, column "X": error: …`; nothing is returned unless the whole sheet is valid.
public enum VotesSheetReader {
    /// The ideas read, and what was noticed but not refused.
    public struct Result: Sendable {
        /// The sidecar to write (its `journey` is the journey's file name, `sheet` the sheet's).
        public var file: WorkshopFile
        /// Warnings (a later row contradicting an earlier one for the same idea).
        public var warnings: [ImportProblem]
    }

    /// Reads the sheet at `path`: `.xlsx` through `SpreadsheetReader` (its first visible sheet), anything else as CSV.
    /// - Throws: `ImportError.fileNotFound` (66), `.unreadable` (74), `.invalid` (65).
    public static func read(path: String, journey: Journey) throws(ImportError) -> Result {
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
        if path.lowercased().hasSuffix(".xlsx") {
            let rows = try SpreadsheetReader(path: path).rows()
            var all: [(number: Int, cells: [String])] = []
            while let row = try rows.next() {
                all.append(row)
                if all.count > InputLimits.workshopRows + 1 { throw tooMany(path) }
            }
            return try build(rows: all, path: path, journey: journey)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: InputLimits.votesSheetBytes + 1) ?? Data() } catch { throw .unreadable(path: path, reason: error.localizedDescription) }
        return try read(data: data, path: path, journey: journey)
    }

    /// Reads CSV (or TSV) bytes; the pure entry point (a fuzz harness calls it): the encoding is detected as for a
    /// survey export, `path` is used in messages and as the sheet's name only.
    /// - Throws: `ImportError.invalid` for anything that is not a valid votes sheet.
    public static func read(data: Data, path: String, journey: Journey) throws(ImportError) -> Result {
        if data.count > InputLimits.votesSheetBytes { throw invalid(path, VotesMessages.tooLarge(InputLimits.votesSheetBytes)) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw invalid(path, VotesMessages.isWorkbookBytes) }
        let encoding = EncodingDetector.detect(sample: bytes, isWholeFile: true)
        var text = Array(bytes.dropFirst(encoding.bomLength))
        if encoding.encoding != .utf8 { text = try decode(text, from: encoding.encoding) }
        let scanner = CSVScanner(source: MemoryByteSource(text), path: path,
                                 options: CSVScanner.Options(delimiter: delimiter(of: text)))
        var rows: [(number: Int, cells: [String])] = []
        while try scanner.nextRecord() {
            if scanner.recordIsBlank { continue }
            rows.append((scanner.recordNumber, scanner.strings()))
            if rows.count > InputLimits.workshopRows + 1 { throw tooMany(path) }
        }
        return try build(rows: rows, path: path, journey: journey)
    }

    // MARK: - Rows to ideas

    /// The header row, then the data rows, into ideas.
    static func build(rows: [(number: Int, cells: [String])], path: String, journey: Journey) throws(ImportError) -> Result {
        guard let header = rows.first else { throw invalid(path, VotesMessages.empty) }
        var problems: [ImportProblem] = []
        var columns: [VotesColumn: Int] = [:]
        var suggested = Set<VotesColumn>()   // a misspelt header already points at it: no second "no such column"
        for (index, raw) in header.cells.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            guard let column = VotesColumn(header: name) else {
                let suggestion = KeySuggester.suggestion(for: name, among: VotesColumn.allHeaders)
                if let suggestion, let column = VotesColumn(header: suggestion) { suggested.insert(column) }
                problems.append(problem(path, row: header.number, column: name, VotesMessages.unknownHeader(name, suggestion: suggestion)))
                continue
            }
            if let first = columns[column] {
                problems.append(problem(path, row: header.number, column: name,
                                        VotesMessages.duplicateHeader(name, first: header.cells[first])))
            } else {
                columns[column] = index
            }
        }
        for required in [VotesColumn.touchpoint, .idea] where columns[required] == nil && !suggested.contains(required) {
            problems.append(problem(path, row: header.number, column: nil, VotesMessages.missingColumn(required)))
        }
        guard problems.isEmpty else { throw .invalid(problems) }
        let finder = TouchpointFinder(journey)
        var ideas: [WorkshopIdea] = []
        var firstRow: [WorkshopIdeaKey: Int] = [:]   // idea key → its index in `ideas`
        var rowOf: [Int] = []                        // idea index → the sheet row that introduced it
        var warnings: [ImportProblem] = []
        for row in rows.dropFirst() {
            func cell(_ column: VotesColumn) -> String? {
                guard let index = columns[column], index < row.cells.count else { return nil }
                let text = row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            func header(_ column: VotesColumn) -> String { columns[column].map { rows[0].cells[$0].trimmingCharacters(in: .whitespaces) } ?? column.rawValue }
            func report(_ column: VotesColumn, _ message: LocalizedText) {
                problems.append(problem(path, row: row.number, column: header(column), message))
            }
            if VotesColumn.allCases.allSatisfy({ cell($0) == nil }) { continue }
            var touchpointID: String?
            if let text = cell(.touchpoint) {
                switch finder.find(text) {
                case .found(let id): touchpointID = id
                case .unknown(let suggestion): report(.touchpoint, VotesMessages.unknownTouchpoint(text, suggestion: suggestion, ids: finder.ids))
                }
            } else {
                report(.touchpoint, VotesMessages.blankTouchpoint)
            }
            let title = cell(.idea)
            if title == nil { report(.idea, VotesMessages.blankIdea) }
            if let title, let id = WorkshopIdea.playbookID(in: title), Playbook.lookup(id: id) == nil {
                let ids = Playbook.builtin.ideas.map(\.id)
                // A warning, not an error: the id may come from the team's own `--playbook` file; the text stays as written.
                let message = VotesMessages.unknownPlaybookIdea(id, suggestion: KeySuggester.suggestion(for: id, among: ids))
                warnings.append(ImportProblem(.warning, path: path, row: row.number, column: header(.idea), message.en, zh: message.zh))
            }
            var votes = 1
            if let text = cell(.votes) {
                if let count = Self.count(text) { votes = count } else { report(.votes, VotesMessages.badVotes(text)) }
            }
            var impact: Int?, effort: Int?, due: JourneyDate?
            if let text = cell(.impact) { impact = level(text); if impact == nil { report(.impact, VotesMessages.badLevel(text, column: .impact)) } }
            if let text = cell(.effort) { effort = level(text); if effort == nil { report(.effort, VotesMessages.badLevel(text, column: .effort)) } }
            if let text = cell(.due) { due = date(text); if due == nil { report(.due, VotesMessages.badDate(text)) } }
            guard let touchpointID, let title else { continue }
            let owner = cell(.owner)
            let key = WorkshopIdeaKey(touchpoint: touchpointID, title: title)
            guard let index = firstRow[key] else {
                firstRow[key] = ideas.count
                rowOf.append(row.number)
                ideas.append(WorkshopIdea(touchpoint: touchpointID, title: title, votes: votes, owner: owner, impact: impact,
                                          effort: effort, due: due, playbookID: WorkshopIdea.playbookID(in: title)))
                continue
            }
            ideas[index].votes += votes
            // A later row may fill in what the first left empty; where both say something different, the first wins.
            func merge<T: Equatable & CustomStringConvertible>(_ column: VotesColumn, _ value: T?, _ keyPath: WritableKeyPath<WorkshopIdea, T?>) {
                guard let value else { return }
                if let kept = ideas[index][keyPath: keyPath] {
                    if kept != value {
                        warnings.append(ImportProblem(.warning, path: path, row: row.number, column: header(column),
                                                      VotesMessages.conflicting(column, kept: kept.description, ignored: value.description, firstRow: rowOf[index]).en,
                                                      zh: VotesMessages.conflicting(column, kept: kept.description, ignored: value.description, firstRow: rowOf[index]).zh))
                    }
                } else {
                    ideas[index][keyPath: keyPath] = value
                }
            }
            merge(.owner, owner, \.owner)
            merge(.impact, impact, \.impact)
            merge(.effort, effort, \.effort)
            merge(.due, due, \.due)
        }
        guard problems.isEmpty else { throw .invalid(problems) }
        let file = WorkshopFile(journey: URL(fileURLWithPath: journey.path.isEmpty ? "journey.yaml" : journey.path).lastPathComponent,
                                sheet: URL(fileURLWithPath: path).lastPathComponent, ideas: ideas)
        return Result(file: file, warnings: warnings)
    }

    // MARK: - Cells

    /// A whole number ≥ 0 (`3`, or `3.0` as a spreadsheet may write it).
    static func count(_ text: String) -> Int? {
        if let n = Int(text), n >= 0 { return n }
        if let d = Double(text), d.isFinite, d >= 0, d == d.rounded(), d < 1e9 { return Int(d) }
        return nil
    }

    /// 1–3, or low/medium/high, 低/中/高.
    static func level(_ text: String) -> Int? {
        switch text.lowercased() {
        case "1", "1.0", "low", "l", "低": return 1
        case "2", "2.0", "medium", "med", "m", "中": return 2
        case "3", "3.0", "high", "h", "高": return 3
        default: return nil
        }
    }

    /// `YYYY-MM-DD`, also `YYYY/M/D` and `YYYY-M-D` as spreadsheets write dates, checked as a calendar date.
    static func date(_ text: String) -> JourneyDate? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count) else { return nil }
        func pad(_ s: String) -> String { s.count == 1 ? "0" + s : s }
        return JourneyDate(iso: "\(parts[0])-\(pad(parts[1]))-\(pad(parts[2]))")
    }

    /// Tab when the first line has more tabs than commas (Excel's "Unicode text"), else comma.
    static func delimiter(of bytes: [UInt8]) -> UInt8 {
        let firstLine = bytes.prefix { $0 != 0x0A }
        let tabs = firstLine.filter { $0 == 0x09 }.count, commas = firstLine.filter { $0 == 0x2C }.count
        return tabs > commas ? 0x09 : 0x2C
    }

    static func decode(_ bytes: [UInt8], from encoding: TextEncoding) throws(ImportError) -> [UInt8] {
        let decoder = try TextDecoder(MemoryByteSource(bytes), from: encoding)
        var out: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let n = try decoder.read(into: chunk)
            if n == 0 { break }
            out.append(contentsOf: chunk[..<n])
        }
        return out
    }

    static func problem(_ path: String, row: Int, column: String?, _ message: LocalizedText) -> ImportProblem {
        ImportProblem(.error, path: path, row: row, column: column, message.en, zh: message.zh)
    }

    static func invalid(_ path: String, _ message: LocalizedText) -> ImportError {
        .invalid([ImportProblem(.error, path: path, message.en, zh: message.zh)])
    }

    static func tooMany(_ path: String) -> ImportError { invalid(path, VotesMessages.tooManyRows(InputLimits.workshopRows)) }
}
