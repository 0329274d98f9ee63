/// A 64-bit hash of an export's raw bytes, the seed of the respondent shuffle (`PseudonymPermutation`).
/// It mixes 8 bytes at a time (a multiply–rotate hash in the style of wyhash/xxHash), so hashing a
/// 50 MB export costs a few tens of milliseconds.
enum ExportFingerprint {
    /// The hash of every byte of the file at `path`.
    static func hash(path: String) throws(ImportError) -> UInt64 {
        let file = try FileByteSource(path: path)
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        var state: UInt64 = 0x243F_6A88_85A3_08D3
        var total: UInt64 = 0
        while true {
            let n = try file.read(into: buffer)
            if n == 0 { break }
            total &+= UInt64(n)
            var i = 0
            while i + 8 <= n {
                let word = buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                state = mix(state ^ word)
                i += 8
            }
            if i < n {
                var tail: UInt64 = 0
                for k in i..<n { tail |= UInt64(buffer[k]) << (8 * UInt64(k - i)) }
                state = mix(state ^ tail ^ 0xFF)
            }
        }
        return mix(state ^ total)
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 32)
    }
}
