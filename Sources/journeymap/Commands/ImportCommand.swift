import ArgumentParser
import Foundation
import JourneyModel
import SurveyImport

/// `journeymap import EXPORT --journey JOURNEY`: reads a survey export (Qualtrics, SurveyMonkey, Google Forms,
/// 问卷星, LimeSurvey, plain CSV/TSV) and writes the normalized, anonymized responses file.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: HelpTexts.importAbstract.localized,
            discussion: HelpTexts.importDiscussion.localized)
    }

    @Argument(help: ArgumentHelp(HelpTexts.importExport), completion: .file())
    var export: String

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importJourney), completion: .file(extensions: ["yaml", "yml"]))
    var journey: String

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importFormat),
            completion: .list(["auto"] + SurveyFormat.allCases.map(\.rawValue)))
    var format = "auto"

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importEncoding),
            completion: .list(["auto", "utf-8", "utf-16", "gb18030", "windows-1252", "mac-roman", "big5", "shift-jis"]))
    var encoding = "auto"

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importSheet, valueName: "NAME|N"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importDelimiter))
    var delimiter: String?

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importDedupe))
    var dedupe: String?

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importSeed))
    var seed: UInt64?

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpTexts.importOutput))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(HelpTexts.importForce))
    var force = false

    @Flag(name: .long, help: ArgumentHelp(HelpTexts.importPartial))
    var includePartial = false

    @Option(name: .long, help: ArgumentHelp(HelpTexts.importMaxBadRows))
    var maxBadRows = "5%"

    @Option(help: ArgumentHelp(HelpTexts.importLang))
    var lang: JourneyLanguage?

    func validate() throws {
        if format != "auto" && SurveyFormat(rawValue: format) == nil {
            throw ValidationError(CLIMessages.unknownFormat(format, formats: SurveyFormat.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if EncodingChoice(userText: encoding) == nil {
            throw ValidationError(CLIMessages.unknownEncoding(encoding))
        }
        if let delimiter, Self.delimiterByte(delimiter) == nil {
            throw ValidationError(CLIMessages.unknownDelimiter(delimiter))
        }
        if let dedupe, DedupePolicy(rawValue: dedupe) == nil {
            throw ValidationError(CLIMessages.unknownDedupe(dedupe))
        }
        if BadRowLimit(text: maxBadRows) == nil {
            throw ValidationError(CLIMessages.badRowLimit(maxBadRows))
        }
    }

    func run() throws {
        let loaded = try CommandInputs.journey(at: journey)
        let options = ImportOptions(format: SurveyFormat(rawValue: format), encoding: EncodingChoice(userText: encoding) ?? .auto,
                                    includePartial: includePartial, maxBadRows: BadRowLimit(text: maxBadRows) ?? .percent(5),
                                    delimiter: delimiter.flatMap(Self.delimiterByte), dedupe: dedupe.flatMap(DedupePolicy.init(rawValue:)),
                                    seed: seed, sheet: sheet)
        let target = output ?? ResponsesFile.defaultPath(forJourney: journey)
        let destination = ResponsesFile.destination(path: target, inputs: [export, journey], force: force)
        do {
            let summary = try SurveyImporter.importSurvey(exportPath: export, journey: loaded, options: options,
                                                          destination: destination)
            for problem in summary.problems { Console.error(problem.description(in: MessageLanguage.current)) }
            if summary.problemCount > summary.problems.count {
                Console.error(CLIMessages.moreProblems(export, count: summary.problemCount - summary.problems.count).localized)
            }
            print(summary.render(in: MessageLanguage.current))
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw Self.exitCode(for: error)
        }
    }

    /// `comma`, `semicolon`, `tab`, `\t` or one ASCII punctuation character.
    static func delimiterByte(_ text: String) -> UInt8? {
        switch text.lowercased() {
        case "comma", ",": return 0x2C
        case "semicolon", ";": return 0x3B
        case "tab", "\\t", "\t": return 0x09
        case "pipe", "|": return 0x7C
        default:
            guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, scalar.isASCII,
                  scalar.properties.generalCategory == .otherPunctuation || scalar == "^" || scalar == "~" else { return nil }
            return UInt8(scalar.value)
        }
    }

    static func exitCode(for error: ImportError) -> ExitCode {
        switch error {
        case .fileNotFound: return ExitStatus.noInput
        case .unreadable: return ExitStatus.ioError
        case .invalid: return ExitStatus.dataError
        case .output(let error): return ExitCode(error.exitCode)
        case .usage: return ExitStatus.usage
        }
    }
}
