import ArgumentParser
import JourneyModel

extension StarterTemplate: ExpressibleByArgument {}
extension JourneyLanguage: ExpressibleByArgument {}

/// `journeymap init PATH`: writes a commented starter journey; never overwrites a file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter journey that validates (an existing file only with --force).")

    @Argument(help: "Where to write the journey, e.g. journeys/my-team.yaml.", completion: .file(extensions: ["yaml"]))
    var path: String

    @Option(help: "Starter: \(StarterTemplate.allCases.map(\.rawValue).joined(separator: ", ")).")
    var template: StarterTemplate = .onboarding

    @Option(help: "Language of the starter text: zh or en.")
    var lang: JourneyLanguage = .zh

    @Flag(help: "Replace an existing file at PATH (it is replaced atomically; without --force init never overwrites).")
    var force = false

    func run() throws {
        do {
            try AtomicFileWriter.write(template.text(language: lang), to: path, overwrite: force)
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitStatus.cannotCreate
        }
        print(CLIMessages.wroteStarter(path, template: template.rawValue, language: lang.rawValue).localized)
    }
}
