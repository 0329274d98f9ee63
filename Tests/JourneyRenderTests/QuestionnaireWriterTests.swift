import Foundation
import Testing
import JourneyModel
@testable import JourneyRender

/// `journeymap questions`: which questions, which columns, which answer labels, and the exact text and CSV.
@Suite("Questionnaire writer")
struct QuestionnaireWriterTests {
    static let journey = Journey(
        title: "Day", language: .en,
        stages: [Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "log-in", name: "Log in", question: "How smooth is logging in?"),
            Touchpoint(id: "calls", name: "Calls", survey: TouchpointSurveyBinding(score: "Q2", importance: "Q3", comment: "Q4")),
        ])],
        survey: SurveyBinding(overall: "Q9", enps: "Q10"))

    @Test func oneRatingPerTouchpointPlusBoundColumns() {
        let items = QuestionnaireWriter.items(Self.journey)
        #expect(items.map(\.column) == ["log-in", "Q2", "Q3", "Q4", "Q9", "Q10"])
        #expect(items.map(\.kind) == [.rating, .rating, .importance, .comment, .overall, .enps])
        #expect(items[0].question == "[Log in] How smooth is logging in?")
        #expect(items[1].question == "[Calls] How satisfied are you with this part of your work?")
        #expect(items[5].labels.map(\.value) == [0, 10])
    }

    @Test func theTextFormatPastesQuestionThenOneAnswerPerLine() {
        let text = QuestionnaireWriter.render(Self.journey, format: .text)
        #expect(text.hasPrefix("Day — questionnaire (6 questions)\n\n1. [Log in] How smooth is logging in?\nVery dissatisfied\nDissatisfied\nNeutral\nSatisfied\nVery satisfied\n\n2. "))
        #expect(text.contains("4. [Calls] Anything you would like to add about it? (optional)\n(free text)\n"))
        #expect(text.contains("6. How likely are you to recommend this team as a place to work to a friend?\n0 Not at all likely\n1\n2\n"))
        #expect(text.hasSuffix("1 → log-in\n2 → Q2\n3 → Q3\n4 → Q4\n5 → Q9\n6 → Q10\n"))
    }

    @Test func csvHasABOMCRLFAndDefusedCells() {
        var journey = Self.journey
        journey.stages[0].touchpoints[0].question = "=HYPERLINK(\"x\")"
        journey.stages[0].touchpoints[0].name = "=Log, in"
        let csv = QuestionnaireWriter.render(journey, format: .csv, language: .zh)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}column,touchpoint,question,kind,scale_min,scale_max,answers")
        #expect(lines[1] == "log-in,log-in,\"【=Log, in】=HYPERLINK(\"\"x\"\")\",rating,1,5,1 = 非常不满意，2 = 不满意，3 = 一般，4 = 满意，5 = 非常满意")
        #expect(lines[6].hasPrefix("Q10,,你有多大可能向朋友推荐来这个团队工作？,enps,0,10,0 = 完全不可能 … 10 = 极有可能"))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func theJourneysOwnAnswerTextsAreUsedWhenTheyNameEveryPoint() {
        var journey = Self.journey
        journey.survey?.labels = ["Awful": 1, "Bad": 2, "OK": 3, "Good": 4, "Great": 5, "Superb": 5]
        #expect(QuestionnaireWriter.items(journey)[0].labels.map(\.label) == ["Awful", "Bad", "OK", "Good", "Great"])
        journey.survey?.labels = ["Awful": 1, "Great": 5]   // not every point: the standard wording
        #expect(QuestionnaireWriter.items(journey)[0].labels.map(\.label).first == "Very dissatisfied")
        journey.scale = RatingScale(min: 1, max: 7)
        #expect(QuestionnaireWriter.items(journey)[0].labels.map(\.value) == [1, 7])
    }

    @Test func everyWorkshopTemplateHasItsOwnQuestionForEveryTouchpoint() throws {
        for template in [StarterTemplate.qualityCoaching, .schedulingPeak] {
            for language in JourneyLanguage.allCases {
                let journey = try JourneyLoader.parse(data: Data(template.text(language: language).utf8), path: "t.yaml")
                let items = QuestionnaireWriter.items(journey)
                #expect(items.count == journey.touchpoints.count)
                #expect(!items.contains { $0.question.hasSuffix(QuestionnaireLabels.rating.text(in: language)) })
            }
        }
    }
}

/// The labels of the ideas report, the worksheet and the questionnaire exist in both languages.
@Suite struct WorkshopLabelCatalogTests {
    @Test func everyLabelHasBothTexts() {
        for text in IdeasLabels.all + WorksheetLabels.all + QuestionnaireLabels.all {
            #expect(!text.en.isEmpty && !text.zh.isEmpty, "\(text.en)")
            #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } || text.zh == text.en, "\(text.zh)")
        }
    }
}
