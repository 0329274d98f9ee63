import Foundation
import JourneyModel
import ZIPFoundation
import CJourneyXML

/// One archive entry streamed straight from the ZIP into libxml2, in constant memory: ZIPFoundation inflates it
/// on a helper thread (its consumer closure is push-style) into a one-chunk hand-off, and libxml2's
/// `xmlTextReader` pulls from it through `xmlReaderForIO`. Bytes are counted as they are inflated, so an entry
/// that inflates to more (or fewer) bytes than its header declares is stopped at once. Each stream opens its
/// own `Archive` (its own file handle), so streams never share ZIPFoundation state across threads.
final class ZipEntryStream {
    /// The chunk size asked of ZIPFoundation.
    static let chunkSize = 64 << 10

    private let channel: ZipChannel
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var ended = false
    /// Counts each start tag's attributes on the way to libxml2 (`InputLimits.xmlAttributes`).
    private var attributes = XMLAttributeCounter()
    private var refusal: ImportError?
    private let displayPath: String

    /// Starts inflating `entryPath` of the archive at `archivePath`, which must declare `declaredSize` bytes.
    init(archivePath: String, entryPath: String, declaredSize: UInt64) {
        let channel = ZipChannel()
        self.channel = channel
        displayPath = "\(archivePath)(\(entryPath))"
        let thread = Thread {
            channel.produce(archivePath: archivePath, entryPath: entryPath, declaredSize: declaredSize)
        }
        thread.name = "journeymap.zip"
        thread.start()
    }

    /// Stops the helper thread (it ends on its own once it sees the flag).
    deinit { channel.cancel() }

    /// Why inflating failed (a size lie, a checksum, a damaged entry), once it has.
    var failure: ImportError? { refusal ?? channel.failure }

    /// Waits for the next chunk into `pending`; false at the end or on failure.
    private func fill() -> Bool {
        if ended { return false }
        guard let data = channel.take() else { ended = true; return false }
        if pendingOffset == pending.count { pending.removeAll(keepingCapacity: true); pendingOffset = 0 }
        pending.append(contentsOf: data)
        return true
    }

    /// The first `count` bytes (or fewer at the end), without consuming them.
    func peek(_ count: Int) -> [UInt8] {
        while pending.count - pendingOffset < count, fill() {}
        return Array(pending[pendingOffset..<min(pending.count, pendingOffset + count)])
    }

    /// Copies up to `count` bytes; 0 at the end, -1 when inflating failed.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        if refusal != nil { return -1 }
        if pendingOffset == pending.count, !fill() { return failure == nil ? 0 : -1 }
        let n = min(count, pending.count - pendingOffset)
        pending.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + pendingOffset, byteCount: n) }
        pendingOffset += n
        if !attributes.feed(UnsafeRawBufferPointer(start: buffer, count: n)) { refusal = attributes.error(path: displayPath); return -1 }
        return n
    }

    /// A streaming libxml2 reader over the entry (`XML_PARSE_NONET` only); the stream must outlive it.
    func makeReader(url: String) -> xmlTextReaderPtr? {
        xmlReaderForIO(zipStreamRead, zipStreamClose, Unmanaged.passUnretained(self).toOpaque(), url, nil,
                       Int32(XML_PARSE_NONET.rawValue))
    }
}

/// The hand-off between the inflating thread and the reader: at most one chunk in flight, under one condition.
private final class ZipChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var handoff: Data?
    private var finished = false
    private var cancelled = false
    private var stored: ImportError?

    /// Why inflating failed, once it has.
    var failure: ImportError? {
        condition.lock()
        defer { condition.unlock() }
        return stored
    }

    /// Asks the inflating thread to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for it; nil at the end or after a failure.
    func take() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while handoff == nil && !finished { condition.wait() }
        let data = handoff
        handoff = nil
        condition.broadcast()
        return stored == nil ? data : nil
    }

    /// Runs on the helper thread: inflates the entry with its own `Archive`, counting bytes.
    func produce(archivePath: String, entryPath: String, declaredSize: UInt64) {
        var count: UInt64 = 0
        var failure: ImportError?
        do {
            let archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
            guard let entry = archive[entryPath] else {
                throw Failure(.invalid(archivePath, "the archive has no entry \(DiagnosticText.quoted(entryPath))",
                                                       zh: "压缩包中没有条目 \(DiagnosticText.quoted(entryPath))"))
            }
            _ = try archive.extract(entry, bufferSize: ZipEntryStream.chunkSize, skipCRC32: false) { data in
                count += UInt64(data.count)
                if count > declaredSize {
                    throw Failure(.invalid(archivePath, "the archive entry \(DiagnosticText.quoted(entryPath)) inflates to more than the \(ArchiveLimits.size(declaredSize)) its header declares; refused (a damaged or hostile archive)",
                                                       zh: "压缩包条目 \(DiagnosticText.quoted(entryPath)) 解压后超过其头部声明的 \(ArchiveLimits.size(declaredSize))；已拒绝（损坏或恶意的压缩包）"))
                }
                try self.deliver(data)
            }
            if count != declaredSize {
                failure = .invalid(archivePath, "the archive entry \(DiagnosticText.quoted(entryPath)) inflates to \(ArchiveLimits.size(count)), not the \(ArchiveLimits.size(declaredSize)) its header declares; refused (a damaged or hostile archive)",
                                   zh: "压缩包条目 \(DiagnosticText.quoted(entryPath)) 解压后是 \(ArchiveLimits.size(count))，而不是头部声明的 \(ArchiveLimits.size(declaredSize))；已拒绝（损坏或恶意的压缩包）")
            }
        } catch let stop as Failure {
            failure = stop.error
        } catch is Cancelled {
            failure = nil
        } catch Archive.ArchiveError.invalidCRC32 {
            failure = .invalid(archivePath, "the archive entry \(DiagnosticText.quoted(entryPath)) fails its checksum (a damaged file)",
                               zh: "压缩包条目 \(DiagnosticText.quoted(entryPath)) 校验和不符（文件已损坏）")
        } catch {
            failure = .invalid(archivePath, "the archive entry \(DiagnosticText.quoted(entryPath)) cannot be inflated (a damaged file, or a compression method other than deflate)",
                               zh: "压缩包条目 \(DiagnosticText.quoted(entryPath)) 无法解压（文件已损坏，或使用了 deflate 以外的压缩方式）")
        }
        condition.lock()
        stored = failure
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Hands one chunk over, waiting while the previous one has not been taken.
    private func deliver(_ data: Data) throws {
        condition.lock()
        defer { condition.unlock() }
        while handoff != nil && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        handoff = data
        condition.broadcast()
    }

    private struct Failure: Error {
        let error: ImportError
        init(_ error: ImportError) { self.error = error }
    }
    private struct Cancelled: Error {}
}

/// libxml2's read callback: pulls from the `ZipEntryStream` in `context`.
private let zipStreamRead: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    let stream = Unmanaged<ZipEntryStream>.fromOpaque(context).takeUnretainedValue()
    return Int32(stream.read(into: UnsafeMutableRawPointer(buffer), count: Int(length)))
}

/// libxml2's close callback: the stream is owned (and stopped) by its Swift owner.
private let zipStreamClose: xmlInputCloseCallback = { _ in 0 }
