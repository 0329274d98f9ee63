import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import SurveyImport

/// The comparison options shared by `render` and `analyze`: checked once, then the other journey or the baseline
/// wave read like any input (66 missing, 65/74 unreadable) and compared (65 when the two cannot be compared).
struct ComparisonRequest {
    /// `--compare OTHER`.
    var compare: String?
    /// `--baseline OLD`.
    var baseline: String?
    /// `--labels "A,B"`.
    var labels: String?
    /// `--compare-responses FILE`: the other journey's responses when they are not `<other>.responses.csv` beside it.
    var compareResponses: String? = nil

    /// Usage problems (exit 64): `--baseline` without `--responses`, both at once, `--labels` alone or malformed.
    func validate(responses: String?) throws {
        if compare != nil && baseline != nil { throw ValidationError(CLIMessages.compareOrBaseline.localized) }
        if compareResponses != nil && compare == nil { throw ValidationError(CLIMessages.compareResponsesNeedsCompare.localized) }
        if baseline != nil && responses == nil { throw ValidationError(CLIMessages.baselineNeedsResponses.localized) }
        if let labels {
            guard compare != nil || baseline != nil else { throw ValidationError(CLIMessages.labelsNeedComparison.localized) }
            guard Self.split(labels) != nil else { throw ValidationError(CLIMessages.badLabels(labels).localized) }
        }
    }

    /// The files a comparison reads besides the journey and its responses (never an output).
    var inputs: [String?] { [compare, compareResponses, baseline] }

    /// Whether a comparison was asked for.
    var isRequested: Bool { compare != nil || baseline != nil }

    /// "A,B" (or "A，B") as two trimmed, non-empty names.
    static func split(_ text: String) -> (String, String)? {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (parts[0], parts[1])
    }

    /// The comparison of `journey` (its `findings` from `responses`, when any) with the other journey or the baseline.
    func comparison(journey: Journey, journeyPath: String, findings: JourneyFindings, responses: SurveyResponses?,
                    options: AnalysisOptions) throws -> JourneyComparison? {
        let names = labels.flatMap(Self.split)
        let shown: ComparisonSide
        let reference: ComparisonSide
        let kind: ComparisonKind
        let referencePath: String
        if let compare {
            let other = try CommandInputs.journey(at: compare)
            let otherResponses = try CommandInputs.responseRows(explicit: compareResponses, journeyPath: compare, journey: other,
                                                                onDiscoveredFailure: .fail)
            // Two files with one title are told apart by their file names.
            let same = journey.title == other.title
            func file(_ path: String) -> String { URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
            shown = ComparisonSide(journey: journey, findings: findings, responses: responses,
                                   label: names?.0 ?? (same ? file(journeyPath) : journey.title))
            reference = ComparisonSide(journey: other, findings: JourneyAnalyzer.analyze(other, responses: otherResponses, options: options),
                                       responses: otherResponses, label: names?.1 ?? (same ? file(compare) : other.title))
            kind = .journeys
            referencePath = compare
        } else if let baseline {
            let old = try CommandInputs.responseRows(explicit: baseline, journeyPath: journeyPath, journey: journey,
                                                     onDiscoveredFailure: .fail)
            shown = ComparisonSide(journey: journey, findings: findings, responses: responses, label: names?.0)
            reference = ComparisonSide(journey: journey, findings: JourneyAnalyzer.analyze(journey, responses: old, options: options),
                                       responses: old, label: names?.1)
            kind = .waves
            referencePath = baseline
        } else {
            return nil
        }
        do {
            return try ComparisonAnalyzer.compare(shown, with: reference, kind: kind)
        } catch {
            Console.error(CLIMessages.cannotCompare(referencePath, error.text).localized)
            throw ExitStatus.dataError
        }
    }
}
