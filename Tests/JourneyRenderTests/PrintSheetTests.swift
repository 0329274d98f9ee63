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
        // the same sentence retold (a team quote and a survey comment): Dice over character pairs 0.807 (python,
        // collections.Counter of s[i:i+2] on the normalized texts), so one is shown, the longer; a different quote with
        // the same opening (0.324) is kept
        let retold = ["主管把我这三个月的进步曲线拿出来给我看，我才发现自己成长了这么多。", "主管把我这三个月的进步曲线拿出来，我才知道自己成长了这么多"]
        #expect(abs(DistinctQuotes.pairOverlap(DistinctQuotes.normalized(retold[0]), DistinctQuotes.normalized(retold[1])) - 0.8070) < 0.0001)
        #expect(DistinctQuotes.distinct(retold) == [retold[0]])
        #expect(DistinctQuotes.distinct(["组长在门口等我，还准备了欢迎卡，一下子就不紧张了。", "组长在门口等我，可是系统账号还没开通"]).count == 2)
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
        let font = FontSpec(size: 12, weight: .regular)
        func wrapped(_ text: String, before cut: String) -> [String] {
            TextWrapper.wrap(text, width: TextMeasurer.width(cut, font: font) + 1, font: font).lines
        }
        // A line that would break inside the group breaks before it; a group wider than what is left of the line
        // parts from its "= 2.5" before it parts inside its brackets.
        #expect(wrapped("Remembered (most intense + end)/2 = 2.5", before: "Remembered (most intense")
                == ["Remembered", "(most intense + end)/2", "= 2.5"])
        #expect(wrapped("Remembered (most intense + end)/2", before: "Remembered (most intense") == ["Remembered", "(most intense + end)/2"])
        // a scale with its range and note: "scale 1–5" and "1–5 (3 = neutral)" hold together while they fit a line,
        // and part outside the brackets first when they do not
        #expect(wrapped("n = 12 · scale 1–5 (3 = neutral)", before: "scale 1–5 (3 = neutral)") == ["n = 12 ·", "scale 1–5 (3 = neutral)"])
        #expect(wrapped("n = 12 · scale 1–5 (3 = neutral)", before: "n = 12 · scale 1–5") == ["n = 12 · scale 1–5", "(3 = neutral)"])
        #expect(wrapped("评分 1–7（4 = 中性）", before: "（4 = 中性）") == ["评分 1–7", "（4 = 中性）"])
        // a group wider than the line still wraps inside
        let long = wrapped("(an explanation far longer than the twenty-four characters kept together)", before: "(an explanation far")
        #expect(long.count > 2 && long.allSatisfy { TextMeasurer.width($0, font: font) <= TextMeasurer.width("(an explanation far", font: font) + 1 })
    }

    /// A sheet whose curve took the room left over never ends below its page (a taller plot can move the callouts
    /// by more than its own growth; that overshoot once went unnoticed and made the planner cut text it had room for).
    @Test func everySheetsLanesEndOnItsPage() throws {
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases(upTo: 40) {
            for size in [MapSize.a3, .a4] {
                for (index, page) in LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size).enumerated() {
                    #expect(page.naturalHeight <= page.size.height, "\(c.name) \(c.language) \(size) sheet \(index + 1): \(page.naturalHeight)")
                }
            }
        }
    }

    /// The planner's one-build check agrees with the full fit: a window that fits with every text-keeping squeeze
    /// at once is laid out by `fit` within its page, and one that does not is not (stress windows of 5 and 7).
    @Test func thePlannersCheckAgreesWithTheFit() {
        var agreed = 0
        for c in PageProfileTests.stressCases(upTo: 40) where c.journey.touchpoints.count == 40 {
            for size in [MapSize.a3, .a4] {
                var options = RenderOptions(language: c.language, size: size)
                options.takeawayText = MapTakeaway.text(c.journey, findings: c.findings, language: c.language)
                let profile = LayoutProfile.of(size)
                let page = profile.page!
                for windows in [6, 8] {
                    for part in PrintPagination.split(c.journey, windows: windows, continued: "（续）").prefix(4) {
                        for hidden in [Set<LaneKind>(), [.voices]] {
                            let note: String? = hidden.isEmpty ? nil : "–"
                            let quick = PrintPagination.fitsKeepingText(part, findings: c.findings, options: options, profile: profile,
                                                                        page: page, hidden: hidden, voicesNote: note)
                            let full = PrintPagination.fit(part, findings: c.findings, options: options, profile: profile, page: page,
                                                           hidden: hidden, mayCut: false, voicesNote: note, plot: nil)
                            #expect(quick.fits == (full.naturalHeight <= page.height),
                                    "\(c.language) \(size) \(windows) windows \(hidden): \(quick.layout.naturalHeight) vs \(full.naturalHeight) of \(page.height)")
                            if quick.fits { agreed += 1 }
                        }
                    }
                }
            }
        }
        #expect(agreed > 4)
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

    /// Second review of stop 23: a stage split between two windows of print sheets opened the second under its plain
    /// name. Now a sheet's stage band says "（续）" / " (cont.)" exactly when the stage's first touchpoint is on an
    /// earlier window: worked out here from the journey's stage order and each sheet's first touchpoint, over the
    /// samples and stress journeys on A3 and A4 (the onboarding A3 set splits 跟岗带教).
    @Test func aStageBegunOnAnEarlierSheetSaysContinued() throws {
        var continued = 0
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases(upTo: 40) {
            for size in [MapSize.a3, .a4] {
                let pages = LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size)
                let mark = c.language == .zh ? "（续）" : " (cont.)"
                let order = c.journey.touchpoints.map { "tp-" + MapLayoutEngine.xmlID($0.id) }
                for (index, page) in pages.enumerated() {
                    let shown = MapAgreementTests.touchpoints(page).compactMap(\.id)
                    guard let first = shown.first, let position = order.firstIndex(of: first) else { continue }
                    let names = page.textRuns.filter { $0.role == .stageName }.map { ($0.fullText ?? $0.lines.joined(separator: c.language == .zh ? "" : " ")) }
                    // the stage of the sheet's first touchpoint, and whether one of its touchpoints comes before it
                    var offset = 0
                    let stage = c.journey.stages.first { stage in
                        defer { offset += stage.touchpoints.count }
                        return (offset..<(offset + stage.touchpoints.count)).contains(position)
                    }
                    let start = c.journey.stages.prefix { $0.id != stage?.id }.reduce(0) { $0 + $1.touchpoints.count }
                    let begunEarlier = start < position
                    #expect(names.first?.hasSuffix(mark) == begunEarlier, "\(c.name) \(size) sheet \(index + 1): \(names.first ?? "")")
                    #expect(names.dropFirst().allSatisfy { !$0.hasSuffix(mark) }, "\(c.name) \(size) sheet \(index + 1): \(names)")
                    if begunEarlier { continued += 1 }
                }
            }
        }
        #expect(continued >= 3)
    }

    /// Review 8 #8: a continuation sheet (no curve: the actions and voices of the map sheet before it) read as a list
    /// of cards without the pains they answer. Now it carries the findings lane: for each of its touchpoints the same
    /// pill (class and rank) as on the map sheet with the curve, over the samples and stress journeys on A3 and A4.
    @Test func aContinuationSheetCarriesTheMapSheetsPills() throws {
        func pills(_ page: MapLayout) -> [String: String] {
            var found: [String: String] = [:]
            for group in MapAgreementTests.touchpoints(page) {
                let texts = MapAgreementTests.runs(group.children).filter { $0.role == .findingPill }.map { $0.lines.joined() }
                if let id = group.id, !texts.isEmpty { found[id] = texts.joined(separator: "|") }
            }
            return found
        }
        var continuations = 0
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases(upTo: 40) {
            for size in [MapSize.a3, .a4] {
                let pages = LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size)
                for (index, page) in pages.enumerated() where page.lane(.curve) == nil && index > 0 {
                    let map = pages[index - 1]
                    #expect(map.lane(.curve) != nil, "\(c.name) \(size) sheet \(index + 1) follows no map sheet")
                    let expected = pills(map)
                    guard !expected.isEmpty else { continue }
                    continuations += 1
                    #expect(page.lane(.findings) != nil, "\(c.name) \(c.language) \(size) sheet \(index + 1): no findings lane")
                    #expect(pills(page) == expected, "\(c.name) \(c.language) \(size) sheet \(index + 1)")
                }
            }
        }
        // (the complaint, day-in-the-life and onboarding A4 sets and the day-in-the-life A3 set have such sheets)
        #expect(continuations >= 4)
    }

    /// Every touchpoint's actions are on exactly one sheet, and a map sheet that sent them on names that sheet
    /// ("见第 2 页" / "sheet 2 of 4"), which holds them for the same touchpoints.
    @Test func everyTouchpointsActionsAreOnTheSheetItsMapSheetNames() throws {
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases(upTo: 40) {
            let withActions = Set(c.journey.touchpoints.filter { !$0.actions.isEmpty }.map { "tp-" + $0.id })
            for size in [MapSize.a3, .a4] {
                let pages = LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size)
                func hasActions(_ page: MapLayout, _ id: String) -> Bool {
                    MapAgreementTests.touchpoints(page).first { $0.id == id }.map { MapAgreementTests.runs($0.children).contains { $0.role == .action } } ?? false
                }
                for id in withActions {
                    let holders = pages.indices.filter { hasActions(pages[$0], id) }
                    #expect(holders.count == 1, "\(c.name) \(c.language) \(size) \(id): on sheets \(holders.map { $0 + 1 })")
                }
                for (index, page) in pages.enumerated() where page.lane(.curve) != nil && page.lane(.actions) == nil {
                    let note = page.textRuns.first { $0.lane == .voices && $0.role == .more }?.lines.joined() ?? ""
                    let named = note.firstMatch(of: /(?:sheet |第 )(\d+)/).flatMap { Int($0.1) }
                    let ids = MapAgreementTests.touchpoints(page).compactMap(\.id).filter(withActions.contains)
                    guard !ids.isEmpty else { continue }
                    #expect(named != nil && note.contains(c.language == .zh ? "改进行动" : "Actions"),
                            "\(c.name) \(c.language) \(size) sheet \(index + 1): \(note)")
                    if let named, named >= 1, named <= pages.count {
                        #expect(ids.allSatisfy { hasActions(pages[named - 1], $0) }, "\(c.name) \(c.language) \(size) sheet \(index + 1) → \(named)")
                    }
                }
            }
        }
    }

    /// Actor tags are on every sheet of a set whose touchpoints have actors, or on none (review 7: role chips came
    /// and went between the sheets of one set). Over the samples and stress journeys on A3 and A4; the complaint and
    /// day-in-the-life A4 sets, whose map sheets drop their tags, make the check count.
    @Test func actorTagsAreOnEverySheetOfASetOrOnNone() throws {
        var untaggedSets = 0
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases(upTo: 40) {
            for size in [MapSize.a3, .a4] {
                let pages = LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size)
                guard pages.count > 1 else { continue }
                // a sheet with actors: a touchpoint card of it names one (its touchpoints, by their groups' ids)
                let actorIDs = Set(c.journey.touchpoints.filter { !$0.actors.isEmpty }.map { "tp-" + $0.id })
                let withActors = pages.filter { page in MapAgreementTests.touchpoints(page).contains { actorIDs.contains($0.id ?? "") } }
                let tagged = withActors.filter { $0.textRuns.contains { $0.role == .actorTag } }
                #expect(tagged.isEmpty || tagged.count == withActors.count,
                        "\(c.name) \(c.language) \(size): tags on \(tagged.count) of \(withActors.count) sheets with actors")
                if tagged.isEmpty && !withActors.isEmpty { untaggedSets += 1 }
            }
        }
        #expect(untaggedSets >= 2)
    }

    /// Every sheet's peak-end box that names the moments names both, the most intense one and the end, even when
    /// one of them is on another sheet (a reader holding one sheet can rebuild the remembered score).
    @Test func everySheetsBoxNamesBothMoments() throws {
        var named = 0
        for path in TestPaths.samplePaths() {
            let journey = try TestPaths.load(path)
            let findings = EstimateAnalyzer.analyze(journey)
            guard findings.peakEnd.peakID != nil, findings.peakEnd.endID != nil else { continue }
            for size in [MapSize.a3, .a4] {
                for language in JourneyLanguage.allCases {
                    for page in MapLayoutEngine.pages(journey, findings: findings, options: RenderOptions(language: language, size: size)) {
                        let box = page.textRuns.filter { $0.role == .peakEndBox }.map { $0.lines.joined(separator: " ") }.joined(separator: " ")
                        guard box.contains("最强烈：") || box.contains("most intense:") else { continue }
                        named += 1
                        #expect(box.contains("终点：") || box.contains("end:"), "\(path) \(size) \(language): \(box)")
                    }
                }
            }
        }
        // (the samples' A3 and A4 sheets that have room for the box's note: 4 since the day-in-the-life A3 set is 3 sheets)
        #expect(named >= 4)
    }
}
