import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
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

    @Option(help: ArgumentHelp(HelpTexts.renderTheme))
    var theme: MapTheme = .light

    @Option(help: ArgumentHelp(HelpTexts.renderLang))
    var lang: JourneyLanguage?

    @Option(help: ArgumentHelp(HelpTexts.renderSize))
    var size: MapSize = .wide

    @Flag(help: ArgumentHelp(HelpTexts.renderStamp))
    var stamp = false

    @Flag(help: ArgumentHelp(HelpTexts.renderCredit))
    var credit = false

    @Flag(name: .customLong("no-takeaway"), help: ArgumentHelp(HelpTexts.renderNoTakeaway))
    var noTakeaway = false

    func validate() throws {
        if let output, let format, let implied = MapExporter.format(forPath: output), implied != format {
            throw ValidationError(CLIMessages.formatMismatch(format: format.rawValue, output: output))
        }
    }

    func run() throws {
        let model = try CommandInputs.journey(at: journey)
        let surveyData = try CommandInputs.responses(explicit: responses, journeyPath: journey, journey: model,
                                                     onDiscoveredFailure: .warnAndUseEstimates)?.responses
        let findings = JourneyAnalyzer.analyze(model, tally: surveyData)
        let chosenFormat = format ?? output.flatMap(MapExporter.format(forPath:)) ?? .svg
        let path = output ?? MapExporter.defaultOutputPath(forJourney: journey, format: chosenFormat)
        if URL(fileURLWithPath: path).standardizedFileURL == URL(fileURLWithPath: journey).standardizedFileURL
            || ["yaml", "yml"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
            Console.error(CLIMessages.refuseJourneyAsMap(path).localized)
            throw ExitStatus.usage
        }
        let options = RenderOptions(theme: theme, language: lang, size: size, stamp: stamp ? Self.today() : nil, credit: credit, takeaway: !noTakeaway)
        if let smallest = MapRenderer.smallestText(model, findings: findings, options: options), smallest.isBelowMinimum {
            Console.error(CLIMessages.smallText(journey, size: size.rawValue, role: smallest.role.rawValue,
                                                pixels: MapNumber.fixed(smallest.size, digits: 1),
                                                minimum: MapNumber.format(smallest.minimum)).localized)
        }
        do {
            let bytes = try MapExporter.export(model, findings: findings, options: options, format: chosenFormat, to: path)
            let source = findings.source == .survey
                ? findings.reportedRespondents.map(CLIMessages.surveySource(n:)) ?? CLIMessages.surveySourceBelow(minimum: findings.minimumGroupSize)
                : CLIMessages.estimateSource
            let pages = MapRenderer.pages(model, findings: findings, options: options).count
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

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone.current
        return formatter.string(from: Date())
    }
}
