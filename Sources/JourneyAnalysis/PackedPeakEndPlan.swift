/// The per-respondent peak-end pass of the common journey in a few integer operations per touchpoint.
///
/// When every bound touchpoint has the same centring offset, a multiple of 1/2, a scale of at most
/// `maximumPoints` points, there are 1…`maximumTouchpoints` of them and the minimum to count is at least 1, twice a
/// rated touchpoint's centred score is `twiceOffset + 2·code`. Everything the features need then follows from three
/// words filled in one pass over the codes: a histogram of the codes packed 5 bits a code (code 0: unrated), Σ code
/// and Σ j·code, and the mask of the unrated touchpoints (usually none or one): count, Σv, best and worst (the highest
/// and lowest rated code) and how many tie at each, first and end (the first and last rated touchpoint), Σj, Σj², Σj·v.
/// They are the same integers `PeakEndAnalyzer.halfValuedFeatures` sums one touchpoint at a time, converted with the
/// same Double operations, so the features are bit-identical. The f⁺/f⁻ shares are counted per touchpoint and tie
/// count (`PeakEndAnalyzer.ExtremeShares.add(_:_:)`) and turned into the same fixed-point sums at the end.
struct PackedPeakEndPlan: Sendable {
    static let maximumTouchpoints = 31, maximumPoints = 11
    /// Per journey touchpoint, the tie counts 0…31 of the f⁺/f⁻ tallies (0 collects the rows not at the extreme).
    static let tieSlots = 32

    /// Per bound touchpoint (journey order): its score slot, its journey position j + 1, and where its tie counts
    /// start (journey index · `tieSlots`).
    let slots: [Int], positions: [Int], tieBases: [Int]
    /// Twice the common centring offset.
    let twiceOffset: Int
    /// Σ (j + 1) and Σ (j + 1)² over all bound touchpoints.
    let positionSum: Int, positionSquareSum: Int
    let minimumRated: Int

    /// A respondent's features, the extreme codes and how many rated touchpoints tie at each.
    struct Row {
        var features: RespondentFeatures
        /// The touchpoints (bit k: bound touchpoint k) at the best and at the worst value, and how many each.
        var bestMask: UInt64, worstMask: UInt64, bestCount: Int, worstCount: Int
    }

    /// The plan, or nil when the journey is not of that shape.
    init?(slots: [Int], offsets: [Double], indices: [Int], pointCounts: [Int], minimumRated: Int) {
        guard let offset = offsets.first, !slots.isEmpty, slots.count <= Self.maximumTouchpoints, minimumRated >= 1,
              offsets.allSatisfy({ $0 == offset }), (offset * 2).rounded() == offset * 2, abs(offset) < 256,
              pointCounts.allSatisfy({ $0 >= 1 && $0 <= Self.maximumPoints }) else { return nil }
        self.slots = slots
        positions = indices.map { $0 + 1 }
        tieBases = indices.map { $0 * Self.tieSlots }
        twiceOffset = Int((offset * 2).rounded())
        positionSum = positions.reduce(0, +)
        positionSquareSum = positions.reduce(0) { $0 + $1 * $1 }
        self.minimumRated = minimumRated
    }

    /// The respondent's features from the row's codes; nil when fewer than `minimumRated` touchpoints are rated.
    @inline(__always) func features(codes: UnsafePointer<UInt8>) -> Row? {
        var histogram: UInt64 = 0, codeSum = 0, positionCode = 0
        let touchpoints = slots.count
        // Per code 0…11, the touchpoints (bit k) with that code: code 0's are the unrated ones, the best and the
        // worst code's the touchpoints whose f⁺/f⁻ count.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.maximumPoints + 1) { masks -> Row? in
            let masks = masks.baseAddress!
            for c in 0...Self.maximumPoints { masks[c] = 0 }
            slots.withUnsafeBufferPointer { s in
            positions.withUnsafeBufferPointer { p in
                var bit: UInt64 = 1
                for k in 0..<touchpoints {
                    let code = Int(codes[s[k]])
                    histogram &+= 1 &<< UInt64(truncatingIfNeeded: code &* 5)
                    codeSum &+= code
                    positionCode &+= p[k] &* code
                    masks[code] |= bit
                    bit &<<= 1
                }
            }}
            let unrated = masks[0]
            let count = touchpoints &- Int(histogram & 31)
            guard count >= minimumRated else { return nil }
            var sumPosition = positionSum, sumPosition2 = positionSquareSum
            var missing = unrated
            while missing != 0 {
                let p = positions[missing.trailingZeroBitCount]
                sumPosition &-= p
                sumPosition2 &-= p &* p
                missing &= missing &- 1
            }
            let rated = ~unrated & (UInt64.max >> (64 &- touchpoints))
            let firstCode = Int(codes[slots[rated.trailingZeroBitCount]])
            let endCode = Int(codes[slots[63 &- rated.leadingZeroBitCount]])
            let ratedBins = histogram & ~31
            let worstCode = ratedBins.trailingZeroBitCount / 5, bestCode = (63 &- ratedBins.leadingZeroBitCount) / 5
            let bestCount = Int((histogram >> UInt64(bestCode &* 5)) & 31)
            let worstCount = Int((histogram >> UInt64(worstCode &* 5)) & 31)
            // Twice the centred values, as `halfValuedFeatures` has them.
            let o = twiceOffset
            let best = o &+ 2 &* bestCode, worst = o &+ 2 &* worstCode
            let first = o &+ 2 &* firstCode, end = o &+ 2 &* endCode
            let sum = o &* count &+ 2 &* codeSum
            let sumPositionV = o &* sumPosition &+ 2 &* positionCode
            // The same conversions as the per-cell loop's.
            return Row(features: PeakEndAnalyzer.halfValuedFeatures(best: best, worst: worst, first: first, end: end, count: count, sum: sum,
                                                                    sumPosition: sumPosition, sumPosition2: sumPosition2,
                                                                    sumPositionV: sumPositionV),
                       bestMask: masks[bestCode], worstMask: masks[worstCode], bestCount: bestCount, worstCount: worstCount)
        }
    }
}

extension PeakEndAnalyzer.ExtremeShares {
    /// Adds an eligible respondent from `PackedPeakEndPlan.features(codes:)`: per touchpoint at the best (worst)
    /// code, one more row with that many ties, the share 1/m that `add(rated:…)` adds, as a count.
    @inline(__always) mutating func add(_ plan: PackedPeakEndPlan, _ row: PackedPeakEndPlan.Row) {
        n += 1
        let bestCount = row.bestCount, worstCount = row.worstCount
        plusTies.withUnsafeMutableBufferPointer { plus in
        minusTies.withUnsafeMutableBufferPointer { minus in
        plan.tieBases.withUnsafeBufferPointer { bases in
            var best = row.bestMask, worst = row.worstMask
            while best != 0 {
                plus[bases[best.trailingZeroBitCount] &+ bestCount] &+= 1
                best &= best &- 1
            }
            while worst != 0 {
                minus[bases[worst.trailingZeroBitCount] &+ worstCount] &+= 1
                worst &= worst &- 1
            }
        }}}
    }
}
