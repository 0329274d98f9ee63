import Foundation
import JourneyModel
import ZIPFoundation

/// A ZIP container (`.xlsx`, `.lsa`) opened with ZIPFoundation and checked against `ArchiveLimits` before any
/// entry is inflated: entry count, names that leave the archive (`../`, `/etc/…`, `C:`), encrypted entries,
/// declared sizes and compression ratios. While an entry is inflated its bytes are counted, so an entry that
/// inflates to more (or fewer) bytes than its header says is stopped at once.
final class SafeZipArchive {
    /// The archive's path, for messages.
    let path: String
    /// The limits in force.
    let limits: ArchiveLimits
    /// Entry paths in archive order.
    let entryPaths: [String]
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    private var inflatedTotal: UInt64 = 0

    /// Opens and checks the archive.
    /// - Throws: `ImportError.invalid` naming the first hostile property found.
    init(path: String, limits: ArchiveLimits = ArchiveLimits()) throws(ImportError) {
        self.path = path
        self.limits = limits
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .invalid(path, "the file starts like a ZIP archive but its directory cannot be read (damaged or truncated?)")
        }
        var paths: [String] = []
        var declaredTotal: UInt64 = 0
        for entry in archive {
            if paths.count == limits.maxEntries {
                throw .invalid(path, "the archive has more than \(limits.maxEntries) entries; refused (a workbook has a few dozen)")
            }
            let name = entry.path
            if Self.leavesArchive(name) {
                throw .invalid(path, "the archive entry \(DiagnosticText.quoted(name)) has a path that leaves the archive (\"..\" or an absolute path); refused")
            }
            let size = entry.uncompressedSize, compressed = entry.compressedSize
            if size > limits.maxEntryBytes {
                throw .invalid(path, "the archive entry \(DiagnosticText.quoted(name)) would inflate to \(ArchiveLimits.size(size)), over the \(ArchiveLimits.size(limits.maxEntryBytes)) limit for one entry; refused (a zip bomb?)")
            }
            if size > limits.ratioFloorBytes, size / max(compressed, 1) > limits.maxRatio {
                throw .invalid(path, "the archive entry \(DiagnosticText.quoted(name)) is compressed \(size / max(compressed, 1)):1, over the \(limits.maxRatio):1 limit; refused (a zip bomb?)")
            }
            declaredTotal += size
            if declaredTotal > limits.maxTotalBytes {
                throw .invalid(path, "the archive's entries would inflate to more than \(ArchiveLimits.size(limits.maxTotalBytes)) in total; refused (a zip bomb?)")
            }
            if entries[name] != nil {
                throw .invalid(path, "the archive lists the entry \(DiagnosticText.quoted(name)) twice; refused (a damaged or hostile archive)")
            }
            paths.append(name)
            entries[name] = entry
        }
        if let encrypted = ZipCentralDirectory.encryptedEntries(path: path)?.first {
            throw .invalid(path, "the archive entry \(DiagnosticText.quoted(encrypted)) is encrypted; save the file again without a password")
        }
        entryPaths = paths
    }

    /// Whether the archive holds an entry with exactly this path.
    func contains(_ entryPath: String) -> Bool { entries[entryPath] != nil }

    /// Inflates one entry into a spool file, counting bytes as they come.
    /// - Throws: `ImportError.invalid` when the entry is missing, lies about its size, breaks the total limit or
    ///   fails its checksum.
    func spool(_ entryPath: String) throws(ImportError) -> SpooledPart {
        guard let entry = entries[entryPath] else {
            throw .invalid(path, "the archive has no entry \(DiagnosticText.quoted(entryPath))")
        }
        let part = try SpooledPart(entryPath: entryPath, archivePath: path)
        let declared = entry.uncompressedSize
        let budget = limits.maxTotalBytes - min(inflatedTotal, limits.maxTotalBytes)
        var count: UInt64 = 0
        var failure: ImportError?
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: false) { data in
                count += UInt64(data.count)
                if count > declared {
                    failure = .invalid(self.path, "the archive entry \(DiagnosticText.quoted(entryPath)) inflates to more than the \(ArchiveLimits.size(declared)) its header declares; refused (a damaged or hostile archive)")
                    throw ArchiveStop()
                }
                if count > budget {
                    failure = .invalid(self.path, "the archive's entries inflate to more than \(ArchiveLimits.size(self.limits.maxTotalBytes)) in total; refused (a zip bomb?)")
                    throw ArchiveStop()
                }
                do { try part.append(data) } catch let error as ImportError { failure = error; throw ArchiveStop() }
            }
        } catch {
            if let failure { throw failure }
            if case Archive.ArchiveError.invalidCRC32 = error {
                throw .invalid(path, "the archive entry \(DiagnosticText.quoted(entryPath)) fails its checksum (a damaged file)")
            }
            throw .invalid(path, "the archive entry \(DiagnosticText.quoted(entryPath)) cannot be inflated (a damaged file, or a compression method other than deflate)")
        }
        if count != declared {
            throw .invalid(path, "the archive entry \(DiagnosticText.quoted(entryPath)) inflates to \(ArchiveLimits.size(count)), not the \(ArchiveLimits.size(declared)) its header declares; refused (a damaged or hostile archive)")
        }
        inflatedTotal += count
        return part
    }

    /// Whether an entry name is absolute (`/x`, `\x`, `C:x`) or climbs out with `..`.
    static func leavesArchive(_ name: String) -> Bool {
        let normalized = name.replacingOccurrences(of: "\\", with: "/")
        if normalized.hasPrefix("/") || normalized.contains("\0") { return true }
        let scalars = Array(normalized.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].isASCII, scalars[0].properties.isAlphabetic { return true }
        return normalized.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
}

/// Thrown from ZIPFoundation's consumer closure to stop inflating early; the real reason is kept beside it.
private struct ArchiveStop: Error {}
