import Foundation
import Testing
@testable import JourneyModel

/// The sample journeys in journeys/, the starter templates and the sample survey are what users copy
/// first: they must validate and must carry the features the samples exist to show.
@Suite("Sample journeys, starter templates and sample survey")
struct SampleJourneysTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let journeysDirectory = root.appendingPathComponent("journeys")

    /// The bundled samples, named explicitly so that a user's own journeys in journeys/ never change the tests.
    static func sampleJourneyPaths() throws -> [String] {
        ["complaint-escalation.yaml", "day-in-the-life.yaml", "onboarding-90-days.yaml"]
            .map { journeysDirectory.appendingPathComponent($0).path }
    }

    static func load(_ path: String) throws -> Journey {
        do {
            return try JourneyLoader.load(path: path)
        } catch {
            Issue.record("\(path) does not validate:\n\(error.description)")
            throw error
        }
    }

    // MARK: - Sample journeys

    @Test func theThreeSamplesArePresent() throws {
        let names = try Self.sampleJourneyPaths().map { URL(fileURLWithPath: $0).lastPathComponent }
        for expected in ["complaint-escalation.yaml", "day-in-the-life.yaml", "onboarding-90-days.yaml"] {
            #expect(names.contains(expected), "journeys/\(expected) is missing")
        }
    }

    @Test func everySampleLoadsAndIsRichEnough() throws {
        let paths = try Self.sampleJourneyPaths()
        #expect(paths.count >= 3)
        for path in paths {
            let journey = try Self.load(path)
            let touchpoints = journey.touchpoints
            #expect(journey.stages.count >= 4, "\(path): \(journey.stages.count) stages")
            #expect(touchpoints.count >= 10, "\(path): \(touchpoints.count) touchpoints")
            #expect(touchpoints.filter(\.isMOT).count >= 2, "\(path): needs several declared MOTs")
            #expect(touchpoints.contains { !$0.actions.isEmpty }, "\(path): no action")
            #expect(touchpoints.contains { !$0.quotes.isEmpty }, "\(path): no quote")
            #expect(touchpoints.contains { !$0.actors.isEmpty && $0.channel != nil }, "\(path): no actors/channel")
            // Most touchpoints rated, at least one left unrated to show a gap.
            let rated = touchpoints.filter { $0.score != nil }.count
            #expect(rated * 3 >= touchpoints.count * 2, "\(path): only \(rated) of \(touchpoints.count) rated")
            #expect(rated < touchpoints.count, "\(path): every touchpoint rated; leave one open to show a gap")
            // Every action is fully specified, due in 2026/2027.
            for action in touchpoints.flatMap(\.actions) {
                #expect(action.owner != nil && action.impact != nil && action.effort != nil && action.votes != nil,
                        "\(path): action \(action.title) is incomplete")
                #expect(action.due.map { (2026...2027).contains($0.year) } == true, "\(path): action \(action.title) due")
            }
            // The language the file declares is the one its text would be guessed as.
            let text = ([journey.title] + touchpoints.map(\.name)).joined(separator: " ")
            #expect(JourneyLanguage.guess(from: text) == journey.language, "\(path): language")
        }
    }

    /// The workshop estimates must draw an interesting curve: a trough well below neutral, a peak in
    /// the top two points, a rated End, a pain candidate (low score, high importance) and an itch
    /// candidate (wish at least a quarter of the scale above the score).
    @Test func everySampleHasAnInterestingCurve() throws {
        for path in try Self.sampleJourneyPaths() {
            let journey = try Self.load(path)
            let scale = journey.scale
            let scores = journey.touchpoints.compactMap(\.score)
            #expect((scores.min() ?? .infinity) <= scale.neutral - 1, "\(path): no trough")
            #expect((scores.max() ?? -.infinity) >= Double(scale.max - 1), "\(path): no peak in the top two points")
            #expect(journey.touchpoints.last?.score != nil, "\(path): the End is not rated")
            #expect(journey.touchpoints.contains { ($0.score ?? .infinity) <= scale.neutral - 1 && ($0.importance ?? 0) >= 4 },
                    "\(path): no pain candidate")
            let itchGap = Double(scale.max - scale.min) / 4
            #expect(journey.touchpoints.contains { t in
                guard let score = t.score, let wish = t.wish else { return false }
                return wish - score >= itchGap && score > scale.neutral - 1
            }, "\(path): no itch candidate")
        }
    }

    @Test func onboardingSampleBindsEveryTouchpointToTheSurvey() throws {
        let journey = try Self.load(Self.journeysDirectory.appendingPathComponent("onboarding-90-days.yaml").path)
        #expect(journey.language == .zh)
        #expect(journey.scale == RatingScale(min: 1, max: 7))
        let survey = try #require(journey.survey)
        #expect(survey.respondent == "ResponseId")
        #expect(survey.overall == "Q10")
        #expect(survey.enps == "Q11")
        #expect(survey.segments == ["tenure", "team"])
        #expect(journey.overallScale == RatingScale(min: 1, max: 7))
        #expect(journey.importanceScale == RatingScale(min: 1, max: 5))
        for (index, touchpoint) in journey.touchpoints.enumerated() {
            #expect(touchpoint.survey?.score == "Q3_\(index + 1)", "\(touchpoint.id)")
        }
    }

    // MARK: - Starter templates

    /// The three teaching starters explain every key; the workshop templates are checked in WorkshopTemplateTests.
    @Test(arguments: [StarterTemplate.onboarding, .dayInTheLife, .escalation], JourneyLanguage.allCases)
    func starterTemplateValidates(template: StarterTemplate, language: JourneyLanguage) throws {
        let text = template.text(language: language)
        let path = "init-\(template.rawValue)-\(language.rawValue).yaml"
        let journey: Journey
        do {
            journey = try JourneyLoader.parse(data: Data(text.utf8), path: path)
        } catch {
            Issue.record("\(path) does not validate:\n\(error.description)")
            return
        }
        #expect(journey.language == language)
        #expect((2...3).contains(journey.stages.count))
        #expect((5...6).contains(journey.touchpoints.count))
        #expect(journey.touchpoints.filter(\.isMOT).count == 1)
        #expect(journey.touchpoints.flatMap(\.actions).count == 1)
        #expect(journey.touchpoints.flatMap(\.quotes).count == 1)
        #expect(journey.touchpoints.filter { $0.score != nil }.count >= 2)
        #expect(text.hasPrefix("#"), "a starter begins with a comment")
        #expect(text.split(separator: "\n").filter { $0.contains("# ") }.count >= 15, "a starter explains its keys")
    }

    @Test func starterTemplatesDifferByTemplateAndLanguage() {
        var texts: Set<String> = []
        for template in StarterTemplate.allCases {
            for language in JourneyLanguage.allCases { texts.insert(template.text(language: language)) }
        }
        #expect(texts.count == StarterTemplate.allCases.count * JourneyLanguage.allCases.count)
    }

    // MARK: - Format reference

    /// The "Complete example" of Docs/JourneyFormat.md uses every key; it must keep validating.
    @Test func formatReferenceCompleteExampleValidates() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("Docs/JourneyFormat.md"), encoding: .utf8)
        let section = try #require(doc.range(of: "## Complete example"))
        let rest = doc[section.upperBound...]
        let open = try #require(rest.range(of: "```yaml\n"))
        let close = try #require(rest[open.upperBound...].range(of: "\n```"))
        let yaml = String(rest[open.upperBound..<close.lowerBound])
        let journey: Journey
        do {
            journey = try JourneyLoader.parse(data: Data(yaml.utf8), path: "Docs/JourneyFormat.md#complete-example")
        } catch {
            Issue.record("the complete example does not validate:\n\(error.description)")
            return
        }
        #expect(journey.stages.map(\.id) == ["day-one", "going-live"])
        #expect(journey.scale == RatingScale(min: 1, max: 7, neutral: 4))
        #expect(journey.touchpoints.map(\.id) == ["account-setup", "first-complaint", "probation-review"])
        let first = journey.touchpoints[0]
        #expect(first.survey?.kano == KanoBinding(functional: "Q7_2", dysfunctional: "Q8_2"))
        #expect(first.actions.first?.due == JourneyDate(iso: "2026-12-31"))
        #expect(journey.touchpoints[1].actors == first.actors, "the alias repeats the anchored list")
        #expect(journey.touchpoints[1].quotes.count == 1)
        #expect(journey.touchpoints[2].score == nil && journey.touchpoints[2].isMOT)
        #expect(journey.survey?.labels["非常满意"] == 7)
    }

    // MARK: - Sample survey

    @Test func surveyHasEnoughRowsAndEveryBoundColumn() throws {
        let csvURL = Self.journeysDirectory.appendingPathComponent("onboarding-90-days.survey.csv")
        let records = Self.parseCSV(try String(contentsOf: csvURL, encoding: .utf8))
        let header = try #require(records.first)
        let rows = records.dropFirst()
        #expect(rows.count >= 200)
        for (index, row) in rows.enumerated() {
            #expect(row.count == header.count, "row \(index + 2) has \(row.count) fields, header \(header.count)")
        }
        #expect(Set(header).count == header.count, "duplicate column names")

        let journey = try Self.load(Self.journeysDirectory.appendingPathComponent("onboarding-90-days.yaml").path)
        let survey = try #require(journey.survey)
        var bound = [survey.respondent, survey.overall, survey.enps].compactMap { $0 } + survey.segments
        for touchpoint in journey.touchpoints {
            guard let binding = touchpoint.survey else { continue }
            bound += [binding.score, binding.importance, binding.wish, binding.comment, binding.kano?.functional,
                      binding.kano?.dysfunctional].compactMap { $0 }
        }
        #expect(bound.count >= 30)
        for column in bound {
            #expect(header.contains(column), "column \(column) is bound in the journey but missing from the CSV")
        }
        for identifying in ["Name", "Email", "IPAddress"] {
            #expect(header.contains(identifying), "the anonymizer needs the fake \(identifying) column")
        }
        // The small team exists (to exercise anonymity suppression) and is below 5 respondents.
        let teamColumn = try #require(header.firstIndex(of: "team"))
        let teamSizes = Dictionary(grouping: rows.map { $0[teamColumn] }, by: { $0 }).mapValues(\.count)
        #expect((3...4).contains(teamSizes.count))
        #expect(teamSizes.values.contains { $0 < 5 })
    }

    /// Splits RFC 4180 CSV into records (quoted fields may hold commas, quotes and line breaks);
    /// drops a leading BOM and accepts CRLF or LF line ends.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\""); index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                inQuotes = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(scalar)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
