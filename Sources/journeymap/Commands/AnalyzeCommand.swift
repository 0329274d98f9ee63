import ArgumentParser

/// `journeymap analyze` (placeholder until its issue lands).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "Not available yet.", shouldDisplay: false)

    func run() throws {
        Console.error("journeymap analyze: not available in this build")
        throw ExitStatus.usage
    }
}
