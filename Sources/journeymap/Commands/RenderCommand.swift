import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import JourneyRender
import SurveyImport

extension MapTheme: ExpressibleByArgument {}
extension MapSize: ExpressibleByArgument {}
extension MapFormat: ExpressibleByArgument {}

/// `journeymap render JOURNEY`: the annotated journey map as SVG (or PNG/PDF through rsvg-convert).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the annotated journey map: stages, touchpoints, MOT, emotion curve, peak-end, pain/pleasure/itch, voices, actions.",
        discussion: """
        Uses survey data from --responses, or from <journey>.responses.csv next to the journey when it exists;
        otherwise draws the workshop estimates (score, importance, wish) from the journey file.
        PNG and PDF need rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
        """)

    @Argument(help: "A journey file.", completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: "Normalized responses file written by `journeymap import` (default: <journey>.responses.csv if present).",
            completion: .file(extensions: ["csv"]))
    var responses: String?

    @Option(name: .shortAndLong, help: "Output file (default: export/<journey-name>.<format>).")
    var output: String?

    @Option(help: "svg, png or pdf (default: from the output name, else svg).")
    var format: MapFormat?

    @Option(help: "light, dark (projectors), print (greyscale) or contrast (Okabe–Ito).")
    var theme: MapTheme = .light

    @Option(help: "Language of generated labels: zh or en (default: the journey's).")
    var lang: JourneyLanguage?

    @Option(help: "wide (grows with the touchpoints), slide (its own 1920 × 1080 view), a3 or a4 (landscape print; several pages when needed).")
    var size: MapSize = .wide

    @Flag(help: "Add today's date to the footnote (off by default so output stays byte-identical).")
    var stamp = false

    @Flag(help: "Add \"Made with journeymap\" to the footnote.")
    var credit = false

    func validate() throws {
        if let output, let format, let implied = MapExporter.format(forPath: output), implied != format {
            throw ValidationError("--format \(format.rawValue) does not match the output name \(output)")
        }
    }

    func run() throws {
        let model = try CommandInputs.journey(at: journey)
        let surveyData = try CommandInputs.responses(explicit: responses, journeyPath: journey, journey: model,
                                                     onDiscoveredFailure: .warnAndUseEstimates)?.responses
        let findings = JourneyAnalyzer.analyze(model, responses: surveyData)
        let chosenFormat = format ?? output.flatMap(MapExporter.format(forPath:)) ?? .svg
        let path = output ?? MapExporter.defaultOutputPath(forJourney: journey, format: chosenFormat)
        if URL(fileURLWithPath: path).standardizedFileURL == URL(fileURLWithPath: journey).standardizedFileURL
            || ["yaml", "yml"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
            Console.error("\(path): error: refusing to overwrite a journey file; choose an .svg, .png or .pdf output")
            throw ExitStatus.usage
        }
        let options = RenderOptions(theme: theme, language: lang, size: size, stamp: stamp ? Self.today() : nil, credit: credit)
        if let smallest = MapRenderer.smallestText(model, findings: findings, options: options), smallest.isBelowMinimum {
            Console.error("\(journey): warning: at --size \(size.rawValue) the smallest text (\(smallest.role.rawValue)) is "
                          + "\(MapNumber.fixed(smallest.size, digits: 1)) px, below the minimum of \(MapNumber.format(smallest.minimum)) px; "
                          + "shorten the texts or split the journey")
        }
        do {
            let bytes = try MapExporter.export(model, findings: findings, options: options, format: chosenFormat, to: path)
            let source = findings.source == .survey
                ? findings.reportedRespondents.map { "survey, n = \($0)" } ?? "survey, n < \(findings.minimumGroupSize)" : "workshop estimate"
            let pages = MapRenderer.pages(model, findings: findings, options: options).count
            let written = MapExporter.pagePaths(path, pages: pages, format: chosenFormat).joined(separator: ", ")
            print("\(written): \(model.touchpoints.count) touchpoints, \(source), \(bytes) bytes")
        } catch {
            Console.error(error.description)
            switch error.kind {
            case .cannotWrite, .converterMissing: throw ExitStatus.cannotCreate
            case .conversionFailed: throw ExitStatus.ioError
            }
        }
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone.current
        return formatter.string(from: Date())
    }
}
