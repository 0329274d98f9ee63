import CJourneyXML

/// A file fed to libxml2's `xmlReaderForIO` through `XMLAttributeCounter`, so that an element with too many
/// attributes is refused before libxml2 parses it; `failure` says why reading stopped.
final class XMLFileStream {
    private let source: FileByteSource
    private let path: String
    private var counter = XMLAttributeCounter()
    /// Why the stream stopped early (too many attributes, a read error), once it has.
    private(set) var failure: ImportError?

    init(path: String) throws(ImportError) {
        source = try FileByteSource(path: path)
        self.path = path
    }

    /// Copies up to `count` bytes; 0 at the end, -1 on a refusal or a read error.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        if failure != nil { return -1 }
        do {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: count))
            if !counter.feed(UnsafeRawBufferPointer(start: buffer, count: n)) { failure = counter.error(path: path); return -1 }
            return n
        } catch {
            failure = error
            return -1
        }
    }

    /// A streaming libxml2 reader over the file (`XML_PARSE_NONET` only); the stream must outlive it.
    func makeReader() -> xmlTextReaderPtr? {
        xmlReaderForIO(xmlFileStreamRead, xmlFileStreamClose, Unmanaged.passUnretained(self).toOpaque(), path, nil,
                       Int32(XML_PARSE_NONET.rawValue))
    }
}

/// libxml2's read callback: pulls from the `XMLFileStream` in `context`.
private let xmlFileStreamRead: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    let stream = Unmanaged<XMLFileStream>.fromOpaque(context).takeUnretainedValue()
    return Int32(stream.read(into: UnsafeMutableRawPointer(buffer), count: Int(length)))
}

/// libxml2's close callback: the stream is owned by its Swift owner.
private let xmlFileStreamClose: xmlInputCloseCallback = { _ in 0 }
