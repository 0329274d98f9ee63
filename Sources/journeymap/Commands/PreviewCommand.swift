import ArgumentParser
import Foundation
import JourneyModel
import JourneyPreview
import JourneyRender

/// `journeymap preview JOURNEY`: the map in a browser on 127.0.0.1, redrawn on every save (`JourneyPreview`).
struct PreviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "preview",
            abstract: HelpTexts.previewAbstract.localized,
            discussion: HelpTexts.previewDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.journeyFile), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: ArgumentHelp(HelpTexts.previewPort))
    var port: UInt16 = 8080

    @Option(help: ArgumentHelp(HelpTexts.renderResponses), completion: .file(extensions: ["csv"]))
    var responses: String?

    @OptionGroup var style: MapStyleOptions

    func run() throws {
        // A missing journey (or a directory) is a mistake in the command, not a save in progress: refuse it before serving.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: journey, isDirectory: &isDirectory), !isDirectory.boolValue else {
            _ = try CommandInputs.journey(at: journey)
            return
        }
        let inputs = PreviewInputs(journeyPath: journey, explicitResponsesPath: responses,
                                   options: style.renderOptions())
        let language = MessageLanguage.current
        let path = journey
        do {
            try LiveSession.preview(PreviewServer.Configuration(inputs: inputs, port: port, messageLanguage: language)) { url in
                FileHandleWriter.writeToStandardOutput(PreviewMessages.serving(url, journey: path).text(in: language) + "\n")
            }
        } catch let error as PreviewServerError {
            Console.error(error.message.localized)
            throw ExitStatus.ioError
        }
        FileHandleWriter.writeToStandardOutput(PreviewMessages.stopped.localized + "\n")
    }
}
