import JourneyModel

/// One bucket of the import's pass 2 between its preparation and its writing: the bucket's encoded rows
/// (`KeptRowRecord`s, the first `length` bytes of `bytes`), the offsets of the rows kept after repeats, their
/// shuffled order, and whether they go to the sink at all.
struct DrainedBucket {
    /// The bucket's records end to end; only the first `length` bytes are this bucket's (the array is reused).
    var bytes: [UInt8] = []
    var length = 0
    /// Byte offsets of the kept rows' records, in storage order.
    var kept: [Int] = []
    /// The shuffled order: row i of the output is the record at `kept[Int(order[i])]`.
    var order: [UInt32] = []
    /// Whether these rows reach the sink (no repeats without a policy so far, no segment over the limit).
    var writing = false
}

/// The per-bucket work of the import's pass 2 (`ScatteredRows.drain`) and what it gathers across buckets: each
/// bucket is loaded, its repeated ids resolved (`DuplicateResolver`), its kept rows put in their seeded order
/// (`PseudonymPermutation`) and counted for the whole-import checks (segment value counts and first
/// appearances, the first comments in export order). A value type with no reference to `ScatteredRows`, so
/// that the next bucket can be prepared on another thread while the current one is written.
struct BucketDrain {
    private let scatter: RowScatter
    /// The later ranges of a two-core import: bucket b is `scatter`'s bucket b followed by each part's.
    private let laterParts: [LaterRangePart]
    private let ratingCount: Int
    private let textCount: Int
    private let isSegment: [Bool]
    private let levelValues: [[String]]
    private let seed: UInt64
    private let policy: DedupePolicy?
    /// False when a segment went over the level limit: the import fails, so no row reaches the sink.
    private let feed: Bool
    private var result = ScatteredRows.Drained()
    private var levelCounts: [[Int]]
    private var levelFirst: [[UInt64]]
    /// Per comment slot, the first `commentSampleSize` answers so far, by export ordinal.
    private var samples: [[(ordinal: UInt64, text: String)]]
    private var candidates: [[(ordinal: UInt64, text: String)]]
    private var offsets: [Int] = [], dropped: [Bool] = [], entries: [DuplicateResolver.Entry] = []
    private var table = DuplicateResolver.Table()
    private var row: NormalizedRow
    private static let headerBytes = KeptRowRecord.headerBytes
    private static let commentSampleSize = ScatteredRows.commentSampleSize

    /// Ready for the buckets of `scatter`, whose segment slots hold `levelValues` (`SegmentLevels.values`).
    init(scatter: RowScatter, laterParts: [LaterRangePart], ratingCount: Int, isSegment: [Bool], levelValues: [[String]],
         overflowed: [Bool], seed: UInt64, policy: DedupePolicy?) {
        self.scatter = scatter
        self.laterParts = laterParts
        self.ratingCount = ratingCount
        textCount = isSegment.count
        self.isSegment = isSegment
        self.levelValues = levelValues
        self.seed = seed
        self.policy = policy
        feed = !overflowed.contains(true)
        result.segmentOverflow = overflowed
        levelCounts = levelValues.map { [Int](repeating: 0, count: $0.count) }
        levelFirst = levelValues.map { [UInt64](repeating: .max, count: $0.count) }
        samples = Array(repeating: [], count: isSegment.count)
        candidates = samples
        row = NormalizedRow(ratingCount: ratingCount, textCount: isSegment.count)
    }

    /// Loads bucket `bucket` into `rows` (the later ranges' rows renumbered for the whole export), resolves its
    /// repeats and draws its order (buckets in turn, from 0). Each record is walked once: the first range's to find
    /// their ends, the later ranges' as they are renumbered (`KeptRowRecord.rebase` returns each one's length).
    mutating func prepare(bucket: Int, into rows: inout DrainedBucket) throws(ImportError) {
        offsets.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        let (ratingCount, textCount, isSegment) = (self.ratingCount, self.textCount, self.isSegment)
        rows.length = try scatter.load(bucket: bucket, into: &rows.bytes, at: 0)
        let firstEnd = rows.length
        rows.bytes.withUnsafeBytes { raw in
            var at = 0
            while at < firstEnd {
                noteRecord(raw, at: at)
                at += Self.headerBytes + ratingCount
                for slot in 0..<textCount {
                    let value = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                    at += 4
                    if !isSegment[slot], value > 0 { at += value - 1 }
                }
            }
        }
        for part in laterParts {
            let start = rows.length
            rows.length = try part.scatter.load(bucket: bucket, into: &rows.bytes, at: start)
            let end = rows.length
            rows.bytes.withUnsafeMutableBytes { raw in
                var at = start
                while at < end {
                    // Renumbered first: the repeat entry reads the shifted record number.
                    let length = KeptRowRecord.rebase(raw.baseAddress! + at, for: part, ratingCount: ratingCount, isSegment: isSegment)
                    noteRecord(UnsafeRawBufferPointer(raw), at: at)
                    at += length
                }
            }
        }
        dropped.removeAll(keepingCapacity: true)
        dropped.append(contentsOf: repeatElement(false, count: offsets.count))
        DuplicateResolver.resolve(entries, policy: policy, dropped: &dropped, into: &result.duplicates, using: &table)
        rows.kept.removeAll(keepingCapacity: true)
        for i in offsets.indices where !dropped[i] { rows.kept.append(offsets[i]) }
        result.kept += rows.kept.count
        rows.writing = feed && (policy != nil || result.duplicates.count == 0)
        PseudonymPermutation.compactOrder(count: rows.kept.count, seed: PseudonymPermutation.bucketSeed(seed, bucket: bucket),
                                          into: &rows.order)
    }

    /// Notes the record at byte `at` of the bucket: its offset and, when it has a respondent id, its repeat entry.
    @inline(__always)
    private mutating func noteRecord(_ raw: UnsafeRawBufferPointer, at: Int) {
        let hash = raw.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self)
        if hash != 0 {
            entries.append(.init(hash: UInt64(littleEndian: hash),
                                 rowNumber: Int(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: Int64.self))),
                                 index: offsets.count))
        }
        offsets.append(at)
    }

    /// Counts a prepared bucket's kept rows for the whole-import checks, visiting them in storage order (one
    /// cache-friendly sweep: the counts do not depend on the order).
    mutating func count(_ rows: DrainedBucket) {
        // Without decoding, nothing is emitted and nothing throws.
        try? count(rows, decoding: false) { _ throws(ImportError) in }
    }

    /// Counts a prepared bucket's kept rows as `count(_:)` does, and also decodes each and hands it to `emit` in
    /// the shuffled order (when `rows.writing`).
    mutating func count(_ rows: DrainedBucket, emit: (NormalizedRow) throws(ImportError) -> Void) throws(ImportError) {
        try count(rows, decoding: true, emit: emit)
    }

    private mutating func count(_ rows: DrainedBucket, decoding: Bool, emit: (NormalizedRow) throws(ImportError) -> Void) throws(ImportError) {
        let (ratingCount, textCount, isSegment, levelValues) = (self.ratingCount, self.textCount, self.isSegment, self.levelValues)
        for slot in 0..<textCount { candidates[slot].removeAll(keepingCapacity: true) }
        var failure: ImportError?
        rows.bytes.withUnsafeBytes { raw in
            for i in 0..<rows.kept.count {
                var at = decoding ? rows.kept[Int(rows.order[i])] : rows.kept[i]
                let ordinal = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                at += Self.headerBytes
                if decoding {
                    row.codes.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + ratingCount)])) }
                }
                at += ratingCount
                for slot in 0..<textCount {
                    let value = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                    at += 4
                    if isSegment[slot] {
                        if value == 0 { row.texts[slot] = nil; continue }
                        if decoding { row.texts[slot] = levelValues[slot][value - 1] }
                        levelCounts[slot][value - 1] += 1
                        if ordinal < levelFirst[slot][value - 1] { levelFirst[slot][value - 1] = ordinal }
                    } else if value == 0 {
                        row.texts[slot] = nil
                    } else {
                        let sampled = samples[slot].count < Self.commentSampleSize || ordinal < samples[slot].last!.ordinal
                        if sampled || decoding {
                            let text = String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<(at + value - 1)]), as: UTF8.self)
                            row.texts[slot] = text
                            if sampled { candidates[slot].append((ordinal, text)) }
                        }
                        at += value - 1
                    }
                }
                if decoding, rows.writing {
                    do throws(ImportError) { try emit(row) } catch { failure = error; return }
                }
            }
        }
        if let failure { throw failure }
        for slot in 0..<textCount where !candidates[slot].isEmpty {
            samples[slot].append(contentsOf: candidates[slot])
            samples[slot].sort { $0.ordinal < $1.ordinal }
            if samples[slot].count > Self.commentSampleSize { samples[slot].removeLast(samples[slot].count - Self.commentSampleSize) }
        }
    }

    /// What the buckets gathered, once every bucket has been prepared and counted.
    func finish() -> ScatteredRows.Drained {
        var result = self.result
        for slot in 0..<textCount {
            if isSegment[slot] {
                let present = levelValues[slot].indices.filter { levelCounts[slot][$0] > 0 }
                    .sorted { levelFirst[slot][$0] < levelFirst[slot][$1] }
                result.segmentLevels.append(present.map { (levelValues[slot][$0], levelCounts[slot][$0]) })
                result.commentSamples.append([])
            } else {
                result.segmentLevels.append([])
                result.commentSamples.append(samples[slot].map(\.text))
            }
        }
        return result
    }
}
