/// The text encodings an export may come in; everything is converted to UTF-8 before scanning.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-16 little-endian (Excel's "Unicode text").
    case utf16LE = "UTF-16LE"
    /// UTF-16 big-endian.
    case utf16BE = "UTF-16BE"
    /// GB18030, a superset of GBK and GB2312 (Excel's "CSV" on Chinese Windows).
    case gb18030 = "GB18030"

    /// The name glibc's iconv knows the encoding by.
    var iconvName: String { rawValue }

    /// Bytes per code unit, for skipping one unit after an invalid sequence.
    var unitSize: Int {
        switch self {
        case .utf16LE, .utf16BE: return 2
        case .utf8, .gb18030: return 1
        }
    }
}

/// The `--encoding` choices.
public enum EncodingChoice: String, Sendable, CaseIterable {
    /// Detect: byte-order mark, then strict UTF-8, then GB18030.
    case auto
    /// UTF-8.
    case utf8 = "utf-8"
    /// UTF-16, LE or BE by the byte-order mark (LE without one).
    case utf16 = "utf-16"
    /// GB18030 / GBK.
    case gb18030

    /// Parses a user's spelling (`utf8`, `UTF-16LE`, `gbk` …).
    public init?(userText: String) {
        switch userText.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "auto": self = .auto
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf-16be", "utf16le", "utf16be", "unicode": self = .utf16
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}
