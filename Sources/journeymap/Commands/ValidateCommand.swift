import ArgumentParser
import JourneyModel

/// `journeymap validate FILE...`: checks journeys and prints every problem as `path:line:col: error: …`.
struct ValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: HelpTexts.validateAbstract.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.validateFiles), completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @Flag(name: .shortAndLong, help: ArgumentHelp(HelpTexts.validateQuiet))
    var quiet = false

    @Option(help: ArgumentHelp(HelpTexts.messageLang))
    var lang: JourneyLanguage?

    func validate() throws {
        if files.isEmpty { throw ValidationError(CLIMessages.giveAJourneyFile) }
    }

    func run() throws {
        var worst: ExitCode = .success
        for file in files {
            do {
                let journey = try JourneyLoader.load(path: file)
                if !quiet {
                    print(CLIMessages.validated(file, stages: journey.stages.count, touchpoints: journey.touchpoints.count).localized)
                }
            } catch {
                Console.error(error.description(in: MessageLanguage.current))
                let code = ExitStatus.code(for: error)
                if worst == .success || code == ExitStatus.dataError { worst = code }
            }
        }
        if worst != .success { throw worst }
    }
}
