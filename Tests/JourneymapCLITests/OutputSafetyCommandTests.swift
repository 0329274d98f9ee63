import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13's careless-user cases, run with the built binary: no command writes over its inputs, a file
/// journeymap did not write needs --force, re-running is painless, and Ctrl-C leaves no temporary file.
@Suite struct OutputSafetyCommandTests {
    static func workspace() throws -> URL { try ExitCodeTableTests.workspace() }

    func bytes(_ directory: URL, _ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }

    @Test func renderAndAnalyzeNeverReplaceTheSurveyExportOrTheResponsesTheyRead() throws {
        let directory = try Self.workspace()
        let imported = try CommandRunner.run(["import", "s.csv", "--journey", "j.yaml"], in: directory)
        #expect(imported.status == 0, "\(imported.standardError)")
        let survey = try bytes(directory, "s.csv"), responses = try bytes(directory, "j.responses.csv")
        for arguments in [["render", "j.yaml", "-o", "s.csv"],                       // 64: render writes .svg/.png/.pdf
                          ["render", "j.yaml", "-o", "j.responses.csv", "--force"],  // 73: the file render reads
                          ["render", "j.yaml", "--responses", "j.responses.csv", "-o", "./dir/../j.responses.csv"],
                          ["analyze", "j.yaml", "-o", "s.csv"],                      // 73: not journeymap's
                          ["analyze", "j.yaml", "-o", "j.responses.csv", "--force"], // 73: the responses analyzed
                          ["import", "s.csv", "--journey", "j.yaml", "-o", "s.csv", "--force"]] {
            let result = try CommandRunner.run(arguments, in: directory)
            #expect(result.status == 64 || result.status == 73, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains("error:"))
        }
        #expect(try bytes(directory, "s.csv") == survey)
        #expect(try bytes(directory, "j.responses.csv") == responses)
    }

    @Test func aSymlinkOrHardLinkToAnInputIsStillTheInput() throws {
        let directory = try Self.workspace()
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.svg").path, withDestinationPath: "j.yaml")
        try FileManager.default.linkItem(atPath: directory.appendingPathComponent("j.yaml").path,
                                         toPath: directory.appendingPathComponent("hard.svg").path)
        let journey = try bytes(directory, "j.yaml")
        for output in ["link.svg", "hard.svg"] {
            let result = try CommandRunner.run(["render", "j.yaml", "-o", output, "--force"], in: directory)
            #expect(result.status == 73)
            #expect(result.standardError.contains("one of the command's own inputs (j.yaml)"))
        }
        #expect(try bytes(directory, "j.yaml") == journey)
    }

    @Test func reRenderingIsPainlessAndAHandMadeFileNeedsForce() throws {
        let directory = try Self.workspace()
        #expect(try CommandRunner.run(["render", "j.yaml", "-o", "map.svg"], in: directory).status == 0)
        let first = try bytes(directory, "map.svg")
        #expect(String(decoding: first, as: UTF8.self).contains("<!-- written by journeymap"))
        #expect(try CommandRunner.run(["render", "j.yaml", "-o", "map.svg"], in: directory).status == 0)
        #expect(try bytes(directory, "map.svg") == first)   // deterministic, marker included

        let refused = try CommandRunner.run(["render", "j.yaml", "-o", "hand.svg"], in: directory)
        #expect(refused.status == 73)
        #expect(refused.standardError == "hand.svg: error: cannot write: the file exists and journeymap did not write it; choose another path or pass --force to replace it\n")
        #expect(try CommandRunner.run(["render", "j.yaml", "-o", "hand.svg", "--force"], in: directory).status == 0)
        #expect(try bytes(directory, "hand.svg") == first)

        for report in ["r.json", "r.md", "r.txt", "r.csv", "r.html", "r.xlsx"] {
            #expect(try CommandRunner.run(["analyze", "j.yaml", "-o", report], in: directory).status == 0, "\(report)")
            let again = try CommandRunner.run(["analyze", "j.yaml", "-o", report], in: directory)
            #expect(again.status == 0, "\(report): \(again.standardError)")
        }
        let json = try JSONSerialization.jsonObject(with: try bytes(directory, "r.json")) as? [String: Any]
        #expect(json?["generator"] as? String == "journeymap")
    }

    @Test func aBadExtensionListsTheValidOnes() throws {
        let directory = try Self.workspace()
        let result = try CommandRunner.run(["render", "j.yaml", "-o", "map.jpg"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError == "map.jpg: error: cannot write: this command cannot write .jpg files; it writes .svg, .png, .pdf, .mmd\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("map.jpg").path))
    }

    @Test func theResponsesFileIs0600() throws {
        let directory = try Self.workspace()
        #expect(try CommandRunner.run(["import", "s.csv", "--journey", "j.yaml", "-o", "r.csv"], in: directory).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("r.csv").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    /// A 150,000-row export (about 25 MB), generated here; the import is interrupted once its temporary file
    /// exists. Nothing may be left: no temporary file with respondent rows, no partial output.
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalDuringImportLeavesNoTemporaryFile(_ signalNumber: Int32) throws {
        let directory = try Self.workspace()
        let survey = try String(contentsOf: directory.appendingPathComponent("s.csv"), encoding: .utf8)
        // By byte: "\r\n" is one Character, so a Character split would not split a CRLF file.
        let lines = survey.utf8.split(separator: UInt8(ascii: "\n")).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        let header = lines[0], rows = lines.dropFirst().compactMap { line -> Substring? in
            line.firstIndex(of: ",").map { line[line.index(after: $0)...] }
        }
        try #require(rows.count > 200)
        let big = directory.appendingPathComponent("big.csv").path
        try Data((header + "\n").utf8).write(to: URL(fileURLWithPath: big))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        handle.seekToEndOfFile()
        var chunk = "", id = 0
        while id < 150_000 {
            for row in rows { id += 1; chunk += "R_\(id),\(row)\n" }
            if chunk.utf8.count > 1 << 20 { handle.write(Data(chunk.utf8)); chunk = "" }
        }
        handle.write(Data(chunk.utf8))
        handle.closeFile()

        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["import", "big.csv", "--journey", "j.yaml", "-o", "big.responses.csv", "--dedupe", "first"]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func temporaries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.contains(".tmp-") }
        }
        var sawTemporary = false
        for _ in 0..<12_000 where process.isRunning {   // polls every 5 ms, at most 60 s
            if !temporaries().isEmpty { sawTemporary = true; break }
            usleep(5_000)
        }
        kill(process.processIdentifier, sawTemporary ? signalNumber : SIGKILL)
        process.waitUntilExit()
        #expect(sawTemporary, "the import finished before its temporary file was seen; make the export larger")
        if sawTemporary {
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(process.terminationStatus == signalNumber)
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("big.responses.csv").path))
        }
        #expect(temporaries().isEmpty, "\(temporaries())")
    }
}
