import Foundation
import Testing

/// README's exit-code table, command by command: every code a command can return has a case that produces it.
/// A new command (or a new code) is one more row in `cases`.
@Suite struct ExitCodeTableTests {
    /// One row: `journeymap ARGUMENTS…` run in a fresh workspace must exit with `code`.
    struct Case: CustomTestStringConvertible, Sendable {
        var code: Int32
        var arguments: [String]
        var testDescription: String { "\(code): journeymap \(arguments.joined(separator: " "))" }
        init(_ code: Int32, _ arguments: String...) {
            self.code = code
            self.arguments = arguments
        }
    }

    /// The workspace every case runs in: j.yaml (the onboarding sample), s.csv (its survey export),
    /// bad.yaml (invalid YAML), png.csv (a PNG named .csv), dir/ (a directory), hand.svg / hand.md (files
    /// journeymap did not write), taken.yaml (an existing journey).
    static let cases: [Case] = [
        Case(0, "validate", "j.yaml"),
        Case(64, "validate"),
        Case(65, "validate", "bad.yaml"),
        Case(66, "validate", "missing.yaml"),
        Case(74, "validate", "dir"),

        Case(0, "init", "new.yaml"),
        Case(64, "init", "new.yaml", "--template", "nope"),
        Case(64, "init", "new.txt"),
        Case(73, "init", "taken.yaml"),

        Case(0, "show", "j.yaml"),
        Case(64, "show", "--bogus", "j.yaml"),
        Case(65, "show", "bad.yaml"),
        Case(66, "show", "missing.yaml"),
        Case(74, "show", "dir"),

        Case(0, "render", "j.yaml", "-o", "map.svg"),
        Case(64, "render", "j.yaml", "-o", "map.jpg"),
        Case(64, "render", "j.yaml", "-o", "noext"),
        Case(65, "render", "bad.yaml", "-o", "map.svg"),
        Case(66, "render", "missing.yaml", "-o", "map.svg"),
        Case(66, "render", "j.yaml", "--responses", "missing.csv", "-o", "map.svg"),
        Case(73, "render", "j.yaml", "-o", "hand.svg"),
        Case(73, "render", "j.yaml", "-o", "./sub/../j.yaml", "--force"),
        Case(74, "render", "dir", "-o", "map.svg"),

        Case(0, "import", "s.csv", "--journey", "j.yaml", "-o", "r.csv"),
        Case(64, "import", "s.csv", "--journey", "j.yaml", "--format", "nope"),
        Case(64, "import", "s.csv", "--journey", "j.yaml", "-o", "r.txt"),
        Case(65, "import", "png.csv", "--journey", "j.yaml", "-o", "r.csv"),
        Case(66, "import", "missing.csv", "--journey", "j.yaml", "-o", "r.csv"),
        Case(73, "import", "s.csv", "--journey", "j.yaml", "-o", "s.csv", "--force"),
        Case(74, "import", "dir", "--journey", "j.yaml", "-o", "r.csv"),

        Case(0, "analyze", "j.yaml"),
        Case(1, "analyze", "j.yaml", "--fail-on", "pain>=1"),
        Case(64, "analyze", "j.yaml", "-o", "report"),
        Case(65, "analyze", "bad.yaml"),
        Case(66, "analyze", "missing.yaml"),
        Case(73, "analyze", "j.yaml", "-o", "hand.md"),
        Case(74, "analyze", "dir"),

        Case(0, "votes", "v.csv", "--journey", "j.yaml"),
        Case(64, "votes", "v.csv"),
        Case(65, "votes", "png.csv", "--journey", "j.yaml"),
        Case(66, "votes", "missing.csv", "--journey", "j.yaml"),
        Case(73, "votes", "v.csv", "--journey", "k.yaml"),          // k.workshop.yaml was written by hand
        Case(74, "votes", "dir", "--journey", "j.yaml"),

        Case(0, "plan", "j.yaml"),
        Case(64, "plan", "j.yaml", "--format", "nope"),
        Case(65, "plan", "bad.yaml"),
        Case(66, "plan", "missing.yaml"),
        Case(73, "plan", "j.yaml", "-o", "hand.md"),
        Case(74, "plan", "dir"),

        Case(0, "import-mermaid", "m.mmd", "-o", "new.yaml"),
        Case(64, "import-mermaid", "m.mmd", "-o", "new.txt"),
        Case(65, "import-mermaid", "bad.mmd", "-o", "new.yaml"),
        Case(66, "import-mermaid", "missing.mmd"),
        Case(73, "import-mermaid", "m.mmd", "-o", "taken.yaml"),
        Case(74, "import-mermaid", "dir"),

        Case(0, "ideas", "j.yaml"),
        Case(64, "ideas", "j.yaml", "--format", "nope"),
        Case(65, "ideas", "bad.yaml"),
        Case(66, "ideas", "missing.yaml"),
        Case(74, "ideas", "dir"),

        Case(0, "questions", "j.yaml"),
        Case(64, "questions", "j.yaml", "--format", "nope"),
        Case(65, "questions", "bad.yaml"),
        Case(66, "questions", "missing.yaml"),
        Case(74, "questions", "dir"),

        Case(0, "worksheet", "j.yaml", "-o", "ws.svg"),
        Case(64, "worksheet", "j.yaml", "-o", "ws.jpg"),
        Case(65, "worksheet", "bad.yaml", "-o", "ws.svg"),
        Case(66, "worksheet", "missing.yaml"),
        Case(73, "worksheet", "j.yaml", "-o", "hand.svg"),
        Case(74, "worksheet", "dir", "-o", "ws.svg"),

        // preview serves until Ctrl-C: its 0 (Ctrl-C), 65 (a bad save shown on the page) and 74 (port in use) are in
        // PreviewCommandTests and JourneyPreviewTests; here what refuses before serving.
        Case(64, "preview", "j.yaml", "--port", "nope"),
        Case(66, "preview", "missing.yaml"),
        Case(74, "preview", "dir"),
    ]

    static func workspace() throws -> URL {
        let directory = CommandRunner.temporaryDirectory()
        let root = CommandRunner.packageRoot
        try FileManager.default.copyItem(at: root.appendingPathComponent("journeys/onboarding-90-days.yaml"),
                                         to: directory.appendingPathComponent("j.yaml"))
        try FileManager.default.copyItem(at: root.appendingPathComponent("journeys/onboarding-90-days.survey.csv"),
                                         to: directory.appendingPathComponent("s.csv"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("dir"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "title: [\n".write(to: directory.appendingPathComponent("bad.yaml"), atomically: false, encoding: .utf8)
        try "<svg>drawn by hand</svg>\n".write(to: directory.appendingPathComponent("hand.svg"), atomically: false, encoding: .utf8)
        try "# someone's notes\n".write(to: directory.appendingPathComponent("hand.md"), atomically: false, encoding: .utf8)
        try "title: taken\n".write(to: directory.appendingPathComponent("taken.yaml"), atomically: false, encoding: .utf8)
        try FileManager.default.copyItem(at: root.appendingPathComponent("journeys/onboarding-90-days.yaml"),
                                         to: directory.appendingPathComponent("k.yaml"))
        try "# my own notes\nversion: 1\njourney: k.yaml\nideas: []\n".write(to: directory.appendingPathComponent("k.workshop.yaml"), atomically: false, encoding: .utf8)
        try FileManager.default.copyItem(at: root.appendingPathComponent("journeys/onboarding-90-days.votes.csv"),
                                         to: directory.appendingPathComponent("v.csv"))
        try "journey\ntitle T\nsection S\n  Task: 3: Me\n".write(to: directory.appendingPathComponent("m.mmd"), atomically: false, encoding: .utf8)
        try "journey\nsection S\n  Task: nine: Me\n".write(to: directory.appendingPathComponent("bad.mmd"), atomically: false, encoding: .utf8)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [UInt8](repeating: 0, count: 17)
        try Data(png).write(to: directory.appendingPathComponent("png.csv"))
        return directory
    }

    @Test func everyCommandHasItsCodes() throws {
        // The table covers every subcommand the binary lists in its help (read from `journeymap --help`, so a new
        // command without rows fails here) and every documented code at least once.
        let help = try CommandRunner.run(["--help"], in: CommandRunner.temporaryDirectory()).standardOutput
        let block = help.components(separatedBy: "SUBCOMMANDS:").last!.components(separatedBy: "\n\n").first!
        let listed = block.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",")) } }
            .filter { $0 != "help" }
        #expect(listed.count >= 13)
        #expect(Set(Self.cases.map { $0.arguments[0] }) == Set(listed))
        #expect(Set(Self.cases.map(\.code)) == [0, 1, 64, 65, 66, 73, 74])
    }

    @Test(arguments: cases)
    func exitsWithTheDocumentedCode(_ row: Case) throws {
        let directory = try Self.workspace()
        let inputs = try Self.snapshot(directory)
        let result = try CommandRunner.run(row.arguments, in: directory)
        #expect(result.status == row.code, "\(result.standardError)")
        #expect(!result.standardError.contains("Fatal error") && !result.standardError.contains("Stack dump"))
        if row.code != 0 && row.code != 1 {
            #expect(!result.standardError.isEmpty, "a refusal says why")
        }
        // Whatever happened, no file the user had was changed and no temporary file was left.
        let after = try Self.snapshot(directory)
        for (name, bytes) in inputs { #expect(after[name] == bytes, "\(name) changed") }
        #expect(!after.keys.contains { $0.contains(".tmp-") })
    }

    /// Every regular file in the workspace (recursively) and its bytes.
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = directory.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }
}
