import Foundation
import JourneyModel
import CJourneyXML

/// One worksheet's rows, streamed with libxml2's `xmlTextReader` as the sheet part is inflated, as text fields
/// that plug into `RowSource` — so every CSV dialect reads a workbook exactly as it reads a CSV file.
///
/// Cells: shared strings (`t="s"`), inline strings (`t="inlineStr"`, rich-text runs joined), booleans
/// (`TRUE`/`FALSE`), errors (`#N/A` as written), formula results (`<f>` ignored, the cached `<v>` used), numbers,
/// and numbers in a date style as ISO dates. `r="C5"` places a cell (missing cells are empty; rows may skip);
/// every row is padded to the widest row so far, so trailing empty answers are not "short rows". The record
/// number is the sheet's row number, as Excel shows it.
final class XLSXSheetReader: RowSource {
    /// The most columns Excel allows (XFD).
    static let maxColumns = 16_384

    private let xml: XMLPartReader
    private let archivePath: String
    private let sharedStrings: XLSXSharedStrings
    private let styles: XLSXStyles
    private let uses1904: Bool
    /// The row packed in column order; allocated last in `init`, so an init that throws leaks nothing.
    private var packed: RecordBuffer
    private var finished = false
    private var width = 0
    private(set) var recordNumber = 0
    let recordHasNUL = false
    private(set) var recordIsBlank = false

    /// The row being read: cell bytes in an arena, placed by column; `stamp` marks the cells of this row. Swapped
    /// into a local variable while a row is read, so the hot loop works on a value, not on class properties.
    private struct RowState {
        var arena: [UInt8] = []
        var starts: [Int] = []
        var lengths: [Int] = []
        var stamp: [Int] = []
        var rowStamp = 0
        var value: [UInt8] = []
    }
    private var state = RowState()

    /// The elements the reader acts on, told apart by their local name's bytes.
    private enum Tag { case c, v, t, inlineString, phonetic, row, sheetData, other }

    init(part: ArchivePart, archivePath: String, sharedStrings: XLSXSharedStrings, styles: XLSXStyles,
         uses1904: Bool) throws(ImportError) {
        xml = try XMLPartReader(part)
        self.archivePath = archivePath
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904 = uses1904
        packed = RecordBuffer()
    }

    /// A fresh reader over the same sheet, from its first row.
    func restarted() throws(ImportError) -> XLSXSheetReader {
        try XLSXSheetReader(part: xml.part, archivePath: archivePath, sharedStrings: sharedStrings, styles: styles, uses1904: uses1904)
    }

    deinit { packed.deallocate() }

    var fieldCount: Int { packed.fieldCount }
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { packed.field(index) }
    var fields: FieldView { FieldView(bytes: packed.bytes, ends: packed.ends, count: packed.fieldCount) }
    func strings() -> [String] { (0..<fieldCount).map { String(decoding: field($0), as: UTF8.self) } }

    /// The sheet's name for messages: `book.xlsx(xl/worksheets/sheet1.xml)`.
    var displayPath: String { xml.part.displayPath }

    /// Reads the next `<row>` of `<sheetData>`.
    func nextRecord() throws(ImportError) -> Bool {
        if finished { return false }
        var row = RowState()
        swap(&row, &state)
        defer { swap(&row, &state) }
        row.rowStamp += 1
        row.arena.removeAll(keepingCapacity: true)
        var inRow = false, lastColumn = -1
        var column = -1, type: UInt8 = 0, style = -1
        var capturing = false, inInline = false, phonetic = 0
        let element = XMLPartReader.Node.element, endElement = XMLPartReader.Node.endElement
        let reader = xml.reader
        while try xml.step() {
            let node = xmlTextReaderNodeType(reader)
            if node == element {
                switch Self.tag(xmlTextReaderConstLocalName(reader)) {
                case .c:
                    guard inRow else { continue }
                    (column, type, style) = try cellAttributes(after: column)
                    row.value.removeAll(keepingCapacity: true)
                    if xmlTextReaderIsEmptyElement(reader) == 1 { try finishCell(column, type, style, &lastColumn, &row) }
                case .v: capturing = inRow && xmlTextReaderIsEmptyElement(reader) != 1
                case .inlineString: inInline = true
                case .t: capturing = inInline && phonetic == 0 && xmlTextReaderIsEmptyElement(reader) != 1
                case .phonetic: if xmlTextReaderIsEmptyElement(reader) != 1 { phonetic += 1 }
                case .row:
                    recordNumber = xml.attribute("r").flatMap { Int($0) } ?? recordNumber + 1
                    column = -1
                    if xmlTextReaderIsEmptyElement(reader) == 1 { return finishRow(lastColumn, &row) }
                    inRow = true
                case .sheetData, .other: break
                }
            } else if node == endElement {
                switch Self.tag(xmlTextReaderConstLocalName(reader)) {
                case .v, .t: capturing = false
                case .phonetic: phonetic = max(0, phonetic - 1)
                case .inlineString: inInline = false
                case .c: if inRow { try finishCell(column, type, style, &lastColumn, &row) }
                case .row: return finishRow(lastColumn, &row)
                case .sheetData: finished = true; return false
                case .other: break
                }
            } else if capturing, let text = xmlTextReaderConstValue(reader) {
                let count = strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
                guard row.value.count + count <= InputLimits.fieldBytes else {
                    throw .invalid(archivePath, row: recordNumber, column: Self.columnName(column), "a cell holds more than 1 MiB of text; refused", zh: "有一个单元格的文字超过 1 MiB；已拒绝")
                }
                row.value.append(contentsOf: UnsafeBufferPointer(start: text, count: count))
            }
        }
        finished = true
        return false
    }

    @inline(__always)
    private static func tag(_ name: UnsafePointer<xmlChar>?) -> Tag {
        guard let name else { return .other }
        switch name[0] {
        case UInt8(ascii: "c"): return name[1] == 0 ? .c : .other
        case UInt8(ascii: "v"): return name[1] == 0 ? .v : .other
        case UInt8(ascii: "t"): return name[1] == 0 ? .t : .other
        case UInt8(ascii: "i"): return name[1] == UInt8(ascii: "s") && name[2] == 0 ? .inlineString : .other
        case UInt8(ascii: "r"):
            if name[1] == UInt8(ascii: "o"), name[2] == UInt8(ascii: "w"), name[3] == 0 { return .row }
            if name[1] == UInt8(ascii: "P"), name[2] == UInt8(ascii: "h"), name[3] == 0 { return .phonetic }
            return .other
        case UInt8(ascii: "s"):
            return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "sheetData") == 0 ? .sheetData : .other
        default: return .other
        }
    }

    /// Reads `r`, `t` and `s` of the current `<c>` without allocating: (0-based column, first byte of the type, style).
    private func cellAttributes(after previous: Int) throws(ImportError) -> (Int, UInt8, Int) {
        var column = previous + 1, type: UInt8 = UInt8(ascii: "n"), style = -1
        let reader = xml.reader
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard let name = xmlTextReaderConstLocalName(reader), name[1] == 0, let text = xmlTextReaderConstValue(reader) else { continue }
            switch name[0] {
            case UInt8(ascii: "r"):
                var letters = 0, i = 0
                while true {
                    let c = text[i] | 0x20
                    guard c >= UInt8(ascii: "a"), c <= UInt8(ascii: "z") else { break }
                    letters = letters * 26 + Int(c - UInt8(ascii: "a") + 1)
                    i += 1
                    if letters > Self.maxColumns { break }
                }
                if letters > 0 { column = letters - 1 }
            case UInt8(ascii: "t"):
                type = text[0]
                if type == UInt8(ascii: "i") { type = UInt8(ascii: "I") } // inlineStr
                else if type == UInt8(ascii: "s"), text[1] == UInt8(ascii: "t") { type = UInt8(ascii: "S") } // str
            case UInt8(ascii: "s"):
                var n = 0, i = 0
                while text[i] >= 0x30, text[i] <= 0x39, n < 1 << 30 { n = n * 10 + Int(text[i] - 0x30); i += 1 }
                style = n
            default: break
            }
        }
        xmlTextReaderMoveToElement(reader)
        guard column < Self.maxColumns else {
            throw .invalid(archivePath, row: recordNumber, "a cell lies beyond column XFD (16,384 columns); refused", zh: "有单元格超出 XFD 列（16,384 列）；已拒绝")
        }
        return (column, type, style)
    }

    /// Converts the captured `<v>`/`<t>` text by the cell's type and places it at `column`.
    private func finishCell(_ column: Int, _ type: UInt8, _ style: Int, _ lastColumn: inout Int,
                            _ row: inout RowState) throws(ImportError) {
        guard column >= 0 else { return }
        if column >= row.starts.count {
            let grown = max(column + 1, row.starts.count * 2, 32)
            row.starts += [Int](repeating: 0, count: grown - row.starts.count)
            row.lengths += [Int](repeating: 0, count: grown - row.lengths.count)
            row.stamp += [Int](repeating: 0, count: grown - row.stamp.count)
        }
        let value = row.value
        let start = row.arena.count
        switch type {
        case UInt8(ascii: "s"):
            var index = 0, digits = 0
            for b in value where b != 0x20 {
                guard b >= 0x30, b <= 0x39, digits < 10 else { index = -1; break }
                index = index * 10 + Int(b - 0x30)
                digits += 1
            }
            if digits > 0 {
                let found = sharedStrings.withString(index) { row.arena.append(contentsOf: $0) }
                if !found {
                    throw .invalid(archivePath, row: recordNumber, column: Self.columnName(column),
                                   "the cell refers to shared string \(index), but the workbook has \(sharedStrings.count); the file is damaged",
                                   zh: "单元格引用了共享字符串 \(index)，但工作簿只有 \(sharedStrings.count) 个；文件已损坏")
                }
            }
        case UInt8(ascii: "b"):
            if !value.isEmpty { row.arena.append(contentsOf: value == [0x30] ? Array("FALSE".utf8) : Array("TRUE".utf8)) }
        case UInt8(ascii: "I"):
            row.arena.append(contentsOf: value.contains(UInt8(ascii: "_")) ? OOXMLEscape.decode(value[...]) : value)
        case UInt8(ascii: "n"):
            if let kind = styles.kind(style: style), !value.isEmpty,
               let serial = Double(String(decoding: value, as: UTF8.self)),
               let text = ExcelDate.text(serial: serial, kind: kind, uses1904: uses1904) {
                row.arena.append(contentsOf: text.utf8)
            } else {
                row.arena.append(contentsOf: value)
            }
        default: // "S" formula string, "e" error, "d" ISO date: the text as written
            row.arena.append(contentsOf: value)
        }
        row.starts[column] = start
        row.lengths[column] = row.arena.count - start
        row.stamp[column] = row.rowStamp
        if row.lengths[column] > 0 { lastColumn = max(lastColumn, column) }
    }

    /// Packs the row's cells in column order, padded to the widest row so far.
    private func finishRow(_ lastColumn: Int, _ row: inout RowState) -> Bool {
        packed.length = 0
        packed.fieldCount = 0
        recordIsBlank = lastColumn < 0
        let count = recordIsBlank ? 0 : max(width, lastColumn + 1)
        if !recordIsBlank { width = count }
        packed.reserve(row.arena.count)
        var buffer = packed
        row.arena.withUnsafeBufferPointer { source in
            for i in 0..<count {
                if i < row.stamp.count, row.stamp[i] == row.rowStamp, row.lengths[i] > 0 {
                    (buffer.bytes + buffer.length).update(from: source.baseAddress! + row.starts[i], count: row.lengths[i])
                    buffer.length += row.lengths[i]
                }
                try? buffer.endField(path: archivePath, row: recordNumber)
            }
        }
        packed = buffer
        return true
    }

    /// `A`, `Z`, `AA` for a 0-based column.
    static func columnName(_ column: Int) -> String {
        var n = column + 1, name = ""
        while n > 0 { let r = (n - 1) % 26; name = String(UnicodeScalar(UInt8(65 + r))) + name; n = (n - 1) / 26 }
        return name
    }
}
