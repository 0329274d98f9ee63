import JourneyAnalysis

extension ReportTable {
    /// Columns appended for `--compare` / `--baseline` (empty without them, and on `--by` group rows).
    static let comparisonColumns = ["compareReference", "compareDelta", "comparePValue", "compareAdjustedP", "compareSignificant"]

    /// A whole-selection touchpoint row's comparison cells.
    static func comparisonCells(_ c: JourneyComparison?, touchpoint id: String) -> [String: ReportCell] {
        guard let row = c?.touchpoint(id) else { return [:] }
        return ["compareReference": .num(row.reference), "compareDelta": .num(row.delta), "comparePValue": .num(row.pValue),
                "compareAdjustedP": .num(row.adjustedP), "compareSignificant": row.significant.map(ReportCell.bool) ?? .empty]
    }
}
