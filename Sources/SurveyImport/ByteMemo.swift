/// A small hash table from a cell's raw bytes to what the import made of them, so a segment value that repeats
/// on every row (a team, a site) is cleaned, checked and masked once and afterwards found without building a
/// `String`: open addressing on an FNV-1a hash, keys kept in one byte arena, compared with `memcmp`-style loops.
struct ByteMemo<Value> {
    private var arena: [UInt8] = []
    private var keys: [(start: Int, count: Int, hash: UInt64)] = []
    private var values: [Value] = []
    /// Slot → entry index + 1 (0 = empty); the capacity is a power of two, at least twice the entries.
    private var slots = [Int32](repeating: 0, count: 64)

    /// Number of entries.
    var count: Int { values.count }

    /// The value stored for `bytes`, or nil.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let key = keys[entry - 1]
            if key.hash == hash, key.count == bytes.count, equal(key.start, bytes) { return values[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `bytes` (which must not be stored yet).
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
        if (values.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes)
        keys.append((arena.count, bytes.count, hash))
        arena.append(contentsOf: bytes)
        values.append(value)
        place(values.count, hash: hash)
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (i, key) in keys.enumerated() { place(i + 1, hash: key.hash) }
    }

    @inline(__always)
    private func equal(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            var i = 0
            while i < bytes.count { if stored[start + i] != bytes[i] { return false }; i += 1 }
            return true
        }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
