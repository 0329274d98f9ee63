import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// The committed `journeys/onboarding-90-days.responses.csv` (which `render` and `analyze` pick up) must be
/// exactly what importing the committed sample survey produces today.
@Suite struct SampleResponsesTests {
    @Test func committedSampleResponsesAreUpToDate() throws {
        let journeyPath = Fixture.root.appendingPathComponent("journeys/onboarding-90-days.yaml").path
        let journey = try JourneyLoader.load(path: journeyPath)
        let output = Fixture.temporaryDirectory() + "/sample.responses.csv"
        let summary = try SurveyImporter.importSurvey(
            exportPath: Fixture.root.appendingPathComponent("journeys/onboarding-90-days.survey.csv").path,
            journey: journey, outputPath: output, overwrite: false)
        #expect(summary.rowsKept == 260)
        let fresh = try Data(contentsOf: URL(fileURLWithPath: output))
        let committed = try Data(contentsOf: URL(fileURLWithPath: ResponsesFile.defaultPath(forJourney: journeyPath)))
        #expect(fresh == committed, "re-import the sample: swift run journeymap import journeys/onboarding-90-days.survey.csv --journey journeys/onboarding-90-days.yaml --force")
        // None of the sample's fake identities survive.
        let text = String(decoding: fresh, as: UTF8.self)
        #expect(!text.contains("@example.invalid"))
        #expect(!text.contains("R_0001"))
    }
}
