import ArgumentParser
import Foundation
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
        // No marker: a starter journey is the user's to edit, so it is replaced only with --force.
        let destination = OutputDestination(path: path, inputs: [], force: force, extensions: ["yaml", "yml"], marker: nil)
        try CommandOutputs.write(Data(template.text(language: lang).utf8), to: destination)
        print(CLIMessages.wroteStarter(path, template: template.rawValue, language: lang.rawValue).localized)
    }
}
