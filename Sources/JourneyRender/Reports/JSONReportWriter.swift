import JourneyAnalysis
import JourneyModel

/// The `--format json` report: a stable, documented schema (Docs/Analysis-JSON.md) with keys in a fixed order,
/// camelCase names, shares as fractions 0–1, scores in the journey's raw scale units, and `null` for everything
/// withheld (`"suppressed": true`) or not computed.
public enum JSONReportWriter {
    /// Version of the schema; bumped only for incompatible changes.
    public static let schemaVersion = 2

    /// The report as JSON text, ending in a newline.
    public static func write(_ findings: JourneyFindings, journey: Journey) -> String {
        document(findings, journey: journey).serialized() + "\n"
    }

    /// The report as a JSON value.
    public static func document(_ findings: JourneyFindings, journey: Journey) -> JSONValue {
        let names = Dictionary(journey.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var members: [(String, JSONValue)] = [
            ("schemaVersion", .int(schemaVersion)),
            ("journey", .object([
                ("title", .string(journey.title)),
                ("persona", .str(journey.persona)),
                ("language", .string(journey.language.rawValue)),
                ("stages", .int(journey.stages.count)),
                ("touchpoints", .int(journey.touchpoints.count)),
            ])),
            ("source", .string(findings.source.rawValue)),
            ("respondents", findings.reportedRespondents.map { .int($0) } ?? .null),
            ("minimumGroupSize", .int(findings.minimumGroupSize)),
            ("suppressed", .bool(findings.suppressed)),
            ("filters", .array(findings.filters.map { filter in
                let label = journey.segmentLabel(filter.column)
                return .object([("column", .string(filter.column)), ("value", .string(filter.value)),
                                ("name", .string(label.displayName)), ("label", .string(label.display(filter.value)))])
            })),
            ("scale", .object([("min", .int(findings.scale.min)), ("max", .int(findings.scale.max)),
                               ("neutral", .num(findings.scale.neutral))])),
        ]
        let ranks = findings.painRanks
        members.append(("touchpoints", .array(findings.touchpoints.map { touchpoint($0, name: names[$0.id], painRank: ranks[$0.id]) })))
        members.append(("drivers", drivers(findings.drivers)))
        members.append(("peakEnd", peakEnd(findings.peakEnd)))
        members.append(("enps", enps(findings)))
        members.append(("comments", comments(findings)))
        members.append(("breakdown", .str(findings.breakdown)))
        members.append(("breakdownName", .str(findings.breakdown.map { journey.segmentLabel($0).displayName })))
        members.append(("segments", .array(findings.segments.map { segment($0, names: names, label: journey.segmentLabel($0.column)) })))
        members.append(("notes", .array(findings.notes.map { .string($0.rawValue) })))
        members.append(("comparison", comparison(findings.comparison, journey: journey)))
        return .object(members)
    }

    /// One touchpoint; `painRank` is its place in `rankedPains` (the map's ①②③), nil unless it is a shown pain point.
    static func touchpoint(_ f: TouchpointFinding, name: String?, painRank: Int?) -> JSONValue {
        let hide = f.suppressed
        func n(_ v: Double?) -> JSONValue { hide ? .null : .num(v) }
        var m: [(String, JSONValue)] = [
            ("id", .string(f.id)),
            ("name", .str(name)),
            ("stage", .string(f.stageID)),
            ("n", hide ? .null : .int(f.n)),
            ("mean", n(f.mean)),
            ("median", n(f.median)),
            ("sd", n(f.sd)),
            ("q1", n(f.quartiles?.lowerBound)),
            ("q3", n(f.quartiles?.upperBound)),
            ("iqr", n(f.quartiles.map { $0.upperBound - $0.lowerBound })),
            ("distribution", hide || f.distribution.isEmpty ? .null : .array(f.distribution.map { .int($0) })),
            ("t2b", n(f.t2b)),
            ("t2bCi95", hide ? .null : .range(f.t2bCI95)),
            ("b2b", n(f.b2b)),
            ("b2bCi95", hide ? .null : .range(f.b2bCI95)),
            ("ci95", hide ? .null : .range(f.ci95)),
            ("ciMethod", hide ? .null : .str(f.ciMethod?.rawValue)),
            ("importance", n(f.importance)),
            ("importanceNormalized", n(f.importanceNormalized)),
            ("importanceSource", hide ? .null : .str(f.importanceSource?.rawValue)),
            ("wish", n(f.wish)),
            ("wishGap", n(f.wishGap)),
            ("class", hide ? .null : .string(f.findingClass.rawValue)),
            ("severity", n(f.severity)),
            ("painRank", painRank.map { .int($0) } ?? .null),
            ("leverage", n(f.leverage)),
            ("opportunity", n(f.opportunity)),
            ("coefficientSource", hide ? .null : .str(f.coefficientSource?.rawValue)),
            ("polarization", n(f.polarization)),
            ("fPlus", n(f.fPlus)),
            ("fMinus", n(f.fMinus)),
            ("quadrant", hide ? .null : .str(f.quadrant?.rawValue)),
        ]
        m.append(("wishSource", hide ? .null : .str(f.wishSource?.rawValue)))
        m.append(("distributionOnly", .bool(!hide && f.distributionOnly)))
        m.append(("belowNeutral", .bool(!hide && f.belowNeutral)))
        if let s = f.participantSpread {
            // the team's own open dots: shown even when the survey values are withheld
            m.append(("participants", .object([
                ("n", .int(s.n)), ("median", .num(s.median)), ("min", .num(s.min)), ("max", .num(s.max)),
                ("q1", .num(s.q1)), ("q3", .num(s.q3)), ("range", .num(s.range)), ("disagreement", .bool(s.disagreement)),
            ])))
        }
        if let kano = f.kano, !hide {
            m.append(("kano", .object([
                ("category", .string(kano.category.rawValue)),
                ("coefficientCategory", .str(kano.coefficientCategory?.rawValue)),
                ("better", .num(kano.better)),
                ("worse", .num(kano.worse)),
                ("n", .int(kano.n)),
                ("counts", .object(KanoCategory.allCases.map { ($0.rawValue, .int(kano.counts[$0, default: 0])) })),
            ])))
        } else {
            m.append(("kano", .null))
        }
        if let prca = f.penaltyReward, !hide {
            m.append(("penaltyReward", .object([
                ("penalty", .num(prca.penalty)), ("reward", .num(prca.reward)),
                ("penaltyScaled", .num(prca.penaltyScaled)), ("rewardScaled", .num(prca.rewardScaled)),
            ])))
        } else {
            m.append(("penaltyReward", .null))
        }
        m.append(("mot", .object([
            ("declared", .bool(f.mot.declared)),
            ("suggested", .bool(hide ? false : f.mot.suggested)),
            ("reasons", .array(hide ? [] : f.mot.reasons.map { .string($0.rawValue) })),
        ])))
        if let d = f.driver, !hide {
            m.append(("driver", .object([
                ("r", .num(d.pearson)), ("spearman", .num(d.spearman)), ("pValue", .num(d.pValue)),
                ("significant", .bool(d.significant)), ("n", .int(d.n)),
                ("shapley", .num(d.shapley)), ("shapleyShare", .num(d.shapleyShare)),
                ("nPairs", .int(d.nPairs)), ("stability", .num(d.stability)),
            ])))
        } else {
            m.append(("driver", .null))
        }
        m.append(("comments", hide ? .null : f.comments.map { .array($0.map(JSONValue.string)) } ?? .null))
        m.append(("suppressed", .bool(f.suppressed)))
        return .object(m)
    }

    static func drivers(_ d: DriverSummary?) -> JSONValue {
        guard let d else { return .null }
        var m: [(String, JSONValue)] = [("outcome", .string(d.outcome)), ("respondents", .int(d.respondents))]
        m.append(("cases", .string(d.cases.rawValue)))
        m.append(("n", .int(d.n)))
        m.append(("completeCases", .int(d.completeCases)))
        m.append(("r2", .num(d.r2)))
        m.append(("method", .str(d.method?.rawValue)))
        m.append(("predictors", .int(d.predictors)))
        m.append(("repaired", .bool(d.repaired)))
        let stability: JSONValue = d.stabilityResamples > 0 ? .object([
            ("resamples", .int(d.stabilityResamples)), ("subsample", .int(d.stabilitySubsample)),
            ("threshold", .num(d.stabilityThreshold)),
        ]) : .null
        m.append(("stability", stability))
        return .object(m)
    }

    static func peakEnd(_ p: PeakEndSummary) -> JSONValue {
        var m: [(String, JSONValue)] = [
            ("peak", .str(p.peakID)), ("trough", .str(p.troughID)), ("end", .str(p.endID)),
            ("remembered", .num(p.remembered)), ("mean", .num(p.mean)), ("memoryGap", .num(p.memoryGap)),
            ("respondents", p.respondents.map { .int($0) } ?? .null), ("suppressed", .bool(p.suppressed)),
        ]
        m.append(("endAvailable", .bool(p.endID != nil)))
        guard let t = p.test else { m.append(("test", .null)); return .object(m) }
        m.append(("test", .object([
            ("n", .int(t.n)),
            ("r2Mean", .num(t.r2Mean)), ("r2PeakEnd", .num(t.r2PeakEnd)),
            ("r2PeakPlusEnd", .num(t.r2PeakPlusEnd)), ("r2Full", .num(t.r2Full)),
            ("deltaR2", .num(t.deltaR2)), ("pValue", .num(t.pValue)),
            ("bestPeakDefinition", .string(t.bestPeakDefinition)),
            ("verdict", .string(t.verdict.rawValue)),
            ("partialF", .num(t.partialF)), ("cohensF2", .num(t.cohensF2)),
            ("meanModelPValue", .num(t.meanModelPValue)),
            ("rMean", .num(t.rMean)), ("rPeakEnd", .num(t.rPeakEnd)),
            ("r2Verdict", .num(t.verdictR2)), ("verdictModel", .string(t.verdictModel)),
            ("tooClean", .bool(t.tooClean)),
            ("adjustedR2Intensity", .num(t.adjustedR2Intensity)), ("adjustedR2Valence", .num(t.adjustedR2Valence)),
            ("fullModelShapley", .array(t.fullModelShapley.map {
                .object([("predictor", .string($0.predictor)), ("shapley", .num($0.shapley)), ("ci95", .range($0.ci95))])
            })),
            ("models", .array(t.models.map { model in
                .object([
                    ("name", .string(model.name)),
                    ("predictors", .array(model.predictors.map(JSONValue.string))),
                    ("coefficients", .array(model.coefficients.map { JSONValue.num($0) })),
                    ("r2", .num(model.r2)), ("adjustedR2", .num(model.adjustedR2)), ("aic", .num(model.aic)),
                ])
            })),
        ])))
        return .object(m)
    }

    static func enps(_ findings: JourneyFindings) -> JSONValue {
        if let e = findings.enps {
            return .object([("score", .num(e.score)), ("ci95", .range(e.ci95)), ("n", .int(e.n)), ("suppressed", .bool(false))])
        }
        if findings.enpsSuppressed {
            return .object([("score", .null), ("ci95", .null), ("n", .null), ("suppressed", .bool(true))])
        }
        return .null
    }

    /// The journey-wide comments: null when no `survey.comment` is bound.
    static func comments(_ findings: JourneyFindings) -> JSONValue {
        if let texts = findings.comments {
            return .object([("texts", .array(texts.map(JSONValue.string))), ("suppressed", .bool(false))])
        }
        if findings.commentsSuppressed { return .object([("texts", .null), ("suppressed", .bool(true))]) }
        return .null
    }

    static func segment(_ s: SegmentFinding, names: [String: String], label: SegmentLabel) -> JSONValue {
        var m: [(String, JSONValue)] = [
            ("column", .string(s.column)), ("value", .str(s.value)),
            ("name", .string(label.displayName)), ("label", .str(s.value.map(label.display))),
            ("n", s.n.map { .int($0) } ?? .null), ("suppressed", .bool(s.suppressed)),
        ]
        guard let f = s.findings, !s.suppressed else {
            m += [("touchpoints", .null), ("peakEnd", .null), ("enps", .null), ("comments", .null)]
            return .object(m)
        }
        let ranks = f.painRanks
        m.append(("touchpoints", .array(f.touchpoints.map { touchpoint($0, name: names[$0.id], painRank: ranks[$0.id]) })))
        m.append(("peakEnd", peakEnd(f.peakEnd)))
        m.append(("enps", enps(f)))
        m.append(("comments", comments(f)))
        return .object(m)
    }
}
