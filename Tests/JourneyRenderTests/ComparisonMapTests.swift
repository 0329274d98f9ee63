import Foundation
import JourneyModel
import SurveyImport
import Testing
@testable import JourneyAnalysis
@testable import JourneyRender

/// Comparison maps: every scenario lays out cleanly at every size, the map's Δ are the comparison's, and
/// `render --by` never draws a group the file's release policy withholds.
@Suite struct ComparisonMapTests {
    static let compare = TestPaths.root.appendingPathComponent("Tests/Fixtures/compare")

    static func waves(labels: (String, String)? = nil) throws -> (Journey, JourneyFindings) {
        let journey = try TestPaths.load(TestPaths.journeys.appendingPathComponent("onboarding-90-days.yaml").path)
        let new = try ResponsesFile.read(path: compare.appendingPathComponent("onboarding.wave2.csv").path, journey: journey)
        let old = try ResponsesFile.read(path: compare.appendingPathComponent("onboarding.wave1.csv").path, journey: journey)
        var findings = JourneyAnalyzer.analyze(journey, responses: new)
        findings.comparison = try ComparisonAnalyzer.compare(
            ComparisonSide(journey: journey, findings: findings, responses: new, label: labels?.0),
            with: ComparisonSide(journey: journey, findings: JourneyAnalyzer.analyze(journey, responses: old), responses: old, label: labels?.1),
            kind: .waves, settings: {
                var s = ComparisonSettings()
                s.test.permutations = 2_000   // the layout does not depend on B; keep the test quick
                return s
            }())
        return (journey, findings)
    }

    static func journeys(_ shown: String, _ other: String) throws -> (Journey, JourneyFindings) {
        let a = try TestPaths.load(TestPaths.journeys.appendingPathComponent(shown).path)
        let b = try TestPaths.load(compare.appendingPathComponent(other).path)
        var findings = JourneyAnalyzer.analyze(a, responses: nil)
        findings.comparison = try ComparisonAnalyzer.compare(
            ComparisonSide(journey: a, findings: findings, label: a.title),
            with: ComparisonSide(journey: b, findings: JourneyAnalyzer.analyze(b, responses: nil), label: b.title), kind: .journeys)
        return (a, findings)
    }

    /// Every map with a second curve: waves, two journey comparisons (en estimates, zh with a mapped scale) and
    /// `--by` team and tenure (the flag: a breakdown).
    static func overlayScenarios() throws -> [(Journey, JourneyFindings, Bool)] {
        let waves = try Self.waves(), en = try Self.journeys("day-in-the-life.yaml", "day-in-the-life.to-be.yaml")
        let zh = try Self.journeys("onboarding-90-days.yaml", "onboarding.to-be.yaml")
        let team = try Self.byTeam("team"), tenure = try Self.byTeam("tenure")
        return [(waves.0, waves.1, false), (en.0, en.1, false), (zh.0, zh.1, false), (team.0, team.1, true), (tenure.0, tenure.1, true)]
    }

    static func byTeam(_ column: String) throws -> (Journey, JourneyFindings) {
        let (journey, responses) = try TestPaths.onboardingSurvey()
        return (journey, try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(breakdown: column)))
    }

    @Test func everyComparisonMapLaysOutCleanly() throws {
        let waves = try Self.waves(), en = try Self.journeys("day-in-the-life.yaml", "day-in-the-life.to-be.yaml")
        let zh = try Self.journeys("onboarding-90-days.yaml", "onboarding.to-be.yaml")
        let team = try Self.byTeam("team"), tenure = try Self.byTeam("tenure")
        let scenarios: [(String, Journey, JourneyFindings, Bool)] = [
            ("waves", waves.0, waves.1, false), ("en estimates", en.0, en.1, false), ("zh mapped scale", zh.0, zh.1, false),
            ("by team", team.0, team.1, true), ("by tenure", tenure.0, tenure.1, true),
        ]
        for (name, journey, findings, bySegment) in scenarios {
            for size in [MapSize.wide, .slide, .a3] {
                for language in JourneyLanguage.allCases {
                    var options = RenderOptions(language: language, size: size)
                    options.segmentCurves = bySegment
                    for (page, layout) in MapRenderer.pages(journey, findings: findings, options: options).enumerated() {
                        let problems = LayoutChecks.problems(layout)
                        #expect(problems.isEmpty, "\(name) \(size) \(language) page \(page + 1): \(problems.prefix(4))")
                        // (a slide of stage means puts its Δ in the stage band and has no lane for them, `aComparisonSlide…`)
                        if layout.lane(.curve) != nil, size != .slide { #expect(layout.lane(.comparison) != nil, "\(name) \(size)") }
                    }
                }
            }
        }
    }

    /// Review 8 #11: a comparison, waves or `--by` slide dropped its actions lane for the comparison lane. Now, in both
    /// languages: the slide keeps its actions; its legend row keys every curve it draws (one entry with a series'
    /// dash per overlay: 1 for a comparison, the released groups with `--by`); and a slide of stage means prints each
    /// stage's Δ in its band, equal to the unweighted mean of the stage's own touchpoint means minus that of the
    /// reference's (worked out here from the findings and the comparison's rows, not from the layout).
    @Test func aComparisonSlideKeepsItsActionsAndKeysItsCurves() throws {
        var deltasChecked = 0
        for (journey, findings, bySegment) in try Self.overlayScenarios() {
            for language in JourneyLanguage.allCases {
                var options = RenderOptions(language: language, size: .slide)
                options.segmentCurves = bySegment
                let layout = try #require(MapRenderer.pages(journey, findings: findings, options: options).first)
                // every comparison and waves slide keeps its actions, and the by-team ones (the English one since its box
                // names its two touchpoints in place of the average line, a line shorter); one with a second legend row
                // (by tenure in English, four curves) may still lack the room, and then its footnote says where the
                // actions are (the onboarding sample's YAML has 5, counted by hand)
                let footnote = layout.textRuns.filter { $0.role == .footnote && $0.lane == .legend }
                    .map { $0.lines.joined(separator: language == .zh ? "" : " ") }.joined(separator: " ")
                if !bySegment || findings.breakdown == "team" {
                    #expect(layout.lane(.actions) != nil, "\(journey.title) \(language) by \(bySegment): no actions lane")
                }
                if layout.lane(.actions) == nil {
                    let total = 5
                    #expect(footnote.contains(language == .zh ? "这页放不下改进行动：\(total) 条见行动计划" : "No room for the actions on this slide: \(total) in the action plan"),
                            "\(footnote)")
                } else {
                    #expect(!footnote.contains("放不下") && !footnote.contains("No room"))
                }
                let overlays = bySegment ? findings.segments.filter { !$0.suppressed && $0.findings != nil }.count : 1
                let keyed = layout.groups.filter { $0.attribute("data-legend") != nil }.filter { group in
                    group.children.contains { if case .shape(let shape) = $0, case .series = shape.style.stroke { return true } else { return false } }
                }
                #expect(keyed.count == overlays, "\(journey.title) \(language): \(keyed.count) curves keyed, \(overlays) drawn")
                guard let comparison = findings.comparison, journey.touchpoints.count > 12 else { continue }
                for (k, stage) in journey.stages.enumerated() {
                    let own = stage.touchpoints.compactMap { tp in findings.touchpoints.first { $0.id == tp.id && !$0.suppressed }?.mean }
                    let reference = comparison.touchpoints.filter { $0.stageID == stage.id }.compactMap(\.reference)
                    guard !own.isEmpty, !reference.isEmpty else { continue }
                    let expected = own.reduce(0, +) / Double(own.count) - reference.reduce(0, +) / Double(reference.count)
                    let group = try #require(layout.groups.first { $0.id == "delta-stage-mean-\(k + 1)" }, "\(stage.name)")
                    #expect(group.attribute("data-delta") == MapNumber.fixed(expected, digits: 2), "\(stage.name)")
                    let text = group.children.compactMap { node -> TextRun? in if case .text(let run) = node { return run } else { return nil } }
                    #expect(text.first?.lines == ["Δ " + MapNumber.signedDelta(expected)] && text.first?.lane == .stages)
                    deltasChecked += 1
                }
            }
        }
        #expect(deltasChecked >= 2 * 3 * 5)
    }

    /// A value label of the journey's own curve keeps from another series' marker at least the distance it keeps from
    /// its own point (plus a margin): beside a marker it reads as that series' value (review 8 #4: "均值 5.4" beside the
    /// target's square at 6.2 on the comparison slide). Checked on every comparison and `--by` map, wide and slide.
    @Test func aValueLabelNeverSitsBesideAnotherSeriesMarker() throws {
        var checked = 0
        for (journey, findings, bySegment) in try Self.overlayScenarios() {
            for size in [MapSize.wide, .slide] {
                var options = RenderOptions(size: size)
                options.segmentCurves = bySegment
                let m = LayoutProfile.of(size).metrics
                let gap = m.valueOffset + m.px(6)
                for layout in MapRenderer.pages(journey, findings: findings, options: options) {
                    guard let curve = layout.lane(.curve) else { continue }
                    let markers = layout.shapes.filter { shape in
                        guard case .series = shape.style.stroke, shape.style.fill == .background else { return false }
                        return curve.rect.contains(shape.bounds)
                    }.map(\.bounds)
                    for label in layout.textRuns where label.role == .valueLabel && label.lane == .curve {
                        checked += 1
                        // (the tolerance: the engine's own 2-unit pad vertically, rounding horizontally)
                        let near = label.frame.insetBy(dx: -gap + 0.5, dy: -m.px(2) + 0.5)
                        #expect(!markers.contains { $0.intersects(near) }, "\(journey.title) \(size): \(label.lines) beside a marker")
                    }
                }
            }
        }
        #expect(checked > 50)
    }

    /// On every comparison and `--by` map, wide and slide, each rated point of the journey's own curve shows its value
    /// once: as a value label with no callout box between it and its point (second review: "mean 4" hung under the
    /// Highest point callout, read as the callout's), or, where no such place is clear, inside its own callout
    /// ("Highest point · mean 4"), with the point's score.
    @Test func aPointsValueIsNeverCutOffFromItByACallout() throws {
        var labels = 0, carried = 0
        for (journey, findings, bySegment) in try Self.overlayScenarios() {
            for size in [MapSize.wide, .slide] {
                var options = RenderOptions(size: size)
                options.segmentCurves = bySegment
                for layout in MapRenderer.pages(journey, findings: findings, options: options) where layout.lane(.curve) != nil {
                    let callouts = MapAgreementTests.groups(layout.nodes).filter { $0.id?.hasPrefix("callout-") == true }
                    let boxes = callouts.flatMap { MapAgreementTests.shapes($0.children).filter(\.obstacle).map(\.bounds) }
                    for tp in MapAgreementTests.touchpoints(layout) {
                        guard let id = tp.attribute("data-touchpoint") ?? tp.id, let score = Double(tp.attribute("data-score") ?? ""),
                              let point = MapAgreementTests.shapes(tp.children).first(where: { $0.owner?.hasPrefix("point-") == true })?.bounds
                        else { continue }
                        // (data-score has two decimals: the printed one-decimal value is within 0.05 of it)
                        func endsWithScore(_ text: String) -> Bool {
                            guard let match = text.range(of: #"[0-9]+(\.[0-9]+)?$"#, options: .regularExpression),
                                  let value = Double(text[match]) else { return false }
                            return abs(value - score) <= 0.051
                        }
                        let label = MapAgreementTests.runs(tp.children).first { $0.role == .valueLabel }
                        let callout = callouts.first { $0.attribute("data-touchpoint").map { [$0, "tp-" + $0].contains(id) } == true }
                        let inCallout = callout.flatMap { MapAgreementTests.runs($0.children).first { $0.role == .callout } }?.lines.joined()
                        if let label {
                            labels += 1
                            #expect(endsWithScore(label.lines.joined()), "\(journey.title) \(size) \(id): \(label.lines) for \(score)")
                            let frame = label.frame
                            let top = min(frame.maxY, point.midY), bottom = max(frame.y, point.midY)
                            let between = Rect(x: min(frame.x, point.midX), y: top, width: max(frame.maxX, point.midX) - min(frame.x, point.midX),
                                               height: max(0, bottom - top))
                            #expect(bottom <= top || !boxes.contains { $0.intersects(between.insetBy(dx: 0, dy: 0.5)) },
                                    "\(journey.title) \(size) \(id): \(label.lines) behind a callout")
                        } else {
                            carried += 1
                            let text = try #require(inCallout, "\(journey.title) \(size) \(id): no value label and no callout")
                            #expect(text.contains(" · ") && endsWithScore(text), "\(journey.title) \(size) \(id): callout \(text) does not carry \(score)")
                        }
                    }
                }
            }
        }
        #expect(labels > 50)
        #expect(carried > 0)
    }

    /// The Δ row prints the comparison's numbers; ▲/▼ only where the Holm-corrected test says so.
    @Test func deltaRowShowsTheComparisonsNumbers() throws {
        let (journey, findings) = try Self.waves(labels: ("11月", "10月"))
        let layout = MapRenderer.layout(journey, findings: findings)
        let deltas = layout.groups.filter { $0.id?.hasPrefix("delta-") == true }
        let comparison = try #require(findings.comparison)
        #expect(deltas.count == comparison.touchpoints.filter { $0.delta != nil }.count)
        for group in deltas {
            let row = try #require(comparison.touchpoint(group.attribute("data-touchpoint") ?? ""))
            #expect(group.attribute("data-delta") == MapNumber.fixed(row.delta!, digits: 2))
            #expect(group.attribute("data-significant") == row.significant.map { $0 ? "true" : "false" })
            let texts = group.children.compactMap { node -> TextRun? in if case .text(let run) = node { return run } else { return nil } }
            #expect(texts.map(\.lines) == [[MapNumber.signedDelta(row.delta!)]])
            // a ▲/▼ mark exactly for the significant ones
            let marks = group.children.filter { if case .shape = $0 { return true } else { return false } }
            #expect(marks.count == (row.significant == true ? 1 : 0))
        }
        let legend = layout.textRuns.filter { $0.lane == .comparison && $0.role == .legend }.flatMap(\.lines)
        #expect(legend == ["11月", "10月"])
        #expect(MapNumber.signedDelta(1.61) == "+1.6" && MapNumber.signedDelta(-0.577) == "\u{2212}0.6" && MapNumber.signedDelta(0.04) == "±0.0")
    }

    /// Unmatched touchpoints and the mapped scale are on the map, in the map's language.
    @Test func notesNameUnmatchedTouchpointsAndTheMappedScale() throws {
        let (journey, findings) = try Self.journeys("onboarding-90-days.yaml", "onboarding.to-be.yaml")
        let notes = MapRenderer.layout(journey, findings: findings).textRuns
            .filter { $0.lane == .comparison && $0.role == .footnote }.map { $0.lines.joined() }.joined(separator: "\n")
        #expect(notes.contains("仅在「新客服专员的前 90 天」中：入职第一周被拉进十几个工作群"))
        #expect(notes.contains("入职伙伴一对一答疑"))
        #expect(notes.contains("1–5 分已线性换算到 1–7"))
        let (en, enFindings) = try Self.journeys("day-in-the-life.yaml", "day-in-the-life.to-be.yaml")
        let enNotes = MapRenderer.layout(en, findings: enFindings).textRuns
            .filter { $0.lane == .comparison && $0.role == .footnote }.map { $0.lines.joined(separator: " ") }
        #expect(enNotes.contains { $0.hasPrefix("Only in A day on the phones: Read overnight policy updates") })
        #expect(enNotes.contains { $0.hasPrefix("Only in A day on the phones (to-be): One-screen morning brief") })
        #expect(!enNotes.contains { $0.contains("mapped linearly") })
    }

    /// `--by` property: for every segment column of the sample and for seeded random files, the curves drawn are
    /// exactly the groups the file's `ReleasePolicy` releases (checked against the policy itself and against the raw
    /// group sizes: nothing under the minimum is ever drawn), and the hidden count is the rest.
    @Test func byNeverDrawsAnUnreleasedGroup() throws {
        var cases: [(Journey, SurveyResponses)] = []
        let sample = try TestPaths.load(TestPaths.journeys.appendingPathComponent("onboarding-90-days.yaml").path)
        cases.append((sample, try ResponsesFile.read(path: TestPaths.journeys.appendingPathComponent("onboarding-90-days.responses.csv").path,
                                                    journey: sample)))
        for seed in UInt64(1)...6 { cases.append(Self.randomFile(seed: seed)) }
        var checked = 0
        for (journey, responses) in cases {
            let policy = ReleasePolicy(journey: journey, responses: responses, options: AnalysisOptions())
            for column in responses.segments {
                let findings = try JourneyAnalyzer.analyze(journey, responses: responses, request: AnalysisRequest(breakdown: column.name))
                var options = RenderOptions(language: .en)
                options.segmentCurves = true
                let layout = MapRenderer.layout(journey, findings: findings, options: options)
                let c = try #require(policy.cells.columnIndex(column.name))
                var values: [String?] = policy.cells.levels[c]
                if column.codes.contains(0) { values.append(nil) }
                var released: [String] = []
                var hidden = 0
                for value in values {
                    let group = policy.cells.cells(where: [(column: c, levels: [policy.cells.levelIndex(column: c, value: value)!])])
                    let size = (0..<responses.respondentCount).filter { column[$0] == value }.count
                    if policy.releases(group, for: .respondents) {
                        #expect(size >= 5)
                        let label = value.map { journey.segmentLabel(column.name).display($0) } ?? "(no answer)"
                        released.append("\(label) (n = \(size))")
                    } else {
                        hidden += 1
                    }
                }
                let group = try #require(layout.groups.first { $0.id == "comparison" })
                #expect(group.attribute("data-curves") == String(released.count))
                #expect(group.attribute("data-hidden-groups") == String(hidden))
                let legend = layout.textRuns.filter { $0.lane == .comparison && $0.role == .legend }.flatMap(\.lines)
                #expect(Array(legend.dropFirst()) == released, "\(column.name)")
                let text = layout.textRuns.filter { $0.lane == .comparison }.flatMap(\.lines).joined(separator: " ")
                if hidden > 0 { #expect(text.contains("\(hidden) group\(hidden == 1 ? "" : "s") hidden (under 5 people, or to protect a smaller group)")) }
                checked += 1
            }
        }
        #expect(checked == 2 + 6 * 2)
    }

    /// A random English file: 4 touchpoints, two segment columns with groups of 1–40 people (some under 5).
    static func randomFile(seed: UInt64) -> (Journey, SurveyResponses) {
        var rng = SplitMix64(seed: seed)
        let journey = Journey(title: "Random \(seed)", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: (1...4).map { Touchpoint(id: "t\($0)", name: "T\($0)") }),
        ], survey: SurveyBinding(segments: ["team", "site"]))
        func groups(_ prefix: String) -> [String?] {
            var values: [String?] = []
            for k in 0..<(2 + rng.index(below: 4)) {
                let size = 1 + rng.index(below: 40)
                values += Array(repeating: k == 0 && rng.index(below: 3) == 0 ? nil : "\(prefix)\(k)", count: size)
            }
            return values
        }
        var team = groups("team-")
        var site = groups("site-")
        let n = max(team.count, site.count)
        team += Array(repeating: "team-x", count: n - team.count)
        site += Array(repeating: "site-x", count: n - site.count)
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.index(below: i + 1)) }
        let answers = (1...4).map { j in
            SurveyResponses.TouchpointAnswers(touchpointID: "t\(j)", score: RatingColumn(scale: .fivePoint, values: (0..<n).map { _ in
                rng.index(below: 10) == 0 ? nil : 1 + rng.index(below: 5)
            }))
        }
        return (journey, SurveyResponses(respondentCount: n, touchpoints: answers, segments: [
            SegmentColumn(name: "team", values: order.map { team[$0] }), SegmentColumn(name: "site", values: order.map { site[$0] }),
        ]))
    }
}
