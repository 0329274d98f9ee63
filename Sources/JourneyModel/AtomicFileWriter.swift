import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output file could not be written: exit 73 in the CLI, or 64 for an output name the command cannot
/// write (see `exitCode`).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What kind of refusal, for the exit code.
    public enum Kind: Sendable, Equatable {
        /// The file cannot or may not be created or replaced (exit 73).
        case cannotCreate
        /// The output name itself is wrong, e.g. an extension the command cannot write (exit 64).
        case usage
    }

    /// The file that was to be written.
    public var path: String
    /// What went wrong, for the user.
    public var reason: String
    /// The same reason in Chinese (a system error text stays as the system gives it).
    public var zhReason: String
    /// The kind (`.cannotCreate` unless said otherwise).
    public var kind: Kind = .cannotCreate

    /// The sysexits code the CLI exits with: 64 for `.usage`, 73 otherwise.
    public var exitCode: Int32 { kind == .usage ? 64 : 73 }

    /// Creates an error; without `zh`, the Chinese reason is the English one.
    public init(path: String, reason: String, zh: String? = nil) {
        self.path = path
        self.reason = reason
        self.zhReason = zh ?? reason
    }

    /// Creates an error from a message in both languages.
    public init(path: String, _ text: LocalizedText, kind: Kind = .cannotCreate) {
        self.init(path: path, reason: text.en, zh: text.zh)
        self.kind = kind
    }

    /// `path: error: cannot write …`.
    public var description: String { description(in: .en) }

    /// `path: error: cannot write …` in `language`.
    public func description(in language: JourneyLanguage) -> String {
        language == .zh ? "\(path): error: 无法写入：\(zhReason)" : "\(path): error: cannot write: \(reason)"
    }

    /// An existing file is never replaced without `--force`.
    public static func exists(path: String) -> OutputError {
        OutputError(path: path, reason: "the file exists; choose another path or pass --force",
                    zh: "文件已存在；请换一个路径，或加 --force 覆盖")
    }

    /// The path is a directory.
    public static func isDirectory(path: String) -> OutputError {
        OutputError(path: path, reason: "it is a directory", zh: "这是一个目录")
    }
}

/// Writes output files so that nothing half-written is ever left behind: the bytes go to a temporary
/// file beside the target, which is then renamed (or, when overwriting is not allowed, hard-linked) into place.
///
/// New code: write through `OutputDestination` instead, which adds the checks every command needs (never an
/// input, only allowed extensions, replace only journeymap's own files or with `--force`, the marker, file
/// modes, temporary-file cleanup on Ctrl-C). `write(_:to:overwrite:)` stays for callers not yet converted.
public enum AtomicFileWriter {
    /// Writes `data` to `path`. With `overwrite: false` an existing file is never replaced, even if it
    /// appears between the check and the write (the final step is a no-clobber `link`). Prefer
    /// `OutputDestination(path:inputs:force:extensions:marker:).write(_:)`.
    public static func write(_ data: Data, to path: String, overwrite: Bool, createDirectories: Bool = true) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .isDirectory(path: path) }
            if !overwrite { throw .exists(path: path) }
        }
        if createDirectories, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: path, reason: "cannot create the directory \(directory)", zh: "无法创建目录 \(directory)")
            }
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let registration = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(registration) }
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
                let exists = errno == EEXIST
                let reason = errnoText(default: "link failed")
                unlink(temporary)
                throw exists ? .exists(path: path) : OutputError(path: path, reason: reason)
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
