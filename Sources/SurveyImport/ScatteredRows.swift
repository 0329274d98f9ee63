import JourneyModel

/// The kept rows of an import on their way to the responses file, in bounded memory (the bucket scatter).
///
/// Pass 1 (`append`, while the export is read): each row is encoded — its export ordinal and record number, the
/// hash of its respondent id, one byte per answer, an index per segment value (segments have few distinct
/// values, held once in memory) and the bytes of each comment — and appended to one of B buckets of a scratch
/// file (`RowScatter`). A row with a respondent id goes to the bucket of its id's keyed hash, so repeats of an id
/// share a bucket; a row without one goes to a bucket drawn from a seeded stream (`PseudonymPermutation`).
///
/// Pass 2 (`drain`): bucket by bucket, the rows are loaded (about rows/B of them), repeated ids resolved
/// (`DuplicateResolver`), the kept rows shuffled (Fisher–Yates) and handed to the sink, while the whole-import
/// checks gather what they need (segment value counts, the first comments in export order). Buckets written
/// in order and shuffled within give a uniform random permutation (see `PseudonymPermutation`).
final class ScatteredRows: KeptRowSink {
    private let ratingCount: Int
    private let textCount: Int
    /// Per text slot, whether it is a segment (stored as a value index) rather than a comment (stored as bytes).
    private let isSegment: [Bool]
    private let scatter: RowScatter
    private let seed: UInt64
    private let bucketKey: UInt64
    /// What pass 1 changes on every row: the rows appended, the row stream and the encoded row (reused). Behind a
    /// pointer, so that these per-row changes are not dynamically checked accesses to class properties
    /// (`swift_beginAccess` twice a row).
    private struct PassOne {
        var count = 0
        var rowStream: SplitMix
        var record: KeptRowRecord
    }
    private let passOne: UnsafeMutablePointer<PassOne>
    /// Rows appended.
    var count: Int { passOne.pointee.count }
    /// The segment values (index + 1 is stored; 0 = no value).
    private var levels: SegmentLevels
    /// Per segment slot, whether it had more distinct values than `levelLimit` (the import then refuses it).
    var overflowed: [Bool] { levels.overflowed }
    /// Most distinct values a segment column may have; a segment with more does not group people.
    static let levelLimit = SegmentLevels.limit
    /// How many comments per column the identifying-content check reads (the first ones in export order).
    static let commentSampleSize = 5000
    private static let headerBytes = KeptRowRecord.headerBytes

    /// Opens the scratch file (in `directory`, else TMPDIR) with `bucketCount` buckets.
    init(layout: ResponsesLayout, seed: UInt64, bucketCount: Int, directory: String?) throws(ImportError) {
        ratingCount = layout.ratingIndices.count
        textCount = layout.textIndices.count
        isSegment = layout.textIndices.map { layout.columns[$0].kind == .segment }
        scatter = try RowScatter(bucketCount: bucketCount, directory: directory)
        self.seed = seed
        bucketKey = PseudonymPermutation.bucketKey(seed)
        levels = SegmentLevels(slots: textCount)
        passOne = .allocate(capacity: 1)
        passOne.initialize(to: PassOne(rowStream: SplitMix(state: PseudonymPermutation.rowStreamSeed(seed)),
                                       record: KeptRowRecord(ratingCount: ratingCount, isSegment: isSegment)))
    }

    deinit {
        passOne.pointee.record.deallocate()
        passOne.deinitialize(count: 1)
        passOne.deallocate()
    }

    /// Number of buckets.
    var bucketCount: Int { scatter.bucketCount }

    /// The stored index of segment slot `slot`'s value `text` (0 for none, or past `levelLimit`).
    func intern(slot: Int, _ text: String?) -> UInt32 { levels.intern(slot: slot, text) }

    /// Appends a row (pass 1). `segmentIDs[k]` is `intern`'s index for segment slot k; `idHash` is 0 without an id.
    func append(_ row: NormalizedRow, segmentIDs: [UInt32], idHash: UInt64, rowNumber: Int) throws(ImportError) {
        let length = passOne.pointee.record.encode(row, segmentIDs: segmentIDs, idHash: idHash, rowNumber: rowNumber, ordinal: count)
        try place(passOne.pointee.record.bytes, length: length, idHash: idHash)
    }

    /// Appends the rows of a later chunk of the export (pass 1 of a two-core import), after every row before
    /// them: each is renumbered (its ordinal, its record number + `rowNumberOffset`, its segment values' indices
    /// in this scatter's order of first appearance) and scattered exactly as `append` would have.
    func append(spooled spool: RowSpool, rowNumberOffset: Int) throws(ImportError) {
        var segmentMap = [[UInt32]](repeating: [], count: textCount)
        for slot in 0..<textCount where isSegment[slot] {
            segmentMap[slot] = [0] + spool.levels.values[slot].map { levels.intern(slot: slot, $0) }
        }
        let record = passOne.pointee.record
        try spool.forEachRecord { (bytes, length) throws(ImportError) in
            record.rebase(bytes, ordinal: count, rowNumberOffset: rowNumberOffset, segmentMap: segmentMap)
            try place(bytes, length: length, idHash: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
        }
    }

    /// Appends an encoded row to its bucket: the keyed hash of its id, else the next draw of the row stream.
    @inline(__always)
    private func place(_ bytes: UnsafeRawPointer, length: Int, idHash: UInt64) throws(ImportError) {
        let bucket = idHash != 0 ? PseudonymPermutation.bucket(idHash: idHash, key: bucketKey, count: scatter.bucketCount)
            : PseudonymPermutation.bucket(random: passOne.pointee.rowStream.next(), count: scatter.bucketCount)
        passOne.pointee.count += 1
        try scatter.append(bucket: bucket, bytes, count: length)
    }

    /// What pass 2 found, for the whole-import checks.
    struct Drained {
        /// Repeated respondent ids.
        var duplicates = DuplicateResolver.Resolution()
        /// Rows kept (after `--dedupe`).
        var kept = 0
        /// Per text slot: for a segment, its values among the kept rows with their counts, in order of first
        /// appearance in the export; empty for a comment.
        var segmentLevels: [[(value: String, count: Int)]] = []
        /// Per text slot: for a comment, the first `commentSampleSize` answers of kept rows in export order.
        var commentSamples: [[String?]] = []
        /// Per text slot, whether the segment had more than `levelLimit` distinct values.
        var segmentOverflow: [Bool] = []
    }

    /// Pass 2: every bucket in turn, repeats resolved by `policy`, kept rows shuffled into `sink`. Rows stop
    /// reaching the sink once the import is bound to fail (repeats without a policy, a segment over the limit),
    /// though the counts for the messages are still gathered.
    func drain<Sink: ResponseSink>(into sink: inout Sink, policy: DedupePolicy?) throws(ImportError) -> Drained {
        try scatter.finishWriting()
        var result = Drained()
        result.segmentOverflow = overflowed
        var levelCounts = levels.values.map { [Int](repeating: 0, count: $0.count) }
        var levelFirst = levels.values.map { [UInt64](repeating: .max, count: $0.count) }
        var samples = [[(ordinal: UInt64, text: String)]](repeating: [], count: textCount)
        var candidates = samples
        var bytes: [UInt8] = [], offsets: [Int] = [], dropped: [Bool] = [], entries: [DuplicateResolver.Entry] = []
        var kept: [Int] = []
        var row = NormalizedRow(ratingCount: ratingCount, textCount: textCount)
        let feed = !overflowed.contains(true)
        let ratingCount = self.ratingCount, textCount = self.textCount, isSegment = self.isSegment
        // The responses file is written straight from the encoded rows (on two threads); other sinks take rows.
        let fileWriter = sink as? ResponsesFileWriter
        let segmentCells = fileWriter == nil ? [] : (0..<textCount).map { slot in
            isSegment[slot] ? [[]] + levels.values[slot].map { Array(CSVText.escaped($0).utf8) } : []
        }
        for bucket in 0..<scatter.bucketCount {
            try scatter.load(bucket: bucket, into: &bytes)
            offsets.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            bytes.withUnsafeBytes { raw in
                var at = 0
                while at < raw.count {
                    let hash = raw.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self)
                    if hash != 0 {
                        entries.append(.init(hash: UInt64(littleEndian: hash),
                                             rowNumber: Int(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: Int64.self))),
                                             index: offsets.count))
                    }
                    offsets.append(at)
                    at += Self.headerBytes + ratingCount
                    for slot in 0..<textCount {
                        let value = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                        at += 4
                        if !isSegment[slot], value > 0 { at += value - 1 }
                    }
                }
            }
            dropped.removeAll(keepingCapacity: true)
            dropped.append(contentsOf: repeatElement(false, count: offsets.count))
            DuplicateResolver.resolve(entries, policy: policy, dropped: &dropped, into: &result.duplicates)
            kept.removeAll(keepingCapacity: true)
            for i in offsets.indices where !dropped[i] { kept.append(offsets[i]) }
            result.kept += kept.count
            let writing = feed && (policy != nil || result.duplicates.count == 0)
            let order = PseudonymPermutation.compactOrder(count: kept.count, seed: PseudonymPermutation.bucketSeed(seed, bucket: bucket))
            for slot in 0..<textCount { candidates[slot].removeAll(keepingCapacity: true) }
            var failure: ImportError?
            bytes.withUnsafeBytes { raw in
                // The counts and comment samples do not depend on the order: for the file writer (which takes the
                // shuffled rows itself) the rows are visited in storage order, one cache-friendly sweep.
                for i in 0..<kept.count {
                    var at = fileWriter == nil ? kept[Int(order[i])] : kept[i]
                    let ordinal = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                    at += Self.headerBytes
                    if fileWriter == nil {
                        row.codes.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + ratingCount)])) }
                    }
                    at += ratingCount
                    for slot in 0..<textCount {
                        let value = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                        at += 4
                        if isSegment[slot] {
                            if value == 0 { row.texts[slot] = nil; continue }
                            if fileWriter == nil { row.texts[slot] = levels.values[slot][value - 1] }
                            levelCounts[slot][value - 1] += 1
                            if ordinal < levelFirst[slot][value - 1] { levelFirst[slot][value - 1] = ordinal }
                        } else if value == 0 {
                            row.texts[slot] = nil
                        } else {
                            let sampled = samples[slot].count < Self.commentSampleSize || ordinal < samples[slot].last!.ordinal
                            if sampled || fileWriter == nil {
                                let text = String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<(at + value - 1)]), as: UTF8.self)
                                row.texts[slot] = text
                                if sampled { candidates[slot].append((ordinal, text)) }
                            }
                            at += value - 1
                        }
                    }
                    if writing, fileWriter == nil {
                        do throws(ImportError) { try sink.append(row) } catch { failure = error; return }
                    }
                }
            }
            if let failure { throw failure }
            if writing, let fileWriter {
                bytes.withUnsafeBytes { raw in
                    do throws(ImportError) { try fileWriter.append(encoded: raw, at: kept, in: order, segmentCells: segmentCells) }
                    catch { failure = error }
                }
                if let failure { throw failure }
            }
            for slot in 0..<textCount where !candidates[slot].isEmpty {
                samples[slot].append(contentsOf: candidates[slot])
                samples[slot].sort { $0.ordinal < $1.ordinal }
                if samples[slot].count > Self.commentSampleSize { samples[slot].removeLast(samples[slot].count - Self.commentSampleSize) }
            }
        }
        for slot in 0..<textCount {
            if isSegment[slot] {
                let present = levels.values[slot].indices.filter { levelCounts[slot][$0] > 0 }
                    .sorted { levelFirst[slot][$0] < levelFirst[slot][$1] }
                result.segmentLevels.append(present.map { (levels.values[slot][$0], levelCounts[slot][$0]) })
                result.commentSamples.append([])
            } else {
                result.segmentLevels.append([])
                result.commentSamples.append(samples[slot].map(\.text))
            }
        }
        return result
    }
}
