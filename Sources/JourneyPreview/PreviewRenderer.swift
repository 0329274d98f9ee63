import Foundation
import JourneyAnalysis
import JourneyModel
import JourneyRender
import SurveyImport

/// A map the preview can show: its pages as inline SVG, and what the page needs around them.
public struct PreviewMap: Sendable, Hashable {
    /// The journey's title (the page's `<title>`).
    public var title: String
    /// The map's language (the page's `lang` and its own words).
    public var language: JourneyLanguage
    /// Every page, framed inline SVG (`InlineMap.frames`).
    public var pages: [String]

    /// A map.
    public init(title: String, language: JourneyLanguage, pages: [String]) {
        self.title = title
        self.language = language
        self.pages = pages
    }
}

/// One render of the inputs: the map and any warnings, or the problems that stopped it.
public enum PreviewOutcome: Sendable, Hashable {
    /// Drawn; the warnings (one line each) did not stop it.
    case map(PreviewMap, warnings: [String])
    /// Not drawn: one `path:line:col: error: …` line per problem, as `journeymap validate` prints them.
    case failure([String])
}

/// Renders the preview's inputs through the pipeline `render` uses: `JourneyLoader` and the workshop sidecar
/// (`WorkshopFileLoader`, merged) → `ResponsesFile` →
/// `JourneyAnalyzer` → `MapRenderer` pages → `SVGWriter`, framed by `InlineMap` as the HTML brief does.
public enum PreviewRenderer {
    /// Reads the inputs now and draws them; messages in `messageLanguage` (the command line's language).
    public static func render(_ inputs: PreviewInputs, messageLanguage: JourneyLanguage) -> PreviewOutcome {
        var journey: Journey
        var warnings: [String] = []
        do {
            journey = try JourneyLoader.load(path: inputs.journeyPath)
            // The workshop sidecar's voted ideas become actions, as `render` merges them, with its warnings.
            if let sidecar = try WorkshopFileLoader.loadIfPresent(forJourney: inputs.journeyPath) {
                let merged = journey.mergingWorkshop(sidecar)
                journey = merged.journey
                warnings += merged.unmatchedWarnings(sidecarPath: sidecar.path).map { $0.text(in: messageLanguage) }
            }
        } catch {
            return .failure(lines(error.description(in: messageLanguage)))
        }
        var responses: SurveyResponses?
        let responsesPath = inputs.responsesPath
        if let explicit = inputs.explicitResponsesPath {
            do {
                responses = try ResponsesFile.read(path: explicit, journey: journey)
            } catch {
                return .failure(lines(error.description(in: messageLanguage)))
            }
        } else if FileManager.default.fileExists(atPath: responsesPath) {
            // As `render` does with a discovered file: warn and draw the estimates rather than show no map.
            do {
                responses = try ResponsesFile.read(path: responsesPath, journey: journey)
            } catch {
                var message = error.description(in: messageLanguage)
                if let range = message.range(of: ": error: ") { message.replaceSubrange(range, with: ": warning: ") }
                warnings += lines(message + PreviewMessages.responsesNotUsed.text(in: messageLanguage))
            }
        }
        let findings = JourneyAnalyzer.analyze(journey, responses: responses)
        let map = PreviewMap(title: journey.title, language: inputs.options.language ?? journey.language,
                             pages: InlineMap.frames(journey, findings: findings, options: inputs.options))
        return .map(map, warnings: warnings)
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
