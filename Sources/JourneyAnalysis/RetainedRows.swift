/// A bounded, seeded sample of whole respondent rows (their rating codes), for the few computations that need
/// individual respondents: bootstrap intervals on small groups, the key-driver stability bootstrap, complete cases.
///
/// Up to `capacity` rows every row is kept, so any group of at most `capacity` respondents per cell is analysed
/// exactly as from the full data. Beyond it the sample is a **bottom-k sample** (Cohen & Kaplan 2007): every row
/// gets the key h = SplitMix64's first output from the state `seed` XOR its position (the byte offset of its
/// record in the responses file, or its ordinal for responses in memory), and the `capacity` rows with the
/// smallest keys are kept. SplitMix64's output is a bijection of its state, so distinct positions never tie, and
/// the keys behave as independent uniform draws: the kept rows are a uniform random sample without replacement.
/// Unlike a reservoir drawn in file order, the sample depends only on which rows there are (and where they are in
/// the file), not on the order they are offered in: tallying a file in one pass or in chunks on several threads
/// keeps the same rows, and the sample of a union of cells is the bottom-k of the cells' samples. Memory is
/// capacity × (width + 32) bytes (codes, key, position, heap entry) whatever the number of respondents. Rows are
/// handed out in position (file) order.
struct RetainedRows: Sendable {
    /// Codes per row.
    let width: Int
    /// Rows kept at most (nil: every row).
    let capacity: Int?
    /// The kept rows' codes, `width` per row. A bounded sample holds candidates between `settle()` calls: a superset
    /// of its smallest keys, up to 2 × capacity rows.
    private(set) var codes: [UInt8] = []
    /// The kept rows' positions in the file (byte offset or respondent ordinal), to restore file order.
    private(set) var positions: [Int] = []
    /// The kept rows' sampling keys.
    private(set) var keys: [UInt64] = []
    /// Rows offered.
    private(set) var seen = 0
    /// A row whose key is not below this is not among the `capacity` smallest keys offered (there are already that
    /// many below it), so `offer` turns it away at once.
    private var threshold = UInt64.max

    /// The seed of the sampling keys.
    static let seed: UInt64 = 0x5EED_0F_C0DE5

    init(width: Int, capacity: Int?) {
        self.width = width
        self.capacity = capacity
        if capacity == 0 { threshold = 0 }
    }

    /// The sampling key of the row at `position`: SplitMix64's first output after seeding it with seed XOR position.
    @inline(__always) static func key(position: Int) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ UInt64(bitPattern: Int64(position)))
        return generator.next()
    }

    /// Every offered row is kept (a merged group, whose capacity is nil, holds fewer rows than it saw when one of its
    /// cells dropped some).
    var isComplete: Bool { capacity.map { seen <= $0 } ?? (positions.count == seen) }
    /// Rows in the sample (after `settle()`, the rows `codes` and `positions` hold).
    var count: Int { capacity.map { min(positions.count, $0) } ?? positions.count }
    /// `codes`, `positions` and `keys` hold exactly the sample, no further candidates.
    var isSettled: Bool { positions.count == count }

    /// Offers one row.
    mutating func offer(_ row: UnsafePointer<UInt8>, position: Int) {
        seen += 1
        guard capacity != nil else {
            codes.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
            positions.append(position)
            return
        }
        let key = Self.key(position: position)
        if key >= threshold { return }
        keep(row, position: position, key: key)
    }

    /// Keeps a candidate row of a bounded sample (its key is below `threshold`); at 2 × capacity candidates, settles.
    /// A candidate costs one append, and a settle one selection over the candidates, so each kept row costs O(1)
    /// amortized, where a max-heap of the kept keys cost a sift of log₂ capacity steps through scattered memory.
    private mutating func keep(_ row: UnsafePointer<UInt8>, position: Int, key: UInt64) {
        codes.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
        positions.append(position)
        keys.append(key)
        if positions.count >= 2 * capacity! { settle() }
    }

    /// Drops the candidates beyond the `capacity` smallest keys, which become the sample; the largest kept key is the
    /// new `threshold`. Keys are distinct (SplitMix64 is a bijection of the position), so the smallest `capacity`
    /// are one set whatever the order of the rows. The kept rows keep their relative order.
    mutating func settle() {
        guard let capacity, positions.count > capacity else { return }
        var scratch = keys
        let cut = Self.smallest(capacity, of: &scratch)
        var kept = 0
        codes.withUnsafeMutableBufferPointer { c in
            let base = c.baseAddress!
            for r in 0..<positions.count where keys[r] <= cut {
                if r != kept {
                    (base + kept * width).update(from: base + r * width, count: width)
                    positions[kept] = positions[r]
                    keys[kept] = keys[r]
                }
                kept += 1
            }
        }
        codes.removeLast((positions.count - kept) * width)
        positions.removeLast(positions.count - kept)
        keys.removeLast(keys.count - kept)
        threshold = cut
    }

    /// The k-th smallest of `values` (1 ≤ k ≤ `values.count`; ties allowed), by quickselect (Hoare's FIND) with a
    /// median-of-three pivot: expected linear time; the keys are pseudo-random, so the quadratic worst case needs
    /// an input built against SplitMix64. Reorders `values`.
    static func smallest(_ k: Int, of values: inout [UInt64]) -> UInt64 {
        values.withUnsafeMutableBufferPointer { v in
            var low = 0, high = v.count - 1
            let target = k - 1
            while low < high {
                let mid = low + (high - low) / 2
                let a = v[low], b = v[mid], c = v[high]
                let pivot = max(min(a, b), min(max(a, b), c))
                var i = low, j = high
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while v[j] > pivot { j -= 1 }
                    if i <= j { v.swapAt(i, j); i += 1; j -= 1 }
                }
                if target <= j { high = j } else if target >= i { low = i } else { return v[target] }
            }
            return v[target]
        }
    }

    /// Row r's code at slot s.
    @inline(__always) func code(_ r: Int, _ s: Int) -> UInt8 { codes[r * width + s] }

    /// Adds the rows of the same cell seen by another pass (a later chunk of the file): every row while the two
    /// together saw at most `capacity`, otherwise the `capacity` smallest keys of both samples — the rows a single
    /// pass over both chunks keeps (each sample holds its own smallest keys).
    mutating func absorb(_ other: RetainedRows) {
        if capacity == nil {
            codes += other.codes
            positions += other.positions
        } else {
            other.codes.withUnsafeBufferPointer { c in
                for r in 0..<other.positions.count where other.keys[r] < threshold {
                    keep(c.baseAddress! + r * width, position: other.positions[r], key: other.keys[r])
                }
            }
        }
        seen += other.seen
    }

    /// Several cells' rows as one group, in position order: every row when each cell kept all of its rows;
    /// otherwise the rows with the smallest keys among the cells' samples, as many as the largest capacity (the
    /// bottom-k sample of the union, since each cell's sample holds its own smallest keys).
    static func merged(_ parts: [RetainedRows], width: Int) -> RetainedRows {
        var result = RetainedRows(width: width, capacity: nil)
        var order: [(position: Int, part: Int, row: Int)] = []
        for (p, part) in parts.enumerated() { for r in 0..<part.positions.count { order.append((part.positions[r], p, r)) } }
        if !parts.allSatisfy(\.isComplete) {
            let size = parts.compactMap(\.capacity).max() ?? 0
            if order.count > size {
                // The `size` smallest keys, by the selection `settle` uses (keys are distinct: one set).
                if size == 0 { order = [] } else {
                    var keys = order.map { parts[$0.part].keys[$0.row] }
                    let cut = smallest(size, of: &keys)
                    order.removeAll { parts[$0.part].keys[$0.row] > cut }
                }
            }
        }
        order.sort { $0.position < $1.position }
        result.codes.reserveCapacity(order.count * width)
        for o in order {
            result.codes.append(contentsOf: parts[o.part].codes[(o.row * width)..<(o.row * width + width)])
            result.positions.append(o.position)
        }
        result.seen = parts.map(\.seen).reduce(0, +)
        return result
    }
}
