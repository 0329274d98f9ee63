import ArgumentParser
import Foundation
import JourneyModel

/// The language of everything the command line itself says (messages, summaries, help), chosen once per run:
/// `--lang zh|en` anywhere on the command line, else `LC_ALL`, else `LC_MESSAGES`, else `LANG` (zh… → Chinese),
/// else English. Reports and maps keep defaulting to the journey's own language.
enum MessageLanguage {
    /// The language of this run, read from the process's arguments and environment.
    static let current: JourneyLanguage = resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                                  environment: ProcessInfo.processInfo.environment)

    /// `--lang X` or `--lang=X` (the last one wins, as for any option), else the locale variables.
    static func resolve(arguments: [String], environment: [String: String]) -> JourneyLanguage {
        var chosen: JourneyLanguage?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count {
                chosen = JourneyLanguage(rawValue: arguments[index + 1].lowercased()) ?? chosen
                index += 1
            } else if argument.hasPrefix("--lang=") {
                chosen = JourneyLanguage(rawValue: String(argument.dropFirst("--lang=".count)).lowercased()) ?? chosen
            }
            index += 1
        }
        return chosen ?? JourneyLanguage.fromLocale(environment)
    }
}

extension LocalizedText {
    /// The text in this run's message language.
    var localized: String { text(in: MessageLanguage.current) }
}

extension ValidationError {
    /// A usage error in this run's language (argument-parser prints it with `Error: ` and the usage line).
    init(_ text: LocalizedText) { self.init(text.localized) }
}
