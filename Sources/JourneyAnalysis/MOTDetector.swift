/// Moment-of-truth detection (METHODS.md §2): which touchpoints the data suggest as MOTs, and why, beside the
/// ones the team declared; plus polarization and importance-performance quadrants.
///
/// Carlzon (1987) "moments of truth"; employee "moments that matter" (Gartner, McKinsey, Qualtrics).
/// Flag rules [proposed]: φ_j/R² ≥ 1.5/p and significant; max(f⁺_j, f⁻_j) ≥ 2/T; pol_j ≥ .30; the End.
/// The survey analysis applies them so that suggestions respond to the outcome (issue 8, revised): T counts the
/// touchpoints shown in the group; a key driver must also be flagged in ≥ 70% of bootstrap resamples
/// (`KeyDriverStage.keyDriverStability`); and when the peak-end test finds that the overall rating follows the
/// average (verdict `average`), the best/worst-moment and End flags are dropped — they rest on the peak-end rule,
/// which the data then do not support. The End is the journey's last touchpoint, only where it is shown.
public enum MOTDetector {
    /// Thresholds of the flags ([proposed] defaults).
    public struct Settings: Sendable, Hashable {
        /// A key driver holds at least this multiple of the even share 1/p of R² (default 1.5).
        public var driverShareFactor = 1.5
        /// Best or worst moment at least this multiple of the even share 1/T (default 2).
        public var extremeFactor = 2.0
        /// Polarization at or above this (default .30).
        public var polarization = 0.30
        /// At most this share of the shown touchpoints (rounded up) gets a data suggestion that the team did not
        /// declare (default .20) [proposed]: a map where half the touchpoints are "suggested MOTs" says nothing…
        public var maximumSuggestedShare = 0.20
        /// …but never fewer than this many (default 3: the best and the worst moment and the End, the peak-end trio).
        public var minimumSuggestedAllowed = 3
        /// The defaults.
        public init() {}
    }

    /// Which touchpoints keep a data suggestion when more qualify than `Settings.maximumSuggestedShare` allows:
    /// touchpoints the team declared always keep theirs (it only adds evidence); of the others, the strongest are kept
    /// — more reasons first, then the larger `strength` (driver share, or how often it is the best or worst
    /// moment), then journey order [proposed]. The rest keep their reasons as evidence but are not suggested.
    public static func cappedSuggestions(reasons: [[MOTReason]], declared: [Bool], strength: [Double],
                                         settings: Settings = Settings()) -> [Bool] {
        let limit = max(settings.minimumSuggestedAllowed, Int((settings.maximumSuggestedShare * Double(reasons.count)).rounded(.up)))
        let candidates = reasons.indices.filter { !reasons[$0].isEmpty && !declared[$0] }
            .sorted { a, b in
                if reasons[a].count != reasons[b].count { return reasons[a].count > reasons[b].count }
                if strength[a] != strength[b] { return strength[a] > strength[b] }
                return a < b
            }
        let kept = Set(candidates.prefix(limit))
        return reasons.indices.map { !reasons[$0].isEmpty && (declared[$0] || kept.contains($0)) }
    }

    /// Whether every value is the same (within 1e-9): such a journey has no peak, trough or suggested MOT.
    public static func allEqual(_ values: [Double]) -> Bool {
        guard let first = values.first else { return true }
        return values.allSatisfy { abs($0 - first) < 1e-9 }
    }

    /// pol = 2·min(T2B, B2B) ∈ [0, 1] (formula 15) [proposed]: 1 when half love it and half hate it.
    public static func polarization(t2b: Double, b2b: Double) -> Double { 2 * min(t2b, b2b) }

    /// Why a touchpoint should be a MOT (empty: it need not be), in the order key driver, peak/trough, polarized, End.
    public static func reasons(shapleyShare: Double?, significant: Bool, predictorCount p: Int,
                               fPlus: Double?, fMinus: Double?, touchpointCount t: Int,
                               polarization: Double?, isEnd: Bool, settings: Settings = Settings()) -> [MOTReason] {
        var reasons: [MOTReason] = []
        if let share = shapleyShare, significant, p > 0, share >= settings.driverShareFactor / Double(p) - 1e-12 {
            reasons.append(.keyDriver)
        }
        if t > 0, max(fPlus ?? 0, fMinus ?? 0) >= settings.extremeFactor / Double(t) - 1e-12 { reasons.append(.peakOrTrough) }
        if let polarization, polarization >= settings.polarization - 1e-12 { reasons.append(.polarized) }
        if isEnd { reasons.append(.end) }
        return reasons
    }

    /// Importance-performance quadrants (Martilla & James 1977) with crosshairs at the grand means of the
    /// touchpoints that have both values; a value on a crosshair counts as high. Nil for touchpoints lacking
    /// either value, and for all when fewer than two have both.
    public static func quadrants(importance: [Double?], performance: [Double?]) -> [IPAQuadrant?] {
        let pairs = zip(importance, performance).compactMap { i, p in i.flatMap { i in p.map { (i, $0) } } }
        guard pairs.count >= 2 else { return importance.map { _ in nil } }
        let importanceCross = pairs.map(\.0).reduce(0, +) / Double(pairs.count)
        let performanceCross = pairs.map(\.1).reduce(0, +) / Double(pairs.count)
        return zip(importance, performance).map { i, p in
            guard let i, let p else { return nil }
            switch (i >= importanceCross, p >= performanceCross) {
            case (true, false): return .concentrateHere
            case (true, true): return .keepUpTheGoodWork
            case (false, false): return .lowPriority
            case (false, true): return .possibleOverkill
            }
        }
    }
}
