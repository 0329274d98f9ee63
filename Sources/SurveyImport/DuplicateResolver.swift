/// Finds rows whose respondent id repeats an earlier row's (by the ids' hashes) and decides which rows are
/// kept: all of them (the import then fails listing the repeats), or one per id with `--dedupe first|last`.
/// It works one bucket of the scatter at a time (`ScatteredRows`): rows with the same id hash always share a
/// bucket, so the repeats found bucket by bucket are exactly those of the whole export, and memory stays at
/// one bucket.
enum DuplicateResolver {
    /// What was repeated, over every bucket seen so far.
    struct Resolution {
        /// Rows that repeat an id seen before.
        var count = 0
        /// The first few repeats in export order: the row and the earlier row it repeats.
        var examples: [(row: Int, first: Int)] = []
    }

    /// One row of a bucket with an id: its hash, its record number in the export and its place in the bucket.
    struct Entry {
        var hash: UInt64
        var rowNumber: Int
        var index: Int
    }

    /// How many repeats `Resolution.examples` keeps.
    static let exampleCount = 5

    /// The open-addressing table of `resolve`, kept from bucket to bucket (two fresh megabyte arrays a bucket, freed
    /// on another thread each time, left the allocator's heap larger).
    struct Table {
        fileprivate var first: [Int32] = []
        fileprivate var current: [Int32] = []
    }

    /// Resolves one bucket's rows: sets `dropped[index]` for the rows `policy` drops (none without a policy) and
    /// adds the bucket's repeats to `resolution`. `entries` are the bucket's rows that have an id (hash ≠ 0), in
    /// export order; one pass with an open-addressing table from hash to its group's first and kept row.
    static func resolve(_ entries: [Entry], policy: DedupePolicy?, dropped: inout [Bool],
                        into resolution: inout Resolution, using table: inout Table) {
        guard entries.count > 1 else { return }
        var capacity = 16
        while capacity < 2 * entries.count { capacity <<= 1 }
        let mask = capacity - 1
        // Per slot: the group's first entry + 1 (0 = empty) and its currently kept entry (set with `first`).
        var first: [Int32] = [], current: [Int32] = []
        swap(&first, &table.first)
        swap(&current, &table.current)
        defer {
            swap(&first, &table.first)
            swap(&current, &table.current)
        }
        first.removeAll(keepingCapacity: true)
        first.append(contentsOf: repeatElement(0, count: capacity))
        if current.count < capacity { current.append(contentsOf: repeatElement(0, count: capacity - current.count)) }
        var pairs: [(row: Int, first: Int)] = []
        for k in entries.indices {
            let entry = entries[k]
            var slot = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 31)) & mask
            while first[slot] != 0, entries[Int(first[slot]) - 1].hash != entry.hash { slot = (slot + 1) & mask }
            if first[slot] == 0 {
                first[slot] = Int32(k + 1)
                current[slot] = Int32(k)
                continue
            }
            resolution.count += 1
            if pairs.count < exampleCount { pairs.append((entry.rowNumber, entries[Int(first[slot]) - 1].rowNumber)) }
            switch policy {
            case .first: dropped[entry.index] = true
            case .last:
                dropped[entries[Int(current[slot])].index] = true
                current[slot] = Int32(k)
            case nil: break
            }
        }
        guard !pairs.isEmpty else { return }
        var merged = resolution.examples + pairs
        merged.sort { $0.row < $1.row }
        resolution.examples = Array(merged.prefix(exampleCount))
    }
}
