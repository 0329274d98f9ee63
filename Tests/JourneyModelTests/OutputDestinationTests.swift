import Foundation
import Testing
@testable import JourneyModel
#if canImport(Glibc)
import Glibc
#endif

/// The one output API: a command never writes over its inputs however the path is spelt, replaces only its own
/// marked files (or with --force), refuses names it cannot write (64), never widens permissions, and leaves no
/// temporary file behind.
@Suite struct OutputDestinationTests {
    /// A directory holding `journey.yaml` (the input) and `sub/`.
    func workspace() throws -> (URL, String) {
        let directory = FixturePaths.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let journey = directory.appendingPathComponent("journey.yaml").path
        try "title: mine\n".write(toFile: journey, atomically: false, encoding: .utf8)
        return (directory, journey)
    }

    func entries(_ directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o7777
    }

    @Test func anInputIsNeverTheOutputHoweverSpelt() throws {
        let (directory, journey) = try workspace()
        let d = directory.path
        try FileManager.default.createSymbolicLink(atPath: d + "/link.yaml", withDestinationPath: journey)
        try FileManager.default.linkItem(atPath: journey, toPath: d + "/hard.yaml")
        try FileManager.default.createSymbolicLink(atPath: d + "/alias", withDestinationPath: d)
        let spellings = [journey, d + "/./journey.yaml", d + "/sub/../journey.yaml", d + "/missing/../journey.yaml",
                         d + "/link.yaml", d + "/hard.yaml", d + "/alias/journey.yaml", d + "//journey.yaml"]
        for spelling in spellings {
            for force in [false, true] {
                let destination = OutputDestination(path: spelling, inputs: [journey], force: force, extensions: ["yaml"], marker: .text)
                #expect(throws: OutputError.self, "\(spelling)") { try destination.write("over it") }
                do { try destination.check() } catch {
                    #expect(error.exitCode == 73)
                    #expect(error.reason.contains("one of the command's own inputs"))
                }
            }
        }
        #expect(try String(contentsOfFile: journey, encoding: .utf8) == "title: mine\n")
        #expect(entries(directory) == ["alias", "hard.yaml", "journey.yaml", "link.yaml", "sub"])
    }

    @Test func aNotYetExistingOutputBesideAnInputIsFine() throws {
        let (directory, journey) = try workspace()
        let out = directory.appendingPathComponent("sub/../map.svg").path
        try OutputDestination(path: out, inputs: [journey], force: false, extensions: ["svg"], marker: .svg).write("<svg/>")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("map.svg").path))
    }

    @Test func anExtensionTheCommandCannotWriteIsAUsageError() {
        for (path, message) in [("map.jpg", "this command cannot write .jpg files; it writes .svg, .png, .pdf"),
                                ("noext", "the output name has no extension; this command writes .svg, .png, .pdf")] {
            let destination = OutputDestination(path: path, inputs: [], force: true, extensions: ["svg", "png", "pdf"], marker: .svg)
            do {
                try destination.checkName()
                Issue.record("\(path) accepted")
            } catch {
                #expect(error.exitCode == 64)
                #expect(error.kind == .usage)
                #expect(error.description == "\(path): error: cannot write: \(message)")
            }
        }
        #expect(throws: Never.self) {
            try OutputDestination(path: "A.SVG", inputs: [], force: false, extensions: ["svg"], marker: .svg).checkName()
        }
    }

    @Test func onlyJourneymapsOwnFilesAreReplacedWithoutForce() throws {
        let (directory, _) = try workspace()
        let path = directory.appendingPathComponent("map.svg").path
        let destination = OutputDestination(path: path, inputs: [], force: false, extensions: ["svg"], marker: .svg)
        try destination.write("<?xml version=\"1.0\"?>\n<svg>one</svg>\n")
        try destination.write("<?xml version=\"1.0\"?>\n<svg>two</svg>\n")   // its own file: replaced
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("two"))

        let hand = directory.appendingPathComponent("hand.svg").path
        try "<svg>drawn by hand</svg>".write(toFile: hand, atomically: false, encoding: .utf8)
        let refused = OutputDestination(path: hand, inputs: [], force: false, extensions: ["svg"], marker: .svg)
        do {
            try refused.write("<svg/>")
            Issue.record("a hand-made SVG was replaced")
        } catch {
            #expect(error.exitCode == 73)
            #expect(error.reason.contains("--force"))
        }
        #expect(try String(contentsOfFile: hand, encoding: .utf8) == "<svg>drawn by hand</svg>")
        try refused.sibling(hand).forced.write("<svg/>")
        #expect(try String(contentsOfFile: hand, encoding: .utf8).contains(OutputMarker.note))
        #expect(entries(directory) == ["hand.svg", "journey.yaml", "map.svg", "sub"])
    }

    @Test func aMarkerOfAnotherKindDoesNotCount() throws {
        let (directory, _) = try workspace()
        let responses = directory.appendingPathComponent("r.csv").path
        try "journeymap-responses,1\nrespondent\n1\n".write(toFile: responses, atomically: false, encoding: .utf8)
        // A CSV report must not silently replace a responses file, though both are journeymap's.
        let report = OutputDestination(path: responses, inputs: [], force: false, extensions: ["csv"], marker: .csv)
        #expect(throws: OutputError.self) { try report.check() }
        #expect(throws: Never.self) {
            try OutputDestination(path: responses, inputs: [], force: false, extensions: ["csv"], marker: .responses).check()
        }
    }

    @Test func withoutAMarkerOnlyForceReplaces() throws {
        let (directory, _) = try workspace()
        let path = directory.appendingPathComponent("new.yaml").path
        let destination = OutputDestination(path: path, inputs: [], force: false, extensions: ["yaml"], marker: nil)
        try destination.write("a: 1\n")
        #expect(throws: OutputError.self) { try destination.write("a: 2\n") }
        try destination.forced.write("a: 3\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a: 3\n")
    }

    @Test func aReadOnlyFileIsNeverReplacedEvenWithForce() throws {
        let (directory, _) = try workspace()
        let path = directory.appendingPathComponent("locked.svg").path
        try "<svg/>".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o444)
        do {
            try OutputDestination(path: path, inputs: [], force: true, extensions: ["svg"], marker: .svg).write("<svg>new</svg>")
            Issue.record("a read-only file was replaced")
        } catch {
            #expect(error.exitCode == 73)
            #expect(error.reason.contains("read-only") && error.reason.contains("chmod u+w"))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<svg/>")
    }

    @Test func respondentDataIs0600AndForceNeverWidens() throws {
        let (directory, _) = try workspace()
        let fresh = directory.appendingPathComponent("fresh.csv").path
        try OutputDestination(path: fresh, inputs: [], force: false, extensions: ["csv"], marker: .responses,
                              privacy: .respondentData).write("journeymap-responses,1\n")
        #expect(mode(fresh) == 0o600)

        /// The mode of a file that had `before` after `--force` replaced it with `privacy` output.
        func replaced(_ name: String, before: mode_t, privacy: OutputDestination.Privacy) throws -> mode_t {
            let path = directory.appendingPathComponent(name).path
            try "x".write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, before)
            try OutputDestination(path: path, inputs: [], force: true, extensions: [], marker: .text, privacy: privacy).write("new")
            return mode(path)
        }
        #expect(try replaced("wide.csv", before: 0o644, privacy: .respondentData) == 0o600)  // narrowed to 0600
        #expect(try replaced("narrow.svg", before: 0o640, privacy: .shared) == 0o640)        // keeps its narrower bits
        #expect(try replaced("group.svg", before: 0o664, privacy: .shared) == 0o664)         // never widened, never changed
    }

    @Test func aStreamLeavesNothingWhenDiscardedAndIsRegisteredWhileOpen() throws {
        let (directory, _) = try workspace()
        let path = directory.appendingPathComponent("r.csv").path
        let destination = OutputDestination(path: path, inputs: [], force: false, extensions: ["csv"], marker: .responses,
                                            privacy: .respondentData)
        let pending = try destination.openStream()
        #expect(TemporaryFiles.registeredPaths.contains(pending.temporary))
        #expect(FileManager.default.fileExists(atPath: pending.temporary))
        pending.discard()
        #expect(!TemporaryFiles.registeredPaths.contains(pending.temporary))
        #expect(entries(directory) == ["journey.yaml", "sub"])
    }

    @Test func theOldAtomicWriterStillWorksAndRegistersNothingAfterwards() throws {
        let (directory, _) = try workspace()
        try AtomicFileWriter.write("x", to: directory.appendingPathComponent("old.txt").path, overwrite: false)
        #expect(!TemporaryFiles.registeredPaths.contains { $0.hasPrefix(directory.path) })
    }
}

extension OutputDestination {
    /// The same destination with `--force`.
    var forced: OutputDestination {
        OutputDestination(path: path, inputs: inputs, force: true, extensions: extensions, marker: marker, privacy: privacy)
    }
}
