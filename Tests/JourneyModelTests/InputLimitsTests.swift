import Foundation
import Testing
@testable import JourneyModel

/// The journey side of `InputLimits`: texts are capped before validation looks at them, and the YAML limits
/// are the ones `InputLimits` states.
@Suite struct InputLimitsTests {
    func journey(title: String) -> Data {
        Data("version: 1\ntitle: \(title)\nstages:\n  - name: A\n    touchpoints:\n      - id: a\n        name: A\n".utf8)
    }

    @Test func aTitleJustUnderTheFileLimitIsRefusedByTheTextLimit() {
        let title = String(repeating: "t", count: InputLimits.journeyBytes - 200)
        #expect {
            _ = try JourneyLoader.parse(data: journey(title: title), path: "j.yaml")
        } throws: { error in
            "\(error)" == "j.yaml:2:8: error: title is \(InputLimits.text(title.count)) characters long, over the limit of 10,000"
        }
    }

    @Test func aTitleAtTheTextLimitIsAccepted() throws {
        let title = String(repeating: "长", count: InputLimits.textCharacters)
        #expect(try JourneyLoader.parse(data: journey(title: title), path: "j.yaml").title == title)
    }

    /// `stages` stages of `perStage` touchpoints each (ids t0, t1, …).
    func journey(stages: Int, perStage: Int) -> Data {
        var text = "version: 1\ntitle: Many\nstages:\n", k = 0
        for s in 0..<stages {
            text += "  - name: Stage \(s)\n    touchpoints:\n"
            for _ in 0..<perStage { text += "      - id: t\(k)\n        name: T\(k)\n"; k += 1 }
        }
        return Data(text.utf8)
    }

    @Test func fiveThousandStagesAreRefusedBeforeAnyStageIsDecoded() {
        #expect {
            _ = try JourneyLoader.parse(data: journey(stages: 5_000, perStage: 1), path: "j.yaml")
        } throws: { error in
            // One line: the stages themselves are not decoded, so no per-stage message follows.
            "\(error)" == "j.yaml:4:3: error: the journey has 5,000 stages, over the limit of 60; split it into several journeys"
        }
    }

    @Test func tooManyTouchpointsAreRefusedAndTheLimitsThemselvesAccepted() throws {
        #expect {
            _ = try JourneyLoader.parse(data: journey(stages: 10, perStage: 41), path: "j.yaml")
        } throws: { error in
            "\(error)" == "j.yaml:4:3: error: the journey has 410 touchpoints, over the limit of 400; split it into several journeys"
        }
        #expect(try JourneyLoader.parse(data: journey(stages: InputLimits.stages, perStage: 1), path: "j.yaml").stages.count == 60)
        #expect(try JourneyLoader.parse(data: journey(stages: 20, perStage: 20), path: "j.yaml").touchpoints.count == 400)
    }

    @Test func theYAMLLimitsAreInputLimits() {
        #expect(YAMLSafetyLimits.journey.maxBytes == InputLimits.journeyBytes)
        #expect(YAMLSafetyLimits.journey.maxDepth == InputLimits.journeyDepth)
        #expect(YAMLSafetyLimits.journey.maxExpandedNodes == InputLimits.journeyExpandedNodes)
        #expect(InputLimits.text(65_536) == "65,536")
        #expect(InputLimits.text(999) == "999")
    }
}
