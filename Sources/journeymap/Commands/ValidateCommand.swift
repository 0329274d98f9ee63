import ArgumentParser
import JourneyModel

/// `journeymap validate FILE...`: checks journeys and prints every problem as `path:line:col: error: …`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check one or more journey files and report every problem with its line and column.")

    @Argument(help: "Journey files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
    var quiet = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one journey file") }
    }

    func run() throws {
        var worst: ExitCode = .success
        for file in files {
            do {
                let journey = try JourneyLoader.load(path: file)
                if !quiet {
                    print("\(file): ok (\(plural(journey.stages.count, "stage")), \(plural(journey.touchpoints.count, "touchpoint")))")
                }
            } catch {
                Console.error(error.description)
                let code = ExitStatus.code(for: error)
                if worst == .success || code == ExitStatus.dataError { worst = code }
            }
        }
        if worst != .success { throw worst }
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
