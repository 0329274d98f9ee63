/// The linear span of released groups' indicator vectors over cells, kept in reduced row echelon form.
///
/// Every released figure (a count, a distribution, a sum behind a mean, eNPS counts, a set of comments) is additive
/// over cells, so a reader holding the figures of groups G₁…G_m can compute them for every group whose indicator
/// vector lies in span(G₁…G_m) — e.g. total − A − B − C = D (METHODS.md §4.3, differencing). Entries are small
/// rationals from 0/1 rows; Double arithmetic with a 1e-9 tolerance is exact enough at the sizes used here.
struct CellSpan: Sendable {
    /// Number of coordinates (cells).
    let dimension: Int
    /// Rows of the reduced row echelon form.
    private(set) var rows: [[Double]] = []
    /// The pivot column of each row.
    private(set) var pivots: [Int] = []

    static let tolerance = 1e-9

    /// An empty span over `dimension` cells.
    init(dimension: Int) { self.dimension = dimension }

    /// Its dimension (the rank of the released groups).
    var rank: Int { rows.count }

    /// `vector` minus its projection onto the span along the echelon rows.
    private func reduce(_ vector: [Double]) -> [Double] {
        var v = vector
        for (row, pivot) in zip(rows, pivots) where abs(v[pivot]) > Self.tolerance {
            let factor = v[pivot]
            for c in 0..<dimension where row[c] != 0 { v[c] -= factor * row[c] }
        }
        return v
    }

    /// Whether `vector` lies in the span.
    func contains(_ vector: [Double]) -> Bool {
        reduce(vector).allSatisfy { abs($0) <= Self.tolerance }
    }

    /// Adds `vector` to the span; returns false (and changes nothing) when it was already inside.
    @discardableResult
    mutating func add(_ vector: [Double]) -> Bool {
        var v = reduce(vector)
        guard let pivot = v.indices.max(by: { abs(v[$0]) < abs(v[$1]) }), abs(v[pivot]) > Self.tolerance else { return false }
        let scale = v[pivot]
        for c in 0..<dimension { v[c] /= scale }
        for r in rows.indices where abs(rows[r][pivot]) > Self.tolerance {
            let factor = rows[r][pivot]
            for c in 0..<dimension where v[c] != 0 { rows[r][c] -= factor * v[c] }
        }
        rows.append(v)
        pivots.append(pivot)
        return true
    }

    /// Per coordinate, its image in the orthogonal complement: a union u of cells lies in the span exactly when
    /// these vectors summed over u's cells are zero (u ⊥ every null-space basis vector of the echelon form).
    func complementCoordinates() -> [[Double]] {
        let pivotSet = Set(pivots)
        let free = (0..<dimension).filter { !pivotSet.contains($0) }
        let freeIndex = Dictionary(uniqueKeysWithValues: free.enumerated().map { ($0.element, $0.offset) })
        var coordinates = [[Double]](repeating: [Double](repeating: 0, count: free.count), count: dimension)
        for f in free { coordinates[f][freeIndex[f]!] = 1 }
        for (row, pivot) in zip(rows, pivots) {
            for f in free where row[f] != 0 { coordinates[pivot][freeIndex[f]!] = -row[f] }
        }
        return coordinates
    }

    /// Whether some union of cells with total weight in 1 ..< `minimum` lies in the span — the leak a release policy
    /// must never allow. Searches the unions of small cells (weight < minimum) depth first; gives up after `budget`
    /// unions and answers true (the safe answer: the caller then releases less).
    func revealsSmallUnion(weights: [Int], minimum: Int, budget: Int = 200_000) -> Bool {
        let coordinates = complementCoordinates()
        let width = coordinates.first?.count ?? 0
        let small = weights.indices.filter { weights[$0] > 0 && weights[$0] < minimum }
        if width == 0 { return !small.isEmpty }
        // Flattened: row k holds small cell k's coordinates.
        let flat = small.flatMap { coordinates[$0] }
        let smallWeights = small.map { weights[$0] }
        var sum = [Double](repeating: 0, count: width)
        var visited = 0
        return flat.withUnsafeBufferPointer { flat in
            sum.withUnsafeMutableBufferPointer { sum in
                // Iterative depth-first search over unions of small cells in increasing index order.
                var stack: [(cell: Int, weight: Int)] = []
                var next = 0, weight = 0
                while true {
                    if next < smallWeights.count {
                        let cell = next
                        next += 1
                        let total = weight + smallWeights[cell]
                        guard total < minimum else { continue }
                        visited += 1
                        if visited > budget { return true }
                        var zero = true
                        for d in 0..<width {
                            sum[d] += flat[cell * width + d]
                            if abs(sum[d]) > 1e-7 { zero = false }
                        }
                        if zero { return true }
                        stack.append((cell, weight))
                        weight = total
                    } else {
                        guard let (cell, previous) = stack.popLast() else { return false }
                        for d in 0..<width { sum[d] -= flat[cell * width + d] }
                        weight = previous
                        next = cell + 1
                    }
                }
            }
        }
    }
}
