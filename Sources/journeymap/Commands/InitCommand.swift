import ArgumentParser
import JourneyModel

extension StarterTemplate: ExpressibleByArgument {}
extension JourneyLanguage: ExpressibleByArgument {}

/// `journeymap init PATH`: writes a commented starter journey; never overwrites a file.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: HelpTexts.initAbstract.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.initPath), completion: .file(extensions: ["yaml"]))
    var path: String

    @Option(help: ArgumentHelp(HelpTexts.initTemplate))
    var template: StarterTemplate = .onboarding

    @Option(help: ArgumentHelp(HelpTexts.initLang))
    var lang: JourneyLanguage = .zh

    @Flag(help: ArgumentHelp(HelpTexts.initForce))
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
