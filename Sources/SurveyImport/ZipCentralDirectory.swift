import Foundation

/// The few central-directory facts ZIPFoundation keeps internal: which entries are encrypted (general-purpose
/// flag bit 0). Reads only the end-of-central-directory record and the central directory, never entry data.
enum ZipCentralDirectory {
    /// Paths of the encrypted entries, or nil when the directory cannot be read here (ZIPFoundation then judges).
    static func encryptedEntries(path: String, maxDirectoryBytes: Int = 16 << 20) -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let fileSize = try? handle.seekToEnd(), fileSize >= 22 else { return nil }
        let tailSize = min(fileSize, 65_557)
        guard (try? handle.seek(toOffset: fileSize - tailSize)) != nil,
              let tail = try? handle.read(upToCount: Int(tailSize)), tail.count == Int(tailSize) else { return nil }
        let bytes = [UInt8](tail)
        var eocd = -1
        var i = bytes.count - 22
        while i >= 0 {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { return nil }
        let directorySize = Int(le32(bytes, eocd + 12)), directoryOffset = UInt64(le32(bytes, eocd + 16))
        // ZIP64 (offset or size 0xFFFFFFFF) is left to ZIPFoundation; workbooks that large are refused anyway.
        guard directorySize < maxDirectoryBytes, directoryOffset != 0xFFFF_FFFF, directoryOffset + UInt64(directorySize) <= fileSize,
              (try? handle.seek(toOffset: directoryOffset)) != nil,
              let data = try? handle.read(upToCount: directorySize), data.count == directorySize else { return nil }
        let directory = [UInt8](data)
        var encrypted: [String] = []
        var p = 0
        while p + 46 <= directory.count, le32(directory, p) == 0x0201_4B50 {
            let flags = le16(directory, p + 8)
            let nameLength = Int(le16(directory, p + 28)), extraLength = Int(le16(directory, p + 30))
            let commentLength = Int(le16(directory, p + 32))
            guard p + 46 + nameLength <= directory.count else { break }
            if flags & 1 != 0 {
                encrypted.append(String(decoding: directory[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self))
            }
            p += 46 + nameLength + extraLength + commentLength
        }
        return encrypted
    }

    private static func le16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func le32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
