import Foundation
import Testing
@testable import JourneyModel

/// The workshop templates (quality-coaching, scheduling-peak): they validate in both languages, and every touchpoint
/// carries a survey question in the template's language.
@Suite("Workshop templates")
struct WorkshopTemplateTests {
    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test(arguments: [StarterTemplate.qualityCoaching, .schedulingPeak], JourneyLanguage.allCases)
    func validatesWithAQuestionPerTouchpoint(template: StarterTemplate, language: JourneyLanguage) throws {
        let path = "init-\(template.rawValue)-\(language.rawValue).yaml"
        let journey = try JourneyLoader.parse(data: Data(template.text(language: language).utf8), path: path)
        #expect(journey.language == language)
        #expect(journey.stages.count >= 3)
        #expect(journey.touchpoints.count >= 7)
        #expect(journey.touchpoints.filter(\.isMOT).count >= 2)
        for tp in journey.touchpoints {
            let question = try #require(tp.question, "\(path): \(tp.id) has no question")
            #expect(Self.isChinese(question) == (language == .zh), "\(path): \(tp.id)")
        }
        #expect(template.text(language: language).hasPrefix("#"))
    }

    @Test func bothLanguagesHaveTheSameTouchpointIDs() throws {
        for template in [StarterTemplate.qualityCoaching, .schedulingPeak] {
            let zh = try JourneyLoader.parse(data: Data(template.text(language: .zh).utf8), path: "zh.yaml")
            let en = try JourneyLoader.parse(data: Data(template.text(language: .en).utf8), path: "en.yaml")
            #expect(zh.touchpoints.map(\.id) == en.touchpoints.map(\.id))
            #expect(zh.touchpoints.map(\.score) == en.touchpoints.map(\.score))
        }
    }

    @Test func questionIsValidatedLikeAnyText() {
        let yaml = "title: T\nstages:\n  - name: A\n    touchpoints:\n      - {id: a, name: b, question: [not, text]}\n"
        do {
            _ = try JourneyLoader.parse(data: Data(yaml.utf8), path: "q.yaml")
            Issue.record("no error")
        } catch {
            #expect(error.description.hasPrefix("q.yaml:5:36: error: question must be text but is a list"), "\(error.description)")
        }
    }
}
