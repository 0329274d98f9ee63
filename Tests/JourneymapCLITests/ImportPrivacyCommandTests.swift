import Foundation
import Testing

/// Personal data never leaves the import: a synthetic corpus of identifying columns and comments full of contact
/// details goes through `import`, `analyze` (JSON, Markdown, text) and `render` (SVG), and nothing identifying
/// survives in any of them. Also the import command's privacy-related options and failures as a user sees them.
@Suite struct ImportPrivacyCommandTests {
    static let corpus = "Tests/Fixtures/import/pii-corpus.csv"
    static let journey = "Tests/Fixtures/import/pii-corpus.journey.yaml"

    /// Pieces of every identifying value in the corpus (columns and comments).
    static let forbidden = [
        // Identifying columns.
        "R_PII", "王小明", "小明0", "415 555", "1990-03-0", "E-2093", "朝阳路", "13800138",
        // Phone numbers in comments: E.164, US, landlines with area codes, full-width digits, Chinese mobiles.
        "7946", "0958", "123-4567", "(555)", "62345678", "8888 8888", "１３８", "５６７８", "13912345678", "1234-5678",
        // 身份证, IPv6, IPv4, e-mail (also with ＠), QQ / WeChat ids.
        "110105199003071234", "11010519900307123X", "2001:db8", "8a2e", "fe80", "fe23", "192.0.2.33",
        "zhang.san", "example.com", "li.si", "example.org", "123456789", "wxid_abc123", "zhangsan_2024",
    ]

    func imported() throws -> (directory: URL, journey: String, responses: String) {
        let directory = CommandRunner.temporaryDirectory()
        let journey = directory.appendingPathComponent("pii.yaml").path
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent(Self.journey).path, toPath: journey)
        let responses = directory.appendingPathComponent("pii.responses.csv").path
        let result = try CommandRunner.run(["import", Self.corpus, "--journey", journey, "-o", responses])
        #expect(result.status == 0, "\(result.standardError)")
        return (directory, journey, responses)
    }

    @Test func nothingIdentifyingSurvivesInTheResponsesReportsOrMap() throws {
        let (directory, journey, responses) = try imported()
        var outputs: [String: String] = ["responses file": try String(contentsOfFile: responses, encoding: .utf8)]
        for format in ["json", "markdown", "text"] {
            let result = try CommandRunner.run(["analyze", journey, "--responses", responses, "--format", format, "--min-group", "3"])
            #expect(result.status == 0, "\(result.standardError)")
            outputs["analyze --format \(format)"] = result.standardOutput + result.standardError
        }
        let svg = directory.appendingPathComponent("map.svg").path
        let render = try CommandRunner.run(["render", journey, "--responses", responses, "-o", svg])
        #expect(render.status == 0, "\(render.standardError)")
        outputs["render (SVG)"] = try String(contentsOfFile: svg, encoding: .utf8) + render.standardError
        for (name, text) in outputs {
            for value in Self.forbidden {
                #expect(!text.contains(value), "\(value) leaked into the \(name)")
            }
        }
        // Not vacuous: the comments are there, masked.
        let file = outputs["responses file"]!
        for label in ["[phone]", "[e-mail]", "[IP]", "[ID number]", "[account]"] {
            #expect(file.contains(label), "the responses file keeps the comments with \(label)")
        }
        #expect(outputs["analyze --format json"]!.contains("[phone]") || outputs["analyze --format json"]!.contains("[e-mail]")
                || outputs["analyze --format json"]!.contains("[account]") || outputs["analyze --format json"]!.contains("[IP]"),
                "the analysis quotes masked comments")
    }

    @Test func responsesFileIsOwnerOnlyAndShuffledDeterministically() throws {
        let (directory, journey, responses) = try imported()
        let attributes = try FileManager.default.attributesOfItem(atPath: responses)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let again = directory.appendingPathComponent("again.csv").path
        _ = try CommandRunner.run(["import", Self.corpus, "--journey", journey, "-o", again])
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: responses), "same export, same bytes")
        let seeded = directory.appendingPathComponent("seeded.csv").path
        _ = try CommandRunner.run(["import", Self.corpus, "--journey", journey, "-o", seeded, "--seed", "12345"])
        #expect(FileManager.default.contents(atPath: seeded) != FileManager.default.contents(atPath: responses), "another seed, another order")
        // Respondent 1 is not export row 1: the first export row's comment ("Call me on … after 6pm") is elsewhere.
        let lines = try String(contentsOfFile: responses, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 22)
        #expect(!lines[2].hasSuffix("after 6pm"))
        #expect(lines.contains { $0.hasSuffix("Call me on [phone] after 6pm") })
    }

    @Test func anImportThatBindsNothingFailsWithTheClosestHeaders() throws {
        let directory = CommandRunner.temporaryDirectory()
        let export = directory.appendingPathComponent("e.csv").path
        try "Team,Rate - Offre,Rate - First wek\nA,4,5\n".write(toFile: export, atomically: true, encoding: .utf8)
        let journey = directory.appendingPathComponent("j.yaml").path
        try "title: T\nstages:\n  - name: S\n    touchpoints:\n      - {id: onboarding-call, name: Onboarding call}\n"
            .write(toFile: journey, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", export, "--journey", journey, "-o", directory.appendingPathComponent("r.csv").path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("no touchpoint of the journey is bound to a column of e.csv"))
        #expect(result.standardError.contains("j.yaml:5:9: note: touchpoint \"onboarding-call\" (Onboarding call) has no column"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("r.csv").path))
    }

    @Test func duplicatesNeedDedupeAndDelimiterOverrides() throws {
        let directory = CommandRunner.temporaryDirectory()
        let export = directory.appendingPathComponent("e.csv").path
        try "id|Offer\n7|4\n8|2\n7|5\n".write(toFile: export, atomically: true, encoding: .utf8)
        let journey = directory.appendingPathComponent("j.yaml").path
        try "title: T\nsurvey: {respondent: id}\nstages:\n  - name: S\n    touchpoints:\n      - {id: offer, name: Offer}\n"
            .write(toFile: journey, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("r.csv").path
        let refused = try CommandRunner.run(["import", export, "--journey", journey, "-o", out, "--delimiter", "|"])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("e.csv: column \"id\": error: 1 rows repeat a respondent id seen before (row 4 repeats row 2); pass --dedupe first or --dedupe last"))
        let last = try CommandRunner.run(["import", export, "--journey", journey, "-o", out, "--delimiter", "|", "--dedupe", "last"])
        #expect(last.status == 0, "\(last.standardError)")
        #expect(last.standardOutput.contains("duplicates: 1 rows repeat a respondent id; --dedupe last kept the last of each"))
        let values = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").dropFirst(2).map { $0.split(separator: ",")[1] }
        #expect(values.sorted() == ["2", "5"])
    }

    @Test func analyzeWarnsAboutTouchpointsWithoutSurveyData() throws {
        let (_, journey, responses) = try imported()
        var text = try String(contentsOfFile: journey, encoding: .utf8)
        text += "      - id: first-call\n        name: 第一次独立接线\n"
        try text.write(toFile: journey, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["analyze", journey, "--responses", responses])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("warning: 1 of 3 touchpoints have no survey data: first-call (第一次独立接线)"))
    }
}
