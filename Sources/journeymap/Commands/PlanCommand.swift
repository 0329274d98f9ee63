import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import JourneyRender

extension PlanFormat: ExpressibleByArgument {}

/// `journeymap plan JOURNEY`: the adjustable action plan — every action (the journey's and the workshop's ideas) by
/// `ActionPriority`, by owner, the uncovered pain points and MOTs, and what is overdue on `--today`.
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: WorkshopHelpTexts.planAbstract.localized,
                             discussion: WorkshopHelpTexts.planDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.journeyFile), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: ArgumentHelp(WorkshopHelpTexts.planFormat))
    var format: PlanFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(WorkshopHelpTexts.planOutput))
    var output: String?

    @Option(help: ArgumentHelp(WorkshopHelpTexts.planToday))
    var today: String?

    @Option(help: ArgumentHelp(WorkshopHelpTexts.planResponses), completion: .file(extensions: ["csv"]))
    var responses: String?

    @Option(help: ArgumentHelp(HelpTexts.analyzeLang))
    var lang: JourneyLanguage?

    @Flag(help: ArgumentHelp(HelpTexts.outputForce))
    var force = false

    func validate() throws {
        if let today, JourneyDate(iso: today) == nil { throw ValidationError(WorkshopMessages.badToday(today)) }
        if (format ?? output.flatMap(PlanFormat.inferred(fromPath:))) == .xlsx && output == nil {
            throw ValidationError(WorkshopMessages.planNeedsOutput("xlsx"))
        }
    }

    func run() throws {
        var model = try CommandInputs.journeyWithWorkshop(at: journey)
        let loaded = try CommandInputs.responses(explicit: responses, journeyPath: journey, journey: model, onDiscoveredFailure: .fail)
        let findings = JourneyAnalyzer.analyze(model, tally: loaded?.responses)
        let date = today.flatMap(JourneyDate.init(iso:)) ?? JourneyDate(iso: RenderCommand.today())!
        let plan = PrioritizedPlan(model, findings: findings, today: date)
        if let lang { model.language = lang }
        let chosen = format ?? output.flatMap(PlanFormat.inferred(fromPath:)) ?? .markdown
        let data: Data
        do {
            data = try PlanReportWriter.data(plan, journey: model, format: chosen)
        } catch {
            Console.error("\(output ?? "-"): error: \(error.description)")
            throw ExitStatus.cannotCreate
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        let marker: OutputMarker
        switch chosen {
        case .markdown: marker = .markdown
        case .csv: marker = .csv
        case .xlsx: marker = .xlsx
        case .json: marker = .json
        }
        let destination = OutputDestination(path: output, inputs: [journey, WorkshopFile.defaultPath(forJourney: journey), responses, loaded?.path],
                                            force: force, extensions: ["md", "markdown", "csv", "xlsx", "json"], marker: marker)
        try CommandOutputs.write(data, to: destination)
        Console.error(WorkshopMessages.wrotePlan(output, actions: plan.items.count, uncovered: plan.uncovered.count,
                                                 overdue: plan.overdue.count).localized)
    }
}
