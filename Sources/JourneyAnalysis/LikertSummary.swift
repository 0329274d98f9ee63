import JourneyModel

/// Summary of one Likert item over a group of respondents (METHODS.md §4.2): full distribution, mean, sd,
/// median and quartiles (type 7), top/bottom-box shares with Wilson intervals, and a 95% interval of the mean.
/// Computed from the category counts, so a million respondents cost one pass.
public struct LikertSummary: Sendable, Hashable {
    /// Respondents who answered.
    public var n: Int
    /// Counts per scale point, lowest first.
    public var distribution: [Int]
    /// Mean.
    public var mean: Double
    /// Sample standard deviation (n − 1); nil for n = 1.
    public var sd: Double?
    /// Median: the middle value, or the mean of the two middle values when n is even.
    public var median: Double
    /// First and third quartiles, Hyndman & Fan (1996) type 7 (numpy's and R's default).
    public var quartiles: ClosedRange<Double>
    /// Top-box share (top 2 points on 5–7 point scales, see `LikertBoxes`).
    public var t2b: Double
    /// Bottom-box share.
    public var b2b: Double
    /// Wilson 95% interval of T2B.
    public var t2bCI95: ClosedRange<Double>
    /// Wilson 95% interval of B2B.
    public var b2bCI95: ClosedRange<Double>
    /// 95% interval of the mean; nil below `Settings.minimumForInterval` respondents (distribution only).
    public var ci95: ClosedRange<Double>?
    /// How `ci95` was computed.
    public var ciMethod: IntervalMethod?

    /// How intervals are computed.
    public struct Settings: Sendable, Hashable {
        /// Below this n no interval of the mean is given (default 10, METHODS.md §4.2 [proposed]).
        public var minimumForInterval = 10
        /// From this n on the t interval is used when it stays on the scale (default 30).
        public var minimumForT = 30
        /// Bootstrap resamples (default 10,000).
        public var resamples = 10_000
        /// Base seed of the bootstrap; each item mixes in its own name.
        public var seed: UInt64 = 20_240_501
        /// The defaults.
        public init() {}
    }

    /// Summarizes a column over the respondents in `rows` (all when nil); nil when nobody answered.
    ///
    /// Interval of the mean: x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n when n ≥ 30 and that interval stays within the scale
    /// ("away from floor and ceiling", operationalized [proposed]); otherwise a seeded BCa bootstrap
    /// (B = 10,000, Efron 1987), whose bounds stay within the data.
    public static func summarize(_ column: RatingColumn, rows: [Int]? = nil, name: String = "",
                                 settings: Settings = Settings()) -> LikertSummary? {
        let scale = column.scale
        let k = scale.pointCount
        var counts = [Int](repeating: 0, count: k + 1)
        column.codes.withUnsafeBufferPointer { codes in
            if let rows { for i in rows { counts[Int(codes[i])] += 1 } }
            else { for code in codes { counts[Int(code)] += 1 } }
        }
        let distribution = Array(counts[1...])
        return summarize(distribution: distribution, scale: scale, name: name, settings: settings)
    }

    /// Summarizes a distribution (counts per scale point, lowest first).
    public static func summarize(distribution: [Int], scale: RatingScale, name: String = "",
                                 settings: Settings = Settings()) -> LikertSummary? {
        let n = distribution.reduce(0, +)
        guard n > 0, distribution.count == scale.pointCount else { return nil }
        let values = (0..<distribution.count).map { Double(scale.min + $0) }
        var sum = 0.0
        for (k, c) in distribution.enumerated() { sum += Double(c) * values[k] }
        let mean = sum / Double(n)
        var squares = 0.0
        for (k, c) in distribution.enumerated() { squares += Double(c) * (values[k] - mean) * (values[k] - mean) }
        let sd = n > 1 ? (squares / Double(n - 1)).squareRoot() : nil
        var cumulative: [Int] = []
        var running = 0
        for c in distribution { running += c; cumulative.append(running) }
        func element(_ index: Int) -> Double {
            var k = 0
            while cumulative[k] <= index { k += 1 }
            return values[k]
        }
        let median = n % 2 == 1 ? element(n / 2) : (element(n / 2 - 1) + element(n / 2)) / 2
        let q1 = Statistics.quantile(sortedCount: n, 0.25, element: element)
        let q3 = Statistics.quantile(sortedCount: n, 0.75, element: element)
        let boxes = LikertBoxes(scale)
        let bottom = distribution.prefix(boxes.size).reduce(0, +)
        let top = distribution.suffix(boxes.size).reduce(0, +)

        var ci: ClosedRange<Double>?
        var method: IntervalMethod?
        if n >= settings.minimumForInterval, let sd {
            let t = Distributions.studentTQuantile(0.975, degreesOfFreedom: Double(n - 1))
            let half = t * sd / Double(n).squareRoot()
            if n >= settings.minimumForT, mean - half >= Double(scale.min), mean + half <= Double(scale.max) {
                ci = (mean - half)...(mean + half)
                method = .t
            } else {
                var sample: [Double] = []
                sample.reserveCapacity(n)
                for (k, c) in distribution.enumerated() { sample += repeatElement(values[k], count: c) }
                ci = Bootstrap.bcaInterval(sample, resamples: settings.resamples,
                                           seed: Bootstrap.seed(settings.seed, name)) { s in
                    s.reduce(0, +) / Double(s.count)
                }
                method = ci == nil ? nil : .bootstrap
            }
        }
        return LikertSummary(n: n, distribution: distribution, mean: mean, sd: sd, median: median, quartiles: q1...q3,
                             t2b: Double(top) / Double(n), b2b: Double(bottom) / Double(n),
                             t2bCI95: Statistics.wilson(successes: top, n: n)!,
                             b2bCI95: Statistics.wilson(successes: bottom, n: n)!,
                             ci95: ci, ciMethod: method)
    }

    /// Mean of a distribution (counts per scale point, lowest first) with its answered count.
    static func mean(distribution: [Int], scale: RatingScale) -> (mean: Double, n: Int)? {
        var sum = 0, n = 0
        for (k, c) in distribution.enumerated() { sum += c * (scale.min + k); n += c }
        return n == 0 ? nil : (Double(sum) / Double(n), n)
    }
}
