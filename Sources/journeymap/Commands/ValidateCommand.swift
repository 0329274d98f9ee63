import ArgumentParser
import JourneyModel

/// `journeymap validate FILE...`: checks journeys and prints every problem as `path:line:col: error: …`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check one or more journey files and report every problem with its line and column.")

    @Argument(help: "Journey files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
    var quiet = false

    @Option(help: "Language of the messages: zh or en (default: from LC_ALL, LC_MESSAGES or LANG).")
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
