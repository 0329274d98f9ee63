/// A 64-bit hash of an export's raw bytes, the seed of the respondent shuffle (`PseudonymPermutation`).
/// It mixes 8 bytes at a time (a multiply–rotate hash in the style of wyhash/xxHash), so hashing a
/// 50 MB export costs a few tens of milliseconds. Fed block by block (`add`), the blocks being the file's reads
/// of `blockSize` bytes: a block's last bytes that do not fill a word are mixed as one tail word.
struct ExportFingerprint {
    /// Bytes per read.
    static let blockSize = 1 << 20
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var total: UInt64 = 0

    /// The hash of every byte of the file at `path`.
    static func hash(path: String) throws(ImportError) -> UInt64 {
        let file = try FileByteSource(path: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 8)
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
    /// multiply chain runs, so that an ASCII scan of the file needs no loop of its own).
    @inline(__always)
    mutating func add(_ block: UnsafeRawBufferPointer) -> Bool {
        let n = block.count
        total &+= UInt64(n)
        var state = self.state, high: UInt64 = 0, i = 0
        while i &+ 8 <= n {
            let word = block.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= word
            state = Self.mix(state ^ word)
            i &+= 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail |= UInt64(block[k]) << (8 * UInt64(k - i)); high |= UInt64(block[k]) }
            state = Self.mix(state ^ tail ^ 0xFF)
        }
        self.state = state
        return high & 0x8080_8080_8080_8080 != 0
    }

    /// The hash of the blocks added so far (the whole file once every block is in).
    var value: UInt64 { Self.mix(state ^ total) }

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 32)
    }
}
