/// One kept row of an import, encoded for the scratch files (`ScatteredRows`, `LaterRangeRows`, `RowSpool`):
/// bytes 0–7 its export ordinal (kept rows counted from 0), 8–15 its record number, 16–23 the hash of its
/// respondent id (0: none), then one byte per rating (its code), then per text slot a little-endian UInt32 — for a
/// segment the index of its value (`SegmentLevels`, 0: none), for a comment its byte count + 1 (0: none) followed by
/// its UTF-8 bytes.
struct KeptRowRecord {
    /// Bytes before the codes.
    static let headerBytes = 24
    private let ratingCount: Int
    private let isSegment: [Bool]
    /// The encoded row, reused from row to row.
    private(set) var bytes: UnsafeMutableRawPointer
    private var capacity: Int

    /// A reusable record for rows of `ratingCount` codes and these text slots (`isSegment[k]`: segment, else comment).
    init(ratingCount: Int, isSegment: [Bool]) {
        self.ratingCount = ratingCount
        self.isSegment = isSegment
        capacity = Self.headerBytes + ratingCount + 4 * isSegment.count + 256
        bytes = .allocate(byteCount: capacity, alignment: 8)
    }

    /// Frees the buffer (the owner's `deinit`).
    func deallocate() { bytes.deallocate() }

    /// Encodes a row into `bytes`; returns its length.
    mutating func encode(_ row: NormalizedRow, segmentIDs: [UInt32], idHash: UInt64, rowNumber: Int, ordinal: Int) -> Int {
        let textCount = isSegment.count
        var needed = Self.headerBytes + ratingCount + 4 * textCount
        for slot in 0..<textCount where !isSegment[slot] { needed += row.texts[slot]?.utf8.count ?? 0 }
        if needed > capacity {
            bytes.deallocate()
            capacity = max(needed, capacity * 2)
            bytes = .allocate(byteCount: capacity, alignment: 8)
        }
        let out = bytes
        out.storeBytes(of: UInt64(ordinal).littleEndian, toByteOffset: 0, as: UInt64.self)
        out.storeBytes(of: Int64(rowNumber).littleEndian, toByteOffset: 8, as: Int64.self)
        out.storeBytes(of: idHash.littleEndian, toByteOffset: 16, as: UInt64.self)
        var at = Self.headerBytes
        if ratingCount > 0 { row.codes.withUnsafeBytes { (out + at).copyMemory(from: $0.baseAddress!, byteCount: ratingCount) } }
        at += ratingCount
        for slot in 0..<textCount {
            if isSegment[slot] {
                out.storeBytes(of: segmentIDs[slot].littleEndian, toByteOffset: at, as: UInt32.self)
                at += 4
            } else if var text = row.texts[slot] {
                text.withUTF8 { bytes in
                    out.storeBytes(of: UInt32(bytes.count + 1).littleEndian, toByteOffset: at, as: UInt32.self)
                    if let base = bytes.baseAddress { (out + at + 4).copyMemory(from: base, byteCount: bytes.count) }
                    at += 4 + bytes.count
                }
            } else {
                out.storeBytes(of: UInt32(0), toByteOffset: at, as: UInt32.self)
                at += 4
            }
        }
        return at
    }

    /// Rewrites an encoded record of a later range in place for its place in the whole export: its ordinal and
    /// record number shifted by `part`'s offsets, and each segment index `i` replaced by `part.segmentMap[slot][i]`.
    /// Returns the record's length. `isSegment` and `ratingCount` describe the layout, as in `init`.
    static func rebase(_ record: UnsafeMutableRawPointer, for part: LaterRangePart, ratingCount: Int, isSegment: [Bool]) -> Int {
        let ordinal = UInt64(littleEndian: record.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
        record.storeBytes(of: (ordinal + UInt64(part.ordinalOffset)).littleEndian, toByteOffset: 0, as: UInt64.self)
        let rowNumber = Int64(littleEndian: record.loadUnaligned(fromByteOffset: 8, as: Int64.self))
        record.storeBytes(of: (rowNumber + Int64(part.rowNumberOffset)).littleEndian, toByteOffset: 8, as: Int64.self)
        var at = headerBytes + ratingCount
        for slot in 0..<isSegment.count {
            let value = UInt32(littleEndian: record.loadUnaligned(fromByteOffset: at, as: UInt32.self))
            if isSegment[slot] {
                record.storeBytes(of: part.segmentMap[slot][Int(value)].littleEndian, toByteOffset: at, as: UInt32.self)
            } else if value > 0 {
                at += Int(value) - 1
            }
            at += 4
        }
        return at
    }
}

/// Per segment slot of an import, its distinct values in order of first appearance, each stored in the
/// scratch files by its index + 1 (0: no value); a slot with more than `limit` values is marked overflowed.
struct SegmentLevels {
    /// Per slot, its values in order of first appearance.
    private(set) var values: [[String]]
    private var index: [[String: UInt32]]
    /// Per slot, whether it had more distinct values than `limit` (the import then refuses it).
    private(set) var overflowed: [Bool]
    /// Most distinct values a segment column may have; a segment with more does not group people.
    static let limit = 65_536

    /// Empty levels for `slots` text slots.
    init(slots: Int) {
        values = Array(repeating: [], count: slots)
        index = Array(repeating: [:], count: slots)
        overflowed = Array(repeating: false, count: slots)
    }

    /// The stored index of slot `slot`'s value `text` (0 for none, or past `limit`).
    mutating func intern(slot: Int, _ text: String?) -> UInt32 {
        guard let text else { return 0 }
        if let known = index[slot][text] { return known }
        guard values[slot].count < Self.limit else { overflowed[slot] = true; return 0 }
        values[slot].append(text)
        let stored = UInt32(values[slot].count)
        index[slot][text] = stored
        return stored
    }
}

/// Where the import's first pass puts each kept row: the bucket scatter (`ScatteredRows`), or, for a later
/// range of a two-core import, that range's own buckets and spool (`LaterRangeRows`).
protocol KeptRowSink: AnyObject {
    /// The stored index of segment slot `slot`'s value `text` (0 for none).
    func intern(slot: Int, _ text: String?) -> UInt32
    /// Takes one kept row; `segmentIDs[k]` is `intern`'s index for segment slot k, `idHash` is 0 without an id.
    func append(_ row: NormalizedRow, segmentIDs: [UInt32], idHash: UInt64, rowNumber: Int) throws(ImportError)
}
