/// Decides an export's encoding from its first bytes: byte-order mark → UTF-16 NUL pattern → strict UTF-8 →
/// GB18030 (FORMATS.md, "Encodings"), and says why, for the import summary.
public enum EncodingDetector {
    /// The decision: the encoding, how many leading bytes are a byte-order mark, and the reason.
    public struct Result: Sendable, Hashable {
        /// Encoding to decode with.
        public var encoding: TextEncoding
        /// Length of the byte-order mark to skip (0 when none).
        public var bomLength: Int
        /// Why, in a few words ("UTF-8 byte-order mark", "strict UTF-8 failed; valid GB18030").
        public var reason: String
    }

    /// How many bytes the detector looks at.
    public static let sampleSize = 1 << 20

    /// Detects the encoding from a sample of the file's first bytes (`isWholeFile` when the sample is all of it).
    public static func detect(sample: [UInt8], isWholeFile: Bool, choice: EncodingChoice = .auto) -> Result {
        let bom = byteOrderMark(sample)
        switch choice {
        case .utf8:
            return Result(encoding: .utf8, bomLength: bom?.encoding == .utf8 ? bom!.length : 0, reason: "--encoding utf-8")
        case .gb18030:
            return Result(encoding: .gb18030, bomLength: 0, reason: "--encoding gb18030")
        case .utf16:
            if let bom, bom.encoding != .utf8 { return Result(encoding: bom.encoding, bomLength: bom.length, reason: "--encoding utf-16, \(bom.encoding.rawValue) byte-order mark") }
            let guess = utf16Guess(sample) ?? .utf16LE
            return Result(encoding: guess, bomLength: 0, reason: "--encoding utf-16, no byte-order mark (read as \(guess.rawValue))")
        case .auto:
            break
        }
        if let bom {
            return Result(encoding: bom.encoding, bomLength: bom.length, reason: "\(bom.encoding.rawValue) byte-order mark")
        }
        if let guess = utf16Guess(sample) {
            return Result(encoding: guess, bomLength: 0, reason: "no byte-order mark, but every second byte is zero (\(guess.rawValue))")
        }
        var end = sample.count
        if !isWholeFile { end -= incompleteTail(sample) }
        let validity = UTF8Check.firstInvalid(sample, end: end)
        if validity == nil {
            let ascii = !sample[..<end].contains { $0 >= 0x80 }
            let scope = isWholeFile ? "the whole file" : "the first \(sample.count >> 20) MiB"
            return Result(encoding: .utf8, bomLength: 0,
                          reason: ascii ? "\(scope) is plain ASCII" : "\(scope) is valid UTF-8")
        }
        if GB18030Check.isValid(sample, end: end) {
            return Result(encoding: .gb18030, bomLength: 0, reason: "not valid UTF-8, but valid GB18030")
        }
        return Result(encoding: .utf8, bomLength: 0,
                      reason: "the bytes are neither valid UTF-8 nor valid GB18030")
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (encoding: TextEncoding, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// UTF-16 without a mark: in text that is mostly ASCII, one byte of each pair is zero.
    static func utf16Guess(_ bytes: [UInt8]) -> TextEncoding? {
        let pairs = min(bytes.count, 4096) / 2
        guard pairs >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in 0..<pairs {
            if bytes[2 * i] == 0 { evenZero += 1 }
            if bytes[2 * i + 1] == 0 { oddZero += 1 }
        }
        if oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs { return .utf16LE }
        if evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs { return .utf16BE }
        return nil
    }

    /// Bytes at the end of a cut sample that may be the start of an unfinished multi-byte character.
    static func incompleteTail(_ bytes: [UInt8]) -> Int {
        var back = 1
        while back <= 3 && back <= bytes.count {
            let b = bytes[bytes.count - back]
            if b < 0x80 { return 0 }
            if b >= 0xC0 {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                return length > back ? back : 0
            }
            back += 1
        }
        return 0
    }
}

/// Strict UTF-8 validation over bytes.
enum UTF8Check {
    /// The offset of the first byte that starts an invalid sequence before `end`, or nil.
    static func firstInvalid(_ bytes: [UInt8], end: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            firstInvalid(UnsafeBufferPointer(rebasing: buffer[0..<min(end, buffer.count)]))
        }
    }

    /// The offset of the first invalid sequence in `bytes`, or nil when all of it is UTF-8.
    static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return i
            }
            if i + need >= n { return i }
            let second = bytes[i + 1]
            if second < lower || second > upper { return i }
            var k = 2
            while k <= need {
                let c = bytes[i + k]
                if c < 0x80 || c > 0xBF { return i }
                k += 1
            }
            i += need + 1
        }
        return nil
    }
}

/// GB18030 structure check: ASCII, two-byte (81–FE, 40–7E/80–FE) and four-byte (81–FE, 30–39, 81–FE, 30–39) sequences.
enum GB18030Check {
    static func isValid(_ bytes: [UInt8], end: Int) -> Bool {
        var i = 0
        var sawMultibyte = false
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81, b <= 0xFE, i + 1 < end else { return i + 1 >= end && b >= 0x81 && b <= 0xFE && sawMultibyte }
            let c = bytes[i + 1]
            if (0x40...0x7E).contains(c) || (0x80...0xFE).contains(c) { i += 2; sawMultibyte = true; continue }
            if (0x30...0x39).contains(c) {
                guard i + 3 < end else { return sawMultibyte }
                if (0x81...0xFE).contains(bytes[i + 2]) && (0x30...0x39).contains(bytes[i + 3]) { i += 4; sawMultibyte = true; continue }
            }
            return false
        }
        return true
    }
}
