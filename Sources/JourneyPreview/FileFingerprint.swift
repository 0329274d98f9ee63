import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says about one input file, enough to notice any save: whether it exists, its size, its
/// modification and status-change times (nanoseconds where the file system keeps them) and its inode (an editor
/// that saves by writing a new file and renaming it over the old one changes the inode even when nothing else
/// differs).
public struct FileFingerprint: Sendable, Hashable {
    /// Whether the path names something at all.
    public var exists: Bool
    /// Size in bytes (0 when missing).
    public var size: Int64
    /// Modification time, seconds and nanoseconds since 1970.
    public var modified: TimeStamp
    /// Status-change time (a rename or a `touch` moves it).
    public var changed: TimeStamp
    /// The inode number.
    public var inode: UInt64

    /// Seconds and nanoseconds, as `struct timespec` holds them.
    public struct TimeStamp: Sendable, Hashable {
        /// Whole seconds.
        public var seconds: Int64
        /// Nanoseconds within the second.
        public var nanoseconds: Int64

        /// A time stamp.
        public init(seconds: Int64, nanoseconds: Int64) {
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }
    }

    /// A fingerprint from its parts (for tests).
    public init(exists: Bool, size: Int64 = 0, modified: TimeStamp = TimeStamp(seconds: 0, nanoseconds: 0),
                changed: TimeStamp = TimeStamp(seconds: 0, nanoseconds: 0), inode: UInt64 = 0) {
        self.exists = exists
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// The fingerprint of a missing file: a file that appears later (the workshop sidecar, a first import) differs.
    public static let missing = FileFingerprint(exists: false)

    /// The file's fingerprint now; `missing` when `stat` fails (not there, or not reachable).
    public static func of(path: String) -> FileFingerprint {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        #if canImport(Darwin)
        let modified = TimeStamp(seconds: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec))
        let changed = TimeStamp(seconds: Int64(info.st_ctimespec.tv_sec), nanoseconds: Int64(info.st_ctimespec.tv_nsec))
        #else
        let modified = TimeStamp(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
        let changed = TimeStamp(seconds: Int64(info.st_ctim.tv_sec), nanoseconds: Int64(info.st_ctim.tv_nsec))
        #endif
        return FileFingerprint(exists: true, size: Int64(info.st_size), modified: modified, changed: changed,
                               inode: UInt64(info.st_ino))
    }
}
