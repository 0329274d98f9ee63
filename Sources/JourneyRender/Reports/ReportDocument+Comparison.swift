import JourneyAnalysis
import JourneyModel

extension ReportDocument {
    /// The `--compare` / `--baseline` section: one row per matched touchpoint (both values, Δ, and for two survey
    /// samples p, Holm p and ▲/▼), then what was not matched and how the numbers were obtained.
    static func comparisonSection(_ c: JourneyComparison, journey: Journey, labels l: ReportLabels) -> Section {
        let language = journey.language
        func value(_ v: Double?, n: Int?) -> String {
            guard let v else { return "–" }
            return ReportLabels.two(v) + (n.map { " (n = \($0))" } ?? "")
        }
        let rows = c.touchpoints.map { row -> [String] in
            let name = journey.touchpoint(id: row.id)?.name ?? row.id
            var cells = ["\(name) [\(row.id)]", value(row.value, n: row.n), value(row.reference, n: row.referenceN),
                         row.delta.map(ReportLabels.signed) ?? "–"]
            if c.tested {
                cells += [row.pValue.map(ReportLabels.pValue) ?? "–", row.adjustedP.map(ReportLabels.pValue) ?? "–",
                          row.significant.map { $0 ? (row.delta! > 0 ? "▲" : "▼") : "–" } ?? "–"]
            }
            return cells
        }
        var lines = [l.deltaLine(c, language: language), l.referenceSourceLine(c, language: language)]
        if c.tested { lines.append(l.testLine(c)) }
        if c.scaleMapped { lines.append(l.scaleMappedLine(c, language: language)) }
        if !c.onlyShown.isEmpty { lines.append(l.onlyInLine(c.shownName(language), c.onlyShown)) }
        if !c.onlyReference.isEmpty { lines.append(l.onlyInLine(c.referenceName(language), c.onlyReference)) }
        if c.touchpoints.contains(where: { $0.delta == nil }) { lines.append(l.notComparedLine) }
        return Section(heading: l.comparisonHeading(c, language: language), lines: lines,
                       table: Table(header: l.comparisonHeader(c, language: language), rows: rows))
    }
}
