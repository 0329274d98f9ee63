import ArgumentParser
import Foundation
import JourneyAnalysis
import JourneyModel
import JourneyRender

extension WorksheetSize: ExpressibleByArgument {}

/// `journeymap worksheet JOURNEY`: a printable wall sheet for the co-creation workshop (SVG, or PDF/PNG by extension).
struct WorksheetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "worksheet", abstract: HelpTexts.worksheetAbstract.localized,
                             discussion: HelpTexts.worksheetDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.journeyFile), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpTexts.worksheetOutput))
    var output: String?

    @Option(help: ArgumentHelp(HelpTexts.worksheetSize))
    var size: WorksheetSize = .a3

    @Option(help: ArgumentHelp(HelpTexts.worksheetNote))
    var note: Int?

    @Option(help: ArgumentHelp(HelpTexts.worksheetDate))
    var date: String?

    @Option(help: ArgumentHelp(HelpTexts.ideasPlaybook), completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: ArgumentHelp(HelpTexts.ideasResponses), completion: .file(extensions: ["csv"]))
    var responses: String?

    @Option(help: ArgumentHelp(HelpTexts.worksheetLang))
    var lang: JourneyLanguage?

    @Flag(help: ArgumentHelp(HelpTexts.worksheetOneSheet))
    var oneSheet = false

    @Flag(help: ArgumentHelp(HelpTexts.outputForce))
    var force = false

    func validate() throws {
        if let date, JourneyDate(iso: date) == nil { throw ValidationError(CLIMessages.badWorksheetDate(date)) }
        if let note, !StickyNoteFit.noteRangeMM.contains(note) { throw ValidationError(CLIMessages.badNoteSize(note)) }
        if let output, MapExporter.format(forPath: output) == .mermaid || MapExporter.format(forPath: output) == nil {
            throw ValidationError(CLIMessages.worksheetExtension(output))
        }
    }

    func run() throws {
        let (model, suggestions) = try CommandInputs.ideas(journeyPath: journey, playbook: playbook, responses: responses)
        let noteMM = note.map(Double.init) ?? size.defaultNoteMM
        let layouts = WorksheetLayoutEngine.pages(model, suggestions: suggestions, size: size, date: date ?? RenderCommand.today(),
                                                  language: lang, oneSheet: oneSheet, noteMM: noteMM)
        let base = URL(fileURLWithPath: journey).deletingPathExtension().lastPathComponent
        let path = output ?? "export/\(base)-worksheet-\(size.rawValue).svg"
        let format = MapExporter.format(forPath: path) ?? .svg
        let destination = OutputDestination(path: path, inputs: [journey, playbook, responses], force: force,
                                            extensions: ["svg", "png", "pdf"], marker: OutputMarker.forExtension(format.rawValue))
        try CommandOutputs.guarded { () throws(OutputError) in try destination.check() }
        do {
            let svgs = layouts.map { WorksheetRenderer.svg($0, size: size) }
            let bytes = try MapExporter.export(pages: svgs, pageWidth: layouts[0].size.width, format: format, to: destination)
            let written = MapExporter.pagePaths(path, pages: layouts.count, format: format).joined(separator: ", ")
            print(CLIMessages.wroteWorksheet(written, size: size.rawValue, touchpoints: model.touchpoints.count, sheets: layouts.count,
                                             noteMM: Int(noteMM.rounded()),
                                             bytes: bytes).localized)
            let fit = StickyNoteFit.of(touchpoints: model.touchpoints.count, size: size, noteMM: noteMM)
            if layouts.count == 1, !fit.fits {
                Console.error(CLIMessages.narrowNoteBoxes(path, widthMM: fit.shownWidthMM, noteMM: Int(fit.noteMM.rounded()),
                                                          touchpoints: model.touchpoints.count,
                                                          size: size.rawValue, most: fit.mostTouchpoints,
                                                          sheets: WorksheetSplit.of(stageSizes: model.stages.map(\.touchpoints.count),
                                                                                    most: fit.mostTouchpoints).sheets.count).localized)
            }
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            switch error.kind {
            case .cannotWrite, .converterMissing: throw ExitStatus.cannotCreate
            case .conversionFailed: throw ExitStatus.ioError
            }
        }
    }
}
