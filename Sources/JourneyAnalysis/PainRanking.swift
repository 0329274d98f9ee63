/// The one priority order of pain points, shared by the map's ①②③, the report's list and JSON's `painRank`.
extension JourneyFindings {
    /// Shown pain points, most urgent first: higher severity first; pain points without a severity (importance
    /// unknown) after those with one; then the larger bottom-box share, the lower score, and journey order.
    public var rankedPains: [TouchpointFinding] {
        let order = Dictionary(touchpoints.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return touchpoints.filter { $0.findingClass == .pain && !$0.suppressed }.sorted { a, b in
            let (sa, sb) = (a.severity ?? -1, b.severity ?? -1)
            if sa != sb { return sa > sb }
            let (ba, bb) = (a.b2b ?? 0, b.b2b ?? 0)
            if ba != bb { return ba > bb }
            let (ma, mb) = (a.mean ?? .infinity, b.mean ?? .infinity)
            if ma != mb { return ma < mb }
            return order[a.id, default: 0] < order[b.id, default: 0]
        }
    }

    /// Each shown pain point's rank (1 = most urgent) by touchpoint id.
    public var painRanks: [String: Int] {
        Dictionary(rankedPains.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { a, _ in a })
    }
}
