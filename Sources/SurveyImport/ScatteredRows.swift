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
    private let layout: ResponsesLayout
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
    /// The later ranges of a two-core import, in export order (`adopt`).
    private var laterParts: [LaterRangePart] = []
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

    /// Opens the scratch file (in `directory`, else TMPDIR) with `bucketCount` buckets.
    init(layout: ResponsesLayout, seed: UInt64, bucketCount: Int, directory: String?) throws(ImportError) {
        self.layout = layout
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

    /// The sink for a later byte range of a two-core import: buckets like these (same count, same key) and a spool.
    func makeLaterRange(directory: String?) throws(ImportError) -> LaterRangeRows {
        try LaterRangeRows(layout: layout, bucketCount: scatter.bucketCount, bucketKey: bucketKey, directory: directory)
    }

    /// Takes the rows of a later range of a two-core import (`LaterRangeRows`), after every row before them: their
    /// segment values join this scatter's (in order of first appearance), the rows waiting in the range's spool are
    /// placed in the range's own buckets as `append` would have placed them (a row without an id takes the next
    /// draw of the row stream), and pass 2 reads the range's buckets after this scatter's, renumbering their rows
    /// by `rowNumberOffset` (records before the range) and the rows counted so far.
    func adopt(_ later: LaterRangeRows, rowNumberOffset: Int) throws(ImportError) {
        var segmentMap = [[UInt32]](repeating: [], count: textCount)
        for slot in 0..<textCount where isSegment[slot] {
            segmentMap[slot] = [0] + later.levels.values[slot].map { levels.intern(slot: slot, $0) }
        }
        let scattered = UInt64(later.scatteredCount), target = later.scatter
        try later.spool.forEachRecord { (bytes, length) throws(ImportError) in
            // The spool numbers its rows from 0, after the range's first `scatteredCount`.
            let ordinal = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
            bytes.storeBytes(of: (ordinal + scattered).littleEndian, toByteOffset: 0, as: UInt64.self)
            let idHash = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
            // The range's buckets are as many as this scatter's (`makeLaterRange`).
            try target.append(bucket: nextBucket(idHash: idHash), bytes, count: length)
        }
        laterParts.append(LaterRangePart(scatter: target, ordinalOffset: count, rowNumberOffset: rowNumberOffset, segmentMap: segmentMap))
        passOne.pointee.count += later.count
    }

    /// Appends an encoded row to its bucket (`nextBucket`).
    @inline(__always)
    private func place(_ bytes: UnsafeRawPointer, length: Int, idHash: UInt64) throws(ImportError) {
        let bucket = nextBucket(idHash: idHash)
        passOne.pointee.count += 1
        try scatter.append(bucket: bucket, bytes, count: length)
    }

    /// The bucket of the next row in export order: the keyed hash of its id, else the next draw of the row stream.
    @inline(__always)
    private func nextBucket(idHash: UInt64) -> Int {
        idHash != 0 ? PseudonymPermutation.bucket(idHash: idHash, key: bucketKey, count: scatter.bucketCount)
            : PseudonymPermutation.bucket(random: passOne.pointee.rowStream.next(), count: scatter.bucketCount)
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
    /// though the counts for the messages are still gathered. The responses file is written straight from the
    /// encoded rows, and while one bucket is written the next is prepared on another thread (`BucketDrain`).
    func drain<Sink: ResponseSink>(into sink: inout Sink, policy: DedupePolicy?) throws(ImportError) -> Drained {
        try scatter.finishWriting()
        for part in laterParts { try part.scatter.finishWriting() }
        var work = BucketDrain(scatter: scatter, laterParts: laterParts, ratingCount: ratingCount, isSegment: isSegment,
                               levelValues: levels.values, overflowed: overflowed, seed: seed, policy: policy)
        if let fileWriter = sink as? ResponsesFileWriter {
            let segmentCells = (0..<textCount).map { slot in
                isSegment[slot] ? [[]] + levels.values[slot].map { Array(CSVText.escaped($0).utf8) } : []
            }
            return try BucketPipeline(work: work, bucketCount: scatter.bucketCount).run { rows throws(ImportError) in
                var failure: ImportError?
                rows.bytes.withUnsafeBytes { raw in
                    do throws(ImportError) {
                        try fileWriter.append(encoded: UnsafeRawBufferPointer(rebasing: raw[..<rows.length]), at: rows.kept,
                                              in: rows.order, segmentCells: segmentCells)
                    } catch { failure = error }
                }
                if let failure { throw failure }
            }
        }
        var rows = DrainedBucket()
        for bucket in 0..<scatter.bucketCount {
            try work.prepare(bucket: bucket, into: &rows)
            try work.count(rows) { (row) throws(ImportError) in try sink.append(row) }
        }
        return work.finish()
    }
}
