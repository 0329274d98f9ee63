import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// Hostile and broken inputs: refused quickly with one clear message, no crash, nothing written, and the
/// content of files they point at never echoed.
@Suite struct HostileInputTests {
    func failure(_ export: String, journey: String = "hostile-xml.journey.yaml",
                 options: ImportOptions = ImportOptions()) throws -> (message: String, wrote: Bool) {
        let output = Fixture.temporaryDirectory() + "/h.csv"
        var message = ""
        do {
            _ = try SurveyImporter.importSurvey(exportPath: Fixture.path(export), journey: try Fixture.journey(journey),
                                                options: options, outputPath: output, overwrite: false)
        } catch {
            message = "\(error)"
        }
        // outcome only: the time is measured by bench/hostile_bench.sh, never asserted in a test
        return (message, FileManager.default.fileExists(atPath: output))
    }

    @Test func billionLaughsIsRefusedAtTheDoctype() throws {
        let result = try failure("hostile-billion-laughs.xml")
        #expect(result.message.hasSuffix("hostile-billion-laughs.xml:2:1: error: the XML has a DOCTYPE; survey exports never need one, and it is refused for safety (entities and external references are not read)"))
        #expect(!result.wrote)
        #expect(!result.message.contains("lollol"))
    }

    @Test func externalEntityIsRefusedAndTheFileNeverRead() throws {
        let result = try failure("hostile-external-entity.xml")
        #expect(result.message.contains("error: the XML has a DOCTYPE"))
        #expect(!result.message.contains("root:"))
        #expect(!result.wrote)
    }

    @Test func deepNestingIsRefused() throws {
        let result = try failure("hostile-deep-nesting.xml")
        #expect(result.message.hasSuffix("error: the file is not well-formed XML: elements nest too deeply (over 256 levels)"))
        #expect(!result.wrote)
    }

    @Test func undeclaredEntityIsNotResolved() throws {
        let result = try failure("hostile-undeclared-entity.xml")
        #expect(result.message.contains("an entity is used that is not defined"))
        #expect(!result.wrote)
    }

    @Test func libxmlDirectlyAlsoRefusesTheDoctypeNode() throws {
        // The reader itself (not only the prolog check) refuses a DOCTYPE node.
        #expect {
            let reader = try LimeSurveyXMLReader(path: Fixture.path("hostile-external-entity.xml"))
            while try reader.nextRecord() {}
        } throws: { error in
            "\(error)".contains("the XML has a DOCTYPE") && !"\(error)".contains("root:")
        }
    }

    @Test func nulBytesAndInvalidUTF8AreReportedByRowAndSkipped() throws {
        let result = try failure("hostile-broken.csv", journey: "hostile.journey.yaml")
        let lines = result.message.split(separator: "\n").map(String.init)
        let path = Fixture.path("hostile-broken.csv")
        #expect(lines == [
            "\(path): row 3, column \"Offer\": warning: the row contains a NUL byte (a binary file, or UTF-16 without a byte-order mark? try --encoding utf-16); row skipped",
            "\(path): row 4, column \"Offer\": warning: the cell has bytes that are not valid UTF-8 (is the file in another encoding? try --encoding gb18030, utf-16 or utf-8); row skipped",
            "\(path): error: 2 of 4 rows are bad, over the limit of 0 (--max-bad-rows 5%); nothing was written",
        ])
        #expect(!result.wrote)
        // With a tolerance the good rows are kept.
        let (responses, summary) = try SurveyImporter.load(exportPath: path, journey: try Fixture.journey("hostile.journey.yaml"),
                                                           options: ImportOptions(maxBadRows: .count(2)))
        #expect(summary.rowsKept == 2)
        #expect(responses.answers(for: "offer")?.score.values.compactMap { $0 }.sorted() == [4, 5])
    }

    @Test func unterminatedQuoteAtTheEndIsAClearError() throws {
        let result = try failure("hostile-unterminated.csv", journey: "hostile.journey.yaml")
        #expect(result.message == "\(Fixture.path("hostile-unterminated.csv")): row 3: error: the file ends inside a quoted field that opens on line 3; a closing quote (\") is missing (is the file cut short?)")
        #expect(!result.wrote)
    }

    @Test func missingExportAndWrongBindings() throws {
        let missing = try failure("no-such-export.csv", journey: "hostile.journey.yaml")
        #expect(missing.message.hasSuffix("no-such-export.csv: error: no such file"))
        // A declared column that is not there gets a suggestion.
        let journeyText = """
        title: T
        scale: {min: 1, max: 5}
        stages:
          - name: S
            touchpoints:
              - id: offer
                name: Offer
                survey: {score: Q2_4}
        """
        let journey = try JourneyLoader.parse(data: Data(journeyText.utf8), path: "t.yaml")
        #expect {
            _ = try SurveyImporter.load(exportPath: Fixture.path("qualtrics.csv"), journey: journey)
        } throws: { error in
            let text = "\(error)"
            // Suggestions by edit distance and containment, then the other candidate columns (no metadata, nothing identifying).
            return text.hasPrefix("t.yaml:6:9: error: touchpoint \"offer\": the score column \"Q2_4\" is not in qualtrics.csv; did you mean \"Q2_1\" (\"Rate each stage - Offer\") or \"Q2_2\"")
                && text.contains("Candidates: \"Q1\" (\"Overall, how was your onboarding?\")") && !text.contains("IPAddress")
        }
    }

    /// Journey-level bindings point at the line of their key's value (columns counted by hand: `  overall: ` is 11 characters).
    @Test func journeyLevelBindingErrorsPointAtTheirKey() throws {
        let journeyText = """
        title: T
        survey:
          overall: Overall2
        stages:
          - name: S
            touchpoints:
              - {id: offer, name: Offer, survey: {score: Q2_1}}
        """
        let journey = try JourneyLoader.parse(data: Data(journeyText.utf8), path: "t.yaml")
        #expect {
            _ = try SurveyImporter.load(exportPath: Fixture.path("qualtrics.csv"), journey: journey)
        } throws: { error in
            "\(error)".hasPrefix("t.yaml:3:12: error: the overall rating column \"Overall2\" is not in qualtrics.csv")
        }
    }
}
