import Foundation
import Testing

/// The committed sample maps in export/ must be exactly what `render` draws today
/// (regenerate them with `scripts/render-samples.sh` and commit export/).
@Suite struct ExportDriftTests {
    /// Named explicitly: a user's own journeys in journeys/ have no committed map and must not fail the tests.
    static let samples = ["complaint-escalation.yaml", "day-in-the-life.yaml", "onboarding-90-days.yaml"]

    @Test func thereAreSamplesToCheck() {
        #expect(Self.samples.count >= 3)
    }

    @Test(arguments: samples)
    func committedMapMatchesAFreshRender(_ sample: String) throws {
        let name = String(sample.dropLast(".yaml".count))
        let output = CommandRunner.temporaryDirectory().appendingPathComponent("\(name).svg").path
        let result = try CommandRunner.run(["render", "journeys/\(sample)", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let fresh = try Data(contentsOf: URL(fileURLWithPath: output))
        let committed = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("export/\(name).svg"))
        #expect(fresh == committed, "export/\(name).svg is out of date: run scripts/render-samples.sh and commit export/")
    }

    /// The onboarding sample's slide and A3 sheets, as README shows them (`render --size slide|a3`): the same
    /// sheets, byte for byte, however many the layout needs.
    @Test(arguments: ["slide", "a3"])
    func committedSlideAndA3MapsMatchAFreshRender(_ size: String) throws {
        let directory = CommandRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("onboarding-90-days.\(size).svg").path
        let result = try CommandRunner.run(["render", "journeys/onboarding-90-days.yaml", "--size", size, "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        func sheets(in folder: URL) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasPrefix("onboarding-90-days.\(size)") && $0.hasSuffix(".svg") }.sorted()
        }
        let fresh = try sheets(in: directory)
        #expect(!fresh.isEmpty)
        #expect(fresh == (try sheets(in: CommandRunner.packageRoot.appendingPathComponent("export"))),
                "export/ holds other \(size) sheets than a fresh render: run scripts/render-samples.sh and commit export/")
        for file in fresh {
            let committed = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("export/\(file)"))
            #expect(try Data(contentsOf: directory.appendingPathComponent(file)) == committed,
                    "export/\(file) is out of date: run scripts/render-samples.sh and commit export/")
        }
    }

    /// export/onboarding-90-days.a3.pdf, which README links to: as many pages as a fresh `render --size a3 -o ….pdf`,
    /// the same page sizes, and (with poppler's pdftotext) the same text on every page. Bytes are not compared: the PDF
    /// embeds subsets of the machine's fonts and cairo's version string, which differ between machines.
    @Test(.enabled(if: ExportDriftTests.tool("rsvg-convert") != nil, "rsvg-convert not installed"))
    func committedA3PDFMatchesAFreshRender() throws {
        let output = CommandRunner.temporaryDirectory().appendingPathComponent("onboarding-90-days.a3.pdf").path
        let result = try CommandRunner.run(["render", "journeys/onboarding-90-days.yaml", "--size", "a3", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let committed = CommandRunner.packageRoot.appendingPathComponent("export/onboarding-90-days.a3.pdf").path
        let fresh = try Data(contentsOf: URL(fileURLWithPath: output)), old = try Data(contentsOf: URL(fileURLWithPath: committed))
        let message = "export/onboarding-90-days.a3.pdf is out of date: run scripts/render-samples.sh and commit export/"
        #expect(Self.pageBoxes(fresh) == Self.pageBoxes(old), "\(message)")
        #expect(!Self.pageBoxes(fresh).isEmpty)
        guard let pdftotext = Self.tool("pdftotext") else { return }
        let texts = try [output, committed].map { path -> [String] in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: pdftotext)
            process.arguments = ["-raw", "-enc", "UTF-8", path, "-"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            // page by page, whitespace left out (line breaks follow the fonts' metrics)
            return String(decoding: data, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false)
                .map { String($0.filter { !$0.isWhitespace }) }
        }
        #expect(texts[0] == texts[1], "\(message)")
    }

    /// The media box of every page, in order (cairo writes one `/Type /Page` object per page, uncompressed).
    static func pageBoxes(_ pdf: Data) -> [String] {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.matches(of: #/\/Type\s*\/Page(?!s)[^>]*?\/MediaBox\s*\[([^\]]*)\]/#).map { String($0.output.1).split(separator: " ").joined(separator: " ") }
    }

    /// An executable on PATH.
    static func tool(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
