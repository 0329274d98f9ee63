import JourneyAnalysis
import JourneyModel

extension JSONReportWriter {
    /// The `comparison` member (Docs/Analysis-JSON.md): null without `--compare`/`--baseline`.
    static func comparison(_ c: JourneyComparison?, journey: Journey) -> JSONValue {
        guard let c else { return .null }
        func entries(_ list: [UnmatchedTouchpoint]) -> JSONValue {
            .array(list.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
        }
        let test: JSONValue = c.tested ? .object([
            ("method", .string("permutation")),
            ("statistic", .string("meanDifference")),
            ("permutations", .int(c.settings.test.permutations)),
            ("seed", .string(String(c.settings.test.seed))),
            ("normalAbove", .int(c.settings.test.normalAbove)),
            ("correction", .string("holm")),
            ("alpha", .num(c.settings.alpha)),
        ]) : .null
        return .object([
            ("kind", .string(c.kind.rawValue)),
            ("label", .string(c.shownName(journey.language))),
            ("referenceLabel", .string(c.referenceName(journey.language))),
            ("referenceSource", .string(c.referenceSource.rawValue)),
            ("referenceRespondents", c.referenceRespondents.map { .int($0) } ?? .null),
            ("referenceScale", .object([("min", .int(c.referenceScale.min)), ("max", .int(c.referenceScale.max)),
                                        ("neutral", .num(c.referenceScale.neutral))])),
            ("scaleMapped", .bool(c.scaleMapped)),
            ("test", test),
            ("touchpoints", .array(c.touchpoints.map { row in
                .object([
                    ("id", .string(row.id)),
                    ("name", .str(journey.touchpoint(id: row.id)?.name)),
                    ("stage", .string(row.stageID)),
                    ("value", .num(row.value)),
                    ("reference", .num(row.reference)),
                    ("delta", .num(row.delta)),
                    ("n", row.n.map { .int($0) } ?? .null),
                    ("referenceN", row.referenceN.map { .int($0) } ?? .null),
                    ("pValue", .num(row.pValue)),
                    ("adjustedP", .num(row.adjustedP)),
                    ("significant", row.significant.map { .bool($0) } ?? .null),
                    ("pMethod", .str(row.method?.rawValue)),
                ])
            })),
            ("onlyShown", entries(c.onlyShown)),
            ("onlyReference", entries(c.onlyReference)),
        ])
    }
}
