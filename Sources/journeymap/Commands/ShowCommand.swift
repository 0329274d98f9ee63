import ArgumentParser
import JourneyAnalysis
import JourneyModel
import JourneyRender

/// `journeymap show FILE`: a terminal outline of the journey.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an outline: stages, touchpoints, MOT marks and a sparkline of the scores.")

    @Argument(help: "A journey file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(help: "Language of the outline's labels: zh or en (default: the journey's).")
    var lang: JourneyLanguage?

    @Flag(help: "Force plain output without colour.")
    var plain = false

    func run() throws {
        var journey = try CommandInputs.journey(at: file)
        if let lang { journey.language = lang }
        let findings = EstimateAnalyzer.analyze(journey)
        let color = !plain && FileHandleWriter.colourWanted
        print(JourneyOutline.render(journey, findings: findings, color: color), terminator: "")
    }
}
