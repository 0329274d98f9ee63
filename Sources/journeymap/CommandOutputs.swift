import ArgumentParser
import Foundation
import JourneyModel

/// Writing a command's outputs the same way everywhere: through `OutputDestination`, the problem printed to
/// standard error and exit 64 (a name the command cannot write) or 73 (any other refusal) thrown.
enum CommandOutputs {
    /// Runs `body` (a check or a write); prints an `OutputError` and throws its exit code.
    static func guarded<T>(_ body: () throws(OutputError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitCode(error.exitCode)
        }
    }

    /// Writes `data` to `destination`.
    static func write(_ data: Data, to destination: OutputDestination) throws {
        try guarded { () throws(OutputError) in try destination.write(data) }
    }
}
