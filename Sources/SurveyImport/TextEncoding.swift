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
    /// Windows-1252 (Western European Excel "CSV" on Windows; a superset of ISO-8859-1's letters).
    case windows1252 = "Windows-1252"
    /// Mac Roman (Excel for Mac's classic "CSV" on older macOS).
    case macRoman = "Mac Roman"
    /// Big5 (Traditional Chinese Excel on Windows).
    case big5 = "Big5"
    /// Shift-JIS (Japanese Excel on Windows; iconv's CP932 with the Microsoft extensions).
    case shiftJIS = "Shift-JIS"

    /// The name glibc's iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .windows1252: return "WINDOWS-1252"
        case .macRoman: return "MACINTOSH"
        case .big5: return "BIG5"
        case .shiftJIS: return "CP932"
        default: return rawValue
        }
    }

    /// Bytes per code unit, for skipping one unit after an invalid sequence.
    var unitSize: Int {
        switch self {
        case .utf16LE, .utf16BE: return 2
        case .utf8, .gb18030, .windows1252, .macRoman, .big5, .shiftJIS: return 1
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
    /// Windows-1252.
    case windows1252 = "windows-1252"
    /// Mac Roman.
    case macRoman = "mac-roman"
    /// Big5.
    case big5
    /// Shift-JIS.
    case shiftJIS = "shift-jis"

    /// The encoding a fixed choice names (nil for auto and utf-16, which look at the byte-order mark).
    var fixedEncoding: TextEncoding? {
        switch self {
        case .utf8: return .utf8
        case .gb18030: return .gb18030
        case .windows1252: return .windows1252
        case .macRoman: return .macRoman
        case .big5: return .big5
        case .shiftJIS: return .shiftJIS
        case .auto, .utf16: return nil
        }
    }

    /// Parses a user's spelling (`utf8`, `UTF-16LE`, `gbk` …).
    public init?(userText: String) {
        switch userText.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "auto": self = .auto
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf-16be", "utf16le", "utf16be", "unicode": self = .utf16
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "windows-1252", "cp1252", "win1252", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "ansi": self = .windows1252
        case "mac-roman", "macroman", "macintosh", "mac": self = .macRoman
        case "big5", "big-5", "cp950": self = .big5
        case "shift-jis", "shiftjis", "sjis", "cp932", "ms932", "windows-31j": self = .shiftJIS
        default: return nil
        }
    }
}
