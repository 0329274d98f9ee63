import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// A journey too long for one worksheet goes on several: the split against a brute force over every way to cut, and
/// the sheets' layouts (every touchpoint once, every box takes a 38 mm note, stages keep their names and colours).
@Suite("Worksheet split")
struct WorksheetSplitTests {
    /// Every way to cut `total` touchpoints into `count` sheets of at most `most` (brute force, no DP).
    static func everySplit(total: Int, count: Int, most: Int) -> [[Int]] {
        guard count > 0 else { return total == 0 ? [[]] : [] }
        guard total > 0 else { return [] }
        return (1...min(most, total)).flatMap { first in
            everySplit(total: total - first, count: count - 1, most: most).map { [first] + $0 }
        }
    }

    /// The property, over 400 seeded stage structures of 1–16 touchpoints and sheets of 2–9: the sheets tile the
    /// journey in order, none holds more than `most`, there are as few as can be, and no split with that many
    /// sheets cuts fewer stages or (with as few cuts) is more even.
    @Test func theSplitIsTheFewestSheetsWithTheFewestCutsInsideStages() {
        var rng = SeededGenerator(seed: 12)
        for _ in 0..<400 {
            let stageSizes = (0..<Int.random(in: 1...6, using: &rng)).map { _ in Int.random(in: 0...5, using: &rng) }
            let total = stageSizes.reduce(0, +)
            let most = Int.random(in: 2...9, using: &rng)
            let split = WorksheetSplit.of(stageSizes: stageSizes, most: most)
            let sizes = split.sheets.map(\.count)
            #expect(split.sheets.first?.lowerBound == 0 && split.sheets.last?.upperBound == total)
            #expect(zip(split.sheets, split.sheets.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            guard total > most else { #expect(split.sheets.count == 1); continue }
            #expect(sizes.allSatisfy { $0 >= 1 && $0 <= most }, "\(stageSizes) most \(most): \(sizes)")
            #expect(split.sheets.count == (total + most - 1) / most)
            var boundaries = Set<Int>(), offset = 0
            for size in stageSizes { offset += size; boundaries.insert(offset) }
            func cost(_ parts: [Int]) -> (Int, Int) {
                var at = 0, inside = 0
                for part in parts.dropLast() { at += part; if !boundaries.contains(at) { inside += 1 } }
                return (inside, parts.map { $0 * $0 }.reduce(0, +))
            }
            let best = Self.everySplit(total: total, count: split.sheets.count, most: most).map(cost).min { $0 < $1 }!
            #expect(cost(sizes) == best, "\(stageSizes) most \(most): \(sizes) costs \(cost(sizes)), best \(best)")
            #expect(split.cutsInsideStages == best.0)
        }
    }

    /// By hand: the onboarding sample's stages hold 3, 3, 3, 4 and 2 touchpoints (stage ends after 3, 6, 9, 13, 15).
    /// A3 takes 9 a sheet, so two sheets; the cuts between stages that leave both ≤ 9 are after 6 (6 | 9) and after 9
    /// (9 | 6), both 6² + 9² = 117; the DP keeps the first it finds, the one with the smaller last sheet: 9 | 6.
    /// A4 takes 6, so three sheets; the last must start at 9 or later and hold ≤ 6, so after 9 (13 leaves a middle
    /// sheet of 13 − a > 6); the middle then starts after 3 or 6: 3 | 6 | 6 or 6 | 3 | 6, both 81; the DP finds the
    /// cut after 6 first (it is reached with the smaller sheet, 3, before the larger): 6 | 3 | 6.
    @Test func theOnboardingSampleSplitsBetweenStages() {
        let a3 = WorksheetSplit.of(stageSizes: [3, 3, 3, 4, 2], most: 9)
        #expect(a3.sheets == [0..<9, 9..<15] && a3.cutsInsideStages == 0)
        let a4 = WorksheetSplit.of(stageSizes: [3, 3, 3, 4, 2], most: 6)
        #expect(a4.sheets == [0..<6, 6..<9, 9..<15] && a4.cutsInsideStages == 0)
        // one stage of 20 on A3: three sheets, two cuts inside it, as even as can be (7, 7, 6 in some order)
        let long = WorksheetSplit.of(stageSizes: [20], most: 9)
        #expect(long.sheets.map(\.count).sorted() == [6, 7, 7] && long.cutsInsideStages == 2)
    }

    static func sheets(_ journey: Journey, _ size: WorksheetSize, noteMM: Double? = nil) -> [MapLayout] {
        let findings = EstimateAnalyzer.analyze(journey)
        let suggestions = IdeaSelector.suggestions(for: journey, findings: findings, playbook: .builtin)
        return WorksheetLayoutEngine.pages(journey, suggestions: suggestions, size: size, date: "2026-12-01", noteMM: noteMM)
    }

    /// Every sample and seeded journeys of 1, 12, 13, 40 and 120 touchpoints, on A3 (its 76 mm note and a 38 mm one)
    /// and A4 (38 mm): each touchpoint has one notes box on one sheet, every box takes the note, each sheet says which
    /// it is and none says its boxes are too narrow, and a stage keeps its colour on every sheet.
    @Test(arguments: [(WorksheetSize.a3, 76.0), (.a3, 38), (.a4, 38)])
    func everyTouchpointIsOnOneSheetWithABoxForANote(size: WorksheetSize, noteMM: Double) throws {
        var journeys = try TestPaths.samplePaths().map { try TestPaths.load($0) }
        journeys += [1, 12, 13, 40, 120].map { StressJourneys.journey(touchpoints: $0, stages: max(1, $0 / 4), language: .zh, seed: UInt64($0)) }
        let note = noteMM * 96 / 25.4
        for journey in journeys {
            let sheets = Self.sheets(journey, size, noteMM: noteMM)
            let most = StickyNoteFit.of(touchpoints: 1, size: size, noteMM: noteMM).mostTouchpoints
            #expect(sheets.count == max(1, (journey.touchpoints.count + most - 1) / most), "\(journey.touchpoints.count) on \(size)")
            var seen: [String] = []
            for (k, sheet) in sheets.enumerated() {
                let boxes = sheet.shapes.filter { $0.owner?.hasPrefix("notes-") == true }
                seen += boxes.compactMap { $0.owner.map { String($0.dropFirst("notes-".count)) } }
                #expect(boxes.allSatisfy { $0.bounds.width >= note - 0.01 }, "a box under \(noteMM) mm on sheet \(k + 1)")
                let footer = try #require(sheet.textRuns.last).lines.joined()
                #expect(!footer.contains("窄于") && !footer.contains("narrower"), "\(footer)")
                if sheets.count > 1 {
                    let zh = journey.language == .zh
                    #expect(footer.contains(zh ? "工作表 · 第 \(k + 1) 页，共 \(sheets.count) 页 · " : "worksheet · sheet \(k + 1) of \(sheets.count) · "), "\(footer)")
                    let place = zh ? "第 \(k + 1) 页，共 \(sheets.count) 页 · " : "Sheet \(k + 1) of \(sheets.count) · "
                    #expect(sheet.textRuns.contains { $0.role == .subtitle && $0.lines.joined().hasPrefix(place) })
                }
            }
            #expect(seen == journey.touchpoints.map(\.id))
            // a stage's band has its own colour on whichever sheet it is (the whole journey's stage order)
            let fills = sheets.flatMap { sheet in sheet.shapes.compactMap { shape -> ColorRole? in
                if case .stageFill = shape.style.fill { return shape.style.fill } else { return nil } } }
            let expected = sheets.indices.flatMap { k -> [ColorRole] in
                let first = sheets[..<k].reduce(0) { $0 + $1.shapes.filter { $0.owner?.hasPrefix("notes-") == true }.count }
                let ids = Set(journey.touchpoints[first...].prefix(sheets[k].shapes.filter { $0.owner?.hasPrefix("notes-") == true }.count).map(\.id))
                return journey.stages.enumerated().filter { _, stage in stage.touchpoints.contains { ids.contains($0.id) } }
                    .map { index, _ in ColorRole.stageFill(index) }
            }
            #expect(fills == expected, "\(journey.touchpoints.count) touchpoints on \(size)")
        }
    }

    /// The sheets of a set line up when taped side by side (the fourth review: the third A4 sheet's grid had other
    /// rows than the first two): on every sheet the notes boxes have one height and the emotion grid's rows sit at the
    /// same heights. On A3 every sample's notes boxes take the 76 mm note in height too, with 2 mm to spare (78 mm =
    /// 294.80 px at 96 dpi), and the grid's rows give way for it no lower than 7 mm (26 px).
    @Test(arguments: WorksheetSize.allCases)
    func theSheetsOfASetLineUp(size: WorksheetSize) throws {
        let samples = try TestPaths.samplePaths().map { try TestPaths.load($0) }
        let stress = [12, 13, 40].map { StressJourneys.journey(touchpoints: $0, stages: max(1, $0 / 4), language: .zh, seed: UInt64($0)) }
        var sets = 0
        for (journey, isSample) in samples.map({ ($0, true) }) + stress.map({ ($0, false) }) {
            let sheets = Self.sheets(journey, size)
            let heights = sheets.map { Set($0.shapes.filter { $0.owner?.hasPrefix("notes-") == true }.map { ($0.bounds.height * 100).rounded() }) }
            let ticks = sheets.map { $0.textRuns.filter { $0.role == .axisTick }.map(\.y) }
            #expect(heights.allSatisfy { $0.count == 1 } && Set(heights).count == 1, "\(journey.title) on \(size): \(heights)")
            #expect(Set(ticks).count == 1, "\(journey.title) on \(size): \(ticks)")
            // a sheet whose boxes are lower than the note says so in its footer, with the height the boxes have
            for sheet in sheets {
                let footer = sheet.textRuns.last?.lines.joined() ?? ""
                let high = (heights.first?.first ?? 0) / 100 * 25.4 / 96
                let low = high < StickyNoteFit.smallestNoteMM * (size == .a3 ? 2 : 1) - 0.005
                #expect(footer.contains("低于") == (low && journey.language == .zh) && footer.contains("lower than") == (low && journey.language == .en),
                        "\(journey.title) on \(size), boxes \(high) mm high: \(footer)")
                if low { #expect(footer.contains("\(Int(high.rounded())) 毫米") || footer.contains("\(Int(high.rounded())) mm"), "\(footer)") }
            }
            if size == .a3, isSample {
                for rows in ticks { #expect(zip(rows, rows.dropFirst()).allSatisfy { $1 - $0 >= 26 - 0.5 }, "\(journey.title): \(rows)") }
                let least = heights.flatMap { $0 }.min() ?? 0
                #expect(least / 100 >= 294.80 - 0.01, "\(journey.title): notes \(least / 100) px high")
            }
            if sheets.count > 1 { sets += 1 }
        }
        #expect(sets >= 3)
    }

    /// A long idea on a sheet with rows to spare (its set reserves the rows of the sheet with the most ideas) wraps
    /// onto them instead of being cut with "…" (the fourth review: "…up to 200 yuan" lost beside a free line); on a
    /// sheet without a spare row it stays one line. Eight touchpoints on A3 (4 a sheet with 76 mm notes): the first
    /// sheet's first touchpoint has one idea of about 60 words, the second sheet's touchpoints four short ones.
    @Test func aLongIdeaWrapsOntoSpareRows() throws {
        let stages = [Stage(id: "a", name: "A", touchpoints: (1...4).map { Touchpoint(id: "a\($0)", name: "A \($0)", score: 3) }),
                      Stage(id: "b", name: "B", touchpoints: (1...4).map { Touchpoint(id: "b\($0)", name: "B \($0)", score: 3) })]
        let journey = Journey(title: "Ideas", language: .en, scale: .fivePoint, stages: stages)
        func idea(_ id: String, _ text: String) -> PlaybookIdea {
            PlaybookIdea(id: id, when: [.pain], text: LocalizedText(en: text, zh: text), reason: LocalizedText(en: "r", zh: "r"), source: "s")
        }
        let long = Array(repeating: "give the front line a written limit for goodwill credits", count: 5).joined(separator: ", and ")
        let suggestions = [IdeaSuggestion(touchpointID: "a1", roles: [.pain], ideas: [idea("L", long)])]
            + (1...4).map { IdeaSuggestion(touchpointID: "b\($0)", roles: [.pain], ideas: [idea("S\($0)", "Short idea \($0).")]) }
        let sheets = WorksheetLayoutEngine.pages(journey, suggestions: suggestions, size: .a3, date: "2026-12-01")
        #expect(sheets.count == 2)
        let first = try #require(sheets.first?.textRuns.first { $0.lines.first?.hasPrefix("[A 1]") == true })
        #expect(first.lines.count > 1 && first.fullText == nil && !(first.lines.last ?? "").hasSuffix("…"), "\(first.lines)")
        // (the same idea alone on a one-sheet layout, whose rows are its own, is cut to its one line)
        let alone = WorksheetLayoutEngine.layout(journey.part(touchpoints: 0..<4, continued: "(cont.)"), suggestions: [suggestions[0]],
                                                 size: .a3, date: "2026-12-01")
        let cut = try #require(alone.textRuns.first { $0.lines.first?.hasPrefix("[A 1]") == true })
        #expect(cut.lines.count == 1 && cut.fullText != nil, "\(cut.lines)")
    }

    /// A stage cut in two is named on both sheets, "（续）" on the second; the ideas on a sheet are for its own touchpoints.
    @Test func aStageCutInTwoSaysContinued() throws {
        let stage = Stage(id: "s", name: "独立上线", touchpoints: (1...12).map { Touchpoint(id: "t\($0)", name: "触点 \($0)", score: 3) })
        let journey = Journey(title: "长阶段", language: .zh, scale: .fivePoint, stages: [stage])
        let sheets = Self.sheets(journey, .a3, noteMM: 38)
        #expect(sheets.count == 2)
        let names = sheets.map { $0.textRuns.filter { $0.role == .stageName }.map { $0.lines.joined() } }
        #expect(names == [["独立上线"], ["独立上线（续）"]])
        let onboarding = try TestPaths.load(TestPaths.samplePaths()[2])
        // (and each idea on one sheet of the set only: the texts after 】 never repeat across sheets)
        for size in [WorksheetSize.a3, .a4] {
            let texts = Self.sheets(onboarding, size).flatMap { sheet in
                sheet.textRuns.map { $0.lines.joined() }.filter { $0.hasPrefix("【") }.map { String($0.drop { $0 != "】" }.dropFirst()) }
            }
            #expect(texts.count > 6)
            #expect(Set(texts).count == texts.count, "\(size): an idea on two sheets: \(texts)")
        }
        for sheet in Self.sheets(onboarding, .a3) {
            let names = Set(sheet.textRuns.filter { $0.role == .touchpointName }.map { $0.lines.joined() })
            let ideas = sheet.textRuns.filter { $0.lines.joined().hasPrefix("【") }.map { $0.lines.joined() }
            #expect(!ideas.isEmpty)
            for idea in ideas {
                let name = String(idea.dropFirst().prefix { $0 != "】" })
                #expect(names.contains(name), "\(idea) is not for a touchpoint on this sheet")
            }
        }
    }
}
