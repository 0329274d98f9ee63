import ArgumentParser

/// `journeymap render` (placeholder until its issue lands).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Not available yet.", shouldDisplay: false)

    func run() throws {
        Console.error("journeymap render: not available in this build")
        throw ExitStatus.usage
    }
}
