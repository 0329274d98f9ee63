import JourneyModel

/// One side of a comparison: a journey, its findings, and its responses when the findings come from a survey.
public struct ComparisonSide: Sendable {
    /// The journey.
    public var journey: Journey
    /// Its findings (whole file, no filters).
    public var findings: JourneyFindings
    /// The responses behind the findings, for the permutation test; nil for workshop estimates.
    public var responses: SurveyResponses?
    /// Its name on the map and in the report; nil for the default word.
    public var label: String?

    /// Creates a side.
    public init(journey: Journey, findings: JourneyFindings, responses: SurveyResponses? = nil, label: String? = nil) {
        self.journey = journey
        self.findings = findings
        self.responses = responses
        self.label = label
    }
}

/// Why two sides cannot be compared (exit 65 in the CLI).
public enum ComparisonError: Error, Sendable, Hashable {
    /// The journeys share no touchpoint id.
    case noCommonTouchpoints
    /// A survey side is below the anonymity minimum (or not released): nothing of it may be shown.
    case sideBelowMinimum(reference: Bool, minimum: Int)

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .noCommonTouchpoints:
            return LocalizedText(en: "the two journeys share no touchpoint id; touchpoints are matched by id",
                                 zh: "两个旅程没有相同 id 的触点；对比按触点 id 配对")
        case let .sideBelowMinimum(reference, minimum):
            return reference
                ? LocalizedText(en: "the baseline has fewer than \(minimum) respondents (anonymity minimum): it cannot be compared",
                                zh: "基线作答人数少于 \(minimum)（匿名门槛），无法对比")
                : LocalizedText(en: "the responses have fewer than \(minimum) respondents (anonymity minimum): they cannot be compared",
                                zh: "本次作答人数少于 \(minimum)（匿名门槛），无法对比")
        }
    }
}

/// Builds a `JourneyComparison`: touchpoints matched by id, Δ = shown − reference on the shown scale (the reference
/// mapped linearly when its scale differs), and, where both sides are survey samples with a released mean, a
/// two-sample permutation test of Δ per touchpoint with Holm's correction across the tested touchpoints. Each wave is
/// analysed under its own file's release policy; a touchpoint is compared only where both releases give a mean.
public enum ComparisonAnalyzer {
    /// Compares `shown` with `reference`.
    public static func compare(_ shown: ComparisonSide, with reference: ComparisonSide, kind: ComparisonKind,
                               settings: ComparisonSettings = ComparisonSettings()) throws(ComparisonError) -> JourneyComparison {
        for (side, isReference) in [(shown, false), (reference, true)] where side.findings.source == .survey && side.findings.suppressed {
            throw .sideBelowMinimum(reference: isReference, minimum: side.findings.minimumGroupSize)
        }
        let mapping = ScaleMapping(from: reference.journey.scale, to: shown.journey.scale)
        let referenceIDs = Set(reference.journey.touchpoints.map(\.id))
        let shownIDs = Set(shown.journey.touchpoints.map(\.id))
        guard !referenceIDs.isDisjoint(with: shownIDs) else { throw .noCommonTouchpoints }

        func value(_ side: ComparisonSide, _ id: String) -> (value: Double?, n: Int?) {
            guard let f = side.findings.finding(for: id), !f.suppressed else { return (nil, nil) }
            return (f.mean, side.findings.source == .survey ? f.n : nil)
        }
        var rows: [TouchpointComparison] = shown.journey.stages.flatMap { stage in
            stage.touchpoints.filter { referenceIDs.contains($0.id) }.map { tp in
                let here = value(shown, tp.id), there = value(reference, tp.id)
                var row = TouchpointComparison(id: tp.id, value: here.value, reference: there.value.map(mapping.map), n: here.n, referenceN: there.n)
                row.stageID = stage.id
                return row
            }
        }

        // The test: both sides survey samples with a released mean.
        var tested: [Int] = []
        if let a = shown.responses, let b = reference.responses, shown.findings.source == .survey, reference.findings.source == .survey {
            for (k, row) in rows.enumerated() where row.delta != nil {
                guard let x = a.answers(for: row.id)?.score.answered, let y = b.answers(for: row.id)?.score.answered,
                      let result = PermutationTest.meanDifference(x.map(Double.init), y.map { mapping.map(Double($0)) },
                                                                  settings: settings.test, stream: PermutationTest.stream(for: row.id))
                else { continue }
                rows[k].pValue = result.pValue
                rows[k].method = result.method
                tested.append(k)
            }
            let adjusted = HolmCorrection.adjust(tested.map { rows[$0].pValue! })
            for (k, p) in zip(tested, adjusted) {
                rows[k].adjustedP = p
                rows[k].significant = p <= settings.alpha
            }
        }
        let names = { (journey: Journey, ids: Set<String>) in
            journey.touchpoints.filter { !ids.contains($0.id) }.map { UnmatchedTouchpoint(id: $0.id, name: $0.name) }
        }
        return JourneyComparison(
            kind: kind, label: shown.label, referenceLabel: reference.label, scale: shown.journey.scale,
            referenceScale: reference.journey.scale, referenceSource: reference.findings.source,
            referenceRespondents: reference.findings.source == .survey ? reference.findings.reportedRespondents : nil,
            touchpoints: rows, onlyShown: names(shown.journey, referenceIDs), onlyReference: names(reference.journey, shownIDs),
            settings: settings, tested: !tested.isEmpty)
    }
}
