import ArgumentParser
import JourneyModel
import JourneyRender

extension QuestionnaireFormat: ExpressibleByArgument {}

/// `journeymap questions JOURNEY`: the survey questionnaire for a journey, with the column each answer binds to.
struct QuestionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "questions", abstract: HelpTexts.questionsAbstract.localized,
                             discussion: HelpTexts.questionsDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.journeyFile), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(help: ArgumentHelp(HelpTexts.questionsFormat))
    var format: QuestionnaireFormat = .text

    @Option(help: ArgumentHelp(HelpTexts.questionsLang))
    var lang: JourneyLanguage?

    func run() throws {
        let model = try CommandInputs.journey(at: journey)
        print(QuestionnaireWriter.render(model, format: format, language: lang), terminator: "")
    }
}
