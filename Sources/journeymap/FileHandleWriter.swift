import Foundation

enum FileHandleWriter {
    static func writeToStandardError(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }

    /// Whether standard output is a terminal (for colour).
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

