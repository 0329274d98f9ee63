/// A workbook's shared-strings table (`xl/sharedStrings.xml`): `<si><t>text</t></si>`, or rich text as runs
/// `<si><r><t>a</t></r><r><t>b</t></r></si>` concatenated; phonetic runs (`<rPh>`) are left out; `_x000D_`-style
/// escapes are decoded. Held as one byte arena (the only part of a workbook that must stay in memory), capped
/// by `ArchiveLimits.maxSharedStringBytes` and `maxSharedStrings`.
final class XLSXSharedStrings {
    private var arena: [UInt8] = []
    private var ends: [Int] = []

    /// An empty table (a workbook without shared strings).
    init() {}

    /// Reads the table, streaming.
    init(part: ArchivePart, limits: ArchiveLimits) throws(ImportError) {
        let xml = try XMLPartReader(part)
        var inItem = false, inText = false, phoneticDepth = 0
        while try xml.step() {
            switch xml.nodeType {
            case XMLPartReader.Node.element:
                if xml.isNamed("si") {
                    if xml.isEmptyElement { try finishItem(limits, part) } else { inItem = true }
                } else if inItem, xml.isNamed("rPh") {
                    if !xml.isEmptyElement { phoneticDepth += 1 }
                } else if inItem, phoneticDepth == 0, xml.isNamed("t") {
                    inText = !xml.isEmptyElement
                }
            case XMLPartReader.Node.endElement:
                if xml.isNamed("t") { inText = false }
                else if xml.isNamed("rPh") { phoneticDepth = max(0, phoneticDepth - 1) }
                else if xml.isNamed("si"), inItem { inItem = false; try finishItem(limits, part) }
            case XMLPartReader.Node.text, XMLPartReader.Node.cdata, XMLPartReader.Node.significantWhitespace,
                 XMLPartReader.Node.whitespace:
                if inText {
                    try xml.withValue { bytes throws(ImportError) in arena.append(contentsOf: bytes) }
                    if arena.count > limits.maxSharedStringBytes {
                        throw .invalid(part.displayPath, "the shared strings hold more than \(ArchiveLimits.size(UInt64(limits.maxSharedStringBytes))) of text; refused",
                                       zh: "共享字符串的文字超过 \(ArchiveLimits.size(UInt64(limits.maxSharedStringBytes)))；已拒绝")
                    }
                }
            default: break
            }
        }
    }

    private func finishItem(_ limits: ArchiveLimits, _ part: ArchivePart) throws(ImportError) {
        let start = ends.last ?? 0
        if arena.count - start >= 7, arena[start...].contains(UInt8(ascii: "_")) {
            let decoded = OOXMLEscape.decode(arena[start...])
            arena.removeSubrange(start...)
            arena.append(contentsOf: decoded)
        }
        ends.append(arena.count)
        if ends.count > limits.maxSharedStrings {
            throw .invalid(part.displayPath, "the workbook has more than \(limits.maxSharedStrings) shared strings; refused",
                           zh: "工作簿的共享字符串超过 \(limits.maxSharedStrings) 个；已拒绝")
        }
    }

    /// How many strings.
    var count: Int { ends.count }

    /// Calls `body` with the bytes of string `index` (0-based); false when there is no such string.
    @inline(__always)
    func withString(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard index >= 0, index < ends.count else { return false }
        let start = index == 0 ? 0 : ends[index - 1]
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
        return true
    }
}

/// OOXML's escape for characters XML cannot hold: `_xHHHH_` is the UTF-16 code unit HHHH (`_x000D_` is a
/// carriage return); `_x005F_` escapes a literal underscore.
enum OOXMLEscape {
    /// The bytes with every `_xHHHH_` replaced by its character.
    static func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "_"), i + 6 < bytes.endIndex, bytes[i + 1] == UInt8(ascii: "x"), bytes[i + 6] == UInt8(ascii: "_"),
               let value = UInt32(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16) {
                if let scalar = Unicode.Scalar(value) { out.append(contentsOf: Array(String(Character(scalar)).utf8)) }
                i += 7
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
