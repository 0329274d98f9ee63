/// Finds rows whose respondent id repeats an earlier row's (by the ids' hashes, sorted, so memory stays at a few
/// bytes per row) and decides which rows are kept: all of them (the import then fails listing the repeats), or
/// one per id with `--dedupe first|last`.
enum DuplicateResolver {
    /// The rows kept, in export order, and what was repeated.
    struct Resolution {
        /// Buffer indices of the rows kept, ascending; nil when every row is kept.
        var kept: [Int]?
        /// Rows that repeat an id seen before.
        var count: Int
        /// The first few repeats in export order: the row and the earlier row it repeats.
        var examples: [(row: Int, first: Int)]
    }

    static func resolve(_ buffer: RowBuffer, policy: DedupePolicy?) -> Resolution {
        let hashes = buffer.idHashes
        guard !hashes.isEmpty else { return Resolution(kept: nil, count: 0, examples: []) }
        var order: [UInt32] = []
        order.reserveCapacity(hashes.count)
        for i in hashes.indices where hashes[i] != 0 { order.append(UInt32(truncatingIfNeeded: i)) }
        order.sort { hashes[Int($0)] != hashes[Int($1)] ? hashes[Int($0)] < hashes[Int($1)] : $0 < $1 }
        var dropped = Set<Int>(), pairs: [(row: Int, first: Int)] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, hashes[Int(order[end])] == hashes[Int(order[start])] { end += 1 }
            if end - start > 1 {
                let group = order[start..<end].map(Int.init)
                let first = group.first!
                for index in group.dropFirst() { pairs.append((buffer.rowNumber(index), buffer.rowNumber(first))) }
                switch policy {
                case .first: dropped.formUnion(group.dropFirst())
                case .last: dropped.formUnion(group.dropLast())
                case nil: break
                }
            }
            start = end
        }
        pairs.sort { $0.row < $1.row }
        let kept = dropped.isEmpty ? nil : (0..<buffer.count).filter { !dropped.contains($0) }
        return Resolution(kept: kept, count: pairs.count, examples: Array(pairs.prefix(5)))
    }
}
