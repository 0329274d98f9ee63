/// A 64-bit hash of an export's raw bytes, the seed of the respondent shuffle (`PseudonymPermutation`).
/// It mixes 8 bytes at a time (a multiply–xorshift hash in the style of wyhash/xxHash) in four independent lanes
/// — word i of each 32-byte group goes to lane i, so the four multiply chains overlap instead of each word waiting
/// for the last — and folds the lanes at the end, so hashing a 50 MB export costs a few milliseconds. Fed block by
/// block (`add`), the blocks being the file's reads of `blockSize` bytes (a multiple of 32): a block's words after
/// its last whole group go to lane 0 in turn, and its last bytes that do not fill a word are mixed as one tail word.
struct ExportFingerprint {
    /// Bytes per read.
    static let blockSize = 1 << 20
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344,
                                                           0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
    private var total: UInt64 = 0

    /// The hash of every byte of the file at `path`.
    static func hash(path: String) throws(ImportError) -> UInt64 {
        let file = try FileByteSource(path: path)
        let buffer = IOBuffer.allocate(byteCount: blockSize)
        defer { buffer.deallocate() }
        var fingerprint = ExportFingerprint()
        while true {
            let n = try file.read(into: buffer)
            if n == 0 { break }
            _ = fingerprint.add(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        }
        return fingerprint.value
    }

    /// Mixes one block in; returns whether it holds a byte ≥ 0x80 (tested on the same words, nearly free while the
    /// multiply chains run, so that an ASCII scan of the file needs no loop of its own).
    @inline(__always)
    mutating func add(_ block: UnsafeRawBufferPointer) -> Bool {
        let n = block.count
        total &+= UInt64(n)
        var (a, b, c, d) = lanes
        var high: UInt64 = 0, i = 0
        while i &+ 32 <= n {
            let w0 = block.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let w1 = block.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
            let w2 = block.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self)
            let w3 = block.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self)
            high |= w0 | w1 | w2 | w3
            a = Self.mix(a ^ w0)
            b = Self.mix(b ^ w1)
            c = Self.mix(c ^ w2)
            d = Self.mix(d ^ w3)
            i &+= 32
        }
        while i &+ 8 <= n {
            let word = block.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= word
            a = Self.mix(a ^ word)
            i &+= 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail |= UInt64(block[k]) << (8 * UInt64(k - i)); high |= UInt64(block[k]) }
            a = Self.mix(a ^ tail ^ 0xFF)
        }
        lanes = (a, b, c, d)
        return high & 0x8080_8080_8080_8080 != 0
    }

    /// The hash of the blocks added so far (the whole file once every block is in): the lanes folded in order.
    var value: UInt64 {
        let (a, b, c, d) = lanes
        return Self.mix(Self.mix(Self.mix(Self.mix(a) ^ b) ^ c) ^ d ^ total)
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 32)
    }
}
