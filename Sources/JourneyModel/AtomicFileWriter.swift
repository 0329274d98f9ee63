import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output file could not be written (exit 73 in the CLI).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// What went wrong, for the user.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: error: cannot write …`.
    public var description: String { "\(path): error: cannot write: \(reason)" }
}

/// Writes output files so that nothing half-written is ever left behind: the bytes go to a temporary
/// file beside the target, which is then renamed (or, when overwriting is not allowed, hard-linked) into place.
public enum AtomicFileWriter {
    /// Writes `data` to `path`. With `overwrite: false` an existing file is never replaced, even if it
    /// appears between the check and the write (the final step is a no-clobber `link`).
    public static func write(_ data: Data, to path: String, overwrite: Bool, createDirectories: Bool = true) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw OutputError(path: path, reason: "it is a directory") }
            if !overwrite { throw OutputError(path: path, reason: "the file exists; choose another path or pass --force") }
        }
        if createDirectories, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: path, reason: "cannot create the directory \(directory)")
            }
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw OutputError(path: path, reason: errnoText(default: "the directory \(directory) is not writable"))
        }
        if overwrite {
            if rename(temporary, path) != 0 {
                let reason = errnoText(default: "rename failed")
                unlink(temporary)
                throw OutputError(path: path, reason: reason)
            }
        } else {
            if link(temporary, path) != 0 {
                let reason = errno == EEXIST ? "the file exists; choose another path or pass --force" : errnoText(default: "link failed")
                unlink(temporary)
                throw OutputError(path: path, reason: reason)
            }
            unlink(temporary)
        }
    }

    /// Writes UTF-8 text.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws(OutputError) {
        try write(Data(text.utf8), to: path, overwrite: overwrite)
    }

    private static func errnoText(default text: String) -> String {
        let code = errno
        return code == 0 ? text : String(cString: strerror(code))
    }
}
