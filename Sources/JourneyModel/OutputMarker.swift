import Foundation

/// The mark journeymap leaves in every file it writes, so that re-running a command may replace its own output
/// while a file someone else wrote (a hand-drawn SVG, a colleague's report, a survey export) is never replaced
/// without `--force`. Each format carries it where the format allows a note and stays valid and deterministic
/// (Docs/Limits.md, "Output markers"):
///
/// | format | marker |
/// |---|---|
/// | SVG, XML | `<!-- written by journeymap … -->` after the XML declaration |
/// | HTML | `<meta name="generator" content="journeymap">` (the brief has it; else the comment after the doctype) |
/// | Markdown | the same comment as the last line (Markdown viewers hide it) |
/// | text | a last line `-- written by journeymap …` |
/// | JSON | a first member `"generator": "journeymap"` |
/// | CSV report | a last line `# written by journeymap …` |
/// | responses file | its own first line `journeymap-responses,1` (nothing added) |
/// | XLSX | the ZIP archive comment `written by journeymap` |
/// | PNG | a `tEXt` chunk `Software` = `journeymap` before `IEND` |
/// | PDF | a comment line `%written by journeymap` after `%%EOF` |
/// | Mermaid | a first comment line `%% written by journeymap …` |
/// | workshop sidecar | a first comment line `# written by journeymap …` (never for a `.yaml` by extension: a journey is the user's) |
public enum OutputMarker: String, Sendable, CaseIterable {
    case svg, xml, html, markdown, text, json, csv, responses, xlsx, png, pdf, mermaid, workshop

    /// The words every marker contains.
    public static let note = "written by journeymap; journeymap may replace this file (delete this note to keep your edits)"

    private static let comment = "<!-- " + note + " -->\n"

    /// The marker for a file extension (`svg`, `md`, `htm`, …), or nil when journeymap has none for it.
    public static func forExtension(_ ext: String) -> OutputMarker? {
        switch ext.lowercased() {
        case "svg": return .svg
        case "xml": return .xml
        case "html", "htm": return .html
        case "md", "markdown": return .markdown
        case "txt", "text": return .text
        case "json": return .json
        case "csv": return .csv
        case "xlsx": return .xlsx
        case "png": return .png
        case "pdf": return .pdf
        case "mmd", "mermaid": return .mermaid
        default: return nil
        }
    }

    /// `data` with the marker added (unchanged when it is already there, or for `responses`).
    public func apply(to data: Data) -> Data {
        if isPresent(in: data) { return data }
        let bytes = [UInt8](data)
        switch self {
        case .svg, .xml:
            return Data(Self.insert(Self.comment, in: bytes, afterLineStartingWith: "<?xml"))
        case .html:
            return Data(Self.insert(Self.comment, in: bytes, afterLineStartingWith: "<!doctype"))
        case .markdown:
            return Data(bytes + Array(((bytes.last == 0x0A || bytes.isEmpty ? "\n" : "\n\n") + Self.comment).utf8))
        case .mermaid:
            return Data(Array(("%% " + Self.note + "\n").utf8) + bytes)
        case .workshop:
            return Data(Array(("# " + Self.note + "\n").utf8) + bytes)
        case .text:
            return Data(bytes + Array(((bytes.last == 0x0A || bytes.isEmpty ? "" : "\n") + "-- " + Self.note + "\n").utf8))
        case .csv:
            let crlf = bytes.contains(0x0D)
            let end = crlf ? "\r\n" : "\n"
            let lead = bytes.last == 0x0A || bytes.isEmpty ? "" : end
            return Data(bytes + Array((lead + "# " + Self.note + end).utf8))
        case .json:
            guard let brace = bytes.firstIndex(of: UInt8(ascii: "{")) else { return data }
            let rest = bytes[(brace + 1)...]
            if rest.first(where: { !Self.isSpace($0) }) == UInt8(ascii: "}") {
                return Data(Array(bytes[...brace]) + Array("\n  \"generator\": \"journeymap\"\n".utf8) + Array(rest.drop(while: Self.isSpace)))
            }
            return Data(Array(bytes[...brace]) + Array("\n  \"generator\": \"journeymap\",".utf8) + Array(rest))
        case .responses:
            return data
        case .xlsx:
            return Data(Self.zipWithComment(bytes) ?? bytes)
        case .png:
            return Data(Self.pngWithText(bytes) ?? bytes)
        case .pdf:
            let lead = bytes.last == 0x0A || bytes.isEmpty ? "" : "\n"
            return Data(bytes + Array((lead + "%" + Self.note + "\n").utf8))
        }
    }

    /// Whether `data` (the whole file, or its first and last 64 KiB) carries this marker.
    public func isPresent(in data: Data) -> Bool {
        let bytes = [UInt8](data)
        switch self {
        case .responses:
            return bytes.starts(with: Array("journeymap-responses,".utf8))
        case .json:
            return Self.find(Array("\"generator\": \"journeymap\"".utf8), in: bytes.prefix(4096))
        case .png:
            return Self.find(Array("Software\0journeymap".utf8), in: bytes.suffix(4096))
        case .html:
            return Self.find(Array("<meta name=\"generator\" content=\"journeymap\"".utf8), in: bytes.prefix(4096))
                || Self.find(Array(Self.note.utf8), in: bytes.prefix(4096))
        default:
            return Self.find(Array(Self.note.utf8), in: bytes.prefix(4096)) || Self.find(Array(Self.note.utf8), in: bytes.suffix(4096))
        }
    }

    /// Whether the file at `path` carries this marker (reads at most its first and last 64 KiB). Only the same
    /// kind counts: a journeymap SVG may be replaced by a new map, a responses file never by a report.
    public func isPresent(inFileAt path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        var sample = head
        if let end = try? handle.seekToEnd(), end > 131_072 {
            try? handle.seek(toOffset: end - 65_536)
            sample.append((try? handle.read(upToCount: 65_536)) ?? Data())
        } else if head.count == 65_536 {
            sample.append((try? handle.readToEnd()) ?? Data())
        }
        return isPresent(in: sample)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    private static func find(_ needle: [UInt8], in haystack: some Collection<UInt8>) -> Bool {
        let hay = Array(haystack)
        guard needle.count <= hay.count, let first = needle.first else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    private static func insert(_ text: String, in bytes: [UInt8], afterLineStartingWith prefix: String) -> [UInt8] {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let head = String(decoding: bytes.dropFirst(start).prefix(prefix.utf8.count), as: UTF8.self).lowercased()
        guard head == prefix, let newline = bytes.firstIndex(of: 0x0A) else { return Array(text.utf8) + bytes }
        return Array(bytes[...newline]) + Array(text.utf8) + Array(bytes[(newline + 1)...])
    }

    /// The ZIP with its end-of-central-directory comment set (nil when the archive already has a comment or
    /// no EOCD record ends the file).
    private static func zipWithComment(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 22 else { return nil }
        let eocd = bytes.count - 22
        guard bytes[eocd] == 0x50, bytes[eocd + 1] == 0x4B, bytes[eocd + 2] == 0x05, bytes[eocd + 3] == 0x06,
              bytes[eocd + 20] == 0, bytes[eocd + 21] == 0 else { return nil }
        let comment = Array(note.utf8)
        var out = bytes
        out[eocd + 20] = UInt8(comment.count & 0xFF)
        out[eocd + 21] = UInt8(comment.count >> 8)
        return out + comment
    }

    /// The PNG with a `tEXt` chunk `Software\0journeymap` before `IEND` (nil when the last chunk is not IEND).
    private static func pngWithText(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 20, bytes.suffix(8).prefix(4).elementsEqual(Array("IEND".utf8)) else { return nil }
        let payload = Array("tEXtSoftware\0journeymap".utf8)
        let length = UInt32(payload.count - 4)
        var chunk = withUnsafeBytes(of: length.bigEndian) { Array($0) } + payload
        chunk += withUnsafeBytes(of: CRC32.checksum(payload).bigEndian) { Array($0) }
        let iend = bytes.count - 12
        return Array(bytes[..<iend]) + chunk + Array(bytes[iend...])
    }
}

/// CRC-32 (ISO 3309, the polynomial PNG and ZIP use), for the PNG marker chunk.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
