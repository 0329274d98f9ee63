import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import JourneyPreview
import JourneyRender
import SurveyImport

extension MapTheme: ExpressibleByArgument {}
extension MapSize: ExpressibleByArgument {}
extension MapFormat: ExpressibleByArgument {}

/// `journeymap render JOURNEY`: the annotated journey map as SVG (or PNG/PDF through rsvg-convert).
struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "render",
            abstract: HelpTexts.renderAbstract.localized,
            discussion: HelpTexts.renderDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.journeyFile), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: ArgumentHelp(HelpTexts.renderResponses),
            completion: .file(extensions: ["csv"]))
    var responses: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpTexts.renderOutput))
    var output: String?

    @Option(help: ArgumentHelp(HelpTexts.renderFormat))
    var format: MapFormat?

    @OptionGroup var style: MapStyleOptions

    @Flag(help: ArgumentHelp(HelpTexts.renderStamp))
    var stamp = false

    @Flag(help: ArgumentHelp(HelpTexts.renderCredit))
    var credit = false

    @Option(help: ArgumentHelp(HelpTexts.compare), completion: .file(extensions: ["yaml", "yml"]))
    var compare: String?

    @Option(name: .customLong("compare-responses"), help: ArgumentHelp(HelpTexts.compareResponses), completion: .file(extensions: ["csv"]))
    var compareResponses: String?

    @Option(help: ArgumentHelp(HelpTexts.baseline), completion: .file(extensions: ["csv"]))
    var baseline: String?

    @Option(help: ArgumentHelp(HelpTexts.labels))
    var labels: String?

    @Option(help: ArgumentHelp(HelpTexts.renderBy))
    var by: String?

    var comparison: ComparisonRequest { ComparisonRequest(compare: compare, baseline: baseline, labels: labels, compareResponses: compareResponses) }

    @Flag(help: ArgumentHelp(HelpTexts.renderWatch))
    var watch = false

    @Flag(help: ArgumentHelp(HelpTexts.outputForce))
    var force = false

    func validate() throws {
        try comparison.validate(responses: responses)
        if by != nil && comparison.isRequested { throw ValidationError(CLIMessages.byWithComparison.localized) }
        if let output, let format, let implied = MapExporter.format(forPath: output), implied != format {
            throw ValidationError(CLIMessages.formatMismatch(format: format.rawValue, output: output))
        }
    }

    func run() throws {
        guard watch else { return try renderOnce() }
        // A missing journey (or a directory) is a mistake in the command, not a save in progress: refuse it before watching.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: journey, isDirectory: &isDirectory), !isDirectory.boolValue else { return try renderOnce() }
        let inputs = PreviewInputs(journeyPath: journey, explicitResponsesPath: responses)
        let initial = inputs.fingerprints()
        try renderKeepingLastGood()
        print(PreviewMessages.watchingFiles(inputs.watchedPaths).localized)
        FileHandleWriter.flushStandardOutput()
        let command = self
        LiveSession.watch(inputs, from: initial) { try? command.renderKeepingLastGood() }
    }

    /// One render under `--watch`: problems in the inputs are printed (by `renderOnce`) and the last good file stays
    /// (every write is atomic); only a usage error, which no save can fix, stops the command.
    func renderKeepingLastGood() throws {
        defer { FileHandleWriter.flushStandardOutput() }
        do {
            try renderOnce()
        } catch let code as ExitCode where code == ExitStatus.usage {
            throw code
        } catch {}
    }

    /// Reads the inputs, writes the map (all pages), prints what was written.
    func renderOnce() throws {
        let chosenFormat = format ?? output.flatMap(MapExporter.format(forPath:)) ?? .svg
        let path = output ?? MapExporter.defaultOutputPath(forJourney: journey, format: chosenFormat)
        let named = OutputDestination(path: path, inputs: [journey, responses], force: force, extensions: MapExporter.extensions,
                                      marker: OutputMarker.forExtension(chosenFormat.rawValue))
        try CommandOutputs.guarded { () throws(OutputError) in try named.check() }
        let model = try CommandInputs.journeyWithWorkshop(at: journey)
        let loaded = try CommandInputs.responses(explicit: responses, journeyPath: journey, journey: model,
                                                 onDiscoveredFailure: .warnAndUseEstimates)
        let surveyData = loaded?.responses
        // Every file read (the responses found beside the journey, the sidecar, the compared journey or wave) is
        // an input too; checked before rendering.
        let destination = OutputDestination(path: path, inputs: [journey, responses, loaded?.path, WorkshopFile.defaultPath(forJourney: journey)] + comparison.inputs,
                                            force: force, extensions: MapExporter.extensions, marker: named.marker)
        try CommandOutputs.guarded { () throws(OutputError) in try destination.check() }
        var findings = try Self.findings(model, tally: surveyData, by: by)
        findings.comparison = try comparison.comparison(journey: model, journeyPath: journey, findings: findings,
                                                        responses: try CommandInputs.rowsForComparison(comparison, loaded: loaded, journey: model),
                                                        options: AnalysisOptions())
        var options = style.renderOptions(stamp: stamp ? Self.today() : nil, credit: credit)
        options.segmentCurves = by != nil
        // Laid out once: the smallest-text warning, the files written and their count all read the same pages.
        let layouts = chosenFormat == .mermaid ? [] : MapRenderer.pages(model, findings: findings, options: options)
        if let smallest = MapRenderer.smallestText(layouts, size: options.size), smallest.isBelowMinimum {
            Console.error(CLIMessages.smallText(journey, size: style.size.rawValue, role: smallest.role.rawValue,
                                                pixels: MapNumber.fixed(smallest.size, digits: 1),
                                                minimum: MapNumber.format(smallest.minimum)).localized)
        }
        do {
            let bytes = chosenFormat == .mermaid
                ? try MapExporter.export(model, findings: findings, options: options, format: chosenFormat, to: destination)
                : try MapExporter.export(layouts: layouts, options: options, format: chosenFormat, to: destination)
            let source = findings.source == .survey
                ? findings.reportedRespondents.map(CLIMessages.surveySource(n:)) ?? CLIMessages.surveySourceBelow(minimum: findings.minimumGroupSize)
                : CLIMessages.estimateSource
            let pages = max(layouts.count, 1)
            let written = MapExporter.pagePaths(path, pages: pages, format: chosenFormat).joined(separator: ", ")
            print(CLIMessages.rendered(written, touchpoints: model.touchpoints.count, source: source, bytes: bytes).localized)
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            switch error.kind {
            case .cannotWrite, .converterMissing: throw ExitStatus.cannotCreate
            case .conversionFailed: throw ExitStatus.ioError
            }
        }
    }

    /// The map's findings; with `--by`, the breakdown under the file's one release policy (as `analyze --by`).
    static func findings(_ journey: Journey, tally: ResponseTally?, by column: String?) throws -> JourneyFindings {
        guard let column else { return JourneyAnalyzer.analyze(journey, tally: tally) }
        do {
            return try JourneyAnalyzer.analyze(journey, tally: tally, request: AnalysisRequest(breakdown: column))
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitStatus.usage
        }
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone.current
        return formatter.string(from: Date())
    }
}
