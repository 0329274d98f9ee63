import Foundation
import JourneyModel
@testable import SurveyImport

/// Paths and helpers for the import fixtures (Tests/Fixtures/import), found from this file's location.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func path(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/import/\(name)").path }
    static func journey(_ name: String) throws -> Journey { try JourneyLoader.load(path: path(name)) }

    /// A fresh temporary directory for one test's outputs.
    static func temporaryDirectory() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-import-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
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
