import Foundation
import Testing
@testable import JourneyPreview

@Suite struct FileFingerprintTests {
    @Test func missingWrittenAndRenamedOverDiffer() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jm-fingerprint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("j.yaml").path
        #expect(FileFingerprint.of(path: path) == .missing)

        try Data("title: a\n".utf8).write(to: URL(fileURLWithPath: path))
        let written = FileFingerprint.of(path: path)
        #expect(written.exists)
        #expect(written.size == 9)

        // An editor's save: a new file renamed over the old one, same size and (possibly) same second.
        let other = directory.appendingPathComponent("j.yaml.tmp").path
        try Data("title: b\n".utf8).write(to: URL(fileURLWithPath: other))
        #expect(rename(other, path) == 0)
        let renamed = FileFingerprint.of(path: path)
        #expect(renamed.size == 9)
        #expect(renamed != written)
        #expect(renamed.inode != written.inode)
    }
}
