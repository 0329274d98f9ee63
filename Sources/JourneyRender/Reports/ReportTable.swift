import JourneyAnalysis
import JourneyModel

/// The analysis as one flat table for spreadsheets (Docs/Analysis-CSV.md): for the whole selection and then for each
/// `--by` group, a `journey` row (respondents, eNPS, peak-end, the journey-wide comments) followed by one
/// `touchpoint` row per touchpoint in journey order with every per-touchpoint figure of the JSON report. A group the
/// release policy withholds keeps its rows, with `suppressed` true and every figure empty (never its size).
public struct ReportTable: Sendable, Hashable {
    /// The column names, stable across versions (new columns are only ever appended).
    public static let columns: [String] = [
        "level", "segment", "segmentColumn", "value", "valueCode", "filter", "suppressed", "respondents",
        "stage", "touchpoint", "name", "n", "mean", "median", "sd", "q1", "q3", "iqr", "distribution",
        "t2b", "t2bCi95Low", "t2bCi95High", "b2b", "b2bCi95Low", "b2bCi95High", "ci95Low", "ci95High", "ciMethod",
        "importance", "importanceNormalized", "importanceSource", "wish", "wishGap", "wishSource",
        "class", "severity", "painRank", "leverage", "opportunity", "coefficientSource",
        "polarization", "fPlus", "fMinus", "quadrant", "distributionOnly", "belowNeutral",
        "kanoCategory", "kanoBetter", "kanoWorse", "kanoN", "penalty", "reward", "penaltyScaled", "rewardScaled",
        "motDeclared", "motSuggested", "motReasons",
        "driverR", "driverSpearman", "driverPValue", "driverSignificant", "driverN", "driverShapley",
        "driverShapleyShare", "driverNPairs", "driverStability",
        "enps", "enpsCi95Low", "enpsCi95High", "enpsN", "peak", "trough", "end", "remembered", "memoryGap",
        "comments",
    ] + comparisonColumns + participantColumns

    /// The rows, each with one cell per column.
    public var rows: [[ReportCell]]

    /// Builds the table; names and labels come from the journey (`survey.segments`), in its language.
    public init(_ findings: JourneyFindings, journey: Journey) {
        let labels = ReportLabels(journey.language)
        let filter = findings.filters.map { journey.shownFilter($0).description }.joined(separator: "; ")
        var rows: [[ReportCell]] = []
        func group(_ f: JourneyFindings?, segment: (label: SegmentLabel, value: String?)?, suppressed: Bool) {
            var base: [String: ReportCell] = ["filter": .str(filter.isEmpty ? nil : filter), "suppressed": .bool(suppressed)]
            if let segment {
                base["segment"] = .text(segment.label.displayName)
                base["segmentColumn"] = .text(segment.label.column)
                base["value"] = .text(segment.value.map(segment.label.display) ?? labels.missingValue)
                base["valueCode"] = .str(segment.value)
            }
            rows.append(Self.row(base.merging(Self.journeyCells(f, suppressed: suppressed)) { $1 }))
            let ranks = f?.painRanks ?? [:]
            for (j, tp) in journey.touchpoints.enumerated() {
                var cells = base
                cells["level"] = .text("touchpoint")
                cells["stage"] = .text(journey.stages.first { $0.touchpoints.contains { $0.id == tp.id } }?.id ?? "")
                cells["touchpoint"] = .text(tp.id)
                cells["name"] = .text(tp.name)
                if let t = f?.touchpoints.indices.contains(j) == true ? f?.touchpoints[j] : nil, !suppressed {
                    cells.merge(Self.touchpointCells(t, painRank: ranks[t.id], scale: findings.scale)) { $1 }
                } else {
                    cells["suppressed"] = .bool(true)
                }
                if segment == nil {
                    cells.merge(Self.comparisonCells(findings.comparison, touchpoint: tp.id)) { $1 }
                    let spread = findings.touchpoints.indices.contains(j) ? findings.touchpoints[j].participantSpread : nil
                    cells.merge(Self.participantCells(spread)) { $1 }
                }
                rows.append(Self.row(cells))
            }
        }
        group(findings, segment: nil, suppressed: findings.suppressed)
        for s in findings.segments {
            group(s.suppressed ? nil : s.findings, segment: (journey.segmentLabel(s.column), s.value), suppressed: s.suppressed || s.findings == nil)
        }
        self.rows = rows
    }

    private static func row(_ cells: [String: ReportCell]) -> [ReportCell] {
        columns.map { cells[$0] ?? .empty }
    }

    /// The `journey` row's figures.
    private static func journeyCells(_ f: JourneyFindings?, suppressed: Bool) -> [String: ReportCell] {
        var m: [String: ReportCell] = ["level": .text("journey")]
        guard let f, !suppressed, !f.suppressed else { m["suppressed"] = .bool(true); return m }
        if f.source == .survey { m["respondents"] = .integer(f.respondents) }
        if let e = f.enps {
            m["enps"] = .num(e.score)
            m["enpsCi95Low"] = .num(e.ci95.lowerBound)
            m["enpsCi95High"] = .num(e.ci95.upperBound)
            m["enpsN"] = .integer(e.n)
        }
        m["peak"] = .str(f.peakEnd.peakID)
        m["trough"] = .str(f.peakEnd.troughID)
        m["end"] = .str(f.peakEnd.endID)
        m["remembered"] = .num(f.peakEnd.remembered)
        m["memoryGap"] = .num(f.peakEnd.memoryGap)
        if let comments = f.comments { m["comments"] = .text(comments.joined(separator: "\n")) }
        return m
    }

    /// A shown touchpoint's figures (a withheld one: only `suppressed`).
    private static func touchpointCells(_ t: TouchpointFinding, painRank: Int?, scale: RatingScale) -> [String: ReportCell] {
        guard !t.suppressed else { return ["suppressed": .bool(true), "motDeclared": .bool(t.mot.declared)] }
        var m: [String: ReportCell] = [:]
        m["n"] = .integer(t.n)
        m["mean"] = .num(t.mean)
        m["median"] = .num(t.median)
        m["sd"] = .num(t.sd)
        m["q1"] = .num(t.quartiles?.lowerBound)
        m["q3"] = .num(t.quartiles?.upperBound)
        m["iqr"] = .num(t.quartiles.map { $0.upperBound - $0.lowerBound })
        if !t.distribution.isEmpty {
            m["distribution"] = .text(t.distribution.enumerated().map { "\(scale.min + $0.offset):\($0.element)" }.joined(separator: ";"))
        }
        m["t2b"] = .num(t.t2b)
        m["t2bCi95Low"] = .num(t.t2bCI95?.lowerBound)
        m["t2bCi95High"] = .num(t.t2bCI95?.upperBound)
        m["b2b"] = .num(t.b2b)
        m["b2bCi95Low"] = .num(t.b2bCI95?.lowerBound)
        m["b2bCi95High"] = .num(t.b2bCI95?.upperBound)
        m["ci95Low"] = .num(t.ci95?.lowerBound)
        m["ci95High"] = .num(t.ci95?.upperBound)
        m["ciMethod"] = .str(t.ciMethod?.rawValue)
        m["importance"] = .num(t.importance)
        m["importanceNormalized"] = .num(t.importanceNormalized)
        m["importanceSource"] = .str(t.importanceSource?.rawValue)
        m["wish"] = .num(t.wish)
        m["wishGap"] = .num(t.wishGap)
        m["wishSource"] = .str(t.wishSource?.rawValue)
        m["class"] = .text(t.findingClass.rawValue)
        m["severity"] = .num(t.severity)
        m["painRank"] = painRank.map(ReportCell.integer) ?? .empty
        m["leverage"] = .num(t.leverage)
        m["opportunity"] = .num(t.opportunity)
        m["coefficientSource"] = .str(t.coefficientSource?.rawValue)
        m["polarization"] = .num(t.polarization)
        m["fPlus"] = .num(t.fPlus)
        m["fMinus"] = .num(t.fMinus)
        m["quadrant"] = .str(t.quadrant?.rawValue)
        m["distributionOnly"] = .bool(t.distributionOnly)
        m["belowNeutral"] = .bool(t.belowNeutral)
        if let k = t.kano {
            m["kanoCategory"] = .text(k.category.rawValue)
            m["kanoBetter"] = .num(k.better)
            m["kanoWorse"] = .num(k.worse)
            m["kanoN"] = .integer(k.n)
        }
        if let p = t.penaltyReward {
            m["penalty"] = .num(p.penalty)
            m["reward"] = .num(p.reward)
            m["penaltyScaled"] = .num(p.penaltyScaled)
            m["rewardScaled"] = .num(p.rewardScaled)
        }
        m["motDeclared"] = .bool(t.mot.declared)
        m["motSuggested"] = .bool(t.mot.suggested)
        m["motReasons"] = .str(t.mot.reasons.isEmpty ? nil : t.mot.reasons.map(\.rawValue).joined(separator: ";"))
        if let d = t.driver {
            m["driverR"] = .num(d.pearson)
            m["driverSpearman"] = .num(d.spearman)
            m["driverPValue"] = .num(d.pValue)
            m["driverSignificant"] = .bool(d.significant)
            m["driverN"] = .integer(d.n)
            m["driverShapley"] = .num(d.shapley)
            m["driverShapleyShare"] = .num(d.shapleyShare)
            m["driverNPairs"] = .integer(d.nPairs)
            m["driverStability"] = .num(d.stability)
        }
        if let comments = t.comments { m["comments"] = .text(comments.joined(separator: "\n")) }
        return m
    }
}
