import Foundation
import JourneyModel

/// What a tally needs to know about the columns, fixed for one pass: slot offsets, the pair variables, the
/// journey positions of the scores (for peak-end) and the retained-row capacity. A class, so handing it to every
/// row's `CellTally.add` costs no copy (a struct of arrays was copied, and its arrays retained, per row).
final class TallyContext: Sendable {
    let layout: TallyLayout
    /// Start of each slot's histogram (codes 0…K) in `CellTally.histograms`.
    let histogramOffsets: [Int]
    let histogramSize: Int
    /// The histogram offsets of the slots that are not pair variables, counted per row (the pair variables'
    /// histograms are the diagonals of their joint tables).
    let rowHistogramOffsets: [Int], rowHistogramSlots: [Int]
    /// Slots of the pair variables: every bound score (touchpoint order), then the outcome (overall, else eNPS).
    let pairSlots: [Int]
    /// Index of the outcome among the pair variables (nil without overall and eNPS).
    let outcomePair: Int?
    /// Per journey touchpoint: the slot of its score (nil when unbound) and the centring offset (scale.min − 1 − c).
    let journeyScoreSlots: [Int?]
    let journeyOffsets: [Double]
    /// The bound touchpoints in journey order, flat for the per-respondent pass: score slot, centring offset and
    /// journey position j + 1 (and its square) as Doubles.
    let boundSlots: [Int]
    let boundOffsets: [Double], boundPositions: [Double], boundPositionSquares: [Double]
    /// Per bound touchpoint, its journey index (where its f⁺/f⁻ share goes).
    let boundIndices: [Int]
    /// When every centring offset is a multiple of 1/2 (so every centred score is, and below 256) and the journey has
    /// at most 4,096 touchpoints: the bound touchpoints for the per-respondent features in integers
    /// (`PeakEndAnalyzer.features`), four Ints each — score slot, twice the offset, the journey position j + 1 and
    /// (j + 1)²·2²⁴ + (j + 1), so Σj and Σj² add as one word (Σj < 2²⁴); empty otherwise.
    let halfValuedPlan: [Int]
    /// The integer peak-end pass of the common journey (one centring offset, small scales, at most 31 bound
    /// touchpoints, a minimum of at least 1 rated); nil otherwise (`halfValuedPlan` or the Double loop).
    let packedPeakEnd: PackedPeakEndPlan?
    /// Which peak-end features (peak, end, mean, pe, best, worst, duration, first, trend, R) only take multiples
    /// of 1/4 below 512 (`CrossProducts`): the centred scores do when every centring offset is a multiple of 1/2
    /// (a neutral point on a whole or half number), and so do pe, the rating counts and the overall rating; the mean
    /// and the slope never.
    let quarterValuedFeatures: [Bool]
    /// Touchpoints with both Kano columns: (touchpoint, functional slot, dysfunctional slot).
    let kanoPairs: [(touchpoint: Int, functional: Int, dysfunctional: Int)]
    let minimumRated: Int
    /// Rows each cell keeps for per-respondent computations (nil: all).
    let capacity: Int?
    /// Missingness patterns are counted when the scores fit one 64-bit mask.
    let countsPatterns: Bool

    init(journey: Journey, layout: TallyLayout, options: AnalysisOptions, capacity: Int?) {
        self.layout = layout
        var offsets: [Int] = [], total = 0
        for slot in layout.slots { offsets.append(total); total += slot.scale.pointCount + 1 }
        histogramOffsets = offsets
        histogramSize = total
        let outcome = layout.overall ?? layout.enps
        pairSlots = layout.touchpoints.map(\.score) + (outcome.map { [$0] } ?? [])
        outcomePair = outcome == nil ? nil : layout.touchpoints.count
        let pairs = Set(pairSlots)
        rowHistogramSlots = layout.slots.indices.filter { !pairs.contains($0) }
        rowHistogramOffsets = rowHistogramSlots.map { offsets[$0] }
        let neutral = journey.scale.neutral
        let scoreSlots = journey.touchpoints.map { tp in layout.touchpointIndex(tp.id).map { layout.touchpoints[$0].score } }
        let centring = scoreSlots.map { s in s.map { Double(layout.slots[$0].scale.min - 1) - neutral } ?? 0 }
        journeyScoreSlots = scoreSlots
        journeyOffsets = centring
        let bound = scoreSlots.indices.filter { scoreSlots[$0] != nil }
        boundIndices = bound
        boundSlots = bound.map { scoreSlots[$0]! }
        boundOffsets = bound.map { centring[$0] }
        boundPositions = bound.map { Double($0 + 1) }
        boundPositionSquares = bound.map { Double($0 + 1) * Double($0 + 1) }
        let halves = bound.allSatisfy { j in
            let o = centring[j], points = layout.slots[scoreSlots[j]!].scale.pointCount
            return (o * 2).rounded() == o * 2 && abs(o) + Double(points) < 256
        }
        let overallSmall = layout.overall.map { abs(layout.slots[$0].scale.min) + layout.slots[$0].scale.pointCount < 256 } ?? true
        halfValuedPlan = halves && scoreSlots.count <= 4096 ? bound.indices.flatMap { k -> [Int] in
            let position = bound[k] + 1
            return [scoreSlots[bound[k]]!, Int((centring[bound[k]] * 2).rounded()), position, position * position << 24 + position]
        } : []
        packedPeakEnd = halfValuedPlan.isEmpty ? nil
            : PackedPeakEndPlan(slots: boundSlots, offsets: boundOffsets, indices: bound,
                                pointCounts: boundSlots.map { layout.slots[$0].scale.pointCount },
                                minimumRated: options.peakEnd.minimumRated)
        quarterValuedFeatures = [halves, halves, false, halves, halves, halves, bound.count < 512, halves, false, overallSmall]
        kanoPairs = layout.touchpoints.enumerated().compactMap { t, tp in
            guard let f = tp.kanoFunctional, let d = tp.kanoDysfunctional else { return nil }
            return (t, f, d)
        }
        minimumRated = options.peakEnd.minimumRated
        self.capacity = capacity
        countsPatterns = layout.touchpoints.count <= 64
    }
}

/// The sufficient statistics of one segment cell (or of any group, after merging cells): per-column
/// histograms, joint tables of the scores and the outcome, Kano pair counts, comment texts and writer counts,
/// the peak-end sums and feature cross-products, missingness-pattern counts and a bounded row sample.
/// Its size depends on the columns and the capacity, never on the number of respondents (comment texts aside,
/// which are output).
struct CellTally: Sendable {
    var respondents = 0
    /// Per slot, counts of codes 0…K (flat; `TallyContext.histogramOffsets`): the pair variables' from the diagonals
    /// of their joint tables (code 0: the respondents who did not answer), the other slots' from `rowHistograms`.
    var histograms: [Int] {
        var h = rowHistograms
        for (v, s) in context.pairSlots.enumerated() {
            let o = context.histogramOffsets[s], k = joint.categories[v]
            var answered = 0
            for x in 1...max(k, 1) where x <= k {
                let c = joint.count(v, v, x, x)
                h[o + x] = c
                answered += c
            }
            h[o] = respondents - answered
        }
        return h
    }
    /// The same layout, counted per row for the slots that are not pair variables (`TallyContext.rowHistogramSlots`);
    /// zero elsewhere.
    private var rowHistograms: [Int]
    private let context: TallyContext
    /// Per `TallyContext.kanoPairs` entry, a 6 × 6 table of functional × dysfunctional codes.
    var kano: [[Int]]
    /// Per comment column (journey-wide first, then touchpoints with comments): trimmed non-empty texts.
    var comments: [[String]]
    /// Per comment column: respondents who wrote something that is not only white space.
    var commentWriters: [Int]
    /// Peak-end: respondents with at least `minimumRated` ratings, Σ PE and Σ mean of their centred scores.
    var peakEligible = 0
    var sumPE = FixedPointSum(), sumMean = FixedPointSum()
    var extremes: PeakEndAnalyzer.ExtremeShares
    /// Features (peak, end, mean, pe, best, worst, duration, first, trend) and R of eligible respondents with an
    /// overall rating.
    var features: CrossProducts
    /// Joint tables of the pair variables.
    var joint: JointCounts
    /// Among respondents who answered the outcome: how many answered exactly each set of scores (bit t = bound
    /// touchpoint t), while there are at most `patternLimit` distinct sets.
    var patterns = PatternCounts()
    var patternsOverflowed = false
    static let patternLimit = 1 << 15
    var retained: RetainedRows

    init(_ context: TallyContext) {
        rowHistograms = [Int](repeating: 0, count: context.histogramSize)
        self.context = context
        kano = context.kanoPairs.map { _ in [Int](repeating: 0, count: 36) }
        comments = [[String]](repeating: [], count: context.layout.commentCount)
        commentWriters = [Int](repeating: 0, count: context.layout.commentCount)
        extremes = PeakEndAnalyzer.ExtremeShares(width: context.journeyScoreSlots.count, countsTies: context.packedPeakEnd != nil)
        joint = JointCounts(categories: context.pairSlots.map { context.layout.slots[$0].scale.pointCount })
        features = CrossProducts(count: 10, quarterValued: context.quarterValuedFeatures)
        retained = RetainedRows(width: context.layout.slots.count, capacity: context.capacity)
        patternsOverflowed = !context.countsPatterns
    }

    /// Adds one respondent. `codes` holds one code per slot; `comments` one text per comment column (or is empty
    /// when the layout has none); `scratch` has room for the journey's touchpoints.
    mutating func add(_ context: TallyContext, codes: UnsafePointer<UInt8>, comments texts: [String?], position: Int,
                      scratch: UnsafeMutableBufferPointer<Double>) {
        respondents += 1
        if !context.rowHistogramSlots.isEmpty {
            rowHistograms.withUnsafeMutableBufferPointer { h in
            context.rowHistogramSlots.withUnsafeBufferPointer { slots in
            context.rowHistogramOffsets.withUnsafeBufferPointer { offsets in
                for k in 0..<slots.count { h[offsets[k] &+ Int(codes[slots[k]])] &+= 1 }
            }}}
        }
        for (k, pair) in context.kanoPairs.enumerated() {
            kano[k][Int(codes[pair.functional]) * 6 + Int(codes[pair.dysfunctional])] += 1
        }
        if !texts.isEmpty { addComments(texts) }
        // Joint tables and missingness pattern (the answered scores, bits 0 … o − 1 of what the joint tables saw).
        let answered = context.pairSlots.withUnsafeBufferPointer { joint.add(codes, slots: $0.baseAddress!) }
        if let o = context.outcomePair, codes[context.pairSlots[o]] != 0, !patternsOverflowed {
            let mask = o >= 64 ? answered : answered & ((1 << UInt64(o)) - 1)
            patterns.add(mask)
            if patterns.count > Self.patternLimit { patterns = PatternCounts(); patternsOverflowed = true }
        }
        // Peak-end: the respondent's features in one pass over the rated touchpoints, in journey order.
        if let plan = context.packedPeakEnd {
            if let row = plan.features(codes: codes) {
                extremes.add(plan, row)
                addPeakEnd(row.features, context, codes: codes)
            }
        } else if let f = PeakEndAnalyzer.features(codes: codes, context, rated: scratch) {
            extremes.add(rated: scratch, indices: context.boundIndices,
                         best: f.features.best, worst: f.features.worst, bestCount: f.bestCount, worstCount: f.worstCount)
            addPeakEnd(f.features, context, codes: codes)
        }
        retained.offer(codes, position: position)
    }

    /// Adds an eligible respondent's peak-end sums and, with an overall rating, its features and R.
    @inline(__always) private mutating func addPeakEnd(_ g: RespondentFeatures, _ context: TallyContext, codes: UnsafePointer<UInt8>) {
        peakEligible += 1
        sumPE.add(g.pe)
        sumMean.add(g.mean)
        if let o = context.layout.overall, codes[o] != 0 {
            let r = Double(context.layout.slots[o].scale.min - 1) + Double(codes[o])
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 10) { x in
                x[0] = g.peak; x[1] = g.end; x[2] = g.mean; x[3] = g.pe; x[4] = g.best; x[5] = g.worst
                x[6] = g.duration; x[7] = g.first; x[8] = g.trend; x[9] = r
                features.add(UnsafeBufferPointer(x))
            }
        }
    }

    /// Counts a respondent's comments (one per comment column, nil for none) and keeps the non-blank ones trimmed.
    private mutating func addComments(_ texts: [String?]) {
        for (c, text) in texts.enumerated() {
            guard let text else { continue }
            if !text.allSatisfy(\.isWhitespace) { commentWriters[c] += 1 }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { comments[c].append(trimmed) }
        }
    }

    /// Adds the statistics of `other` (its respondents come after this tally's), all but the row sample.
    private mutating func addSums(_ other: CellTally) {
        respondents += other.respondents
        for k in rowHistograms.indices { rowHistograms[k] += other.rowHistograms[k] }
        for k in kano.indices { for m in 0..<36 { kano[k][m] += other.kano[k][m] } }
        for k in comments.indices { comments[k] += other.comments[k]; commentWriters[k] += other.commentWriters[k] }
        peakEligible += other.peakEligible
        sumPE = sumPE + other.sumPE
        sumMean = sumMean + other.sumMean
        extremes.merge(other.extremes)
        features = features + other.features
        joint = joint + other.joint
        if other.patternsOverflowed { patternsOverflowed = true }
        if !patternsOverflowed { patterns.add(contentsOf: other.patterns) }
    }

    /// Adds the same cell's tally from a later chunk of the file: afterwards this is the tally one pass over both
    /// chunks gives (every sum is exact or a `FixedPointSum`, the row sample a bottom-k sample, the missingness
    /// patterns overflow when the union has more than `patternLimit`).
    mutating func absorb(_ other: CellTally) {
        addSums(other)
        if patterns.count > Self.patternLimit { patternsOverflowed = true }
        if patternsOverflowed { patterns = PatternCounts() }
        retained.absorb(other.retained)
    }

    /// Several cells as one group.
    static func merged(_ cells: [CellTally], _ context: TallyContext) -> CellTally {
        var g = CellTally(context)
        g.patternsOverflowed = !context.countsPatterns
        for c in cells { g.addSums(c) }
        if g.patternsOverflowed { g.patterns = PatternCounts() }
        g.retained = RetainedRows.merged(cells.map(\.retained), width: context.layout.slots.count)
        return g
    }

    /// Slot s's counts per scale point, lowest first.
    func distribution(_ context: TallyContext, slot s: Int) -> [Int] {
        let k = context.layout.slots[s].scale.pointCount, o = context.histogramOffsets[s]
        let h = histograms
        return Array(h[(o + 1)...(o + k)])
    }

    /// Respondents who answered slot s.
    func answered(_ context: TallyContext, slot s: Int) -> Int { distribution(context, slot: s).reduce(0, +) }
}
