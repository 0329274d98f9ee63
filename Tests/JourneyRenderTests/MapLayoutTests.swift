import Foundation
import JourneyAnalysis
import JourneyModel
import Testing
@testable import JourneyRender

@Suite struct MapLayoutTests {
    static let fixtureJourneys = ["hostile.yaml", "tiny.yaml"].map { TestPaths.fixtures.appendingPathComponent($0).path }

    static func allJourneys() throws -> [Journey] {
        try (TestPaths.samplePaths() + fixtureJourneys).map(TestPaths.load)
    }

    @Test func samplesExist() {
        #expect(TestPaths.samplePaths().count >= 3)
    }

    @Test func samplesAndFixturesHaveNoOverlapOrOverflow() throws {
        for journey in try Self.allJourneys() {
            let estimate = EstimateAnalyzer.analyze(journey)
            let survey = StressJourneys.surveyFindings(for: journey, seed: 7)
            for findings in [estimate, survey] {
                for language in JourneyLanguage.allCases {
                    for size in MapSize.allCases {
                        let layout = MapLayoutEngine.layout(journey, findings: findings,
                                                            options: RenderOptions(language: language, size: size, stamp: "2026-11-22"))
                        let problems = LayoutChecks.problems(layout)
                        #expect(problems.isEmpty, "\(journey.path) \(findings.source) \(language) \(size): \(problems.prefix(5))")
                    }
                }
            }
        }
    }

    @Test func samplesWrapWithKinsoku() throws {
        for path in TestPaths.samplePaths() {
            let journey = try TestPaths.load(path)
            for language in JourneyLanguage.allCases {
                let layout = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey), options: RenderOptions(language: language))
                for run in layout.textRuns where run.lines.count > 1 {
                    for (index, line) in run.lines.enumerated() {
                        if index > 0 { #expect(!CharacterClass.noLineStart.contains(line.first!), "\(path): line starts with \(line.first!): \(run.lines)") }
                        if index < run.lines.count - 1 { #expect(!CharacterClass.noLineEnd.contains(line.last!), "\(path): line ends with \(line.last!): \(run.lines)") }
                    }
                    // No last line of a single ideograph (a widow) in the samples.
                    let last = run.lines.last!.filter { !CharacterClass.isPunctuation($0) && $0 != " " }
                    #expect(last.count > 1, "\(path): widow in \(run.lines)")
                }
            }
        }
    }

    @Test func stressJourneysHaveNoOverlapOrOverflow() {
        var rng = SeededGenerator(seed: 2026)
        // Fixed extremes plus random sizes; names 1–80 characters in mixed scripts, 1–12 stages.
        var cases: [(Int, Int)] = [(1, 1), (200, 12), (200, 1), (2, 12), (12, 12)]
        for _ in 0..<15 { cases.append((Int.random(in: 1...200, using: &rng), Int.random(in: 1...12, using: &rng))) }
        for (index, (touchpoints, stages)) in cases.enumerated() {
            let language: JourneyLanguage = index % 2 == 0 ? .zh : .en
            let journey = StressJourneys.journey(touchpoints: touchpoints, stages: stages, language: language, seed: UInt64(index + 1))
            let findings = index % 3 == 0 ? StressJourneys.surveyFindings(for: journey, seed: UInt64(index))
                                          : EstimateAnalyzer.analyze(journey)
            let layout = MapLayoutEngine.layout(journey, findings: findings, options: RenderOptions(language: language))
            let problems = LayoutChecks.problems(layout)
            #expect(problems.isEmpty, "stress #\(index) (\(touchpoints) touchpoints, \(stages) stages): \(problems.prefix(5))")
            #expect(layout.columns.count == touchpoints)
        }
    }

    /// The outcome only: its time is measured by bench/render_bench.sh, never asserted in a test.
    @Test func twoHundredTouchpointsLayOut() {
        let journey = StressJourneys.journey(touchpoints: 200, stages: 12, language: .zh, seed: 99)
        let findings = StressJourneys.surveyFindings(for: journey, seed: 99)
        let layout = MapLayoutEngine.layout(journey, findings: findings)
        #expect(layout.columns.count == 200)
        #expect(LayoutChecks.problems(layout).isEmpty)
        #expect(!MapRenderer.svg(journey, findings: findings).isEmpty)
    }

    @Test func widthGrowsWithTouchpoints() {
        func width(_ n: Int) -> Double {
            let journey = StressJourneys.journey(touchpoints: n, stages: 3, language: .zh, seed: 5)
            return MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey)).size.width
        }
        // 132 gutter + 2 × 32 margin + 138 per touchpoint, never below 1200.
        #expect(width(3) == 1200)
        #expect(width(20) == 132 + 64 + 20 * 138)
        #expect(width(40) == 132 + 64 + 40 * 138)
    }

    @Test func lanesAreOrderedAndEmptyLanesLeftOut() throws {
        let tiny = try TestPaths.load(TestPaths.fixtures.appendingPathComponent("tiny.yaml").path)
        let layout = MapLayoutEngine.layout(tiny, findings: EstimateAnalyzer.analyze(tiny))
        // One neutral touchpoint, no quotes, no actions: no findings, voices or actions lanes.
        #expect(layout.lanes.map(\.kind) == [.header, .stages, .touchpoints, .curve, .legend])
        let onboarding = try TestPaths.load(TestPaths.journeys.appendingPathComponent("onboarding-90-days.yaml").path)
        let full = MapLayoutEngine.layout(onboarding, findings: EstimateAnalyzer.analyze(onboarding))
        #expect(full.lanes.map(\.kind) == [.header, .stages, .touchpoints, .curve, .findings, .voices, .actions, .legend])
    }

    @Test func unratedTouchpointIsAGapNotAZero() throws {
        let journey = try TestPaths.load(TestPaths.fixtures.appendingPathComponent("hostile.yaml").path)
        let layout = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey))
        let group = try #require(layout.groups.first { $0.id == "tp-unrated" })
        #expect(group.attribute("data-score") == "")
        // No point in the unrated group; the curve is split into two paths around it.
        let hasPoint = group.children.contains { if case .shape(let s) = $0, case .circle = s.geometry { return true }; return false }
        #expect(!hasPoint)
        let curve = try #require(layout.groups.first { $0.id == "curve" })
        let curvePaths = curve.children.filter { node in
            if case .shape(let s) = node, case .path = s.geometry, s.style.stroke == .curve { return true }
            return false
        }
        #expect(curvePaths.count == 2)
        // "not rated" is said in the gap itself: inside the plot band, in the unrated column, not in a row below
        let label = try #require(layout.textRuns.first { $0.role == .sampleSize && $0.lines == ["not rated"] })
        let band = try #require(layout.plotBand)
        #expect(label.frame.y >= band.y && label.frame.maxY <= band.maxY, "\(label.frame) outside \(band)")
        let column = try #require(label.column)
        #expect(label.frame.x >= layout.columns[column].x && label.frame.maxX <= layout.columns[column].maxX)
    }

    @Test func peakTroughAndEndAreAnnotatedAndClearOfValues() throws {
        for path in TestPaths.samplePaths() {
            let journey = try TestPaths.load(path)
            let findings = EstimateAnalyzer.analyze(journey)
            let layout = MapLayoutEngine.layout(journey, findings: findings)
            let marks = layout.groups.compactMap { $0.attribute("data-marks") }.flatMap { $0.split(separator: " ") }
            // All three samples' estimates tie their peak with the trough, so the best point is marked "high" too.
            #expect(Set(marks) == ["peak", "trough", "end", "high"], "\(path)")
            let callouts = layout.shapes.filter { $0.obstacle && ($0.owner ?? "").hasPrefix("callout-") }.map(\.bounds)
            for value in layout.textRuns where value.role == .valueLabel {
                #expect(!callouts.contains { $0.intersects(value.frame) })
            }
        }
    }

    @Test func surveyDataShowsSampleSizesBandsAndSuppression() throws {
        let journey = try TestPaths.load(TestPaths.journeys.appendingPathComponent("onboarding-90-days.yaml").path)
        var findings = EstimateAnalyzer.analyze(journey)
        findings.source = .survey
        findings.respondents = 240
        for index in findings.touchpoints.indices {
            findings.touchpoints[index].n = 200 + index
            if let mean = findings.touchpoints[index].mean { findings.touchpoints[index].ci95 = (mean - 0.3)...(mean + 0.3) }
        }
        findings.touchpoints[1].n = 3
        findings.touchpoints[1].mean = nil
        findings.touchpoints[1].suppressed = true
        findings.touchpoints[4].mot.suggested = true
        let layout = MapLayoutEngine.layout(journey, findings: findings)
        let samples = layout.textRuns.filter { $0.role == .sampleSize }.flatMap(\.lines)
        #expect(samples.contains("n=200"))
        #expect(samples.contains("n<5"))
        #expect(!samples.contains("n=3"))
        let subtitle = layout.textRuns.first { $0.role == .subtitle }?.lines.joined() ?? ""
        #expect(subtitle.contains("n = 240 · 调研"))
        let bands = layout.shapes.filter { $0.style.fill == .band }
        #expect(!bands.isEmpty)
        let footnotes = layout.textRuns.filter { $0.role == .footnote }.flatMap(\.lines).joined()
        #expect(footnotes.contains("少于 5 人"))
        let suggested = layout.groups.filter { $0.attribute("data-mark") == "suggested-mot" }
        #expect(suggested.count == (findings.touchpoints[4].mot.declared ? 0 : 1))
        // The survey curve is solid, the estimate curve dashed.
        let curve = layout.shapes.first { $0.style.stroke == .curve }
        #expect(curve?.style.dash == [])
        let estimateCurve = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey)).shapes.first { $0.style.stroke == .curve }
        #expect(estimateCurve?.style.dash.isEmpty == false)
    }

    @Test func slideLayoutIsTheSlide() throws {
        let journey = try TestPaths.load(TestPaths.journeys.appendingPathComponent("onboarding-90-days.yaml").path)
        let slide = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey), options: RenderOptions(size: .slide))
        #expect(slide.size == Size(width: 1920, height: 1080))
    }

    @Test func truncatedTextKeepsTheFullText() {
        let long = String(repeating: "很长的触点名称", count: 12)
        let journey = Journey(title: "t", language: .zh,
                              stages: [Stage(id: "s", name: "s", touchpoints: [Touchpoint(id: "a", name: long, score: 3)])])
        let layout = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey))
        let name = layout.textRuns.first { $0.role == .touchpointName }
        #expect(name?.lines.last?.hasSuffix("…") == true)
        #expect(name?.fullText == long)
    }
}

@Suite struct LayoutChecksTests {
    /// The checker itself must catch the faults it is meant to catch.
    @Test func checkerFlagsOverlapOverflowAndCoveredText() throws {
        let journey = try TestPaths.load(TestPaths.journeys.appendingPathComponent("day-in-the-life.yaml").path)
        let layout = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey))
        #expect(LayoutChecks.problems(layout).isEmpty)

        func mutate(_ body: (inout TextRun) -> Void, role: TextRole) -> MapLayout {
            var copy = layout
            var done = false
            func walk(_ nodes: inout [LayoutNode]) {
                for index in nodes.indices where !done {
                    switch nodes[index] {
                    case .text(var run) where run.role == role:
                        body(&run)
                        nodes[index] = .text(run)
                        done = true
                    case .group(var group):
                        walk(&group.children)
                        nodes[index] = .group(group)
                    default: break
                    }
                }
            }
            walk(&copy.nodes)
            return copy
        }
        // A name line too long for its card.
        let overflow = mutate({ $0.lines = [String(repeating: "W", count: 40)] }, role: .touchpointName)
        #expect(LayoutChecks.problems(overflow).contains { $0.contains("leaves its box") })
        // A value label moved onto its neighbour's card text: leaves its box and lane.
        // (above the whole curve lane: the curve is a third of the map, so 200 px could stay inside the plot)
        let lift = (layout.lane(.curve)?.rect.height ?? 200) + 20
        let moved = mutate({ $0.y -= lift }, role: .valueLabel)
        #expect(!LayoutChecks.problems(moved).isEmpty)
        // A lane label moved onto the first card name (bounds widened so only the overlap is wrong).
        let card = try #require(layout.textRuns.first { $0.role == .touchpointName })
        let overlap = mutate({ run in
            run.x = card.frame.x
            run.y = card.y
            run.bounds = Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)
            run.lane = .touchpoints
        }, role: .laneLabel)
        #expect(LayoutChecks.problems(overlap).contains { $0.contains("text overlaps") })
        // A finding pill's label moved under the MOT badge.
        let badge = try #require(layout.shapes.first { ($0.owner ?? "").hasPrefix("mot-") && $0.obstacle })
        let covered = mutate({ run in
            run.x = badge.bounds.x + 2
            run.y = badge.bounds.maxY - 4
            run.bounds = Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)
            run.lane = .touchpoints
            run.column = nil
        }, role: .severity)
        #expect(LayoutChecks.problems(covered).contains { $0.contains("covers") })
    }
}

/// Survey comments reach the voices lane only through the analysis (which releases them from 10 answers),
/// after the team's own quotes, and never for a withheld touchpoint.
@Suite struct VoicesLaneTests {
    static let journey = Journey(title: "Voices", language: .en, stages: [
        Stage(id: "s", name: "S", touchpoints: [
            Touchpoint(id: "a", name: "A", score: 2, quotes: ["Team quote"]),
            Touchpoint(id: "b", name: "B", score: 4),
        ]),
    ])

    private func voiceLines(_ findings: JourneyFindings) -> [String] {
        MapLayoutEngine.layout(Self.journey, findings: findings).textRuns
            .filter { $0.role == .quote || $0.role == .more }.flatMap(\.lines)
    }

    @Test func commentsFollowTheTeamQuotesAndTheRestAreReferredToTheReport() {
        var findings = EstimateAnalyzer.analyze(Self.journey)
        findings.touchpoints[0].comments = ["Comment one", "Comment two", "Comment three"]
        findings.touchpoints[1].comments = ["Only comment"]
        // Two boxes per touchpoint: a → team quote + first comment, then a pointer to the report without a count
        // (a count would tell how many people wrote a comment); b → its comment.
        #expect(voiceLines(findings) == ["\"Team quote\"", "\"Comment one\"", "more in the report", "\"Only comment\""])
    }

    /// Quotation marks suit the text they hold: “…” around Chinese, straight "…" around Latin text (the map's
    /// CJK-first fonts draw “ ” full width); marks already around the text are not doubled.
    @Test func quotationMarksSuitTheirText() {
        #expect(MapLabels.quoted("Team quote") == "\"Team quote\"")
        #expect(MapLabels.quoted("“Already quoted”") == "\"Already quoted\"")
        #expect(MapLabels.quoted("登不上") == "“登不上”")
        #expect(MapLabels.quoted("「系统 ok」") == "“系统 ok”")
    }

    @Test func withheldTouchpointsShowNoComments() {
        var findings = EstimateAnalyzer.analyze(Self.journey)
        findings.touchpoints[1].comments = ["Should not show"]
        findings.touchpoints[1].suppressed = true
        #expect(!voiceLines(findings).contains("\"Should not show\""))
    }
}

/// When the most intense moment is a low one, the map still marks the best moment.
@Suite struct HighPointCalloutTests {
    private func marks(_ scores: [Double?]) -> [String] {
        let journey = Journey(title: "Marks", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: scores.enumerated().map { Touchpoint(id: "t\($0.offset)", name: "T\($0.offset)", score: $0.element) }),
        ])
        let layout = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey))
        return layout.groups.compactMap { $0.attribute("data-marks") }
    }

    @Test func tiedPeakGoesToTheLowAndTheHighIsMarkedToo() {
        // 1–5, neutral 3: |1 − 3| = |5 − 3| → the peak is the low 1 (ties to the negative), so 5 is the "high" point.
        #expect(marks([1, 5, 3]) == ["peak trough", "high", "end"])
    }

    @Test func thePeakThatIsTheBestIsOneCalloutWithOneName() {
        // |5 − 3| = 2 > |2 − 3| = 1 → the most intense moment is 5, also the highest point: one callout marked both,
        // named once ("Highest point · most intense", as the other callouts say "Lowest point"), never "Peak · High point".
        #expect(marks([2, 5, 4]) == ["trough", "peak high", "end"])
        let journey = Journey(title: "Marks", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [2.0, 5, 4].enumerated().map { Touchpoint(id: "t\($0.offset)", name: "T\($0.offset)", score: $0.element) }),
        ])
        let texts = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey)).textRuns
            .filter { $0.role == .callout }.map { $0.lines.joined() }
        #expect(texts.contains("Highest point · most intense") && texts.contains("Lowest point"))
        #expect(!texts.contains { $0.contains("Peak") })
    }

    @Test func theLowestPointThatIsMostIntenseIsNamedOnce() {
        let journey = Journey(title: "Marks", language: .zh, stages: [
            Stage(id: "s", name: "S", touchpoints: [1.0, 4, 3].enumerated().map { Touchpoint(id: "t\($0.offset)", name: "T\($0.offset)", score: $0.element) }),
        ])
        let texts = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey)).textRuns
            .filter { $0.role == .callout }.map { $0.lines.joined() }
        #expect(texts.contains("最低点 · 最强烈") && !texts.contains { $0.contains("峰值") || $0.contains("谷底") })
    }
}

/// A fresh journey with no scores says so instead of explaining a curve it does not draw.
@Suite struct UnratedJourneyTests {
    @Test func noScoresNoteReplacesTheMethodNote() {
        let journey = Journey(title: "Fresh", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "a", name: "A"), Touchpoint(id: "b", name: "B")]),
        ])
        let layout = MapLayoutEngine.layout(journey, findings: EstimateAnalyzer.analyze(journey))
        let footnotes = layout.textRuns.filter { $0.role == .footnote }.flatMap(\.lines).joined(separator: " ")
        #expect(footnotes.contains("No scores yet"))
        #expect(!footnotes.contains("peak-end rule"))
        #expect(layout.lane(.curve) == nil)
        #expect(layout.textRuns.contains { $0.role == .subtitle && $0.lines.joined(separator: " ").contains("not rated yet") })
    }
}
