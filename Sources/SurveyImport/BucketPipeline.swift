import Dispatch

/// Pass 2 of an import on two threads: while the calling thread writes bucket b, another prepares and counts
/// bucket b + 1 (`BucketDrain`) into the other of two `DrainedBucket`s, so the serial bookkeeping (load, repeats,
/// order, counts) overlaps the formatting and the output's writes. Memory: two buckets instead of one. The output
/// is the same as writing the buckets one after another: buckets are prepared, counted and written in order.
final class BucketPipeline: @unchecked Sendable {
    /// Only the preparing thread touches `work` and the slot it fills; the calling thread reads the other slot.
    /// The two hand over at `DispatchGroup.wait`, which orders every access.
    private var work: BucketDrain
    /// Two separate slots (not one array), so that filling one never touches the other's storage.
    private let slots: UnsafeMutablePointer<DrainedBucket>
    private var failure: ImportError?
    private let bucketCount: Int

    /// A pipeline over buckets 0..<`bucketCount` of `work`'s scatter.
    init(work: BucketDrain, bucketCount: Int) {
        self.work = work
        self.bucketCount = bucketCount
        slots = .allocate(capacity: 2)
        slots.initialize(repeating: DrainedBucket(), count: 2)
    }

    deinit {
        slots.deinitialize(count: 2)
        slots.deallocate()
    }

    /// Loads, resolves, orders and counts `bucket` into its slot; a failure is kept for the calling thread.
    private func prepare(_ bucket: Int) {
        do throws(ImportError) {
            try work.prepare(bucket: bucket, into: &slots[bucket & 1])
            work.count(slots[bucket & 1])
        } catch {
            failure = error
        }
    }

    /// Hands each bucket whose rows reach the sink to `write`, in bucket order; returns what the buckets gathered.
    func run(write: (DrainedBucket) throws(ImportError) -> Void) throws(ImportError) -> ScatteredRows.Drained {
        let group = DispatchGroup()
        if bucketCount > 0 { prepare(0) }
        for bucket in 0..<bucketCount {
            if let failure { throw failure }
            if bucket + 1 < bucketCount {
                DispatchQueue.global().async(group: group) { self.prepare(bucket + 1) }
            }
            var writeFailure: ImportError?
            if slots[bucket & 1].writing {
                do throws(ImportError) { try write(slots[bucket & 1]) } catch { writeFailure = error }
            }
            // The next bucket's slot and `work` are in use until here, whatever `write` did.
            group.wait()
            if let writeFailure { throw writeFailure }
        }
        if let failure { throw failure }
        return work.finish()
    }
}
