/// One entry of a checked archive, ready to be streamed (any number of times) by `ZipEntryStream`.
struct ArchivePart: Sendable, Hashable {
    /// The archive's path.
    let archivePath: String
    /// The entry's name inside the archive.
    let entryPath: String
    /// The uncompressed size its central-directory record declares (already checked against the limits).
    let declaredSize: UInt64

    /// `archive.xlsx(xl/worksheets/sheet1.xml)`: where the XML is, for `path:line:col` messages.
    var displayPath: String { "\(archivePath)(\(entryPath))" }

    /// Starts inflating the entry from its beginning.
    func open() -> ZipEntryStream {
        ZipEntryStream(archivePath: archivePath, entryPath: entryPath, declaredSize: declaredSize)
    }
}
