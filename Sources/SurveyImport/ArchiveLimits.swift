import Foundation

/// Limits on a ZIP container (`.xlsx`, `.lsa`) checked before and while anything is inflated, so a zip bomb or a
/// hostile archive is refused with one message instead of filling memory or disk.
public struct ArchiveLimits: Sendable, Hashable {
    /// Most entries an archive may list (a workbook has a few dozen).
    public var maxEntries: Int
    /// Most bytes one entry may inflate to.
    public var maxEntryBytes: UInt64
    /// Most bytes all entries together may inflate to (as declared, and as actually read).
    public var maxTotalBytes: UInt64
    /// Highest compression ratio (uncompressed : compressed) allowed for an entry larger than `ratioFloorBytes`.
    public var maxRatio: UInt64
    /// Entries up to this size are not held to `maxRatio` (tiny XML parts compress very well).
    public var ratioFloorBytes: UInt64
    /// Most bytes of text the shared-strings table of a workbook may hold in memory.
    public var maxSharedStringBytes: Int
    /// Most strings the shared-strings table may hold.
    public var maxSharedStrings: Int

    /// The defaults: 10,000 entries, 256 MiB per entry, 512 MiB in total, 100:1 above 1 MiB,
    /// shared strings up to 128 MiB and 4,000,000 strings.
    public init(maxEntries: Int = 10_000, maxEntryBytes: UInt64 = 256 << 20, maxTotalBytes: UInt64 = 512 << 20,
                maxRatio: UInt64 = 100, ratioFloorBytes: UInt64 = 1 << 20,
                maxSharedStringBytes: Int = 128 << 20, maxSharedStrings: Int = 4_000_000) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxSharedStringBytes = maxSharedStringBytes
        self.maxSharedStrings = maxSharedStrings
    }

    /// A byte count as `512 MiB`, `3.2 KiB`, `17 bytes`.
    static func size(_ bytes: UInt64) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes) / 1024, unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        let text = value.rounded() == value || value >= 100 ? "\(Int(value.rounded()))" : String(format: "%.1f", value)
        return "\(text) \(units[unit])"
    }
}
