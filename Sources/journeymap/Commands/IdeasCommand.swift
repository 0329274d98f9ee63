import ArgumentParser
import JourneyAnalysis
import JourneyModel
import JourneyRender

extension IdeasFormat: ExpressibleByArgument {}

/// `journeymap ideas JOURNEY`: peak-management ideas from the playbook for each pain point, MOT and the End.
struct IdeasCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "ideas", abstract: HelpTexts.ideasAbstract.localized,
                             discussion: HelpTexts.ideasDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.journeyFile), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: ArgumentHelp(HelpTexts.ideasPlaybook), completion: .file(extensions: ["yaml", "yml"]))
    var playbook: String?

    @Option(help: ArgumentHelp(HelpTexts.ideasResponses), completion: .file(extensions: ["csv"]))
    var responses: String?

    @Option(help: ArgumentHelp(HelpTexts.ideasFormat))
    var format: IdeasFormat = .text

    @Option(help: ArgumentHelp(HelpTexts.ideasPerTouchpoint))
    var perTouchpoint: Int = 3

    @Option(help: ArgumentHelp(HelpTexts.ideasLang))
    var lang: JourneyLanguage?

    func validate() throws {
        guard (1...20).contains(perTouchpoint) else { throw ValidationError(CLIMessages.perTouchpointRange(perTouchpoint)) }
    }

    func run() throws {
        let (model, suggestions) = try CommandInputs.ideas(journeyPath: journey, playbook: playbook, responses: responses,
                                                           perTouchpoint: perTouchpoint)
        print(IdeasReportWriter.render(model, suggestions: suggestions, format: format, language: lang), terminator: "")
    }
}

extension CommandInputs {
    /// The journey and the playbook's ideas for it, from the same findings `render` draws (survey data when present).
    static func ideas(journeyPath: String, playbook: String?, responses: String?,
                      perTouchpoint: Int = 3) throws -> (Journey, [IdeaSuggestion]) {
        let model = try journey(at: journeyPath)
        let book = try self.playbook(at: playbook)
        let surveyData = try self.responses(explicit: responses, journeyPath: journeyPath, journey: model,
                                            onDiscoveredFailure: .warnAndUseEstimates)?.responses
        let findings = JourneyAnalyzer.analyze(model, tally: surveyData)
        return (model, IdeaSelector.suggestions(for: model, findings: findings, playbook: book, perTouchpoint: perTouchpoint))
    }

    /// The built-in playbook, with the user's `--playbook FILE` on top when given (65/66/74 on failure).
    static func playbook(at path: String?) throws -> Playbook {
        guard let path else { return .builtin }
        do {
            return Playbook.builtin.merged(with: try PlaybookLoader.load(path: path))
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitStatus.code(for: error)
        }
    }
}
