import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// Writes an export and a journey to a temporary directory and imports it in memory.
private func load(_ export: String, journey: String, options: ImportOptions = ImportOptions(seed: 1),
                  bytes: [UInt8]? = nil) throws -> (SurveyResponses, ImportSummary) {
    let dir = Fixture.temporaryDirectory()
    let path = dir + "/e.csv"
    if let bytes { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
    else { try export.write(toFile: path, atomically: true, encoding: .utf8) }
    let parsed = try JourneyLoader.parse(data: Data(journey.utf8), path: "j.yaml")
    return try SurveyImporter.load(exportPath: path, journey: parsed, options: options)
}

private func journey(_ touchpoints: String, survey: String = "") -> String {
    "title: T\nscale: {min: 1, max: 5}\n" + (survey.isEmpty ? "" : "survey:\n" + survey) + "stages:\n  - name: S\n    touchpoints:\n" + touchpoints
}

@Suite struct PIIMaskerTests {
    let masker = PIIMasker()

    @Test(arguments: [
        ("call +44 20 7946 0958 today", "call [phone] today"),
        ("US (555) 123-4567.", "US [phone]."),
        ("cell 555-123-4567 or 555.123.4567", "cell [phone] or [phone]"),
        ("+1 (415) 555-0100", "[phone]"),
        ("座机010-62345678转8", "座机[phone]转8"),
        ("深圳 0755-8888 8888", "深圳 [phone]"),
        ("手机１３８１２３４５６７８", "手机[phone]"),
        ("打13812345678或+86 139-1234-5678", "打[phone]或[phone]"),
        ("身份证110105199003071234号", "身份证[ID number]号"),
        ("证件11010519900307123X", "证件[ID number]"),
        ("from 2001:db8:85a3::8a2e:370:7334 and fe80::1", "from [IP] and [IP]"),
        ("full 2001:0db8:0000:0000:0000:ff00:0042:8329", "full [IP]"),
        ("写信到zhang.san＠example.com", "写信到[e-mail]"),
        ("write to ann.lee@example.co.uk today", "write to [e-mail] today"),
        ("server 10.0.0.12, not 1.2.3 or 999.1.1.1", "server [IP], not 1.2.3 or 999.1.1.1"),
        ("QQ: 123456789 加我", "QQ: [account] 加我"),
        ("微信号：wxid_abc123", "微信号：[account]"),
        ("加微信 zhangsan_2024", "加微信 [account]"),
        ("WeChat ID leo_cs", "WeChat ID [account]"),
    ])
    func masks(_ input: String, _ expected: String) {
        #expect(masker.mask(input).text == expected)
    }

    @Test(arguments: ["工号 20240101 不是手机", "2-3个月", "培训 3 天，每天 8 小时", "2024-01-05 入职", "10:30 到 12:00",
                      "version 1.2.3.4.5", "满意度 4.5 分", "电话一组", "Q3 2024: 120 calls", "score 4/5", "2024.01.05",
                      "no digits here", "QQ音乐很好听", "wechat is slow"])
    func leavesOrdinaryTextAlone(_ input: String) {
        #expect(masker.mask(input).masked == 0, "\(masker.mask(input).text)")
    }
}

@Suite struct IdentifyingColumnDetectorTests {
    @Test(arguments: [
        ("First name", Anonymizer.Kind.name), ("lastName", .name), ("Full Name", .name), ("Your name", .name), ("Name", .name),
        ("姓名", .name), ("您的姓名", .name), ("网名", .name), ("微信昵称", .name), ("Phone number", .phone), ("Mobile", .phone),
        ("联系电话", .phone), ("手机", .phone), ("Contact details", .contact), ("联系方式", .contact), ("Home address", .address),
        ("家庭住址", .address), ("Date of birth", .birthDate), ("DOB", .birthDate), ("出生日期", .birthDate), ("Staff number", .staffNumber),
        ("Employee ID", .staffNumber), ("工号", .staffNumber), ("身份证号", .idNumber), ("Email Address", .email), ("IP Address", .ipAddress),
    ])
    func identifyingHeaders(_ header: String, _ kind: Anonymizer.Kind) {
        #expect(IdentifyingColumnDetector.classify(header: header) == kind)
    }

    @Test(arguments: ["Team", "Team name", "Department name", "tenure", "您所在的班组？", "入职时长", "Which team are you in?",
                      "How easy was it to reach HR?", "您对手机端培训平台的满意度如何？", "Mobile app", "Rate each stage - Offer", "Q4"])
    func ordinaryHeaders(_ header: String) {
        #expect(IdentifyingColumnDetector.classify(header: header) == nil)
    }

    @Test func segmentContent() {
        let teams = (0..<40).map { ["电话一组", "电话二组", "在线客服组", "投诉组"][$0 % 4] }
        #expect(IdentifyingColumnDetector.segmentReason(teams) == nil)
        let tenure = (0..<40).map { ["0-1个月", "2-3个月", "4-6个月", "半年以上"][$0 % 4] }
        #expect(IdentifyingColumnDetector.segmentReason(tenure) == nil)
        let unique = (0..<12).map { "team \($0)" }
        #expect(IdentifyingColumnDetector.segmentReason(unique)?.contains("every one of its 12 values is different") == true)
        let mostlyUnique = (0..<12).map { $0 < 7 ? "v\($0)" : "shared" }
        #expect(IdentifyingColumnDetector.segmentReason(mostlyUnique)?.contains("7 of its 12 values occur only once") == true)
        #expect(IdentifyingColumnDetector.segmentReason(["1990-03-07", "1988/12/1", "1990-03-07"])?.contains("dates") == true)
        #expect(IdentifyingColumnDetector.segmentReason(["E-2041", "E-2042", "E-2041"])?.contains("staff numbers") == true)
        #expect(IdentifyingColumnDetector.segmentReason(["王芳", "李娜", "王芳", "张伟", "刘洋", "电话一组"])?.contains("personal names") == true)
        // Groups that happen to look like names or dates pass: sites (张江, 陆家嘴, 徐汇) and a cohort's start date.
        let sites = (0..<60).map { ["张江", "陆家嘴", "徐汇", "浦东"][$0 % 4] }
        #expect(IdentifyingColumnDetector.segmentReason(sites) == nil)
        let cohorts = (0..<60).map { ["2024-03-01", "2024-06-01", "2024-09-01"][$0 % 3] }
        #expect(IdentifyingColumnDetector.segmentReason(cohorts) == nil)
        #expect(IdentifyingColumnDetector.segmentReason(["13812345678", "a@b.cn", "13812345678"])?.contains("phone numbers") == true)
        #expect(IdentifyingColumnDetector.segmentReason(["朝阳路12号", "长安街3号", "朝阳路12号"])?.contains("addresses") == true)
        // Reasons never quote the values.
        #expect(!(IdentifyingColumnDetector.segmentReason(["王芳", "李娜", "王芳"]) ?? "").contains("王芳"))
    }
}

@Suite struct ImportRulesTests {
    @Test func notApplicableAnswersAreMissingNeverBadRows() throws {
        let text = journey("      - {id: offer, name: Offer}\n", survey: "  missing: [\"没接触过\", Never used it]\n")
        let export = "Offer\n4\nUnfamiliar (N/A)\n不适用\n跳过\n没接触过\nnever used it\nDon't know\n5\n"
        let (responses, summary) = try load(export, journey: text, options: ImportOptions(maxBadRows: .count(0), seed: 1))
        #expect(summary.badRows == 0)
        #expect(summary.notApplicableAnswers == 6)
        #expect(responses.answers(for: "offer")?.score.values.compactMap { $0 }.sorted() == [4, 5])
        #expect(responses.respondentCount == 8)
    }

    @Test func surveyMissingIsValidatedWithPositions() throws {
        let text = "title: T\nsurvey:\n  labels: {Unfamiliar: 1}\n  missing: [Unfamiliar, \"\", x, X]\nstages:\n  - name: S\n    touchpoints:\n      - {id: a, name: A}\n"
        #expect {
            _ = try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml")
        } throws: { error in
            let message = "\(error)"
            return message.contains("j.yaml:4:13: error: \"Unfamiliar\" is both in labels (a score) and in missing (not a score)")
                && message.contains("j.yaml:4:25: error: an item of missing is blank")
                && message.contains("j.yaml:4:32: error: \"X\" is listed twice in missing")
        }
        let ok = try JourneyLoader.parse(data: Data("title: T\nsurvey: {missing: [\"N/V\"]}\nstages:\n  - name: S\n    touchpoints:\n      - {id: a, name: A}\n".utf8), path: "j.yaml")
        #expect(ok.survey?.missing == ["N/V"])
    }

    @Test func anImportThatKeepsNoRowFails() throws {
        #expect {
            _ = try load("Offer\n", journey: journey("      - {id: offer, name: Offer}\n"))
        } throws: { error in "\(error)".hasSuffix("error: the export has header rows but no data rows; nothing was written") }
    }

    @Test func partialBindingSaysWhichTouchpointsAreUnboundAndTheClosestHeaders() throws {
        let (_, summary) = try load("Offer,Month 1 check-in,Comments\n4,5,x\n",
                                    journey: journey("      - {id: offer, name: Offer}\n      - {id: month, name: Month one}\n"))
        let text = summary.render()
        #expect(text.contains("unbound touchpoints (no column; bind with `survey: {score: …}`): month (Month one)"))
        #expect(text.contains("month: closest headers \"Month 1 check-in\" (column 2)"))
    }

    @Test func missingDeclaredColumnSuggestsRealHeaders() throws {
        let long = "How satisfied were you with the way your team lead explained the quality-assurance scoring rules during week two - Offer"
        let export = "\"\(long)\",\"\(long.replacingOccurrences(of: "Offer", with: "First week"))\"\n4,5\n"
        #expect {
            _ = try load(export, journey: journey("      - {id: offer, name: Offer, survey: {score: Offer letter}}\n"))
        } throws: { error in
            let message = "\(error)"
            // The header is quoted whole (under 120 characters), with its distinguishing tail.
            return message.contains("the score column \"Offer letter\" is not in e.csv") && message.contains("- Offer\" (column 1)")
        }
    }

    @Test func headersAreQuotedWholeUpTo120Characters() {
        let stem = String(repeating: "Rate how well each stage of your first ninety days prepared you ", count: 2)
        let a = HeaderText.quoted(stem + "- Offer"), b = HeaderText.quoted(stem + "- First week")
        #expect(a != b)
        #expect(a.hasSuffix("- Offer\"") && b.hasSuffix("- First week\""))
        #expect(HeaderText.quoted("Short - Row") == "\"Short - Row\"")
    }

    @Test func namedInFiveHeadersListsAllFive() throws {
        let export = (1...5).map { "Training \($0)" }.joined(separator: ",") + "\n" + (1...5).map(String.init).joined(separator: ",") + "\n"
        #expect {
            _ = try load(export, journey: journey("      - {id: training, name: Training}\n"))
        } throws: { error in
            let message = "\(error)"
            return message.contains("is named in 5 headers") && (1...5).allSatisfy { message.contains("\"Training \($0)\"") }
        }
    }

    @Test func identifyingSegmentByContentIsRefusedWithoutPrintingValues() throws {
        let rows = (0..<12).map { "E-\(3000 + $0),\(1 + $0 % 5)" }.joined(separator: "\n")
        #expect {
            _ = try load("Badge,Offer\n" + rows + "\n", journey: journey("      - {id: offer, name: Offer}\n", survey: "  segments: [Badge]\n"))
        } throws: { error in
            let message = "\(error)"
            return message.contains("column \"Badge\": error: segment \"Badge\" is refused: 12 of its 12 values look like staff numbers")
                && !message.contains("E-3000")
        }
    }

    @Test func identifyingSegmentHeaderIsRefusedSayingWhy() throws {
        #expect {
            _ = try load("Phone,Offer\n1,4\n", journey: journey("      - {id: offer, name: Offer}\n", survey: "  segments: [Phone]\n"))
        } throws: { error in "\(error)".contains("segment column \"Phone\" looks identifying (phone number)") }
    }

    @Test func gb18030AfterAnASCIIFirstMiBIsStillDetected() throws {
        var bytes = Array("Team,Offer\n".utf8)
        let filler = Array("Phone team,4\n".utf8)
        while bytes.count < (1 << 20) + 100 { bytes += filler }
        bytes += Array("电话一组,5\n".data(using: .init(rawValue: 0x80000632))!)   // GB18030
        let (responses, summary) = try load("", journey: journey("      - {id: offer, name: Offer}\n", survey: "  segments: [Team]\n"),
                                            bytes: bytes)
        #expect(summary.encoding == .gb18030)
        #expect(summary.encodingReason.contains("the first MiB is plain ASCII"))
        #expect(responses.segments[0].levels.contains("电话一组"))
    }

    @Test func dedupeFirstKeepsTheFirstAnswer() throws {
        let (responses, summary) = try load("ResponseId,Offer\nR1,4\nR2,2\nR1,5\n", journey: journey("      - {id: offer, name: Offer}\n"),
                                            options: ImportOptions(dedupe: .first, seed: 1))
        #expect(summary.duplicateCount == 1 && summary.rowsKept == 2)
        #expect(responses.answers(for: "offer")?.score.values.compactMap { $0 }.sorted() == [2, 4])
        #expect(throws: ImportError.self) {
            _ = try load("Offer\n4\n", journey: journey("      - {id: offer, name: Offer}\n"), options: ImportOptions(dedupe: .last))
        }
    }

    @Test func analysisRefusesAnIdentifyingSegmentInAResponsesFile() throws {
        let dir = Fixture.temporaryDirectory()
        let path = dir + "/r.csv"
        let rows = (1...12).map { "\($0),1990-05-\(String(format: "%02d", $0)),4" }.joined(separator: "\n")
        try ("journeymap-responses,1\nrespondent,segment:born,score:offer[1..5]\n" + rows + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let parsed = try JourneyLoader.parse(data: Data(journey("      - {id: offer, name: Offer}\n").utf8), path: "j.yaml")
        #expect {
            _ = try ResponsesFile.read(path: path, journey: parsed)
        } throws: { error in
            let message = "\(error)"
            return message.contains("column \"segment:born\": error: segment \"born\" is refused for analysis: 12 of its 12 values are dates")
                && !message.contains("1990-05")
        }
        try "journeymap-responses,1\nrespondent,segment:姓名,score:offer[1..5]\n1,组A,4\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ResponsesFileError.self) { try ResponsesFile.read(path: path, journey: parsed) }
    }

    @Test func freeTextInErrorsIsMaskedAndShort() throws {
        let export = "Offer\n\"My number is 13812345678 and I think the whole offer process was confusing and slow\"\n4\n"
        #expect {
            _ = try load(export, journey: journey("      - {id: offer, name: Offer}\n"), options: ImportOptions(maxBadRows: .count(0), seed: 1))
        } throws: { error in
            let message = "\(error)"
            return message.contains("row 2, column \"Offer\": error: the answer \"My number is [phone] and…\"")
                && !message.contains("13812345678") && !message.contains("confusing")
        }
    }

    @Test func seededShuffleIsAPermutationAndDependsOnTheSeed() {
        let a = PseudonymPermutation.order(count: 50, seed: 1), b = PseudonymPermutation.order(count: 50, seed: 2)
        #expect(a.sorted() == Array(0..<50) && b.sorted() == Array(0..<50))
        #expect(a != b && a != Array(0..<50))
        #expect(a == PseudonymPermutation.order(count: 50, seed: 1))
    }
}
