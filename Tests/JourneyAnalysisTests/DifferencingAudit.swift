import JourneyModel
@testable import JourneyAnalysis

/// An auditor written independently of `ReleasePolicy`: it runs every query the CLI accepts, notes which groups had
/// figures released (read off the findings, not asked of the policy), and checks with exact rational rank
/// computations that no union of cells under the minimum lies in the span of the released groups' indicator vectors.
struct DifferencingAudit {
    /// What the audit saw.
    struct Outcome {
        var queriesTried = 0
        var queriesAccepted = 0
        /// Distinct (measure, group) pairs whose figures were released.
        var groupsReleased = 0
        /// Small unions (per measure) found in the span of what was released: must be empty.
        var leaks: [String] = []
    }

    let journey: Journey
    let responses: SurveyResponses
    let options: AnalysisOptions

    /// The measure name the audit uses for the journey-wide comments (`survey.comment`), writers counted.
    static let journeyComments = "journey-comments"

    /// Each respondent's cell: the tuple of its segment values ("" = missing).
    var cellKeys: [[String]] { (0..<responses.respondentCount).map { i in responses.segments.map { $0[i] ?? "" } } }

    /// Every query with, per column, no filter or a non-empty set of at most `maxValues` of its values (plus one
    /// value the file does not hold), and `--by` none or any column.
    func queries(maxValues: Int) -> [AnalysisRequest] {
        var perColumn: [[[SegmentFilter]]] = []
        for column in responses.segments {
            let values = column.levels.sorted() + ["(none)"]
            var options: [[SegmentFilter]] = [[]]
            for subset in subsets(values.count, upTo: maxValues) {
                options.append(subset.map { SegmentFilter(column: column.name, value: values[$0]) })
            }
            perColumn.append(options)
        }
        var filterSets: [[SegmentFilter]] = [[]]
        for options in perColumn { filterSets = filterSets.flatMap { base in options.map { base + $0 } } }
        let bys: [String?] = [nil] + responses.segments.map(\.name)
        return filterSets.flatMap { f in bys.map { AnalysisRequest(filters: f, breakdown: $0) } }
    }

    private func subsets(_ n: Int, upTo k: Int) -> [[Int]] {
        var result: [[Int]] = []
        func walk(_ start: Int, _ current: [Int]) {
            if !current.isEmpty { result.append(current) }
            guard current.count < k else { return }
            for i in start..<n { walk(i + 1, current + [i]) }
        }
        walk(0, [])
        return result
    }

    /// Which respondents a request's filters select, computed here from the raw columns.
    func members(_ filters: [SegmentFilter], by column: String? = nil, value: String?? = nil) -> [Int] {
        var wanted: [String: Set<String>] = [:]
        for f in filters { wanted[f.column, default: []].insert(f.value) }
        return (0..<responses.respondentCount).filter { i in
            let ok = wanted.allSatisfy { name, values in
                responses.segments.first { $0.name == name }![i].map(values.contains) ?? false
            }
            guard ok, let column, let value else { return ok }
            return responses.segments.first { $0.name == column }![i] == value
        }
    }

    /// Runs every query; records released groups per measure as respondent sets.
    func run(_ requests: [AnalysisRequest]) -> (Outcome, [String: Set<[Int]>]) {
        var outcome = Outcome()
        var released: [String: Set<[Int]>] = [:]
        func note(_ findings: JourneyFindings, _ group: [Int]) {
            guard !findings.suppressed else { return }
            released["respondents", default: []].insert(group)
            for tp in findings.touchpoints where !tp.suppressed {
                let column = responses.answers(for: tp.id)!.score
                released["score:\(tp.id)", default: []].insert(group.filter { column[$0] != nil })
                if tp.comments != nil, let comments = responses.answers(for: tp.id)!.comments {
                    released["comments:\(tp.id)", default: []].insert(group.filter { !(comments[$0] ?? "").isEmpty })
                }
            }
            if findings.comments != nil, let comments = responses.journeyComments {
                released[Self.journeyComments, default: []].insert(group.filter { !(comments[$0] ?? "").isEmpty })
            }
            if findings.enps != nil, let enps = responses.enps {
                released["enps", default: []].insert(group.filter { enps[$0] != nil })
            }
        }
        // The policy depends on the file alone; the CLI decides it on every run, the audit once.
        let policy = ReleasePolicy(journey: journey, responses: responses, options: options)
        for request in requests {
            outcome.queriesTried += 1
            let findings: JourneyFindings
            if request.filters.isEmpty && request.breakdown == nil {
                findings = JourneyAnalyzer.analyze(journey, responses: responses, options: options)
            } else {
                guard let f = try? JourneyAnalyzer.analyze(journey, responses: responses, options: options, request: request,
                                                           policy: policy) else { continue }
                findings = f
            }
            outcome.queriesAccepted += 1
            note(findings, members(request.filters))
            for segment in findings.segments {
                guard let f = segment.findings else { continue }
                note(f, members(request.filters, by: segment.column, value: .some(segment.value)))
            }
        }
        outcome.groupsReleased = released.values.reduce(0) { $0 + $1.count }
        return (outcome, released)
    }

    /// The small unions of cells (weight 1 …< k for the measure's respondents) that lie in the span of `groups`.
    func leaks(of groups: Set<[Int]>, among people: [Int], minimum k: Int) -> [String] {
        let keys = cellKeys
        let cellNames = Array(Set(people.map { keys[$0] })).sorted { $0.lexicographicallyPrecedes($1) }
        let cellIndex = Dictionary(uniqueKeysWithValues: cellNames.enumerated().map { ($0.element, $0.offset) })
        var weight = [Int](repeating: 0, count: cellNames.count)
        for i in people { weight[cellIndex[keys[i]]!] += 1 }
        let peopleSet = Set(people)
        let rows: [[Int]] = groups.map { group in
            var v = [Int](repeating: 0, count: cellNames.count)
            for i in group where peopleSet.contains(i) { v[cellIndex[keys[i]]!] = 1 }
            return v
        }
        let span = ExactSpan(rows)
        let small = weight.indices.filter { weight[$0] > 0 && weight[$0] < k }
        var found: [String] = []
        func walk(_ start: Int, _ union: [Int], _ total: Int) {
            for s in start..<small.count where total + weight[small[s]] < k {
                let next = union + [small[s]]
                var v = [Int](repeating: 0, count: cellNames.count)
                for c in next { v[c] = 1 }
                if span.contains(v) {
                    found.append(next.map { cellNames[$0].joined(separator: "/") }.joined(separator: " + "))
                }
                walk(s + 1, next, total + weight[small[s]])
            }
        }
        walk(0, [], 0)
        return found
    }

    /// The whole audit: run the queries, then look for leaks in every measure.
    func audit(_ requests: [AnalysisRequest]) -> Outcome {
        var (outcome, released) = run(requests)
        let k = max(options.minimumGroupSize, 1)
        let all = Array(0..<responses.respondentCount)
        for (measure, groups) in released.sorted(by: { $0.key < $1.key }) {
            let people: [Int]
            var minimum = k
            if measure == "respondents" { people = all }
            else if measure == "enps" { people = all.filter { responses.enps![$0] != nil } }
            else if measure == Self.journeyComments {
                let comments = responses.journeyComments!
                people = all.filter { !(comments[$0] ?? "").isEmpty }
                minimum = max(options.minimumCommentGroupSize, k)
            }
            else if measure.hasPrefix("comments:") {
                let comments = responses.answers(for: String(measure.dropFirst(9)))!.comments!
                people = all.filter { !(comments[$0] ?? "").isEmpty }
                minimum = max(options.minimumCommentGroupSize, k)
            } else {
                let column = responses.answers(for: String(measure.dropFirst(6)))!.score
                people = all.filter { column[$0] != nil }
            }
            outcome.leaks += leaks(of: groups, among: people, minimum: minimum).map { "\(measure): \($0)" }
        }
        return outcome
    }
}

/// The span of integer vectors over the rationals, kept as an echelon basis with fraction-free elimination
/// (each row divided by the gcd of its entries), so membership is decided exactly.
struct ExactSpan {
    private(set) var basis: [(pivot: Int, row: [Int])] = []

    /// The span of `rows`.
    init(_ rows: [[Int]]) { for row in rows { _ = add(row) } }

    /// `v` with every basis pivot eliminated.
    func reduce(_ v: [Int]) -> [Int] {
        var v = v
        for (pivot, row) in basis where v[pivot] != 0 {
            let a = row[pivot], b = v[pivot]
            v = v.indices.map { a * v[$0] - b * row[$0] }
            let g = v.reduce(0) { Self.gcd($0, abs($1)) }
            if g > 1 { v = v.map { $0 / g } }
        }
        return v
    }

    /// Whether `v` is a rational combination of the rows.
    func contains(_ v: [Int]) -> Bool { reduce(v).allSatisfy { $0 == 0 } }

    /// Adds a row; false when it was already in the span.
    mutating func add(_ v: [Int]) -> Bool {
        let r = reduce(v)
        guard let pivot = r.firstIndex(where: { $0 != 0 }) else { return false }
        basis.append((pivot, r))
        return true
    }

    var rank: Int { basis.count }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
