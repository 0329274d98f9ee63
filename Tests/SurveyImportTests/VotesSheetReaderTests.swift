import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// The workshop votes sheet: en and zh headers, encodings, xlsx, dot counts and one row per vote, suggestions.
@Suite struct VotesSheetReaderTests {
    static let journey: Journey = {
        let path = Fixture.root.appendingPathComponent("journeys/onboarding-90-days.yaml").path
        return try! JourneyLoader.load(path: path)
    }()

    static func read(_ text: String, path: String = "votes.csv") throws(ImportError) -> VotesSheetReader.Result {
        try VotesSheetReader.read(data: Data(text.utf8), path: path, journey: journey)
    }

    static func problems(_ text: String) -> [String] {
        do { _ = try read(text); return [] } catch { return error.description(in: .en).split(separator: "\n").map(String.init) }
    }

    @Test func englishHeadersWithDotCounts() throws {
        let result = try Self.read("""
            touchpoint,idea,votes,owner,impact,effort,due
            account-setup,Pre-open all accounts,5,IT,3,1,2026-12-15
            first-complaint,"Compensation limit, on the spot",3,Lead,high,medium,2027/1/5
            """)
        let ideas = result.file.ideas
        #expect(ideas.count == 2)
        #expect(ideas[0].touchpoint == "account-setup" && ideas[0].votes == 5 && ideas[0].owner == "IT")
        #expect(ideas[0].impact == 3 && ideas[0].effort == 1 && ideas[0].due?.description == "2026-12-15")
        #expect(ideas[1].title == "Compensation limit, on the spot" && ideas[1].impact == 3 && ideas[1].effort == 2)
        #expect(ideas[1].due?.description == "2027-01-05")
        #expect(result.file.sheet == "votes.csv" && result.file.journey == "onboarding-90-days.yaml")
        #expect(result.warnings.isEmpty)
    }

    @Test func chineseHeadersNamesAndOneRowPerVote() throws {
        // the BOM Excel writes, touchpoints by their Chinese name and by id, three rows with empty votes = 3 votes
        let result = try Self.read("\u{FEFF}环节,想法,票数,负责人,影响,难度,截止\n"
            + "第一次被客户投诉,师傅陪同复盘,,带教师傅,低,1,\n"
            + "first-complaint,师傅陪同复盘,,,,,\n"
            + " First-Complaint ,师傅陪同复盘,,,,,\n"
            + "开通系统账号,预先开通,2,,,,\n")
        let ideas = result.file.ideas
        #expect(ideas.map(\.touchpoint) == ["first-complaint", "account-setup"])
        #expect(ideas[0].votes == 3 && ideas[0].owner == "带教师傅" && ideas[0].impact == 1 && ideas[0].effort == 1)
        #expect(ideas[1].votes == 2)
    }

    @Test func aContradictingLaterRowIsAWarningAndTheFirstValueKept() throws {
        let result = try Self.read("touchpoint,idea,votes,owner\naccount-setup,X,1,IT\naccount-setup,X,2,HR\n")
        #expect(result.file.ideas.map(\.votes) == [3] && result.file.ideas[0].owner == "IT")
        #expect(result.warnings.map { $0.description(in: .en) }
                == ["votes.csv: row 3, column \"owner\": warning: owner \"HR\" differs from \"IT\" in row 2 for the same idea; keeping \"IT\""])
    }

    @Test func playbookIdsAreRecognized() throws {
        let result = try Self.read("环节,想法\n话术与合规考试,pb-scenario-drill\n")
        #expect(result.file.ideas[0].playbookID == "PB-SCENARIO-DRILL" && result.file.ideas[0].title == "pb-scenario-drill")
        #expect(result.file.ideas[0].votes == 1)   // no votes column: each row is one vote
    }

    @Test func unknownTouchpointGetsADidYouMean() {
        let lines = Self.problems("touchpoint,idea,votes\nacount-setup,X,1\n开通系统帐号,Y,1\nnowhere-at-all-here,Z,1\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "votes.csv: row 2, column \"touchpoint\": error: no touchpoint \"acount-setup\" in the journey; did you mean \"account-setup\" (开通系统账号)?")
        #expect(lines[1].hasPrefix("votes.csv: row 3, column \"touchpoint\": error: no touchpoint \"开通系统帐号\" in the journey; did you mean \"account-setup\""))
        #expect(lines[2].contains("no touchpoint \"nowhere-at-all-here\" in the journey; write a touchpoint id or name (welcome, account-setup,"))
    }

    @Test func badCellsAndHeadersAreEachReported() {
        let lines = Self.problems("touchpoint,idea,votes,impact,due\naccount-setup,,three,4,2026-02-30\n")
        #expect(lines == [
            "votes.csv: row 2, column \"idea\": error: the idea is empty; write the idea (or a playbook id PB-…)",
            "votes.csv: row 2, column \"votes\": error: votes \"three\" is not a count; write a whole number of 0 or more, or leave it empty to count the row as one vote",
            "votes.csv: row 2, column \"impact\": error: impact \"4\" is not 1–3; write 1, 2 or 3 (or low, medium, high / 低, 中, 高)",
            "votes.csv: row 2, column \"due\": error: due date \"2026-02-30\" is not a valid date; write it as YYYY-MM-DD, e.g. 2026-12-15",
        ])
        #expect(Self.problems("touchpoint,idae,vots\n") == [
            "votes.csv: row 1, column \"idae\": error: unknown column \"idae\"; did you mean \"idea\"?",
            "votes.csv: row 1, column \"vots\": error: unknown column \"vots\"; did you mean \"votes\"?",
        ])
        #expect(Self.problems("想法,票数\nX,1\n") == [
            "votes.csv: row 1: error: the sheet has no \"touchpoint\" column (\"环节\" in Chinese); the first row must name it",
        ])
        #expect(Self.problems("") == [
            "votes.csv: error: the votes sheet is empty; its first row names the columns touchpoint,idea,votes[,owner][,impact][,effort][,due]",
        ])
    }

    @Test func theChineseMessagesAreChinese() {
        do {
            _ = try Self.read("环节,想法\nacount-setup,X\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description(in: .zh) == "votes.csv: 第 2 行，列 \"环节\": error: 旅程中没有触点 \"acount-setup\"；是不是想写 \"account-setup\"（开通系统账号）？")
        }
    }

    @Test func gb18030AndXLSXSheetsAreRead() throws {
        let gb = try VotesSheetReader.read(path: Fixture.path("votes-gb18030.csv"), journey: Self.journey)
        #expect(gb.file.ideas.map(\.title) == ["预先开通账号"] && gb.file.ideas[0].owner == "IT 支持组" && gb.file.ideas[0].votes == 3)
        let book = try VotesSheetReader.read(path: Fixture.path("votes-zh.xlsx"), journey: Self.journey)
        // row 2: 4 votes, impact 高 = 3, effort 2; row 3 names the same touchpoint by name, empty votes: one more vote
        #expect(book.file.ideas.count == 1)
        #expect(book.file.ideas[0].touchpoint == "first-complaint" && book.file.ideas[0].votes == 5)
        #expect(book.file.ideas[0].impact == 3 && book.file.ideas[0].effort == 2)
        #expect(book.file.sheet == "votes-zh.xlsx")
    }

    @Test func anOversizedSheetIsRefusedBeforeItIsScanned() {
        let big = Data(count: InputLimits.votesSheetBytes + 1)
        do {
            _ = try VotesSheetReader.read(data: big, path: "big.csv", journey: Self.journey)
            Issue.record("expected an error")
        } catch {
            #expect(error.description(in: .en) == "big.csv: error: the votes sheet is over the limit of 16,777,216 bytes; split the workshop's votes into several sheets")
        }
    }

    @Test func workbookBytesAndMissingFilesAreRefused() {
        #expect(throws: ImportError.self) { try VotesSheetReader.read(data: Data([0x50, 0x4B, 0x03, 0x04, 0]), path: "v.csv", journey: Self.journey) }
        do {
            _ = try VotesSheetReader.read(path: "/nonexistent/votes.csv", journey: Self.journey)
            Issue.record("expected an error")
        } catch {
            if case .fileNotFound = error {} else { Issue.record("expected fileNotFound, got \(error)") }
        }
    }

    @Test func theSampleSheetReadsAgainstTheOnboardingJourney() throws {
        let result = try VotesSheetReader.read(path: Fixture.root.appendingPathComponent("journeys/onboarding-90-days.votes.csv").path,
                                               journey: Self.journey)
        // hand count from the sheet: account-setup 5 + 2, first-complaint 4 and three rows of one vote, first-live-call 3, script-exam 1
        #expect(result.file.ideas.map(\.votes) == [5, 2, 4, 3, 3, 1])
        #expect(result.file.ideas.last?.playbookID == "PB-DRILL")
    }
}
