import ArgumentParser
import JourneyAnalysis
import JourneyModel
import JourneyRender

/// `journeymap show FILE`: a terminal outline of the journey.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: HelpTexts.showAbstract.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.journeyFile), completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(help: ArgumentHelp(HelpTexts.showLang))
    var lang: JourneyLanguage?

    @Flag(help: ArgumentHelp(HelpTexts.plain))
    var plain = false

    func run() throws {
        var journey = try CommandInputs.journey(at: file)
        if let lang { journey.language = lang }
        let findings = EstimateAnalyzer.analyze(journey)
        let color = !plain && FileHandleWriter.colourWanted
        print(JourneyOutline.render(journey, findings: findings, color: color), terminator: "")
    }
}
