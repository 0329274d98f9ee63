import Foundation
import JourneyModel
import CJourneyXML

/// libxml2's streaming `xmlTextReader` over one archive part as it is inflated, with the project's XML safety rules: a
/// DOCTYPE node is refused, errors are collected (never printed with the file's content) and reported as
/// `archive.xlsx(xl/…):line:1: error: …`. Element names are compared by local name (`x:row` is `row`).
final class XMLPartReader {
    /// Node types used by the OOXML readers.
    enum Node {
        static let element = Int32(XML_READER_TYPE_ELEMENT.rawValue)
        static let endElement = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
        static let text = Int32(XML_READER_TYPE_TEXT.rawValue)
        static let cdata = Int32(XML_READER_TYPE_CDATA.rawValue)
        static let significantWhitespace = Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue)
        static let whitespace = Int32(XML_READER_TYPE_WHITESPACE.rawValue)
        static let docType = Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
    }

    let part: ArchivePart
    let reader: xmlTextReaderPtr
    private let stream: ZipEntryStream
    private let errors = XMLErrorBox()

    /// Starts streaming the part; refuses a DOCTYPE in the prolog before libxml2 parses it.
    init(_ part: ArchivePart) throws(ImportError) {
        let stream = part.open()
        if let line = XMLPrologCheck.doctypeLine(stream.peek(4096)) { throw Self.doctype(part.displayPath, line) }
        if let failure = stream.failure { throw failure }
        guard let reader = stream.makeReader(url: part.entryPath) else {
            throw .unreadable(path: part.displayPath, reason: "libxml2 cannot open it")
        }
        self.part = part
        self.stream = stream
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, xmlErrorCollector, Unmanaged.passUnretained(errors).toOpaque())
    }

    /// Frees the reader before the stream it pulls from goes.
    deinit { xmlFreeTextReader(reader) }

    /// Advances one node; false at the end of the document.
    func step() throws(ImportError) -> Bool {
        let status = xmlTextReaderRead(reader)
        if status == 1 {
            if xmlTextReaderNodeType(reader) == Node.docType {
                throw Self.doctype(part.displayPath, Int(xmlTextReaderGetParserLineNumber(reader)))
            }
            return true
        }
        // A size lie or a damaged entry stops the stream; say that rather than what libxml2 saw.
        if let failure = stream.failure { throw failure }
        if status == 0 { return false }
        let line = errors.line > 0 ? errors.line : Int(xmlTextReaderGetParserLineNumber(reader))
        throw .invalid([ImportProblem(.error, at: SourceLocation(path: part.displayPath, line: max(line, 1), column: 1),
                                      "the part is not well-formed XML: \(errors.summary)",
                                      zh: "这一部分不是格式正确的 XML：\(errors.summary)")])
    }

    /// The current node's type.
    var nodeType: Int32 { xmlTextReaderNodeType(reader) }
    /// The current node's depth.
    var depth: Int32 { xmlTextReaderDepth(reader) }
    /// Whether the current element is `<x/>`.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    /// The parser's current line.
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// Whether the current node's local name equals `name` (compared as bytes, without allocating).
    func isNamed(_ name: StaticString) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader) else { return false }
        return strcmp(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// The current node's local name.
    var localName: String {
        guard let local = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: local)
    }

    /// The value of the current element's attribute with this local name (any or no prefix), or nil.
    func attribute(_ localName: String) -> String? {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return nil }
        var found: String?
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if let name = xmlTextReaderConstLocalName(reader), String(cString: name) == localName {
                found = xmlTextReaderConstValue(reader).map { String(cString: $0) }
                if found != nil { break }
            }
        }
        xmlTextReaderMoveToElement(reader)
        return found
    }

    /// The current text node's bytes (valid until the next step).
    func withValue<T>(_ body: (UnsafeBufferPointer<UInt8>) throws(ImportError) -> T) throws(ImportError) -> T {
        guard let value = xmlTextReaderConstValue(reader) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let count = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
        return try body(UnsafeBufferPointer(start: value, count: count))
    }

    private static func doctype(_ path: String, _ line: Int) -> ImportError {
        .invalid([ImportProblem(.error, at: SourceLocation(path: path, line: max(line, 1), column: 1),
                                "the XML has a DOCTYPE; spreadsheet parts never need one, and it is refused for safety (entities and external references are not read)",
                                zh: "XML 中有 DOCTYPE；工作簿的各部分从不需要它，为安全起见拒绝读取（不读取实体和外部引用）")])
    }
}
