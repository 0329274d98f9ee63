import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// The worksheet's layout IR on every sample journey, A3 and A4: print-size text, nothing off the page, one notes
/// box and one dots strip per touchpoint, the four finding/action boxes, the footer's date, deterministic SVG.
@Suite("Worksheet layout")
struct WorksheetLayoutTests {
    static func layout(_ path: String, _ size: WorksheetSize, date: String = "2026-12-01") throws -> (Journey, MapLayout) {
        let journey = try TestPaths.load(path)
        let findings = EstimateAnalyzer.analyze(journey)
        let suggestions = IdeaSelector.suggestions(for: journey, findings: findings, playbook: .builtin)
        return (journey, WorksheetLayoutEngine.layout(journey, suggestions: suggestions, size: size, date: date))
    }

    static let cases: [(String, WorksheetSize)] = TestPaths.samplePaths().flatMap { [($0, .a3), ($0, .a4)] }

    @Test(arguments: cases)
    func everyTextIsAtLeastNinePointAndInsideThePage(path: String, size: WorksheetSize) throws {
        let (_, layout) = try Self.layout(path, size)
        // A3 is 420 × 297 mm and A4 297 × 210 mm at 96 px per 25.4 mm.
        let page = size == .a3 ? Rect(x: 0, y: 0, width: 1587.40, height: 1122.52) : Rect(x: 0, y: 0, width: 1122.52, height: 793.70)
        #expect(abs(layout.size.width - page.width) < 0.01 && abs(layout.size.height - page.height) < 0.01)
        for run in layout.textRuns {
            #expect(run.font.size >= 12, "\(run.lines) at \(run.font.size) px (9 pt = 12 px)")
            #expect(page.contains(run.frame), "\(run.lines) outside the page")
            #expect(run.frame.width <= run.bounds.width + 0.5, "\(run.lines) wider than its box")
        }
        for shape in layout.shapes { #expect(page.contains(shape.bounds), "a shape outside the page: \(shape.bounds)") }
    }

    @Test(arguments: cases)
    func oneNotesBoxAndDotsStripPerTouchpoint(path: String, size: WorksheetSize) throws {
        let (journey, layout) = try Self.layout(path, size)
        let owners = layout.shapes.compactMap(\.owner)
        for tp in journey.touchpoints {
            #expect(owners.filter { $0 == "notes-\(tp.id)" }.count == 1)
            #expect(owners.filter { $0 == "dots-\(tp.id)" }.count == 1)
        }
        #expect(layout.groups.filter { $0.id?.hasPrefix("ws-tp-") == true }.count == journey.touchpoints.count)
        for box in ["box-pain", "box-pleasure", "box-itch", "box-actions"] { #expect(owners.filter { $0 == box }.count == 1) }
        // Notes boxes sit side by side without overlapping, and are the tallest thing in their column.
        let notes = journey.touchpoints.compactMap { tp in layout.shapes.first { $0.owner == "notes-\(tp.id)" }?.bounds }
        for (a, b) in zip(notes, notes.dropFirst()) { #expect(a.x + a.width <= b.x + 0.01) }
        #expect(notes.allSatisfy { $0.height >= 100 })
    }

    @Test(arguments: cases)
    func textRunsDoNotOverlap(path: String, size: WorksheetSize) throws {
        let (_, layout) = try Self.layout(path, size)
        let frames = layout.textRuns.map { ($0.lines.joined(separator: " "), $0.frame) }
        for i in frames.indices {
            for j in frames.indices where j > i {
                #expect(!frames[i].1.intersects(frames[j].1), "\(frames[i].0) overlaps \(frames[j].0)")
            }
        }
    }

    @Test func theEmotionGridHasOneRowPerScalePointAndTheFooterTheDate() throws {
        let path = TestPaths.samplePaths()[2]   // onboarding-90-days: a 1–7 scale
        let (journey, layout) = try Self.layout(path, .a3, date: "2027-03-04")
        #expect(journey.scale.pointCount == 7)
        let ticks = layout.textRuns.filter { $0.role == .axisTick }.flatMap(\.lines)
        #expect(ticks == ["7", "6", "5", "4", "3", "2", "1"])
        let footer = try #require(layout.textRuns.last)
        // 15 touchpoints on one A3 sheet: boxes 23 mm wide (23.4 mm, worked out by hand in StickyNoteFitTests below),
        // narrower than A3's 76 mm note, so the sheet says so
        #expect(footer.lines.joined() == "新客服专员的前 90 天 · 工作表 · 2027-03-04 · 便利贴格宽 23 毫米，窄于 76 毫米便利贴：请拆分旅程")
        // on A4 the footer gives the width stderr gives: 15.9 mm → 16 (worked out by hand in StickyNoteFitTests)
        let (_, a4) = try Self.layout(path, .a4, date: "2027-03-04")
        #expect(a4.textRuns.last?.lines.joined().hasSuffix("便利贴格宽 16 毫米，窄于 38 毫米便利贴：请用 A3 打印或拆分旅程") == true)
        // a row of the grid is a dot's height: 9 mm on A3 (34 px at 96 dpi), so one dot covers one score (the boxes are
        // too narrow for the note, so the grid does not give way to the note's height)
        let rows = layout.textRuns.filter { $0.role == .axisTick }.map(\.y)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $1 - $0 >= 9 * 96 / 25.4 - 0.5 }, "\(rows)")
        // the playbook's ideas are there, in words: no playbook code, no command for participants to decode
        let ideas = layout.textRuns.filter { $0.lines.joined().hasPrefix("【") }
        #expect(!ideas.isEmpty)
        #expect(!layout.textRuns.contains { $0.lines.contains { $0.contains("PB-") || $0.contains("journeymap") } })
    }

    @Test func theSVGIsDeterministicAndOnThePaperSize() throws {
        let (_, a) = try Self.layout(TestPaths.samplePaths()[0], .a4)
        let (_, b) = try Self.layout(TestPaths.samplePaths()[0], .a4)
        let svg = WorksheetRenderer.svg(a, size: .a4)
        #expect(svg == WorksheetRenderer.svg(b, size: .a4))
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("width=\"297mm\"") && text.contains("height=\"210mm\""))
        #expect(!text.contains("<image") && !text.contains("qr"))
    }

    @Test(arguments: WorksheetSize.allCases)
    func theSampleNamesWrapWholeWordsAndAreNeverCut(size: WorksheetSize) throws {
        // Issue 10: 带教师/傅, 入职第/一周, 报到/与欢迎 on the A4 sheet, and 入职第一周被拉进十几个工作群… cut. Each name
        // now gets the lines it needs, no line of it starts inside one of these words, and the MOT badge is in Chinese.
        let path = TestPaths.samplePaths()[2]   // onboarding-90-days (zh)
        let (journey, layout) = try Self.layout(path, size)
        let names = layout.textRuns.filter { $0.role == .touchpointName }
        #expect(names.count == journey.touchpoints.count)
        for run in names {
            #expect(run.fullText == nil && !run.lines.joined().hasSuffix("…"), "cut: \(run.lines)")
        }
        let words = ["带教", "师傅", "入职", "第一周", "欢迎", "仪式", "工作群", "十几个", "复盘", "知识库"]
        for run in names {
            for (a, b) in zip(run.lines, run.lines.dropFirst()) {
                let seam = String(a.suffix(2)) + "|" + String(b.prefix(2))
                for word in words {
                    for cut in 1..<word.count {
                        let w = Array(word)
                        let split = String(w[..<cut]) + "|" + String(w[cut...])
                        #expect(!seam.contains(split), "\(word) split in \(run.lines)")
                    }
                }
            }
        }
        let badges = layout.textRuns.filter { $0.role == .motBadge }.flatMap(\.lines)
        #expect(!badges.isEmpty && badges.allSatisfy { $0 == "关键时刻" }, "\(badges)")
    }
}


/// The sticky-note check behind `worksheet`'s warning.
@Suite struct StickyNoteFitTests {
    /// By hand: A4 is 297 mm = 1122.52 px at 96 dpi; less 2 × 34 px margins and the 92 px gutter, 962.52 px for the
    /// columns; 15 touchpoints → 64.17 px each, a box 4 px narrower = 60.17 px = 15.9 mm; a 38 mm note is 143.62 px,
    /// a column for it 147.62 px, so 962.52 / 147.62 = 6.5 → 6 touchpoints. A3: 1587.40 − 96 − 104 = 1387.40 px;
    /// 15 → 92.49 − 4 = 88.49 px = 23.4 mm; 1387.40 / 147.62 = 9.4 → 9.
    /// A3's default, the 76 mm note, is 287.24 px, a column for it 291.24 px: 1387.40 / 291.24 = 4.76 → 4 touchpoints;
    /// 4 → 346.85 − 4 = 342.85 px = 90.7 mm (fits), 5 → 277.48 − 4 = 273.48 px = 72.4 mm (does not).
    @Test func boxesAndTheMostTouchpointsForA38mmNote() {
        let a4 = StickyNoteFit.of(touchpoints: 15, size: .a4)
        #expect(abs(a4.boxWidthMM - 15.92) < 0.01 && a4.mostTouchpoints == 6 && !a4.fits && a4.noteMM == 38)
        let a3 = StickyNoteFit.of(touchpoints: 15, size: .a3, noteMM: 38)
        #expect(abs(a3.boxWidthMM - 23.41) < 0.01 && a3.mostTouchpoints == 9 && !a3.fits)
        let standard = StickyNoteFit.of(touchpoints: 4, size: .a3)
        #expect(standard.noteMM == 76 && standard.mostTouchpoints == 4 && abs(standard.boxWidthMM - 90.71) < 0.01 && standard.fits)
        let five = StickyNoteFit.of(touchpoints: 5, size: .a3)
        #expect(abs(five.boxWidthMM - 72.36) < 0.01 && !five.fits)
        // the warning on stderr and the sheet's footer print one figure: 15.9 mm → "16"
        #expect(a4.shownWidthMM == 16 && a3.shownWidthMM == 23)
        #expect(StickyNoteFit.of(touchpoints: 6, size: .a4).fits && !StickyNoteFit.of(touchpoints: 7, size: .a4).fits)
    }

    /// The layout's boxes are the width the check assumes.
    @Test func theLayoutsNoteBoxesHaveTheCheckedWidth() throws {
        let (journey, layout) = try WorksheetLayoutTests.layout(TestPaths.samplePaths()[2], .a4)
        let fit = StickyNoteFit.of(touchpoints: journey.touchpoints.count, size: .a4)
        let boxes = layout.shapes.filter { ($0.owner ?? "").hasPrefix("notes-") }.map(\.bounds.width)
        #expect(!boxes.isEmpty)
        #expect(boxes.allSatisfy { abs($0 * 25.4 / 96 - fit.boxWidthMM) < 0.01 }, "\(boxes)")
    }
}
