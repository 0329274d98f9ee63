import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

@Suite struct ValueMapperTests {
    func mapper(_ scale: RatingScale, format: SurveyFormat = .csv, labels: [String: Double] = [:], kano: Bool = false) -> ValueMapper {
        var layout = SurveyLayout(format: format, headerRowCount: 1, columns: [])
        switch format {
        case .qualtrics: layout.negativeIsNotApplicable = true
        case .wjx:
            layout.negativeIsNotApplicable = true
            layout.skipMarkers = ["(跳过)"]
            layout.multiChoiceSeparator = "┋"
        case .limeSurveyVV:
            layout.skipMarkers = ["{question_not_shown}"]
            layout.usesAnswerCodes = true
            layout.usesVVEscapes = true
        default: break
        }
        return ValueMapper(scale: scale, journeyLabels: labels, layout: layout, isKano: kano)
    }

    func map(_ m: inout ValueMapper, _ text: String) -> ValueMapper.Outcome {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { m.map(UnsafeBufferPointer($0)) }
    }

    @Test func numbersLabelsAndMissing() {
        var m = mapper(RatingScale(min: 1, max: 7), labels: ["还行": 4])
        #expect(map(&m, "5") == .value(5))
        #expect(map(&m, " 7 ") == .value(7))
        #expect(map(&m, "") == .empty)
        #expect(map(&m, "非常满意") == .value(7))       // 7-point table on a 1–7 scale
        #expect(map(&m, "Somewhat agree") == .value(5))
        #expect(map(&m, "还行") == .value(4))            // survey.labels
        #expect(map(&m, "不适用") == .notApplicable)
        #expect(map(&m, "八") == .unknown("八"))
        #expect(map(&m, "9") == .outOfRange("9"))
        #expect(map(&m, "0") == .outOfRange("0"))         // missing is never zero, and zero is not on 1–7
        #expect(map(&m, "4.0") == .value(4))
        #expect(map(&m, "4.5") == .notWhole("4.5"))
        #expect(map(&m, "-2") == .outOfRange("-2"))       // a plain CSV has no N/A recodes
    }

    @Test func fivePointLabelsFollowTheScale() {
        var m = mapper(.fivePoint)
        #expect(map(&m, "非常满意") == .value(5))
        #expect(map(&m, "Strongly disagree") == .value(1))
        #expect(map(&m, "Neither agree nor disagree") == .value(3))
        var shifted = mapper(RatingScale(min: 0, max: 4))
        #expect(map(&shifted, "非常满意") == .value(4))
    }

    @Test func dialectMarkers() {
        var q = mapper(.fivePoint, format: .qualtrics)
        #expect(map(&q, "-99") == .notApplicable)
        var w = mapper(.fivePoint, format: .wjx)
        #expect(map(&w, "(跳过)") == .notApplicable)
        #expect(map(&w, "-3") == .notApplicable)
        #expect(map(&w, "满意┋一般") == .severalChoices("满意┋一般"))
        var l = mapper(.fivePoint, format: .limeSurveyVV)
        #expect(map(&l, "A4") == .value(4))
        #expect(map(&l, "A9") == .outOfRange("A9"))
        #expect(map(&l, "{question_not_shown}") == .notApplicable)
        var nps = mapper(.recommend)
        #expect(map(&nps, "10 - Extremely likely") == .value(10))
        #expect(map(&nps, "0 - Not at all likely") == .value(0))
    }

    @Test func kanoAnswers() {
        var m = mapper(KanoAnswer.scale, kano: true)
        #expect(map(&m, "I like it that way") == .value(KanoAnswer.like.rawValue))
        #expect(map(&m, "理所当然") == .value(KanoAnswer.mustBe.rawValue))
        #expect(map(&m, "我不喜欢") == .value(KanoAnswer.dislike.rawValue))
    }

    @Test func invalidBytesAreFlagged() {
        var m = mapper(.fivePoint)
        var bytes: [UInt8] = [0xFF, 0x31]
        let outcome = bytes.withUnsafeMutableBufferPointer { m.map(UnsafeBufferPointer($0)) }
        #expect(outcome == .invalidBytes)
    }
}

@Suite struct AnonymizerTests {
    @Test func classifiesIdentifyingHeaders() {
        func kind(_ id: String?, _ text: String) -> Anonymizer.Kind? { Anonymizer.classify(SurveyColumn(index: 0, id: id, text: text)) }
        #expect(kind("RecipientEmail", "Recipient Email") == .recipient)
        #expect(kind("IPAddress", "IP Address") == .ipAddress)
        #expect(kind(nil, "来自IP") == .ipAddress)
        #expect(kind(nil, "Email Address") == .email)
        #expect(kind("LocationLatitude", "Location Latitude") == .location)
        #expect(kind(nil, "姓名") == .name)
        #expect(kind(nil, "First Name") == .name)
        #expect(kind("token", "Token") == .externalReference)
        #expect(kind("ResponseId", "Response ID") == .identifier)
        #expect(kind(nil, "手机号") == .phone)
        #expect(kind("Q3_2", "How satisfied were you with the e-mail from HR on your first day? - Offer") == nil)
        #expect(kind("tenure", "tenure") == nil)
    }

    @Test func masksContactDetailsInText() {
        let a = Anonymizer()
        #expect(a.redact("write to ann.lee@example.co.uk today").text == "write to [e-mail] today")
        #expect(a.redact("server 10.0.0.12, not 1.2.3 or 999.1.1.1").text == "server [IP], not 1.2.3 or 999.1.1.1")
        #expect(a.redact("打13812345678或+86 139-1234-5678").text == "打[phone]或[phone]")
        #expect(a.redact("工号 20240101 不是手机").text == "工号 20240101 不是手机")
        #expect(a.redact("no digits here").masked == 0)
    }
}

@Suite struct FormatAndLayoutTests {
    func detect(_ text: String) -> SurveyFormat { FormatDetector.detect(sample: Array(text.utf8)).format }

    @Test func detectsEachToolFromItsHeader() {
        #expect(detect("a,b\n1,2\n") == .csv)
        #expect(detect("a\tb\n1\t2\n") == .tsv)
        #expect(detect("StartDate,Status,ResponseId,Q1\nStart Date,Response Type,Response ID,Q\n\"{\"\"ImportId\"\":\"\"startDate\"\"}\",x,y,z\n") == .qualtrics)
        #expect(detect("Respondent ID,Collector ID,Q\n,,Response\n") == .surveyMonkey)
        #expect(detect("Timestamp,Q1\n2024,3\n") == .googleForms)
        #expect(detect("序号,提交答卷时间,1、题\n1,2024,3\n") == .wjx)
        #expect(detect("Response ID\tDate submitted\nid\tsubmitdate\n1\t2024\n") == .limeSurveyVV)
        #expect(detect("  <?xml version=\"1.0\"?><document>") == .limeSurveyXML)
    }

    @Test func detectsLegacyLayoutsAndDelimiters() {
        // Legacy Qualtrics header rows as in ropensci/qualtRics tests/testthat/files/sample_legacy.csv.
        #expect(detect("V1,V2,V3,Q1\nResponseID,ResponseSet,Name,Question\nR_1,Default,Anonym,2\n") == .qualtrics)
        #expect(detect("ResponseID,Q1\nResponseID,Q\n{'ImportId': 'responseId'},{'ImportId': 'QID1'}\nr,1\n") == .qualtrics)
        #expect(detect("RespondentID,CollectorID,StartDate,Q\n,,,Response\n1,2,3,4\n") == .surveyMonkey)
        #expect(detect("\"id\",\"submitdate\",\"lastpage\",\"Q1\"\n\"1\",\"2024\",\"3\",\"A4\"\n") == .limeSurveyCSV)
        #expect(detect("Response ID,Date submitted,Rate [Offer]\n1,2024,A4\n") == .limeSurveyCSV)
        #expect(FormatDetector.guessDelimiter(Array("a;b;c\n1;2,5;3\n".utf8)) == 0x3B)
        #expect(FormatDetector.guessDelimiter(Array("a,b;c\n".utf8)) == 0x2C)
        #expect(FormatDetector.guessDelimiter(Array("a\tb\tc;d\n".utf8)) == 0x09)
        #expect(QualtricsDialect.importIDValue("{'ImportId': 'QID2-1'}") == "QID2-1")
        #expect(QualtricsDialect.isQuestionImportID("1_QID56_7") && QualtricsDialect.isQuestionImportID("QID2-1"))
        #expect(!QualtricsDialect.isQuestionImportID("panel-RecipientEmail") && !QualtricsDialect.isQuestionImportID("_recordId"))
        #expect(GridHeader.split("第3题(入职第一天)")! == ("第3题", "入职第一天"))
        #expect(WJXDialect.choiceWithoutFillIn("其他〖夜班小组〗") == "其他")
    }

    @Test func westernFilesAreNotReadAsGB18030() {
        let mac = Array("Team,Premi".utf8) + [0x8F] + Array("re semaine\rA,4\r".utf8)
        #expect(EncodingDetector.detect(sample: mac, isWholeFile: true).encoding == .macRoman)
        let windows = Array("Equipe;Premi".utf8) + [0xE8] + Array("re semaine\r\n".utf8)
        #expect(EncodingDetector.detect(sample: windows, isWholeFile: true).encoding == .windows1252)
        let chinese: [UInt8] = [0xB5, 0xE7, 0xBB, 0xB0, 0xD2, 0xBB, 0xD7, 0xE9, 0x2C, 0x34, 0x0A]  // 电话一组,4
        #expect(EncodingDetector.detect(sample: chinese, isWholeFile: true).encoding == .gb18030)
        #expect(EncodingChoice(userText: "cp1252") == .windows1252 && EncodingChoice(userText: "sjis") == .shiftJIS
                && EncodingChoice(userText: "Big5") == .big5 && EncodingChoice(userText: "macroman") == .macRoman)
    }

    @Test func gridHeadersSplit() {
        #expect(GridHeader.split("Rate each stage [First week]")! == ("Rate each stage", "First week"))
        #expect(GridHeader.split("Stage rating - Offer")! == ("Stage rating", "Offer"))
        #expect(GridHeader.split("3、请为各环节打分—培训期")! == ("3、请为各环节打分", "培训期"))
        #expect(GridHeader.split("Overall") == nil)
        #expect(WJXDialect.stripQuestionNumber("12、您的部门？") == "您的部门？")
        #expect(LimeSurveyVVDialect.unescape("{quote}a{newline}b{tab}{lbrace}c}") == "\"a\nb\t{c}")
    }

    @Test func surveyMonkeyForwardFillsQuestionHeaders() throws {
        let layout = try SurveyMonkeyDialect.layout(headerRows: [
            ["Respondent ID", "Collector ID", "Rate each stage", "", "", "Comments"],
            ["", "", "Offer", "First week", "Other (please specify)", "Open-Ended Response"],
        ], path: "sm.csv")
        #expect(layout.columns.map(\.text) == ["Respondent ID", "Collector ID", "Rate each stage - Offer",
                                               "Rate each stage - First week", "Rate each stage - Other (please specify)", "Comments"])
        #expect(layout.columns[3].rowLabel == "First week")
        #expect(layout.columns[0].isMetadata)
    }

    @Test func responsesHeadersParse() {
        #expect(ResponsesColumn.parse(header: "score:first-login[1..7]")?.column.touchpointID == "first-login")
        #expect(ResponsesColumn.parse(header: "score:first-login[1..7]")?.max == 7)
        #expect(ResponsesColumn.parse(header: "segment:入职时长 [月]")?.column.segmentName == "入职时长 [月]")
        #expect(ResponsesColumn.parse(header: "overall[-2..2]")?.min == -2)
        #expect(ResponsesColumn.parse(header: "comment:x[1..5]") == nil)
        #expect(ResponsesColumn.parse(header: "score:x") == nil)
        #expect(ResponsesColumn.parse(header: "bogus:x[1..5]") == nil)
        #expect(BadRowLimit(text: "2.5%") == .percent(2.5))
        #expect(BadRowLimit(text: "12") == .count(12))
        #expect(BadRowLimit(text: "-1") == nil)
        #expect(BadRowLimit.percent(5).allowed(among: 1000) == 50)
    }
}

@Suite struct BindingTests {
    let export = "Team,Rate - Offer,Offer letter clarity - Offer,Rate - First week,Rate - Frist month\nA,4,5,3,2\n"

    func load(_ journeyText: String, export: String) throws -> (SurveyResponses, ImportSummary) {
        let dir = Fixture.temporaryDirectory()
        let path = dir + "/e.csv"
        try export.write(toFile: path, atomically: true, encoding: .utf8)
        let journey = try JourneyLoader.parse(data: Data(journeyText.utf8), path: "j.yaml")
        return try SurveyImporter.load(exportPath: path, journey: journey)
    }

    func journey(_ touchpoints: String) -> String {
        "title: T\nscale: {min: 1, max: 5}\nsurvey:\n  segments: [Team]\nstages:\n  - name: S\n    touchpoints:\n" + touchpoints
    }

    @Test func ambiguousGuessIsAnErrorListingTheCandidates() throws {
        #expect {
            _ = try load(journey("      - {id: offer, name: Offer}\n"), export: export)
        } throws: { error in
            let text = "\(error)"
            return text.contains("j.yaml:8:9: error: touchpoint \"offer\" (Offer) matches 2 columns")
                && text.contains("\"Rate - Offer\"") && text.contains("\"Offer letter clarity - Offer\"")
        }
    }

    @Test func nearMissIsAnErrorWithASuggestion() throws {
        #expect {
            _ = try load(journey("      - {id: offer, name: Offer, survey: {score: Rate - Offer}}\n      - {id: first-month, name: First month}\n"), export: export)
        } throws: { error in
            "\(error)".contains("touchpoint \"first-month\" (First month) has no matching column, but \"Rate - Frist month\"")
        }
    }

    @Test func declaredBindingResolvesTheAmbiguity() throws {
        let (responses, summary) = try load(journey("      - {id: offer, name: Offer, survey: {score: Rate - Offer}}\n      - {id: first-week, name: First week}\n"), export: export)
        #expect(responses.answers(for: "offer")?.score.values == [4])
        #expect(responses.answers(for: "first-week")?.score.values == [3])
        #expect(summary.bindings.map(\.isDeclared) == [true, true, false])
    }

    @Test func identifyingSegmentIsRefused() throws {
        let text = "title: T\nsurvey:\n  segments: [Email]\nstages:\n  - name: S\n    touchpoints:\n      - {id: offer, name: Offer}\n"
        #expect {
            _ = try load(text, export: "Email,Offer\na@b.c,4\n")
        } throws: { error in
            "\(error)" == "j.yaml:3:13: error: segment column \"Email\" looks identifying (e-mail): its header names personal data, and segments must group people, not identify them — remove it from survey.segments"
        }
    }

    @Test func readerRejectsAFileFromAnotherJourneyVersion() throws {
        let dir = Fixture.temporaryDirectory()
        let path = dir + "/r.csv"
        try "journeymap-responses,1\nrespondent,score:gone[1..5],score:offer[1..7]\n1,3,4\n".write(toFile: path, atomically: true, encoding: .utf8)
        let journey = try JourneyLoader.parse(data: Data(journey("      - {id: offer, name: Offer}\n").utf8), path: "j.yaml")
        #expect {
            _ = try ResponsesFile.read(path: path, journey: journey)
        } throws: { error in
            let text = "\(error)"
            return text.contains("column \"score:gone[1..5]\": error: the journey has no touchpoint \"gone\"")
                && text.contains("column \"score:offer[1..7]\": error: the journey now rates this on 1–5, the file on 1–7")
        }
        let missing = try #require(throws: ResponsesFileError.self) { try ResponsesFile.read(path: dir + "/none.csv", journey: journey) }
        #expect(missing.kind == .notFound)
        try "name,score\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ResponsesFileError.self) { try ResponsesFile.read(path: path, journey: journey) }
    }
}
