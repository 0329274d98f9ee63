import ArgumentParser
import Foundation
import JourneyModel

/// `journeymap import-mermaid FILE.mmd`: a Mermaid `journey` diagram turned into a journey file (never overwriting one).
struct ImportMermaidCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import-mermaid", abstract: HelpTexts.importMermaidAbstract.localized,
                             discussion: HelpTexts.importMermaidDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.importMermaidFile), completion: .file(extensions: ["mmd", "mermaid"]))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpTexts.importMermaidOutput))
    var output: String?

    @Option(help: ArgumentHelp(HelpTexts.importMermaidLang))
    var lang: JourneyLanguage?

    @Flag(help: ArgumentHelp(HelpTexts.importMermaidForce))
    var force = false

    func run() throws {
        let journey: Journey
        do {
            journey = try MermaidJourneyImporter.load(path: file, language: lang)
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitStatus.code(for: error)
        }
        let target = output ?? (file as NSString).deletingPathExtension + ".yaml"
        let header = CLIMessages.importedFromMermaid(URL(fileURLWithPath: file).lastPathComponent).text(in: journey.language)
        let text = JourneyYAMLWriter.text(journey, header: [header])
        // A journey is the user's to edit: no marker, so an existing file is replaced only with --force.
        let destination = OutputDestination(path: target, inputs: [file], force: force, extensions: ["yaml", "yml"], marker: nil)
        try CommandOutputs.write(Data(text.utf8), to: destination)
        print(CLIMessages.wroteFromMermaid(target, stages: journey.stages.count, touchpoints: journey.touchpoints.count).localized)
    }
}
