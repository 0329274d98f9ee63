import Foundation
import Testing
@testable import JourneyModel

/// Outputs appear whole or not at all, and a user's file is never replaced without permission.
@Suite struct AtomicFileWriterTests {
    private func entries(_ directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    @Test func writesNewFileAndLeavesNoTemporaryBehind() throws {
        let directory = FixturePaths.temporaryDirectory()
        let path = directory.appendingPathComponent("out.svg").path
        try AtomicFileWriter.write("hello", to: path, overwrite: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello")
        #expect(entries(directory) == ["out.svg"])
    }

    @Test func refusesToClobberWithoutOverwrite() throws {
        let directory = FixturePaths.temporaryDirectory()
        let path = directory.appendingPathComponent("mine.yaml").path
        try "user text".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: OutputError.self) { try AtomicFileWriter.write("tool text", to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "user text")
        #expect(entries(directory) == ["mine.yaml"])
    }

    @Test func overwriteReplacesInOneStep() throws {
        let directory = FixturePaths.temporaryDirectory()
        let path = directory.appendingPathComponent("map.svg").path
        try AtomicFileWriter.write("old", to: path, overwrite: true)
        try AtomicFileWriter.write("new", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(entries(directory) == ["map.svg"])
    }

    @Test func createsMissingDirectories() throws {
        let directory = FixturePaths.temporaryDirectory()
        let path = directory.appendingPathComponent("export/deep/map.svg").path
        try AtomicFileWriter.write("x", to: path, overwrite: false)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func failureLeavesNothing() throws {
        let directory = FixturePaths.temporaryDirectory()
        let blocker = directory.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: false, encoding: .utf8)
        // A path under a regular file cannot be created.
        let path = blocker.appendingPathComponent("out.svg").path
        #expect(throws: OutputError.self) { try AtomicFileWriter.write("x", to: path, overwrite: true) }
        #expect(entries(directory) == ["file"])
    }
}
