import JourneyModel

/// Filters (`--where`) and breakdowns (`--by`) over segment columns, with the anonymity rules applied across groups.
public enum SegmentAnalyzer {
    /// The respondents matching all filters (same column: any of its values; different columns: all), refusing
    /// selections the anonymity rules forbid: fewer than `minimum` respondents, or a difference of 1 … minimum − 1
    /// respondents from the unfiltered set or from any query made of a subset of the same `--where` items (up to
    /// 2^8 of them) — comparing two such reports would otherwise isolate the difference (differencing).
    public static func select(_ responses: SurveyResponses, filters: [SegmentFilter], minimum: Int) throws(AnalysisRequestError) -> [Int] {
        let all = Array(0..<responses.respondentCount)
        guard !filters.isEmpty else { return all }
        var columns: [String: SegmentColumn] = [:]
        for filter in filters where columns[filter.column] == nil {
            guard let column = responses.segments.first(where: { $0.name == filter.column }) else {
                throw .unknownSegment(column: filter.column, available: responses.segments.map(\.name))
            }
            columns[filter.column] = column
        }
        func matching(_ subset: [SegmentFilter]) -> [Int] {
            var wanted: [String: Set<String>] = [:]
            for f in subset { wanted[f.column, default: []].insert(f.value) }
            let checks = wanted.map { (columns[$0.key]!, $0.value) }
            return all.filter { i in checks.allSatisfy { column, values in column[i].map { values.contains($0) } ?? false } }
        }
        let rows = matching(filters)
        switch AnonymityGuard.checkSelection(selected: rows.count, total: all.count, minimum: minimum) {
        case .allowed:
            break
        case .tooFew:
            var reportable: [String] = []
            if Set(filters.map(\.column)).count == 1, let column = columns[filters[0].column] {
                reportable = column.levels.sorted().filter { level in
                    let n = all.reduce(0) { $0 + (column[$1] == level ? 1 : 0) }
                    return AnonymityGuard.checkSelection(selected: n, total: all.count, minimum: minimum) == .allowed
                }.map { "\(column.name)=\($0)" }
            }
            throw .filterTooSmall(filters: filters, selected: rows.count, minimum: minimum, reportable: reportable)
        case .excludesTooFew:
            throw .filterExcludesTooFew(filters: filters, minimum: minimum)
        }
        let unique = Array(Set(filters)).sorted { ($0.column, $0.value) < ($1.column, $1.value) }
        if unique.count > 1, unique.count <= 8 {
            for mask in 1..<((1 << unique.count) - 1) {
                let subset = unique.indices.filter { mask & (1 << $0) != 0 }.map { unique[$0] }
                let difference = abs(matching(subset).count - rows.count)
                if difference > 0 && difference < minimum {
                    throw .filterDiffersTooLittle(filters: filters, from: subset, minimum: minimum)
                }
            }
        }
        return rows
    }

    /// One analysis per value of `column` among `rows` (values sorted, so row order never matters; respondents without
    /// a value form a last group with value nil), with primary and complementary suppression of whole groups, and of each
    /// touchpoint's items, eNPS and peak-end aggregates across groups.
    public static func breakdown(_ journey: Journey, _ responses: SurveyResponses, rows: [Int], column name: String,
                                 options: AnalysisOptions) throws(AnalysisRequestError) -> [SegmentFinding] {
        guard let column = responses.segments.first(where: { $0.name == name }) else {
            throw .unknownSegment(column: name, available: responses.segments.map(\.name))
        }
        let minimum = max(options.minimumGroupSize, 1)
        let levels = column.levels.sorted()
        let position = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($0.element, $0.offset) })
        var members: [[Int]] = Array(repeating: [], count: levels.count + 1)
        for i in rows { members[column[i].flatMap { position[$0] } ?? levels.count].append(i) }
        var values: [String?] = levels
        values.append(nil)
        if members.last!.isEmpty { members.removeLast(); values.removeLast() }
        let keep = members.indices.filter { !members[$0].isEmpty }
        members = keep.map { members[$0] }
        values = keep.map { values[$0] }

        let groupHidden = AnonymityGuard.suppressionMask(sizes: members.map(\.count), minimum: minimum)
        var results: [JourneyFindings?] = members.indices.map { g in
            groupHidden[g] ? nil : SurveyAnalyzer.analyze(journey, responses, rows: members[g], options: options)
        }

        // Items shown per group are sums over the group's respondents: hide them across groups as for whole groups.
        let touchpoints = journey.touchpoints
        for (j, tp) in touchpoints.enumerated() {
            guard let a = responses.answers(for: tp.id) else { continue }
            func answered(_ c: RatingColumn?) -> [Int]? { c.map { c in members.map { $0.reduce(0) { $0 + (c[$1] != nil ? 1 : 0) } } } }
            var sizes: [[Int]] = [answered(a.score)!]
            if let s = answered(a.importance) { sizes.append(s) }
            if let s = answered(a.wish) { sizes.append(s) }
            if let f = a.kanoFunctional, let d = a.kanoDysfunctional {
                sizes.append(members.map { $0.reduce(0) { $0 + (f[$1] != nil && d[$1] != nil ? 1 : 0) } })
            }
            var hidden = groupHidden
            var changed = true
            while changed {
                changed = false
                for itemSizes in sizes {
                    let mask = AnonymityGuard.suppressionMask(sizes: itemSizes, minimum: minimum, initially: hidden)
                    if mask != hidden { hidden = mask; changed = true }
                }
            }
            for g in members.indices where hidden[g] && !groupHidden[g] {
                if let finding = results[g]?.touchpoints[j] { results[g]!.touchpoints[j] = AnonymityGuard.withheld(finding) }
            }
        }
        if let enps = responses.enps {
            let sizes = members.map { $0.reduce(0) { $0 + (enps[$1] != nil ? 1 : 0) } }
            let hidden = AnonymityGuard.suppressionMask(sizes: sizes, minimum: minimum, initially: groupHidden)
            for g in members.indices where hidden[g] && !groupHidden[g] {
                results[g]!.enps = nil
                results[g]!.enpsSuppressed = true
            }
        }
        let eligible = results.map { $0?.peakEnd.respondents ?? 0 }
        let peakHidden = AnonymityGuard.suppressionMask(sizes: eligible, minimum: minimum, initially: groupHidden)
        for g in members.indices where peakHidden[g] && !groupHidden[g] {
            guard var f = results[g] else { continue }
            f.peakEnd.remembered = nil
            f.peakEnd.mean = nil
            f.peakEnd.memoryGap = nil
            f.peakEnd.respondents = nil
            f.peakEnd.test = nil
            f.peakEnd.suppressed = true
            for j in f.touchpoints.indices { f.touchpoints[j].fPlus = nil; f.touchpoints[j].fMinus = nil }
            results[g] = f
        }
        return members.indices.map { g in
            SegmentFinding(column: name, value: values[g], n: groupHidden[g] ? nil : members[g].count,
                           suppressed: groupHidden[g], findings: results[g])
        }
    }
}

/// A `--by` / `--where` request on top of the plain analysis.
public struct AnalysisRequest: Sendable, Hashable {
    /// Filters applied before everything else.
    public var filters: [SegmentFilter]
    /// The column to break down by.
    public var breakdown: String?

    /// Creates a request.
    public init(filters: [SegmentFilter] = [], breakdown: String? = nil) {
        self.filters = filters
        self.breakdown = breakdown
    }
}

extension JourneyAnalyzer {
    /// Analyses a journey with `--where` filters and a `--by` breakdown; throws when they cannot be honoured
    /// (no responses, unknown column, a selection the anonymity rules forbid).
    public static func analyze(_ journey: Journey, responses: SurveyResponses?, options: AnalysisOptions = AnalysisOptions(),
                               request: AnalysisRequest) throws(AnalysisRequestError) -> JourneyFindings {
        guard !request.filters.isEmpty || request.breakdown != nil else {
            return analyze(journey, responses: responses, options: options)
        }
        guard let responses, responses.respondentCount > 0 else { throw .needsResponses }
        let minimum = max(options.minimumGroupSize, 1)
        let rows = try SegmentAnalyzer.select(responses, filters: request.filters, minimum: minimum)
        var findings = SurveyAnalyzer.analyze(journey, responses, rows: rows, options: options)
        findings.filters = request.filters
        if let column = request.breakdown {
            findings.breakdown = column
            findings.segments = try SegmentAnalyzer.breakdown(journey, responses, rows: rows, column: column, options: options)
        }
        return findings
    }
}
