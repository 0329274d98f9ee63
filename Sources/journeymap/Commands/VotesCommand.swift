import ArgumentParser
import Foundation
import JourneyModel
import SurveyImport

/// `journeymap votes SHEET --journey JOURNEY`: a workshop's votes sheet into `<journey>.workshop.yaml`, replacing the
/// previous one atomically and listing what changed; the journey file is never written.
struct VotesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "votes", abstract: WorkshopHelpTexts.votesAbstract.localized,
                             discussion: WorkshopHelpTexts.votesDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(WorkshopHelpTexts.votesSheet), completion: .file(extensions: ["csv", "xlsx"]))
    var sheet: String

    @Option(help: ArgumentHelp(WorkshopHelpTexts.votesJourney), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: ArgumentHelp(HelpTexts.messageLang))
    var lang: JourneyLanguage?

    @Flag(help: ArgumentHelp(HelpTexts.outputForce))
    var force = false

    func run() throws {
        let model = try CommandInputs.journey(at: journey)
        guard FileManager.default.fileExists(atPath: sheet) else {
            Console.error(WorkshopMessages.noSheet(sheet).localized)
            throw ExitStatus.noInput
        }
        let result: VotesSheetReader.Result
        do {
            result = try VotesSheetReader.read(path: sheet, journey: model)
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ImportCommand.exitCode(for: error)
        }
        for warning in result.warnings { Console.error(warning.description(in: MessageLanguage.current)) }
        let path = WorkshopFile.defaultPath(forJourney: journey)
        var previous: WorkshopFile?
        if FileManager.default.fileExists(atPath: path) {
            previous = try? WorkshopFileLoader.load(path: path)
            if previous == nil { Console.error(WorkshopMessages.oldSidecarUnreadable(path).localized) }
        }
        // Replaced when journeymap wrote it (its marker) or with --force; never the journey or the sheet itself.
        let destination = OutputDestination(path: path, inputs: [journey, sheet], force: force,
                                            extensions: ["yaml"], marker: .workshop)
        try CommandOutputs.write(Data(WorkshopFileWriter.text(result.file).utf8), to: destination)
        print(WorkshopMessages.wroteSidecar(path, ideas: result.file.ideas.count,
                                            votes: result.file.ideas.map(\.votes).reduce(0, +)).localized)
        guard previous != nil else { return }
        let changes = WorkshopChange.changes(from: previous, to: result.file)
        if changes.isEmpty { print(WorkshopMessages.unchanged.localized) }
        for change in changes {
            switch change {
            case .added(let idea): print(WorkshopMessages.added(idea).localized)
            case .removed(let idea): print(WorkshopMessages.removed(idea).localized)
            case .votes(let idea, let from): print(WorkshopMessages.votesChanged(idea, from: from).localized)
            case .details(let idea): print(WorkshopMessages.detailsChanged(idea).localized)
            }
        }
    }
}
