import Foundation
import JourneyModel
import ZIPFoundation

/// A ZIP container (`.xlsx`, `.lsa`) opened with ZIPFoundation and checked against `ArchiveLimits` before any
/// entry is inflated: entry count, names that leave the archive (`../`, `/etc/…`, `C:`), encrypted entries,
/// declared sizes and compression ratios. Entries are then streamed by `ZipEntryStream`, which counts the bytes
/// as they are inflated, so an entry that inflates to more (or fewer) bytes than its header says is stopped at
/// once — and since no entry may exceed its declared size, the total stays within the declared total too.
final class SafeZipArchive {
    /// The archive's path, for messages.
    let path: String
    /// The limits in force.
    let limits: ArchiveLimits
    /// Entry paths in archive order.
    let entryPaths: [String]
    private let archive: Archive
    private var entries: [String: Entry] = [:]

    /// Opens and checks the archive.
    /// - Throws: `ImportError.invalid` naming the first hostile property found.
    init(path: String, limits: ArchiveLimits = ArchiveLimits()) throws(ImportError) {
        self.path = path
        self.limits = limits
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .invalid(path, "the file starts like a ZIP archive but its directory cannot be read (damaged or truncated?)",
                           zh: "文件开头像 ZIP 压缩包，但读不出它的目录（损坏或被截断？）")
        }
        var paths: [String] = []
        var declaredTotal: UInt64 = 0
        for entry in archive {
            if paths.count == limits.maxEntries {
                throw .invalid(path, "the archive has more than \(limits.maxEntries) entries; refused (a workbook has a few dozen)",
                               zh: "压缩包条目超过 \(limits.maxEntries) 个；已拒绝（一个工作簿只有几十个）")
            }
            let name = entry.path
            if Self.leavesArchive(name) {
                throw .invalid(path, "the archive entry \(DiagnosticText.quoted(name)) has a path that leaves the archive (\"..\" or an absolute path); refused",
                               zh: "压缩包条目 \(DiagnosticText.quoted(name)) 的路径指向压缩包之外（\"..\" 或绝对路径）；已拒绝")
            }
            let size = entry.uncompressedSize, compressed = entry.compressedSize
            if size > limits.maxEntryBytes {
                throw .invalid(path, "the archive entry \(DiagnosticText.quoted(name)) would inflate to \(ArchiveLimits.size(size)), over the \(ArchiveLimits.size(limits.maxEntryBytes)) limit for one entry; refused (a zip bomb?)",
                               zh: "压缩包条目 \(DiagnosticText.quoted(name)) 解压后有 \(ArchiveLimits.size(size))，超过单个条目 \(ArchiveLimits.size(limits.maxEntryBytes)) 的上限；已拒绝（压缩炸弹？）")
            }
            if size > limits.ratioFloorBytes, size / max(compressed, 1) > limits.maxRatio {
                throw .invalid(path, "the archive entry \(DiagnosticText.quoted(name)) is compressed \(size / max(compressed, 1)):1, over the \(limits.maxRatio):1 limit; refused (a zip bomb?)",
                               zh: "压缩包条目 \(DiagnosticText.quoted(name)) 的压缩比为 \(size / max(compressed, 1)):1，超过 \(limits.maxRatio):1 的上限；已拒绝（压缩炸弹？）")
            }
            declaredTotal += size
            if declaredTotal > limits.maxTotalBytes {
                throw .invalid(path, "the archive's entries would inflate to more than \(ArchiveLimits.size(limits.maxTotalBytes)) in total; refused (a zip bomb?)",
                               zh: "压缩包的条目解压后总计超过 \(ArchiveLimits.size(limits.maxTotalBytes))；已拒绝（压缩炸弹？）")
            }
            if entries[name] != nil {
                throw .invalid(path, "the archive lists the entry \(DiagnosticText.quoted(name)) twice; refused (a damaged or hostile archive)",
                               zh: "压缩包中条目 \(DiagnosticText.quoted(name)) 出现了两次；已拒绝（损坏或恶意的压缩包）")
            }
            paths.append(name)
            entries[name] = entry
        }
        if let encrypted = ZipCentralDirectory.encryptedEntries(path: path)?.first {
            throw .invalid(path, "the archive entry \(DiagnosticText.quoted(encrypted)) is encrypted; save the file again without a password",
                           zh: "压缩包条目 \(DiagnosticText.quoted(encrypted)) 已加密；请不设密码重新保存文件")
        }
        entryPaths = paths
    }

    /// Whether the archive holds an entry with exactly this path.
    func contains(_ entryPath: String) -> Bool { entries[entryPath] != nil }

    /// The entry, to be streamed; its bytes are counted against its declared size as it is inflated.
    /// - Throws: `ImportError.invalid` when the archive has no such entry.
    func part(_ entryPath: String) throws(ImportError) -> ArchivePart {
        guard let entry = entries[entryPath] else {
            throw .invalid(path, "the archive has no entry \(DiagnosticText.quoted(entryPath))",
                           zh: "压缩包中没有条目 \(DiagnosticText.quoted(entryPath))")
        }
        return ArchivePart(archivePath: path, entryPath: entryPath, declaredSize: entry.uncompressedSize)
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
