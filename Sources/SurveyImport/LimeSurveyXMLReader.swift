import JourneyModel
import Foundation
import CJourneyXML

/// LimeSurvey responses XML (`.lsr`): `<document><LimeSurveyDocType>Responses</LimeSurveyDocType>…<responses>
/// <fields><fieldname>…</fields><rows><row><id><![CDATA[1]]></id>…</row>…` — read one response at a time with
/// libxml2's streaming `xmlTextReader`. Safety (FORMATS.md): `XML_PARSE_NONET` only (no entity substitution,
/// no DTD loading, no XInclude, no HUGE), and any DOCTYPE is refused before anything else is read.
/// A NULL answer has no element; LimeSurvey prefixes names starting with a digit with `_` and writes `#` as `-`.
final class LimeSurveyXMLReader: RowSource {
    let layout: SurveyLayout
    private let path: String
    private let reader: xmlTextReaderPtr
    private let errors = XMLErrorBox()
    private var elementColumn: [String: Int] = [:]
    private var arena: [UInt8] = []
    private var starts: [Int]
    private var lengths: [Int]
    private var finished = false
    private(set) var recordNumber = 0
    let recordHasNUL = false
    let recordIsBlank = false
    private static let maxValueBytes = InputLimits.fieldBytes

    /// The archive entry the XML streams from (a `.lsa`); a failure there (a size lie) is reported instead of
    /// the XML error it causes.
    private let stream: ZipEntryStream?
    /// The file the XML streams from (an `.lsr`); a refusal there (too many attributes) is reported likewise.
    private let file: XMLFileStream?

    convenience init(path: String) throws(ImportError) {
        let file = try XMLFileStream(path: path)
        try self.init(reader: file.makeReader(), path: path, stream: nil, file: file)
    }

    /// Reads the responses part of a LimeSurvey archive (`.lsa`) as it is inflated from the ZIP.
    convenience init(part: ArchivePart, stream: ZipEntryStream) throws(ImportError) {
        try self.init(reader: stream.makeReader(url: part.entryPath), path: part.displayPath, stream: stream, file: nil)
    }

    private init(reader: xmlTextReaderPtr?, path: String, stream: ZipEntryStream?, file: XMLFileStream?) throws(ImportError) {
        self.path = path
        self.stream = stream
        self.file = file
        guard let reader else {
            throw .unreadable(path: path, reason: "libxml2 cannot open it")
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, xmlErrorCollector, Unmanaged.passUnretained(errors).toOpaque())
        var fields: [String] = []
        var docType: String?
        var sawRows = false
        // Read up to <rows>: the document type and the field list.
        do throws(ImportError) {
            while !sawRows {
                guard try Self.step(reader, path: path, errors: errors) else { break }
                guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { continue }
                switch Self.name(reader) {
                case "LimeSurveyDocType": docType = Self.readString(reader)
                case "fieldname":
                    guard fields.count < InputLimits.fields else {
                        throw ImportError.invalid([ImportProblem(.error, at: .init(path: path, line: max(1, Int(xmlTextReaderGetParserLineNumber(reader))), column: 1),
                                                                 "the XML has more than \(InputLimits.text(InputLimits.fields)) <fieldname> elements (the limit)",
                                                                 zh: "XML 中的 <fieldname> 元素超过 \(InputLimits.text(InputLimits.fields)) 个（上限）")])
                    }
                    fields.append(Self.readString(reader))
                case "rows": sawRows = true
                default: break
                }
            }
        } catch {
            xmlFreeTextReader(reader)
            throw stream?.failure ?? file?.failure ?? error
        }
        if let docType, docType != "Responses" {
            xmlFreeTextReader(reader)
            throw .invalid(path, "this LimeSurvey XML is a \(DiagnosticText.quoted(docType)) document; export the responses (.lsr) instead",
                           zh: "这个 LimeSurvey XML 是 \(DiagnosticText.quoted(docType)) 文档；请改为导出作答（.lsr）")
        }
        if fields.isEmpty {
            xmlFreeTextReader(reader)
            throw .invalid(path, "the XML has no <responses><fields> list; is it a LimeSurvey responses export (.lsr) with at least one response?",
                           zh: "XML 中没有 <responses><fields> 列表；它是至少有一份作答的 LimeSurvey 作答导出（.lsr）吗？")
        }
        do {
            try ImportLimits.check(headerRows: [fields], path: path)
        } catch {
            xmlFreeTextReader(reader)
            throw error
        }
        var columns: [SurveyColumn] = []
        for (index, field) in fields.enumerated() {
            columns.append(SurveyColumn(index: index, id: field, text: field, isMetadata: LimeSurveyVVDialect.metadataCodes.contains(field)))
            var element = field.replacingOccurrences(of: "#", with: "-")
            if let first = element.unicodeScalars.first, first.properties.numericType != nil { element = "_" + element }
            elementColumn[element] = index
            elementColumn[field] = index
        }
        var layout = SurveyLayout(format: .limeSurveyXML, headerRowCount: 0, columns: columns)
        layout.submitDateColumn = fields.firstIndex(of: "submitdate")
        layout.usesAnswerCodes = true
        self.layout = layout
        starts = [Int](repeating: 0, count: fields.count)
        lengths = [Int](repeating: 0, count: fields.count)
        finished = !sawRows
        packed = RecordBuffer()
    }

    deinit {
        xmlFreeTextReader(reader)
        packed.deallocate()
    }

    var fieldCount: Int { starts.count }

    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { packed.field(index) }

    /// Copies the row's values into `packed`, in column order.
    private func pack() {
        packed.length = 0
        packed.fieldCount = 0
        packed.reserve(arena.count)
        arena.withUnsafeBufferPointer { source in
            for i in starts.indices {
                if lengths[i] > 0 { (packed.bytes + packed.length).update(from: source.baseAddress! + starts[i], count: lengths[i]) }
                packed.length += lengths[i]
                try? packed.endField(path: path, row: recordNumber)
            }
        }
    }

    /// The row packed in column order; allocated last in `init`, so an init that throws leaks nothing.
    private var packed: RecordBuffer
    var fields: FieldView { FieldView(bytes: packed.bytes, ends: packed.ends, count: packed.fieldCount) }

    func strings() -> [String] { (0..<fieldCount).map { String(decoding: field($0), as: UTF8.self) } }

    /// Reads the next `<row>`; its child elements fill the columns, missing ones stay empty (NULL).
    func nextRecord() throws(ImportError) -> Bool {
        do { return try readRecord() } catch { throw stream?.failure ?? file?.failure ?? error }
    }

    private func readRecord() throws(ImportError) -> Bool {
        if finished { return false }
        arena.removeAll(keepingCapacity: true)
        for i in starts.indices { starts[i] = 0; lengths[i] = 0 }
        var rowDepth: Int32 = -1
        var current: Int?
        let element = Int32(XML_READER_TYPE_ELEMENT.rawValue), endElement = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
        let text = Int32(XML_READER_TYPE_TEXT.rawValue), cdata = Int32(XML_READER_TYPE_CDATA.rawValue)
        while try Self.step(reader, path: path, errors: errors) {
            let type = xmlTextReaderNodeType(reader)
            let depth = xmlTextReaderDepth(reader)
            if rowDepth < 0 {
                if type == element, Self.name(reader) == "row" {
                    rowDepth = depth
                    if xmlTextReaderIsEmptyElement(reader) == 1 { recordNumber += 1; pack(); return true }
                } else if type == endElement, Self.name(reader) == "rows" {
                    finished = true
                    return false
                }
                continue
            }
            if type == element, depth == rowDepth + 1 {
                current = elementColumn[Self.name(reader)]
                if let current {
                    starts[current] = arena.count
                    lengths[current] = 0
                }
                if xmlTextReaderIsEmptyElement(reader) == 1 { current = nil }
            } else if (type == text || type == cdata), let column = current {
                if let value = xmlTextReaderConstValue(reader) {
                    let count = Int(strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
                    guard lengths[column] + count <= Self.maxValueBytes else {
                        throw .invalid(path, row: recordNumber + 1, column: layout.columns[column].label,
                                       "a value is longer than 1 MiB; refused", zh: "有一个值超过 1 MiB；已拒绝")
                    }
                    arena.append(contentsOf: UnsafeBufferPointer(start: value, count: count))
                    lengths[column] += count
                }
            } else if type == endElement {
                if depth == rowDepth + 1 { current = nil }
                else if depth == rowDepth { recordNumber += 1; pack(); return true }
            }
        }
        finished = true
        if rowDepth >= 0 { throw .invalid(path, row: recordNumber + 1, "the file ends inside a <row>", zh: "文件在 <row> 中间结束") }
        return false
    }

    /// One reader step; refuses DOCTYPEs and turns libxml2 errors into one short message (never the file's content).
    private static func step(_ reader: xmlTextReaderPtr, path: String, errors: XMLErrorBox) throws(ImportError) -> Bool {
        let status = xmlTextReaderRead(reader)
        if status == 1 {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                throw .invalid([ImportProblem(.error, at: .init(path: path, line: Int(xmlTextReaderGetParserLineNumber(reader)), column: 1),
                                              "the XML has a DOCTYPE; survey exports never need one, and it is refused for safety (entities and external references are not read)",
                                              zh: "XML 中有 DOCTYPE；问卷导出文件从不需要它，为安全起见拒绝读取（不读取实体和外部引用）")])
            }
            return true
        }
        if status == 0 { return false }
        let line = errors.line > 0 ? errors.line : Int(xmlTextReaderGetParserLineNumber(reader))
        throw .invalid([ImportProblem(.error, at: .init(path: path, line: max(line, 1), column: 1),
                                      "the file is not well-formed XML: \(errors.summary)",
                                      zh: "文件不是格式正确的 XML：\(errors.summary)")])
    }

    private static func name(_ reader: xmlTextReaderPtr) -> String {
        guard let name = xmlTextReaderConstName(reader) else { return "" }
        return String(cString: name)
    }

    private static func readString(_ reader: xmlTextReaderPtr) -> String {
        guard let value = xmlTextReaderReadString(reader) else { return "" }
        defer { cjx_free(value) }
        return String(cString: value).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Collects libxml2's first error for one reader, instead of letting libxml2 print it (with the offending line
/// of the file) to standard error.
final class XMLErrorBox {
    var message = ""
    var code: Int32 = 0
    var line = 0

    /// A short, content-free description of the error.
    var summary: String {
        switch code {
        case Int32(XML_ERR_ENTITY_LOOP.rawValue), Int32(XML_ERR_ENTITY_PE_INTERNAL.rawValue):
            return "entity expansion refused (an entity bomb?)"
        case Int32(XML_ERR_UNDECLARED_ENTITY.rawValue), Int32(XML_WAR_UNDECLARED_ENTITY.rawValue):
            return "an entity is used that is not defined (entities are not read)"
        case Int32(XML_ERR_INTERNAL_ERROR.rawValue) where message.contains("depth"):
            return "elements nest too deeply (over 256 levels)"
        default:
            if message.contains("Excessive depth") { return "elements nest too deeply (over 256 levels)" }
            let first = message.split(separator: "\n").first.map(String.init) ?? "unknown error"
            return first.isEmpty ? "unknown error" : String(first.prefix(100))
        }
    }
}

/// The C callback libxml2 calls for each error; keeps the first one.
let xmlErrorCollector: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let box = Unmanaged<XMLErrorBox>.fromOpaque(context).takeUnretainedValue()
    guard box.code == 0 else { return }
    box.code = error.pointee.code
    box.line = Int(error.pointee.line)
    box.message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
}
