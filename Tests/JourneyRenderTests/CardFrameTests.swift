import Foundation
import JourneyAnalysis
import JourneyModel
import Testing
@testable import JourneyRender

/// Quote and action cards take the room of an empty neighbouring column (`MapLayoutEngine.cardFrames`).
@Suite struct CardFrameTests {
    /// The card rects of a lane, by column: shapes owned "voices-<column>-<k>" / "actions-<column>-<k>".
    static func cards(_ layout: MapLayout, _ lane: LaneKind) -> [Int: [Rect]] {
        var cards: [Int: [Rect]] = [:]
        for shape in layout.shapes {
            guard let owner = shape.owner, owner.hasPrefix(lane.rawValue + "-"), case .rect(let rect, _) = shape.geometry else { continue }
            let parts = owner.split(separator: "-")
            guard parts.count == 3, let column = Int(parts[1]) else { continue }
            cards[column, default: []].append(rect)
        }
        return cards
    }

    /// Property, over the samples and the stress journeys at every size: every card covers its own column; it reaches
    /// past it only into a neighbour that holds no card in the lane, and no further than that neighbour's middle
    /// (so two cards widening into one empty column never meet). Fails when the frames widen into an occupied column
    /// or past the middle.
    @Test func aCardCoversItsColumnAndWidensOnlyIntoAnEmptyNeighbour() throws {
        var widened = 0
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases(upTo: 40) {
            for size in MapSize.allCases {
                for layout in LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size) {
                    for lane in [LaneKind.voices, .actions] {
                        let cards = Self.cards(layout, lane)
                        for (column, rects) in cards {
                            let own = layout.columns[column]
                            for rect in rects {
                                let context = "\(c.name) \(c.language) \(size) \(lane) column \(column)"
                                #expect(rect.x <= own.x + 0.01 && rect.x + rect.width >= own.x + own.width - 0.01, "\(context)")
                                if rect.x < own.x - 0.01 {
                                    widened += 1
                                    #expect(cards[column - 1] == nil, "\(context): widened into a column with a card")
                                    let left = layout.columns[column - 1]
                                    #expect(rect.x > left.x + left.width / 2, "\(context): past the neighbour's middle")
                                }
                                if rect.x + rect.width > own.x + own.width + 0.01 {
                                    widened += 1
                                    #expect(cards[column + 1] == nil, "\(context): widened into a column with a card")
                                    let right = layout.columns[column + 1]
                                    #expect(rect.x + rect.width < right.x + right.width / 2, "\(context): past the neighbour's middle")
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(widened > 100)   // the rule is exercised, not vacuous
    }

    /// Review 7: on the complaint slide the 18-vote action ("…超出部分…") and the 16-vote one were cut at three
    /// lines, each beside an empty column. Widened, both are whole.
    @Test func theComplaintSlidesActionsAreWhole() throws {
        let path = TestPaths.journeys.appendingPathComponent("complaint-escalation.yaml").path
        let journey = try TestPaths.load(path)
        let layout = MapLayoutEngine.layout(journey, findings: JourneyAnalyzer.analyze(journey, tally: nil),
                                            options: RenderOptions(size: .slide))
        let actions = layout.textRuns.filter { $0.role == .action }
        #expect(actions.count == 2)
        for run in actions { #expect(run.fullText == nil, "cut: \(run.lines)") }
        #expect(actions.contains { $0.lines.joined().contains("超出部分走两级快速审批") })
    }

    /// The workshop sample's five touchpoints on A4: one map sheet and one sheet of its actions and voices (it took
    /// three sheets, 3 + 2 touchpoints, when the subtitle stayed beside the box below which it started).
    @Test func theWorkshopSampleOnA4IsOneSheetPair() throws {
        let journey = try TestPaths.load(TestPaths.journeys.appendingPathComponent("workshop-demo.yaml").path)
        let pages = MapLayoutEngine.pages(journey, findings: JourneyAnalyzer.analyze(journey, tally: nil), options: RenderOptions(size: .a4))
        #expect(pages.map(\.columns.count) == [5, 5])
        let subtitle = try #require(pages[0].textRuns.first { $0.role == .subtitle })
        #expect(subtitle.lines.count == 1)
        let box = try #require(pages[0].shapes.first { $0.owner == "peak-end-summary" && $0.obstacle })
        guard case .rect(let rect, _) = box.geometry else { Issue.record("box is not a rect"); return }
        // the full-width subtitle starts below the box
        #expect(subtitle.y - subtitle.font.ascent >= rect.y + rect.height)
    }
}
