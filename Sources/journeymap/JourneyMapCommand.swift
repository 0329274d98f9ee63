import ArgumentParser

/// The `journeymap` command: maps an employee's work journey and the survey data behind it.
@main
struct JourneyMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeymap",
        abstract: "Map an employee's work journey: touchpoints, moments of truth, peak-end, pain/pleasure/itch points.",
        discussion: """
        Exit codes: 0 success; 1 a --fail-on condition held; 64 usage error; 65 bad input data;
        66 input file missing; 73 cannot write output; 74 I/O error.
        """,
        version: JourneyMapVersion.current,
        subcommands: [ValidateCommand.self, InitCommand.self, ShowCommand.self, RenderCommand.self,
                      ImportCommand.self, AnalyzeCommand.self]
    )
}

/// The version printed by `--version`.
enum JourneyMapVersion {
    static let current = "0.1.0"
}
