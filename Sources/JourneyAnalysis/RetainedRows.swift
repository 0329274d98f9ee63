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
    /// The kept rows' codes, `width` per row.
    private(set) var codes: [UInt8] = []
    /// The kept rows' positions in the file (byte offset or respondent ordinal), to restore file order.
    private(set) var positions: [Int] = []
    /// The kept rows' sampling keys.
    private(set) var keys: [UInt64] = []
    /// Rows offered.
    private(set) var seen = 0
    /// When full: the kept rows as a max-heap on their keys (heap[0] holds the largest kept key and its row).
    private var heap: [(key: UInt64, row: Int)] = []
    /// When full: heap[0]'s key, so that `offer` turns away a row whose key is not smaller without a call.
    private var largestKept: UInt64?

    /// The seed of the sampling keys.
    static let seed: UInt64 = 0x5EED_0F_C0DE5

    init(width: Int, capacity: Int?) {
        self.width = width
        self.capacity = capacity
    }

    /// The sampling key of the row at `position`: SplitMix64's first output after seeding it with seed XOR position.
    @inline(__always) static func key(position: Int) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ UInt64(bitPattern: Int64(position)))
        return generator.next()
    }

    /// Every offered row is kept.
    var isComplete: Bool { positions.count == seen }
    var count: Int { positions.count }

    /// Offers one row.
    mutating func offer(_ row: UnsafePointer<UInt8>, position: Int) {
        seen += 1
        guard capacity != nil else {
            codes.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
            positions.append(position)
            return
        }
        let key = Self.key(position: position)
        if let largest = largestKept, key >= largest { return }
        keep(row, position: position, key: key)
    }

    /// Keeps a row of a bounded sample while there is room, or in place of the largest key when its key is smaller.
    private mutating func keep(_ row: UnsafePointer<UInt8>, position: Int, key: UInt64) {
        let capacity = capacity!
        if positions.count < capacity {
            codes.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
            positions.append(position)
            keys.append(key)
            if positions.count == capacity { buildHeap() }
            return
        }
        guard capacity > 0, key < heap[0].key else { return }
        let slot = heap[0].row
        codes.withUnsafeMutableBufferPointer { c in
            (c.baseAddress! + slot * width).update(from: row, count: width)
        }
        positions[slot] = position
        keys[slot] = key
        heap[0].key = key
        siftDown(0)
        largestKept = heap[0].key
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
                for r in 0..<other.count { keep(c.baseAddress! + r * width, position: other.positions[r], key: other.keys[r]) }
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
        for (p, part) in parts.enumerated() { for r in 0..<part.count { order.append((part.positions[r], p, r)) } }
        if !parts.allSatisfy(\.isComplete) {
            let size = parts.compactMap(\.capacity).max() ?? 0
            if order.count > size {
                order.sort { parts[$0.part].keys[$0.row] < parts[$1.part].keys[$1.row] }
                order.removeLast(order.count - size)
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

    private mutating func buildHeap() {
        heap = keys.enumerated().map { (key: $0.element, row: $0.offset) }
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
        largestKept = heap.first?.key
    }

    private mutating func siftDown(_ start: Int) {
        heap.withUnsafeMutableBufferPointer { heap in
            var i = start
            let n = heap.count, item = heap[start]
            while true {
                let l = 2 * i + 1
                if l >= n { break }
                var child = l
                if l + 1 < n, heap[l + 1].key > heap[l].key { child = l + 1 }
                if heap[child].key <= item.key { break }
                heap[i] = heap[child]
                i = child
            }
            heap[i] = item
        }
    }
}
