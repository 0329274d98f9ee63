import JourneyAnalysis
import JourneyModel
import Testing
@testable import JourneyRender

/// Print sheets read alone: each sheet of a window has the curve, whole names and its findings; near-duplicate
/// quotes are shown once; short groups of a label are not split across lines.
@Suite struct PrintSheetTests {
    @Test func nearDuplicateQuotesAreShownOnce() {
        // same letters ignoring case, spaces and punctuation; one the start of the other keeps the longer wording
        let quotes = ["Twelve minutes and three password resets.", "twelve minutes, and three  password resets",
                      "Eight emails", "Eight emails about price changes!", "第一天什么都登不上。", "第一天 什么都登不上",
                      "Something else"]
        #expect(DistinctQuotes.distinct(quotes) == ["Twelve minutes and three password resets.",
                                                   "Eight emails about price changes!", "第一天什么都登不上。", "Something else"])
        // full-width letters fold to ASCII; texts without letters only match when identical
        #expect(DistinctQuotes.normalized("ＡＢｃ 1") == "abc1")
        #expect(DistinctQuotes.distinct(["…", "!!", "…"]) == ["…", "!!"])
    }

    @Test func aSheetShowsEachQuoteOnce() throws {
        var journey = try TestPaths.load(TestPaths.samplePaths()[0])
        let first = journey.stages[0].touchpoints[0]
        journey.stages[0].touchpoints[0].quotes = ["We wait.", "we wait", "We wait for the approval, every time."]
        // on whichever sheet carries the touchpoint's voices (a continuation sheet when they moved)
        let pages = MapLayoutEngine.pages(journey, findings: EstimateAnalyzer.analyze(journey), options: RenderOptions(size: .a3))
        let quotes = pages.flatMap(\.textRuns).filter { $0.role == .quote && $0.lines.joined(separator: " ").lowercased().contains("we wait") }
        #expect(quotes.count == 1, "\(first.id): \(quotes.map(\.lines))")
    }

    @Test func shortGroupsStayOnOneLine() {
        #expect(TextGroups.glued("scale 1–5 (3 = neutral)") == "scale\u{00A0}1–5\u{00A0}(3\u{00A0}=\u{00A0}neutral)")
        #expect(TextGroups.glued("Remembered (most intense + end)/2 = 2.5")
                == "Remembered (most\u{00A0}intense\u{00A0}+\u{00A0}end)/2 = 2.5")
        // A line that would break inside the group breaks before it; the lines carry plain spaces.
        let font = FontSpec(size: 12, weight: .regular)
        let width = TextMeasurer.width("Remembered (most intense", font: font) + 1
        let wrapped = TextGroups.wrap("Remembered (most intense + end)/2 = 2.5", width: width, font: font)
        #expect(wrapped.lines.first == "Remembered")
        #expect(wrapped.lines.contains { $0.hasPrefix("(most intense + end)/2") })
        #expect(!wrapped.lines.joined().contains("\u{00A0}"))
    }

    @Test func everySheetHasTheCurveWholeNamesAndTheirActions() throws {
        for path in TestPaths.samplePaths() {
            let journey = try TestPaths.load(path)
            let findings = EstimateAnalyzer.analyze(journey)
            for size in [MapSize.a3, .a4] {
                let pages = MapLayoutEngine.pages(journey, findings: findings, options: RenderOptions(size: size))
                let mapSheets = pages.filter { $0.lane(.curve) != nil }
                // every touchpoint is on a sheet with the curve
                let onCurve = Set(mapSheets.flatMap { $0.groups.compactMap(\.id).filter { $0.hasPrefix("tp-") } })
                #expect(onCurve.count == journey.touchpoints.count, "\(path) \(size)")
                for (index, page) in pages.enumerated() {
                    // names are whole (up to 3 lines on the last-resort cut, documented in Docs)
                    let cut = page.textRuns.filter { $0.role == .touchpointName && $0.fullText != nil }
                    #expect(cut.allSatisfy { $0.lines.count >= 3 }, "\(path) \(size) sheet \(index + 1): \(cut.map(\.lines))")
                    // a map sheet without its voices says where they are
                    if page.lane(.curve) != nil, page.lane(.voices) != nil, !page.textRuns.contains(where: { $0.role == .quote }) {
                        #expect(page.textRuns.contains { $0.lane == .voices && $0.role == .more }, "\(path) \(size) sheet \(index + 1)")
                    }
                }
            }
        }
    }
}
