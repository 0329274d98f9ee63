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

    @Flag(help: "Force plain output without colour.")
    var plain = false

    func run() throws {
        let journey = try CommandInputs.journey(at: file)
        let findings = EstimateAnalyzer.analyze(journey)
        let color = !plain && FileHandleWriter.colourWanted
        print(JourneyOutline.render(journey, findings: findings, color: color), terminator: "")
    }
}
