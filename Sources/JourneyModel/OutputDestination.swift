import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes one output, and the rules every output obeys — the one way commands write files:
///
/// ```swift
/// let destination = OutputDestination(path: output, inputs: [journeyPath, responsesPath],
///                                     force: force, extensions: ["svg", "png", "pdf"], marker: .svg)
/// try destination.check()          // early, before the expensive work (optional: write checks again)
/// try destination.write(bytes)     // marker added, temporary file, atomic rename
/// ```
/// Catch `OutputError`, print `error.description(in:)` and exit with `error.exitCode` (64 or 73).
///
/// The rules (README "Security and privacy"):
/// - never one of the command's `inputs` (exit 73, checked first), however the path is spelled (relative, `..`, symlink, hard link:
///   device and inode are compared, and the real path of a not-yet-existing file's directory), even with `force`;
/// - the extension must be one of `extensions` (usage error, exit 64, listing them);
/// - an existing file is replaced only when it carries `marker` (journeymap wrote it) or `force` is set;
///   with `marker: nil` (a starter journey the user will edit) only with `force`;
/// - a read-only file is never replaced, and replacing never widens the old file's permissions;
/// - `privacy: .respondentData` outputs are created 0600;
/// - bytes go to a temporary file beside the target that a SIGINT/SIGTERM handler removes (`TemporaryFiles`),
///   then are renamed into place; nothing half-written is ever left.
public struct OutputDestination: Sendable {
    /// Who may read the file once written.
    public enum Privacy: Sendable {
        /// Ordinary output: 0666 less the umask (usually 0644).
        case shared
        /// Respondent-level data (the responses file): 0600 from the first byte.
        case respondentData
    }

    /// The output path as the user gave it.
    public let path: String
    /// The command's input files (nil entries and missing files are skipped).
    public let inputs: [String]
    /// Whether `--force` was given.
    public let force: Bool
    /// The extensions the command can write, lower case without the dot; empty allows any name.
    public let extensions: [String]
    /// The marker added to the bytes and looked for in an existing file; nil: replace only with `force`.
    public let marker: OutputMarker?
    /// Who may read the file.
    public let privacy: Privacy

    /// Describes one output; nothing is checked until `check()` or `write(_:)`.
    public init(path: String, inputs: [String?], force: Bool, extensions: [String], marker: OutputMarker?,
                privacy: Privacy = .shared) {
        self.path = path
        self.inputs = inputs.compactMap { $0 }
        self.force = force
        self.extensions = extensions.map { $0.lowercased() }
        self.marker = marker
        self.privacy = privacy
    }

    /// The same rules for another path (the pages of a multi-page map), with `marker` when given.
    public func sibling(_ path: String, marker: OutputMarker? = nil) -> OutputDestination {
        OutputDestination(path: path, inputs: inputs, force: force, extensions: extensions,
                          marker: marker ?? self.marker, privacy: privacy)
    }

    /// The lower-case extension of `path` ("" when none).
    public var pathExtension: String { URL(fileURLWithPath: path).pathExtension.lowercased() }

    /// Only the name: the extension is one the command writes (exit 64 otherwise). Cheap; call it in `validate()`.
    public func checkName() throws(OutputError) {
        guard !extensions.isEmpty, !extensions.contains(pathExtension) else { return }
        throw OutputError(path: path, OutputMessages.badExtension(pathExtension, allowed: extensions), kind: .usage)
    }

    /// Every rule that can be checked before writing; `write` checks them again.
    public func check() throws(OutputError) {
        _ = try plan()
    }

    /// Writes `data` (with the marker) atomically.
    public func write(_ data: Data) throws(OutputError) {
        let existing = try plan()
        let output = try openTemporary(existing: existing)
        var bytes = marker?.apply(to: data) ?? data
        let failure: OutputError? = bytes.withUnsafeMutableBytes { raw -> OutputError? in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(output.descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return OutputError(path: path, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
            return nil
        }
        if let failure { output.discard(); throw failure }
        bytes = Data()
        try output.commit()
    }

    /// Writes UTF-8 text.
    public func write(_ text: String) throws(OutputError) {
        try write(Data(text.utf8))
    }

    /// Checks the rules and opens the temporary file for a caller that streams its bytes (the responses file):
    /// write to `descriptor`, then `commit()` (or `discard()`). The marker is the caller's to write.
    public func openStream() throws(OutputError) -> PendingOutput {
        try openTemporary(existing: try plan())
    }

    // MARK: - The rules

    /// What is at the path now.
    struct Existing {
        var mode: mode_t
    }

    /// Checks every rule; returns the file now at the path, if any.
    func plan() throws(OutputError) -> Existing? {
        if let input = inputs.first(where: { Self.sameFile(path, $0) }) {
            throw OutputError(path: path, OutputMessages.isInput(input))
        }
        try checkName()
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .isDirectory(path: path)
        case S_IFREG: break
        default: throw OutputError(path: path, OutputMessages.notRegular)
        }
        if info.st_mode & S_IWUSR == 0 { throw OutputError(path: path, OutputMessages.readOnly) }
        if !force {
            guard let marker else { throw OutputError(path: path, OutputMessages.neverReplaced) }
            guard marker.isPresent(inFileAt: path) else { throw OutputError(path: path, OutputMessages.notOurs) }
        }
        return Existing(mode: info.st_mode & 0o7777)
    }

    /// Whether two paths name the same file: device and inode when both exist, else the real path of the
    /// directory plus the name (so `a/../b`, `./b` and a symlinked directory all match).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        // `missing/../x` fails stat() even when x exists: fall back to the lexically resolved path.
        let aExists = stat(a, &sa) == 0 || stat(resolved(a), &sa) == 0
        let bExists = stat(b, &sb) == 0 || stat(resolved(b), &sb) == 0
        if aExists && bExists { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        if aExists != bExists { return false }
        return resolved(a) == resolved(b)
    }

    /// The real path of `path`'s nearest existing ancestor, plus the rest of the path.
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var tail: [String] = []
        while url.path != "/" {
            if let real = realpath(url.path, nil) {
                defer { free(real) }
                return ([String(cString: real)] + tail.reversed()).joined(separator: "/")
            }
            tail.append(url.lastPathComponent)
            url.deleteLastPathComponent()
        }
        return "/" + tail.reversed().joined(separator: "/")
    }

    private func openTemporary(existing: Existing?) throws(OutputError) -> PendingOutput {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: directory) {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            catch { throw OutputError(path: path, OutputMessages.cannotCreateDirectory(directory)) }
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let registration = TemporaryFiles.register(temporary)
        let created: mode_t = privacy == .respondentData ? 0o600 : 0o666
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, created)
        if descriptor < 0 {
            let reason = String(cString: strerror(errno))
            TemporaryFiles.unregister(registration)
            throw OutputError(path: path, reason: reason)
        }
        // Replacing never widens: the new file gets the old file's bits, narrowed to what this output allows.
        if let existing { fchmod(descriptor, existing.mode & (privacy == .respondentData ? 0o600 : 0o777)) }
        return PendingOutput(path: path, temporary: temporary, descriptor: descriptor, replace: existing != nil,
                             registration: registration)
    }
}

/// An output being written: a temporary file beside the target, registered for removal on SIGINT/SIGTERM.
public final class PendingOutput {
    /// The target path.
    public let path: String
    /// The temporary file's path.
    public let temporary: String
    /// Where to write the bytes.
    public private(set) var descriptor: Int32
    private let replace: Bool
    private let registration: TemporaryFiles.Registration
    private var done = false

    init(path: String, temporary: String, descriptor: Int32, replace: Bool, registration: TemporaryFiles.Registration) {
        self.path = path
        self.temporary = temporary
        self.descriptor = descriptor
        self.replace = replace
        self.registration = registration
    }

    deinit { discard() }

    /// Closes the file and moves it into place: a rename when replacing an allowed file, otherwise a no-clobber
    /// link (so a file that appeared meanwhile is not lost).
    public func commit() throws(OutputError) {
        guard !done else { return }
        defer { discard() }
        if close(descriptor) != 0 {
            descriptor = -1
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        descriptor = -1
        if replace {
            if rename(temporary, path) != 0 { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        } else if link(temporary, path) != 0 {
            throw errno == EEXIST ? OutputError(path: path, OutputMessages.neverReplaced)
                                  : OutputError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Removes the temporary file (nothing is written to the target).
    public func discard() {
        guard !done else { return }
        done = true
        if descriptor >= 0 { close(descriptor) }
        unlink(temporary)
        TemporaryFiles.unregister(registration)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
