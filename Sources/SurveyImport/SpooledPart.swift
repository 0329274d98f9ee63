import Foundation
import CJourneyXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One archive entry inflated, chunk by chunk, into an anonymous temporary file (created and unlinked at once, so
/// it disappears with the process), then read back by libxml2's streaming reader: memory stays flat however many
/// rows the part holds, and the part can be read more than once (format sniffing, then the import).
final class SpooledPart {
    /// The entry's name inside the archive, for messages.
    let entryPath: String
    /// `archive.xlsx(xl/worksheets/sheet1.xml)`: where the XML is, for `path:line:col` messages.
    let displayPath: String
    private let descriptor: Int32
    /// Bytes written.
    private(set) var size: UInt64 = 0

    /// Creates the empty spool file.
    init(entryPath: String, archivePath: String) throws(ImportError) {
        self.entryPath = entryPath
        self.displayPath = "\(archivePath)(\(entryPath))"
        var template = Array((FileManager.default.temporaryDirectory.path + "/journeymap-part-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw .unreadable(path: archivePath, reason: "cannot create a temporary file: \(String(cString: strerror(errno)))") }
        unlink(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Appends one inflated chunk.
    func append(_ data: Data) throws(ImportError) {
        var failed = false
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; failed = true; return }
                offset += n
            }
        }
        if failed { throw .unreadable(path: displayPath, reason: "cannot write a temporary file: \(String(cString: strerror(errno)))") }
        size += UInt64(data.count)
    }

    /// The first `count` bytes (for the DOCTYPE check before libxml2 parses anything).
    func head(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, count, 0) }
        return Array(bytes.prefix(max(0, n)))
    }

    /// A new streaming reader over the whole part (`XML_PARSE_NONET` only: no entities substituted, no DTD loaded).
    func makeReader() throws(ImportError) -> xmlTextReaderPtr {
        lseek(descriptor, 0, SEEK_SET)
        guard let reader = xmlReaderForFd(descriptor, entryPath, nil, Int32(XML_PARSE_NONET.rawValue)) else {
            throw .unreadable(path: displayPath, reason: "libxml2 cannot open it")
        }
        return reader
    }
}
