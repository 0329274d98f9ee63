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

    @Test func theYAMLLimitsAreInputLimits() {
        #expect(YAMLSafetyLimits.journey.maxBytes == InputLimits.journeyBytes)
        #expect(YAMLSafetyLimits.journey.maxDepth == InputLimits.journeyDepth)
        #expect(YAMLSafetyLimits.journey.maxExpandedNodes == InputLimits.journeyExpandedNodes)
        #expect(InputLimits.text(65_536) == "65,536")
        #expect(InputLimits.text(999) == "999")
    }
}
