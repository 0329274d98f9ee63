import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import JourneyRender
import SurveyImport

extension ReportFormat: ExpressibleByArgument {}

/// `journeymap analyze JOURNEY`: peak-end, MOTs, 痛点/爽点/痒点, key drivers, eNPS and segments as a text,
/// Markdown or JSON report — from survey responses when there are some, from the workshop estimates otherwise.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a journey: pain/pleasure/itch points, moments of truth, the peak-end test, drivers, eNPS, segments.",
        discussion: """
        Uses the responses file given with --responses, else <journey>.responses.csv beside the journey when it exists,
        else the workshop estimates in the journey file. Groups under --min-group respondents (comments: 10) are never
        reported. --fail-on 'METRIC>=N' (metrics: pain = number of pain points, severity = largest pain severity,
        enps; operators >=, >, <=, <; quote it, or the shell reads > as a redirection) exits 1 when it holds.
        """,
        aliases: ["analyse"])

    @Argument(help: "The journey file.", completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: "The normalized responses file written by `journeymap import`.", completion: .file(extensions: ["csv"]))
    var responses: String?

    @Option(help: "Break the results down by a segment column (one result per group).")
    var by: String?

    @Option(name: .customLong("where"), help: "Only respondents with COLUMN=VALUE (repeatable; same column = any of the values).")
    var filters: [String] = []

    @Option(name: .customLong("min-group"), help: "Anonymity minimum: smallest group reported (3 or more).")
    var minGroup = 5

    @Option(help: "text, json, markdown, csv or xlsx (default: from -o's extension, else text; xlsx needs -o).")
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a condition holds, e.g. 'pain>=1' or 'severity>=40' (quoted; repeatable).")
    var failOn: [String] = []

    @Flag(help: "Analyse the workshop estimates in the journey file even when a responses file exists.")
    var estimates = false

    @Option(help: "Language of the text and Markdown report: zh or en (default: the journey's).")
    var lang: JourneyLanguage?

    @Flag(help: "Force plain output without colour.")
    var plain = false

    @Flag(name: .customLong("complete-cases"),
          help: "Key drivers from complete cases only (respondents who rated every touchpoint), not from every answer.")
    var completeCases = false

    func validate() throws {
        if estimates && (responses != nil || by != nil || !filters.isEmpty) {
            throw ValidationError("--estimates analyses the journey file alone; leave out --responses, --by and --where")
        }
        if minGroup < 3 { throw ValidationError("--min-group \(minGroup) is too small; use 3 or more (the default is 5)") }
        for filter in filters where SegmentFilter(parsing: filter) == nil {
            throw ValidationError("--where \"\(filter)\" is not COLUMN=VALUE, e.g. --where team=电话一组")
        }
        for condition in failOn where FailCondition(parsing: condition) == nil {
            throw ValidationError("--fail-on \"\(condition)\" is not METRIC>=NUMBER; metrics: pain, severity, enps; operators: >=, >, <=, <")
        }
        if format == .xlsx && output == nil {
            throw ValidationError("--format xlsx writes a workbook; name the file with -o, e.g. -o report.xlsx")
        }
        if let output, output.lowercased().hasSuffix(".yaml") || output.lowercased().hasSuffix(".yml") {
            throw ValidationError("-o \(output) looks like a journey file; reports are .txt, .md or .json and never overwrite a journey")
        }
    }

    func run() throws {
        if minGroup < 5 {
            Console.error("warning: --min-group \(minGroup) is below the recommended 5; small groups are easier to recognise. Every output states the minimum used.")
        }
        let model = try CommandInputs.journey(at: journey)
        let loaded = estimates ? nil : try CommandInputs.responses(explicit: responses, journeyPath: journey, journey: model,
                                                                    onDiscoveredFailure: .fail)
        let responsesPath = loaded?.path
        let data = loaded?.responses
        var options = AnalysisOptions(minimumGroupSize: minGroup, minimumCommentGroupSize: max(10, minGroup))
        options.likert.minimumForInterval = max(options.likert.minimumForInterval, minGroup)
        if completeCases { options.driverCases = .complete }
        let request = AnalysisRequest(filters: filters.compactMap(SegmentFilter.init(parsing:)), breakdown: by)
        let findings: JourneyFindings
        do {
            findings = try JourneyAnalyzer.analyze(model, responses: data, options: options, request: request)
        } catch {
            Console.error(error.description)
            throw ExitStatus.usage
        }
        let chosen = format ?? output.map(ReportFormat.inferred(fromPath:)) ?? .text
        let color = chosen == .text && output == nil && !plain && FileHandleWriter.colourWanted
        // JSON is language-neutral and keeps the journey's own language field; the others use --lang's labels.
        var shown = model
        if let lang, chosen != .json { shown.language = lang }
        if let output {
            let target = URL(fileURLWithPath: output).standardizedFileURL.path
            let protected = [journey, responsesPath].compactMap { $0 }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            if protected.contains(target) {
                Console.error("\(output): error: refusing to overwrite an input file; choose another -o path")
                throw ExitStatus.cannotCreate
            }
            let data: Data
            do {
                data = try chosen.data(findings, journey: shown)
            } catch {
                Console.error("\(output): error: \(error.description)")
                throw ExitStatus.cannotCreate
            }
            do {
                try AtomicFileWriter.write(data, to: output, overwrite: true)
            } catch {
                Console.error(error.description)
                throw ExitStatus.cannotCreate
            }
        } else if chosen.isBinary {
            Console.error("error: --format \(chosen.rawValue) writes a file; name it with -o")
            throw ExitStatus.usage
        } else {
            print(chosen.render(findings, journey: shown, color: color), terminator: "")
        }
        let held = failOn.compactMap(FailCondition.init(parsing:)).filter { $0.holds(for: findings) }
        if !held.isEmpty {
            Console.error("journeymap analyze: --fail-on " + held.map(\.description).joined(separator: ", ") + " holds")
            throw ExitStatus.failOnConditionHeld
        }
    }
}
