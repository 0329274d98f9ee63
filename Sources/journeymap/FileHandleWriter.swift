import Foundation

enum FileHandleWriter {
    static func writeToStandardError(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }

    /// Writes straight to standard output, unbuffered: a line another program waits for (the preview's URL) must
    /// not sit in `print`'s buffer while the command keeps running.
    static func writeToStandardOutput(_ string: String) {
        FileHandle.standardOutput.write(Data(string.utf8))
    }

    /// Sends what `print` buffered (into a pipe it waits for the buffer to fill): `render --watch` reports each
    /// render as it happens.
    static func flushStandardOutput() {
        fflush(nil)
    }

    /// Whether standard output is a terminal (for colour).
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour only on a terminal, and never when the user set NO_COLOR (https://no-color.org).
    static var colourWanted: Bool {
        standardOutputIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}

