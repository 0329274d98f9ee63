import Foundation
import Testing
@testable import JourneyModel

/// The exact messages a facilitator sees for broken journeys; positions were counted by hand in the fixtures
/// (columns in characters, 1-based, as editors show them).
@Suite struct JourneyLoaderDiagnosticsTests {
    private func messages(_ relative: String) -> [String] {
        let path = FixturePaths.fixture(relative)
        do {
            _ = try JourneyLoader.load(path: path)
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else { return ["unexpected \(error)"] }
            return diagnostics.map { $0.description.replacingOccurrences(of: path, with: "F") }
        }
    }

    @Test func everyMistakeIsReportedOnceWithItsPositionSorted() {
        #expect(messages("journeys/invalid/several-mistakes.yaml") == [
            #"F:1:1: error: unknown key "titel" in the journey; did you mean "title"?"#,
            #"F:2:11: error: language "fr" is not supported; use zh or en"#,
            #"F:7:9: note: touchpoint id "first-login" is used again at line 16, column 9"#,
            #"F:9:16: error: score 9 is outside the 1–7 scale; use a value from 1 to 7"#,
            #"F:10:14: error: mot must be true or false but is the value "maybe""#,
            #"F:11:13: error: touchpoint id "First Login" is not valid; use lowercase letters, digits, - and _, starting with a letter or digit, e.g. "first-login""#,
            #"F:13:21: error: importance 6 is outside the 1–5 scale; use a value from 1 to 5"#,
            #"F:16:9: error: duplicate touchpoint id "first-login" (also at line 7, column 9); touchpoint ids must be unique in the journey"#,
            #"F:19:51: error: due date "2026-13-01" is not a valid date; write it as YYYY-MM-DD, e.g. 2026-12-15"#,
            #"F:19:71: error: impact 4 is outside 1–3; use 1 (low), 2 (medium) or 3 (high)"#,
            #"F:19:82: error: effort 0 is outside 1–3; use 1 (low), 2 (medium) or 3 (high)"#,
            #"F:19:92: error: votes -2 is negative; use a count of 0 or more"#,
            #"F:20:9: error: unknown key "chanel" in a touchpoint; did you mean "channel"?"#,
            #"F:22:18: error: stage "跟岗" has no touchpoints; add at least one"#,
        ])
    }

    @Test func duplicateYAMLKeyPointsAtTheSecondAndNamesTheFirst() {
        #expect(messages("journeys/invalid/duplicate-key.yaml") == [
            #"F:8:9: error: duplicate key "score" (first at line 7, column 9); each key may appear once in a mapping"#,
        ])
    }

    @Test func wrongTypesAreNamed() {
        #expect(messages("journeys/invalid/wrong-types.yaml") == [
            "F:1:8: error: title must be text but is a list",
            "F:2:8: error: scale 5–1 is not supported; use 2 to 11 whole points between 0 and 100, e.g. 1–5, 1–7 or 0–10",
            "F:4:3: error: stages must be a list (items starting with `- `) but is a mapping; for example `stages: [{name: …, touchpoints: […]}]`",
        ])
    }

    @Test func syntaxErrorHasAPosition() {
        let lines = messages("journeys/invalid/syntax-error.yaml")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("F:5:1: error: invalid YAML: found unexpected end of stream") == true)
        #expect(lines.first?.contains("line 3, column 11") == true)
    }

    @Test func missingFileIsItsOwnError() {
        #expect(throws: JourneyLoadError.self) { try JourneyLoader.load(path: "/nonexistent/journey.yaml") }
        do {
            _ = try JourneyLoader.load(path: "/nonexistent/journey.yaml")
        } catch {
            guard case .fileNotFound = error else { Issue.record("expected fileNotFound, got \(error)"); return }
        }
    }

    private func parseErrors(_ text: String, limits: YAMLSafetyLimits = .journey) -> [String] {
        do {
            _ = try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml", limits: limits)
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else { return ["unexpected \(error)"] }
            return diagnostics.map(\.description)
        }
    }

    @Test func emptyAndBlankFilesAreRefused() {
        let expected = ["j.yaml: error: the file is empty; a journey needs at least `title:` and `stages:` (run `journeymap init` for a starter)"]
        #expect(parseErrors("") == expected)
        #expect(parseErrors("  \n\n") == expected)
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("title: ok\nstages: x\nname: ab".utf8)
        bytes.insert(0xFF, at: bytes.count - 1) // between "a" and "b" on line 3
        do {
            _ = try JourneyLoader.parse(data: Data(bytes), path: "j.yaml")
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.description == "j.yaml:3:8: error: the file is not valid UTF-8; save it as UTF-8")
        }
    }

    @Test func nulByteIsRefused() {
        #expect(parseErrors("title: a\nstages: []\u{0}") == ["j.yaml:2:1: error: the file contains a NUL byte; it is not a text file"])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let text = "\u{FEFF}title: BOM\nstages:\n  - name: S\n    touchpoints:\n      - {id: a, name: A}\n"
        let journey = try JourneyLoader.parse(data: Data(text.utf8), path: "j.yaml")
        #expect(journey.title == "BOM")
    }

    @Test func missingRequiredKeysAreReported() {
        #expect(parseErrors("persona: x\n") == [
            "j.yaml:1:1: error: the journey has no `stages:`; add at least one stage with touchpoints",
            "j.yaml:1:1: error: the journey has no `title:`; it is required",
        ])
        #expect(parseErrors("title: t\nstages:\n  - name: S\n    touchpoints:\n      - name: 领工牌\n") == [
            "j.yaml:5:9: error: touchpoint \"领工牌\" has no `id:`; add one (lowercase letters, digits, - and _)",
        ])
    }

    @Test func scoresUseTheDeclaredScaleAndNeutral() {
        #expect(parseErrors("title: t\nscale: {min: 0, max: 10, neutral: 11}\nstages: [{name: S, touchpoints: [{id: a, name: A, score: -1}]}]\n") == [
            "j.yaml:2:35: error: neutral 11 is outside the 0–10 scale",
            "j.yaml:3:58: error: score -1 is outside the 0–10 scale; use a value from 0 to 10",
        ])
    }
}
