import Foundation
import Testing
@testable import JourneyPreview

/// The preview says what `render` says about a stale workshop sidecar: an idea whose touchpoint the journey no longer
/// has is left out of the map and listed as a `path:line:col: warning:` line, with the "did you mean" hint.
@Suite struct PreviewWarningsTests {
    @Test func aStaleSidecarIdeaIsAWarningOnThePage() throws {
        let (directory, journey, _) = try PreviewServerTests.copyOfSample()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs = PreviewInputs(journeyPath: journey)
        // line 5, column 5: the `touchpoint:` key of the idea (the sample has a touchpoint `account-setup`)
        let sidecar = """
        version: 1
        journey: onboarding-90-days.yaml
        ideas:
          -
            touchpoint: account-setp
            idea: Accounts ready before day one
            votes: 4

        """
        try Data(sidecar.utf8).write(to: URL(fileURLWithPath: inputs.sidecarPath))
        guard case .map(let map, let warnings) = PreviewRenderer.render(inputs, messageLanguage: .en) else {
            Issue.record("the map should still be drawn")
            return
        }
        #expect(!map.pages.isEmpty)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.hasPrefix(inputs.sidecarPath + ":5:5: warning: idea \"Accounts ready before day one\""))
        #expect(warning.contains("(did you mean \"account-setup\"?)"))
        #expect(!map.pages.joined().contains("Accounts ready before day one"))
        // the same inputs in Chinese: the warning follows the message language
        guard case .map(_, let zh) = PreviewRenderer.render(inputs, messageLanguage: .zh) else { return }
        #expect(zh.first?.contains("但旅程中已没有这个触点") == true)
    }
}
