import ArgumentParser

/// `journeymap import` (placeholder until its issue lands).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Not available yet.", shouldDisplay: false)

    func run() throws {
        Console.error("journeymap import: not available in this build")
        throw ExitStatus.usage
    }
}
