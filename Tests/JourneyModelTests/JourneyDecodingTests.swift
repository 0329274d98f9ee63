import Foundation
import Testing
@testable import JourneyModel

/// A valid journey decodes into exactly the values written in the file.
@Suite struct JourneyDecodingTests {
    @Test func fullJourneyDecodesEveryKey() throws {
        let journey = try JourneyLoader.load(path: FixturePaths.fixture("journeys/valid/full.yaml"))
        #expect(journey.title == "客服新人的前 90 天")
        #expect(journey.persona == "一线客服专员 · 入职 0–3 个月")
        #expect(journey.language == .zh)
        #expect(journey.scale == RatingScale(min: 1, max: 7, neutral: 4))
        #expect(journey.stages.map(\.id) == ["onboarding", "training-week"])
        #expect(journey.touchpoints.map(\.id) == ["first-login", "welcome", "product-training"])
        let login = journey.touchpoints[0]
        #expect(login.actors == ["新人", "IT"])
        #expect(login.channel == "系统")
        #expect(login.isMOT)
        #expect(login.score == 2)
        #expect(login.importance == 4)
        #expect(login.wish == 6.5)
        #expect(login.quotes == ["账号第三天才开通"])
        #expect(login.survey == TouchpointSurveyBinding(score: "Q3_2", importance: "Q4_2", wish: "Q5_2", comment: "Q6_2",
                                                        kano: KanoBinding(functional: "K1_F", dysfunctional: "K1_D")))
        #expect(login.actions.count == 1)
        let action = login.actions[0]
        #expect(action.title == "入职前一天开通所有账号")
        #expect(action.owner == "班组长")
        #expect(action.due?.description == "2026-12-15")
        #expect(action.impact == 3 && action.effort == 1 && action.votes == 7)
        #expect(login.location?.line == 10 && login.location?.column == 9)
        #expect(journey.touchpoints[1].actors == ["班组长"])
        #expect(journey.touchpoints[2].isMOT)
        #expect(journey.touchpoints[2].score == nil)
        let survey = try #require(journey.survey)
        #expect(survey.respondent == "ResponseId")
        #expect(survey.overall == "Q10")
        #expect(survey.enps == "Q11")
        #expect(survey.segments == ["tenure", "team"])
        #expect(survey.labels == ["非常满意": 7, "满意": 6])
        #expect(journey.importanceScale == RatingScale(min: 1, max: 5))
        #expect(journey.overallScale == RatingScale(min: 1, max: 7))
    }

    @Test func defaultsApplyWhenKeysAreAbsent() throws {
        let journey = try JourneyLoader.load(path: FixturePaths.fixture("journeys/valid/minimal.yaml"))
        #expect(journey.scale == .fivePoint)
        #expect(journey.scale.neutral == 3)
        #expect(journey.language == .en)
        #expect(journey.stages[0].id == "day-one")
        #expect(journey.survey == nil)
        #expect(journey.touchpoints[0].isMOT == false)
    }

    @Test func stageWithoutASCIINameGetsAPositionalID() throws {
        let text = "title: 旅程\nstages:\n  - name: 入职\n    touchpoints: [{id: a, name: 甲}]\n  - name: 培训\n    touchpoints: [{id: b, name: 乙}]\n"
        let journey = try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml")
        #expect(journey.stages.map(\.id) == ["stage-1", "stage-2"])
        #expect(journey.language == .zh)
    }

    @Test func idRules() {
        #expect(JourneyDecoder.isValidID("first-login"))
        #expect(JourneyDecoder.isValidID("q3_2"))
        #expect(JourneyDecoder.isValidID("9am"))
        #expect(!JourneyDecoder.isValidID("First"))
        #expect(!JourneyDecoder.isValidID("-lead"))
        #expect(!JourneyDecoder.isValidID("登录"))
        #expect(!JourneyDecoder.isValidID(""))
        #expect(JourneyDecoder.slug("First Login!") == "first-login")
        #expect(JourneyDecoder.slug("入职") == nil)
    }
}

/// Small value types the rest of the tool relies on.
@Suite struct ModelValueTests {
    @Test func datesAreCheckedAgainstTheCalendar() {
        #expect(JourneyDate(iso: "2028-02-29") != nil)
        #expect(JourneyDate(iso: "2026-02-29") == nil)
        #expect(JourneyDate(iso: "1900-02-29") == nil)
        #expect(JourneyDate(iso: "2000-02-29") != nil)
        #expect(JourneyDate(iso: "2026-04-31") == nil)
        #expect(JourneyDate(iso: "2026-1-5") == nil)
        #expect(JourneyDate(iso: "２０２６-01-05") == nil)
        #expect(JourneyDate(iso: "2026-01-05")?.description == "2026-01-05")
        #expect(JourneyDate(iso: "2026-01-05")! < JourneyDate(iso: "2026-02-01")!)
    }

    @Test func editDistanceCountsTranspositionsAsOne() {
        #expect(KeySuggester.editDistance("titel", "title") == 1)
        #expect(KeySuggester.editDistance("chanel", "channel") == 1)
        #expect(KeySuggester.editDistance("kitten", "sitting") == 3)
        #expect(KeySuggester.suggestion(for: "Touchpionts", among: ["touchpoints", "name"]) == "touchpoints")
        #expect(KeySuggester.suggestion(for: "colour", among: ["id", "name", "score"]) == nil)
    }

    @Test func languageIsGuessedFromTheText() {
        #expect(JourneyLanguage.guess(from: "客服新人的前 90 天") == .zh)
        #expect(JourneyLanguage.guess(from: "A day in the life of an agent") == .en)
        #expect(JourneyLanguage.guess(from: "Onboarding 入职") == .zh)
    }

    @Test func ratingColumnStoresOneBytePerAnswerAndKeepsMissing() {
        var column = RatingColumn(scale: RatingScale(min: 0, max: 10), values: [0, 10, nil, 7])
        #expect(column.values == [0, 10, nil, 7])
        #expect(column.codes == [1, 11, 0, 8])
        #expect(column.answered == [0, 10, 7])
        column.append(11) // off the scale: stored as missing, never clipped
        #expect(column[4] == nil)
        column.set(3, at: 2)
        #expect(column[2] == 3)
    }

    @Test func segmentColumnEncodesLevelsInOrderOfAppearance() {
        let column = SegmentColumn(name: "team", values: ["A组", "B组", nil, "A组", ""])
        #expect(column.levels == ["A组", "B组"])
        #expect(column.codes == [1, 2, 0, 1, 0])
        #expect(column[3] == "A组")
        #expect(column[4] == nil)
    }
}

/// Review findings on the decoder: derived ids, quoted values, labels, blank text.
@Suite struct JourneyDecoderEdgeTests {
    private func parse(_ text: String) -> Result<Journey, JourneyLoadError> {
        do { return .success(try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml")) } catch { return .failure(error) }
    }

    private func errors(_ text: String) -> [String] {
        if case .failure(let error) = parse(text) { return error.description.split(separator: "\n").map(String.init) }
        return []
    }

    @Test func derivedStageIDsNeverCollide() throws {
        let text = """
        title: 周
        stages:
          - {name: 第1周, touchpoints: [{id: a, name: 甲}]}
          - {name: 第1月, touchpoints: [{id: b, name: 乙}]}
          - {name: Week 2, touchpoints: [{id: c, name: 丙}]}
          - {name: week 2!, touchpoints: [{id: d, name: 丁}]}
          - {id: stage-5, name: 明确, touchpoints: [{id: e, name: 戊}]}
        """
        let journey = try parse(text).get()
        // "1" has no letter → positional; "week-2" repeats → positional stage-4; explicit stage-5 stays.
        #expect(journey.stages.map(\.id) == ["stage-1", "stage-2", "week-2", "stage-4", "stage-5"])
    }

    @Test func descriptionsAreKept() throws {
        let journey = try parse("title: t\ndescription: scope\nstages:\n  - {name: S, description: why, touchpoints: [{id: a, name: A}]}\n").get()
        #expect(journey.description == "scope")
        #expect(journey.stages[0].description == "why")
    }

    @Test func quotedNumbersAndBooleansAreExplained() {
        // Columns counted with Python: line.index(value) + 1.
        #expect(errors("title: t\nstages: [{name: S, touchpoints: [{id: a, name: A, score: \"4\", mot: \"yes\"}]}]\n") == [
            #"j.yaml:2:58: error: score must be a number, not the quoted text "4"; remove the quotes"#,
            #"j.yaml:2:68: error: mot must be true or false, not the quoted text "yes"; remove the quotes"#,
        ])
    }

    @Test func labelsMustLieOnAScale() {
        #expect(errors("title: t\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\nsurvey: {labels: {好: 4, 太好: 42}}\n") == [
            #"j.yaml:3:29: error: label "太好" maps to 42, which is on none of the journey's scales (1–5, importance 1–5, eNPS 0–10)"#,
        ])
    }

    @Test func blankOptionalTextIsAbsent() throws {
        #expect(try parse("title: t\npersona: \"  \"\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\n").get().persona == nil)
    }
}

@Suite struct ColumnBindingTests {
    @Test func aColumnBoundTwiceIsAnError() {
        let text = """
        title: t
        survey: {overall: Q10}
        stages:
          - name: S
            touchpoints:
              - {id: a, name: A, survey: {score: Q3_1, importance: Q4_1}}
              - {id: b, name: B, survey: {score: Q3_1, wish: Q10}}
        """
        do {
            _ = try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml")
            Issue.record("accepted a column bound twice")
        } catch {
            #expect(error.description == """
            j.yaml:7:9: error: column "Q10" is bound as wish of "b" but is already bound as the overall rating (line 1); bind each survey column once
            j.yaml:7:9: error: column "Q3_1" is bound as score of "b" but is already bound as score of "a" (line 6); bind each survey column once
            """)
        }
    }
}

/// How every message quotes a user's value (shared by journey validation and survey import).
@Suite struct DiagnosticTextTests {
    @Test func controlCharactersAreVisibleAndLongValuesCut() {
        #expect(DiagnosticText.quoted("a\nb\t\"c\"") == #""a\nb\t\"c\"""#)
        #expect(DiagnosticText.quoted("\u{1}") == #""\u{1}""#)
        #expect(DiagnosticText.quoted("a\u{202E}b\u{9B}c\u{2066}") == #""a\u{202e}b\u{9b}c\u{2066}""#)
        #expect(DiagnosticText.quoted(String(repeating: "长", count: 70)) == "\"" + String(repeating: "长", count: 60) + "…\"")
    }
}

/// `survey.missing`: answers that mean "not experienced", decoded in order and validated with positions.
@Suite struct SurveyMissingDecodingTests {
    func parse(_ survey: String) throws -> Journey {
        try JourneyLoader.parse(data: Data("title: T\nsurvey:\n\(survey)stages:\n  - name: S\n    touchpoints:\n      - {id: a, name: A}\n".utf8),
                                path: "j.yaml")
    }

    @Test func decodesTheList() throws {
        #expect(try parse("  missing: [\"Unfamiliar (N/A)\", 没接触过]\n").survey?.missing == ["Unfamiliar (N/A)", "没接触过"])
        #expect(try parse("  missing: 不适用\n").survey?.missing == ["不适用"])
        #expect(try parse("  overall: Q1\n").survey?.missing == [])
    }

    @Test func rejectsAMappingWithItsPosition() throws {
        #expect {
            _ = try parse("  missing: {a: 1}\n")
        } throws: { error in "\(error)".contains("j.yaml:3:12: error: missing must be a list") }
    }
}
