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
        case .gb18030, .windows1252, .macRoman, .big5, .shiftJIS:
            return Result(encoding: choice.fixedEncoding!, bomLength: 0, reason: "--encoding \(choice.rawValue)")
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
            if GB18030Check.isPlausibleChinese(sample, end: end) {
                return Result(encoding: .gb18030, bomLength: 0, reason: "not valid UTF-8, but valid GB18030 that reads as Chinese text")
            }
        }
        if let western = WesternGuess.guess(sample, end: end) {
            return Result(encoding: western, bomLength: 0,
                          reason: "not valid UTF-8 nor plausible GB18030; accented letters read as \(western.rawValue) (--encoding overrides)")
        }
        return Result(encoding: .utf8, bomLength: 0,
                      reason: "the bytes are neither valid UTF-8 nor valid GB18030, nor accented letters of a Western encoding")
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

/// Which 8-bit Western encoding a non-UTF-8 file is in: Mac Roman puts its accented letters at 0x80–0x9F, where
/// Windows-1252 has only punctuation; Windows-1252 puts them at 0xC0–0xFF, where Mac Roman has symbols.
enum WesternGuess {
    /// Nil when no byte ≥ 0x80 sits next to an ASCII letter (stray bytes, not text in an 8-bit encoding).
    static func guess(_ bytes: [UInt8], end: Int) -> TextEncoding? {
        var mac = 0, windows = 0
        let macLetters: Set<UInt8> = [0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E,
                                      0x8F, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D,
                                      0x9E, 0x9F, 0xA7]
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        var i = 0
        while i < min(end, bytes.count) {
            let b = bytes[i]
            if b >= 0x80 {
                let before = i > 0 && isLetter(bytes[i - 1]), after = i + 1 < end && isLetter(bytes[i + 1])
                if before || after {
                    if macLetters.contains(b) { mac += 1 } else if b >= 0xC0 { windows += 1 }
                }
            }
            i += 1
        }
        if mac == 0 && windows == 0 { return nil }
        return mac > windows ? .macRoman : .windows1252
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

    /// Whether valid GB18030 bytes read as Chinese rather than as Western accented letters: real Chinese text is
    /// nearly all GB2312 characters (both bytes 0xA1–0xFE), while a Windows-1252 or Mac Roman `é` followed by an
    /// ASCII letter makes a two-byte pair whose second byte is below 0xA1 (a rare hanzi such as 屾).
    static func isPlausibleChinese(_ bytes: [UInt8], end: Int) -> Bool {
        var common = 0, other = 0
        var i = 0
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard i + 1 < end else { break }
            let c = bytes[i + 1]
            if (0x30...0x39).contains(c) { other += 1; i += 4; continue }
            if b >= 0xA1 && c >= 0xA1 { common += 1 } else { other += 1 }
            i += 2
        }
        return common > 0 && common * 10 >= (common + other) * 8
    }
}
