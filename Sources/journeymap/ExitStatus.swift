import ArgumentParser
import JourneyModel

/// sysexits.h codes used by every command (see README, "Exit codes").
enum ExitStatus {
    static let failOnConditionHeld = ExitCode(1)
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)

    /// The exit code for a journey that failed to load.
    static func code(for error: JourneyLoadError) -> ExitCode {
        switch error {
        case .fileNotFound: return noInput
        case .unreadable: return ioError
        case .invalid: return dataError
        }
    }
}

/// Printing to standard error, where every diagnostic goes.
enum Console {
    static func error(_ text: String) {
        var stream = StandardError()
        print(text, to: &stream)
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.writeToStandardError(string)
    }
}
