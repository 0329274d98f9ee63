import Foundation
import JourneyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A nameless scratch file for the import's encoded rows (`RowScatter`, `RowSpool`), read and written at byte
/// offsets with `pread`/`pwrite`.
///
/// It is created 0600 with `O_EXCL` beside the output (or in TMPDIR), registered with `TemporaryFiles` and
/// unlinked at once: from then on it has no name, so neither Ctrl-C nor a crash can leave respondent rows behind;
/// the system frees it when the descriptor closes (at `deinit`).
final class ScratchFile {
    private let descriptor: Int32
    /// The directory it was created in (for messages).
    let directory: String

    /// Creates the file in `directory` (TMPDIR when nil or not writable).
    init(directory: String?) throws(ImportError) {
        var candidates: [String] = []
        if let directory, !directory.isEmpty { candidates.append(directory) }
        candidates.append(NSTemporaryDirectory())
        var opened: (Int32, String)?
        var lastError = ""
        for directory in candidates {
            let path = (directory.hasSuffix("/") ? directory : directory + "/")
                + ".journeymap-scatter-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            let registration = TemporaryFiles.register(path)
            let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { unlink(path) } else { lastError = String(cString: strerror(errno)) }
            TemporaryFiles.unregister(registration)
            if fd >= 0 { opened = (fd, directory); break }
        }
        guard let opened else {
            throw .output(OutputError(path: candidates.last ?? "TMPDIR", reason: "cannot create the shuffle's scratch file: \(lastError)"))
        }
        descriptor = opened.0
        self.directory = opened.1
    }

    deinit { close(descriptor) }

    /// Writes `count` bytes at byte `offset`, retrying on EINTR and short writes.
    func write(_ bytes: UnsafeRawPointer, count: Int, at offset: Int) throws(ImportError) {
        try transfer(count, "writing") { pwrite(descriptor, bytes + $0, count - $0, off_t(offset + $0)) }
    }

    /// Reads exactly `count` bytes at byte `offset` into `buffer`.
    func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(ImportError) {
        try transfer(count, "reading") { pread(descriptor, buffer + $0, count - $0, off_t(offset + $0)) }
    }

    /// Repeats `step(done)` (a `pread`/`pwrite` of the bytes from `done` on) until `count` bytes are moved.
    private func transfer(_ count: Int, _ verb: String, _ step: (Int) -> Int) throws(ImportError) {
        var done = 0
        while done < count {
            let n = step(done)
            if n < 0 {
                if errno == EINTR { continue }
                throw .output(OutputError(path: directory, reason: "\(verb) the shuffle's scratch file: \(String(cString: strerror(errno)))"))
            }
            if n == 0 {
                let why = verb == "reading" ? "the scratch file ended early" : "no byte was written"
                throw .output(OutputError(path: directory, reason: "\(verb) the shuffle's scratch file: \(why)"))
            }
            done += n
        }
    }
}
