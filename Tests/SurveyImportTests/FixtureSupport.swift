import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// Paths and helpers for the import fixtures (Tests/Fixtures/import), found from this file's location.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func path(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/import/\(name)").path }
    static func journey(_ name: String) throws -> Journey { try JourneyLoader.load(path: path(name)) }

    /// This test process's folder for outputs, `$TMPDIR/jm-import-tests/<pid>`. Made once per run, after removing
    /// the folders of earlier runs whose process has ended, so test runs no longer leave hundreds of folders (about
    /// 0.7 GB after three runs) behind; a run still going keeps its own.
    static let runDirectory: String = {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("jm-import-tests").path
        for entry in (try? fm.contentsOfDirectory(atPath: base)) ?? [] {
            guard let pid = Int32(entry), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? fm.removeItem(atPath: base + "/" + entry)
        }
        let mine = base + "/\(getpid())"
        try? fm.removeItem(atPath: mine)
        try? fm.createDirectory(atPath: mine, withIntermediateDirectories: true)
        return mine
    }()

    /// A fresh temporary directory for one test's outputs, inside `runDirectory`.
    static func temporaryDirectory() -> String {
        let dir = runDirectory + "/\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Compares a written responses file with a hand-written expectation in export order: the two header lines
    /// equal, the respondent column numbered 1…n, and the data rows equal after putting the expected rows through
    /// the import's permutation for `seed` (or, with no seed, equal as a multiset of rows).
    static func expectSameRows(output: String, expected: String, seed: UInt64?,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let actual = try cells(ofFile: output), wanted = try cells(ofFile: expected)
        #expect(actual.count == wanted.count, "row count", sourceLocation: sourceLocation)
        guard actual.count == wanted.count, actual.count >= 2 else { return }
        #expect(Array(actual.prefix(2)) == Array(wanted.prefix(2)), "header lines", sourceLocation: sourceLocation)
        let actualRows = actual.dropFirst(2).map { Array($0.dropFirst()) }
        var wantedRows = wanted.dropFirst(2).map { Array($0.dropFirst()) }
        #expect(actual.dropFirst(2).map { $0.first ?? "" } == (1...actualRows.count).map(String.init),
                "respondent numbers 1…n in file order", sourceLocation: sourceLocation)
        if let seed {
            let order = PseudonymPermutation.order(count: wantedRows.count, seed: seed)
            wantedRows = order.map { wantedRows[$0] }
            for (r, (a, e)) in zip(actualRows, wantedRows).enumerated() {
                #expect(a == e, "data row \(r + 1)", sourceLocation: sourceLocation)
            }
        } else {
            let key = { (row: [String]) in row.joined(separator: "\u{1F}") }
            #expect(actualRows.map(key).sorted() == wantedRows.map(key).sorted(), "rows as a multiset", sourceLocation: sourceLocation)
        }
    }

    /// Parses a CSV file's cells with a minimal RFC 4180 reader written independently of `CSVScanner`.
    static func cells(ofFile path: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, afterQuote = false
        for ch in text {
            if quoted {
                if ch == "\"" { quoted = false; afterQuote = true } else { cell.append(ch) }
            } else if ch == "\"" {
                if afterQuote { cell.append("\"") }
                quoted = true; afterQuote = false
            } else {
                afterQuote = false
                if ch == "," { row.append(cell); cell = "" }
                else if ch == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
                else { cell.append(ch) }
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
