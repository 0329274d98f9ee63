import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import JourneyRender
import SurveyImport

extension ReportFormat: ExpressibleByArgument {}

/// `journeymap analyze JOURNEY`: peak-end, MOTs, 痛点/爽点/痒点, key drivers, eNPS and segments as a text,
/// Markdown, JSON or HTML report — from survey responses when there are some, from the workshop estimates otherwise.
struct AnalyzeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "analyze",
            abstract: HelpTexts.analyzeAbstract.localized,
            discussion: HelpTexts.analyzeDiscussion.localized,
            aliases: ["analyse"])
    }

    @Argument(help: ArgumentHelp(HelpTexts.analyzeJourney), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: ArgumentHelp(HelpTexts.analyzeResponses), completion: .file(extensions: ["csv"]))
    var responses: String?

    @Option(help: ArgumentHelp(HelpTexts.analyzeBy))
    var by: String?

    @Option(name: .customLong("where"), help: ArgumentHelp(HelpTexts.analyzeWhere))
    var filters: [String] = []

    @Option(name: .customLong("min-group"), help: ArgumentHelp(HelpTexts.analyzeMinGroup))
    var minGroup = 5

    @Option(help: ArgumentHelp(HelpTexts.analyzeFormat))
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpTexts.analyzeOutput))
    var output: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(HelpTexts.analyzeFailOn))
    var failOn: [String] = []

    @Flag(help: ArgumentHelp(HelpTexts.analyzeEstimates))
    var estimates = false

    @Option(help: ArgumentHelp(HelpTexts.analyzeLang))
    var lang: JourneyLanguage?

    @Flag(help: ArgumentHelp(HelpTexts.plain))
    var plain = false

    @Flag(name: .customLong("complete-cases"),
          help: ArgumentHelp(HelpTexts.analyzeCompleteCases))
    var completeCases = false

    @Option(help: ArgumentHelp(HelpTexts.compare), completion: .file(extensions: ["yaml", "yml"]))
    var compare: String?

    @Option(name: .customLong("compare-responses"), help: ArgumentHelp(HelpTexts.compareResponses), completion: .file(extensions: ["csv"]))
    var compareResponses: String?

    @Option(help: ArgumentHelp(HelpTexts.baseline), completion: .file(extensions: ["csv"]))
    var baseline: String?

    @Option(help: ArgumentHelp(HelpTexts.labels))
    var labels: String?

    var comparison: ComparisonRequest { ComparisonRequest(compare: compare, baseline: baseline, labels: labels, compareResponses: compareResponses) }

    @Flag(help: ArgumentHelp(HelpTexts.outputForce))
    var force = false

    /// The extensions `-o` may have (each implies its format, `ReportFormat.inferred(fromPath:)`).
    static let extensions = ["txt", "md", "markdown", "json", "html", "htm", "csv", "xlsx"]

    /// Where `-o` writes, never over the journey or the responses read.
    func reportDestination(_ output: String, format: ReportFormat, inputs: [String?]) -> OutputDestination {
        let marker: OutputMarker
        switch format {
        case .text: marker = .text
        case .json: marker = .json
        case .markdown: marker = .markdown
        case .html: marker = .html
        case .csv: marker = .csv
        case .xlsx: marker = .xlsx
        }
        return OutputDestination(path: output, inputs: inputs, force: force, extensions: Self.extensions, marker: marker)
    }

    func validate() throws {
        try comparison.validate(responses: responses)
        if comparison.isRequested && (by != nil || !filters.isEmpty) { throw ValidationError(CLIMessages.comparisonWithFilters.localized) }
        if estimates && (responses != nil || by != nil || !filters.isEmpty) {
            throw ValidationError(CLIMessages.estimatesAlone)
        }
        if minGroup < 3 { throw ValidationError(CLIMessages.minGroupTooSmall(minGroup)) }
        for filter in filters where SegmentFilter(parsing: filter) == nil {
            throw ValidationError(CLIMessages.badFilter(filter))
        }
        for condition in failOn where FailCondition(parsing: condition) == nil {
            throw ValidationError(CLIMessages.badFailOn(condition))
        }
        if format == .xlsx && output == nil {
            throw ValidationError("--format xlsx writes a workbook; name the file with -o, e.g. -o report.xlsx")
        }
    }

    func run() throws {
        let chosen = format ?? output.map(ReportFormat.inferred(fromPath:)) ?? .text
        if let output {
            try CommandOutputs.guarded { () throws(OutputError) in try reportDestination(output, format: chosen, inputs: [journey, responses]).check() }
        }
        if minGroup < 5 {
            Console.error(CLIMessages.minGroupBelowRecommended(minGroup).localized)
        }
        let model = try CommandInputs.journeyWithWorkshop(at: journey)
        var options = AnalysisOptions(minimumGroupSize: minGroup, minimumCommentGroupSize: max(10, minGroup))
        options.likert.minimumForInterval = max(options.likert.minimumForInterval, minGroup)
        if completeCases { options.driverCases = .complete }
        let loaded = estimates ? nil : try CommandInputs.responses(explicit: responses, journeyPath: journey, journey: model,
                                                                    options: options, onDiscoveredFailure: .fail)
        let responsesPath = loaded?.path
        let destination = output.map { reportDestination($0, format: chosen, inputs: [journey, responses, responsesPath, WorkshopFile.defaultPath(forJourney: journey)] + comparison.inputs) }
        if let destination { try CommandOutputs.guarded { () throws(OutputError) in try destination.check() } }
        let data = loaded?.responses
        let request = AnalysisRequest(filters: filters.compactMap(SegmentFilter.init(parsing:)), breakdown: by)
        var findings: JourneyFindings
        do {
            findings = try JourneyAnalyzer.analyze(model, tally: data, options: options, request: request)
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitStatus.usage
        }
        findings.comparison = try comparison.comparison(journey: model, journeyPath: journey, findings: findings,
                                                        responses: try CommandInputs.rowsForComparison(comparison, loaded: loaded, journey: model),
                                                        options: options)
        let color = chosen == .text && output == nil && !plain && FileHandleWriter.colourWanted
        // JSON is language-neutral and keeps the journey's own language field; the others use --lang's labels.
        var shown = model
        if let lang, chosen != .json { shown.language = lang }
        if let output, let destination {
            let data: Data
            do {
                data = try chosen.data(findings, journey: shown)
            } catch {
                Console.error("\(output): error: \(error.description)")
                throw ExitStatus.cannotCreate
            }
            try CommandOutputs.write(data, to: destination)
        } else if chosen.isBinary {
            Console.error("error: --format \(chosen.rawValue) writes a file; name it with -o")
            throw ExitStatus.usage
        } else {
            print(chosen.render(findings, journey: shown, color: color), terminator: "")
        }
        let held = failOn.compactMap(FailCondition.init(parsing:)).filter { $0.holds(for: findings) }
        if !held.isEmpty {
            Console.error(CLIMessages.failOnHolds(held.map(\.description).joined(separator: ", ")).localized)
            throw ExitStatus.failOnConditionHeld
        }
    }
}
