import JourneyModel

/// The kept rows of a later byte range of a two-core import (`ChunkedImport`), read on their own thread. A row
/// with a respondent id goes to its bucket at once — the bucket depends on the keyed hash of its id alone — into
/// this range's own scatter (`RowScatter`), with its ordinal, record number and segment indices local to the
/// range. From the first row without an id on, rows wait in a `RowSpool` in export order: such a row takes the
/// next draw of one seeded stream counted over the whole export, so its bucket can only be chosen once the ranges
/// before it are scattered (`ScatteredRows.adopt`). Pass 2 reads bucket b as the first range's bucket b followed
/// by each later range's, renumbering these rows as it loads them, so every bucket holds the rows it would hold
/// after one pass, in the same order.
final class LaterRangeRows: KeptRowSink {
    /// This range's own buckets (the same number, and the same bucket key, as the first range's scatter).
    let scatter: RowScatter
    /// The rows from the first one without a respondent id on.
    let spool: RowSpool
    private let bucketKey: UInt64
    /// The encoded row, reused (behind a pointer, as in `ScatteredRows`).
    private let record: UnsafeMutablePointer<KeptRowRecord>
    /// The range's segment values, in order of first appearance in the range.
    private(set) var levels: SegmentLevels
    /// Rows appended, and how many of them went to the scatter at once (the rest are in the spool).
    private(set) var count = 0
    private(set) var scatteredCount = 0

    /// Buckets like the first range's (`bucketCount` of them, keyed by `bucketKey`); scratch files in `directory`.
    init(layout: ResponsesLayout, bucketCount: Int, bucketKey: UInt64, directory: String?) throws(ImportError) {
        scatter = try RowScatter(bucketCount: bucketCount, directory: directory)
        spool = try RowSpool(layout: layout, directory: directory)
        self.bucketKey = bucketKey
        let isSegment = layout.textIndices.map { layout.columns[$0].kind == .segment }
        record = .allocate(capacity: 1)
        record.initialize(to: KeptRowRecord(ratingCount: layout.ratingIndices.count, isSegment: isSegment))
        levels = SegmentLevels(slots: isSegment.count)
    }

    deinit {
        record.pointee.deallocate()
        record.deinitialize(count: 1)
        record.deallocate()
    }

    func intern(slot: Int, _ text: String?) -> UInt32 { levels.intern(slot: slot, text) }

    func append(_ row: NormalizedRow, segmentIDs: [UInt32], idHash: UInt64, rowNumber: Int) throws(ImportError) {
        if idHash != 0, scatteredCount == count {
            let length = record.pointee.encode(row, segmentIDs: segmentIDs, idHash: idHash, rowNumber: rowNumber, ordinal: count)
            try scatter.append(bucket: PseudonymPermutation.bucket(idHash: idHash, key: bucketKey, count: scatter.bucketCount),
                               record.pointee.bytes, count: length)
            scatteredCount += 1
        } else {
            // The spool numbers its rows from 0: `ScatteredRows.adopt` adds `scatteredCount` to each.
            try spool.append(row, segmentIDs: segmentIDs, idHash: idHash, rowNumber: rowNumber)
        }
        count += 1
    }
}

/// A later range's rows as pass 2 reads them: its scatter, and what to add to each of its records to number it
/// within the whole export (`KeptRowRecord.rebase`).
struct LaterRangePart {
    let scatter: RowScatter
    /// Kept rows before the range (added to each local ordinal).
    let ordinalOffset: Int
    /// Records before the range (added to each local record number).
    let rowNumberOffset: Int
    /// Per text slot, the range's segment index → the whole import's (`[0]` first: no value).
    let segmentMap: [[UInt32]]
}
