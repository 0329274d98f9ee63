import ArgumentParser
import Foundation
import JourneyModel

/// The `journeymap` command: maps an employee's work journey and the survey data behind it.
@main
struct JourneyMapCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "journeymap",
            abstract: HelpTexts.rootAbstract.localized,
            discussion: HelpTexts.rootDiscussion.localized,
            version: JourneyMapVersion.current,
            subcommands: [ValidateCommand.self, InitCommand.self, ShowCommand.self, RenderCommand.self,
                          ImportCommand.self, AnalyzeCommand.self, VotesCommand.self, PlanCommand.self,
                          ImportMermaidCommand.self, IdeasCommand.self, QuestionsCommand.self, WorksheetCommand.self,
                          PreviewCommand.self]
        )
    }

    /// Catches a mistyped command name ("rendr") before argument-parser reports it as unexpected arguments.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // `journeymap --lang zh …` before the command: the language is read by MessageLanguage; the command need not see it.
        while let first = arguments.first, first == "--lang" || first.hasPrefix("--lang=") {
            arguments.removeFirst(first == "--lang" && arguments.count > 1 ? 2 : 1)
        }
        if let word = arguments.first, !word.hasPrefix("-"), !knownCommands.contains(word) {
            Console.error(CLIMessages.unknownCommand(word, suggestion: KeySuggester.suggestion(for: word, among: knownCommands),
                                                     commands: primaryCommands).localized)
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // argument-parser words its own usage errors in English; a Chinese run gets them in Chinese.
            let message = fullMessage(for: error)
            if MessageLanguage.current == .zh, exitCode(for: error) == ExitStatus.usage, !message.isEmpty {
                Console.error(ParserErrorText.chinese(message))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }

    /// The subcommands' names, in help order.
    static var primaryCommands: [String] { configuration.subcommands.compactMap { $0.configuration.commandName } }

    /// Names and aliases a first argument may be.
    static var knownCommands: [String] {
        primaryCommands + configuration.subcommands.flatMap { $0.configuration.aliases } + ["help"]
    }
}

/// The version printed by `--version`.
enum JourneyMapVersion {
    static let current = "0.1.0"
}
