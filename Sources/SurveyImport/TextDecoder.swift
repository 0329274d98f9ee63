import JourneyModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts another byte source to UTF-8 chunk by chunk with iconv (glibc converts GB18030 and UTF-16),
/// so the scanner only ever sees UTF-8. An invalid input sequence becomes the byte 0xFF — never valid
/// UTF-8 — so that the row holding it is reported, and decoding carries on.
public final class TextDecoder: ByteSource {
    private let base: ByteSource
    private let encoding: TextEncoding
    private let converter: iconv_t
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity: Int
    private var inputStart = 0
    private var inputEnd = 0
    private var atEnd = false
    /// Number of invalid input sequences replaced so far.
    public private(set) var invalidSequences = 0

    /// Wraps `base`, whose bytes are in `encoding` (not UTF-8).
    public init(_ base: ByteSource, from encoding: TextEncoding, chunkSize: Int = 64 << 10) throws(ImportError) {
        self.base = base
        self.encoding = encoding
        let cd = iconv_open("UTF-8", encoding.iconvName)
        if cd == iconv_t(bitPattern: -1) {
            throw .usage(LocalizedText(en: "this system's iconv cannot convert \(encoding.rawValue); convert the file to UTF-8 first",
                                       zh: "本系统的 iconv 无法转换 \(encoding.rawValue)；请先把文件转成 UTF-8"))
        }
        self.converter = cd!
        self.input = .allocate(capacity: max(chunkSize, 16))
        self.inputCapacity = max(chunkSize, 16)
    }

    deinit {
        iconv_close(converter)
        input.deallocate()
    }

    /// Fills `buffer` with UTF-8.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ImportError) -> Int {
        guard var outPointer = buffer.baseAddress?.assumingMemoryBound(to: CChar.self), buffer.count >= 4 else { return 0 }
        var outLeft = buffer.count
        while outLeft == buffer.count {
            if inputStart == inputEnd || (!atEnd && inputEnd - inputStart < 8) {
                try refill()
                if inputStart == inputEnd { return 0 }
            }
            var inLeft = inputEnd - inputStart
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(input + inputStart)
                .assumingMemoryBound(to: CChar.self)
            var out: UnsafeMutablePointer<CChar>? = outPointer
            let result = iconv(converter, &inPointer, &inLeft, &out, &outLeft)
            outPointer = out!
            let status = result == Int(bitPattern: UInt(bitPattern: -1)) ? Int(errno) : 0
            inputStart = inputEnd - inLeft
            switch status {
            case 0:
                continue
            case Int(E2BIG):
                if outLeft == buffer.count { return 0 }
            case Int(EINVAL):
                // An incomplete sequence at the end of the buffer: read more, or at the end of input it is invalid.
                if atEnd {
                    invalidSequences += 1
                    outPointer.pointee = CChar(bitPattern: 0xFF)
                    outPointer += 1; outLeft -= 1
                    inputStart = inputEnd
                } else {
                    try refill()
                }
            default: // EILSEQ
                invalidSequences += 1
                guard outLeft > 0 else { break }
                outPointer.pointee = CChar(bitPattern: 0xFF)
                outPointer += 1; outLeft -= 1
                inputStart = min(inputEnd, inputStart + encoding.unitSize)
            }
        }
        return buffer.count - outLeft
    }

    /// Moves the unread tail to the front and reads more input.
    private func refill() throws(ImportError) {
        if atEnd { return }
        if inputStart > 0 {
            let tail = inputEnd - inputStart
            if tail > 0 { input.update(from: input + inputStart, count: tail) }
            inputStart = 0
            inputEnd = tail
        }
        if inputEnd == inputCapacity { return }
        let n = try base.read(into: UnsafeMutableRawBufferPointer(start: input + inputEnd, count: inputCapacity - inputEnd))
        if n == 0 { atEnd = true }
        inputEnd += n
    }
}
