import Testing
@testable import SurveyImport

/// Where `import` writes its output by default, and so where `render` and `analyze` look for it.
@Suite struct ResponsesFilePathTests {
    @Test func defaultPathSitsBesideTheJourney() {
        #expect(ResponsesFile.defaultPath(forJourney: "journeys/onboarding-90-days.yaml") == "journeys/onboarding-90-days.responses.csv")
        #expect(ResponsesFile.defaultPath(forJourney: "/tmp/a/b.yml") == "/tmp/a/b.responses.csv")
        #expect(ResponsesFile.defaultPath(forJourney: "team.yaml") == "team.responses.csv")
    }
}
