import Foundation
import JourneyAnalysis
import JourneyModel
import SurveyImport
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
    /// past it only into a neighbour that holds no card in the lane (an action card: and shows no pain pill, and never
    /// under a pleasure or itch pill: the second slide review read the 独立上线 card under 跟岗带教's 爽点 pill as that
    /// stage's), no further than that
    /// neighbour's middle (so two cards widening into one empty column never meet), and by as much on both sides
    /// but in the first and last column. Fails when the frames widen into an occupied column, past the middle, or
    /// off-centre.
    @Test func aCardCoversItsColumnAndWidensOnlyIntoAnEmptyNeighbour() throws {
        var widened = 0
        /// Columns whose pain pill is drawn: the findings lane's pill runs carry their column (and the pain mark).
        func pains(_ layout: MapLayout) -> Set<Int> {
            Set(layout.textRuns.filter { $0.lane == .findings && $0.role == .findingPill && $0.lines.joined().contains("▼") }.compactMap(\.column))
        }
        /// Every finding pill's x-range by column (the pill shapes, owned "finding-<column>").
        func pillSpans(_ layout: MapLayout) -> [Int: (x: Double, maxX: Double)] {
            var spans: [Int: (x: Double, maxX: Double)] = [:]
            for shape in layout.shapes {
                guard let owner = shape.owner, owner.hasPrefix("finding-"), shape.obstacle, let column = Int(owner.dropFirst(8)),
                      case .rect(let rect, _) = shape.geometry else { continue }
                spans[column] = (rect.x, rect.x + rect.width)
            }
            return spans
        }
        for c in try PageProfileTests.sampleCases() + PageProfileTests.stressCases(upTo: 40) {
            for size in MapSize.allCases {
                for layout in LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size) {
                    let pilled = pains(layout), spans = pillSpans(layout)
                    for lane in [LaneKind.voices, .actions] {
                        let cards = Self.cards(layout, lane)
                        for (column, rects) in cards {
                            let own = layout.columns[column]
                            for rect in rects {
                                let context = "\(c.name) \(c.language) \(size) \(lane) column \(column)"
                                #expect(rect.x <= own.x + 0.01 && rect.x + rect.width >= own.x + own.width - 0.01, "\(context)")
                                if column > 0 && column < layout.columns.count - 1 {
                                    #expect(abs((own.x - rect.x) - (rect.x + rect.width - own.x - own.width)) < 0.01, "\(context): off-centre")
                                }
                                if rect.x < own.x - 0.01 {
                                    widened += 1
                                    #expect(cards[column - 1] == nil, "\(context): widened into a column with a card")
                                    #expect(lane != .actions || !pilled.contains(column - 1), "\(context): an action under another pain's pill")
                                    #expect(lane != .actions || spans[column - 1].map { rect.x >= $0.maxX } != false, "\(context): an action under another finding's pill")
                                    let left = layout.columns[column - 1]
                                    #expect(rect.x > left.x + left.width / 2, "\(context): past the neighbour's middle")
                                }
                                if rect.x + rect.width > own.x + own.width + 0.01 {
                                    widened += 1
                                    #expect(cards[column + 1] == nil, "\(context): widened into a column with a card")
                                    #expect(lane != .actions || !pilled.contains(column + 1), "\(context): an action under another pain's pill")
                                    #expect(lane != .actions || spans[column + 1].map { rect.x + rect.width <= $0.x } != false, "\(context): an action under another finding's pill")
                                    let right = layout.columns[column + 1]
                                    #expect(rect.x + rect.width < right.x + right.width / 2, "\(context): past the neighbour's middle")
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(widened > 40, "widened \(widened)")   // the rule is exercised, not vacuous
    }

    /// Review 7: the English onboarding slide cut its ① action ("新人上线首月设“投诉…") at two lines beside columns with
    /// no card and no pain pill; widened (centred), it is whole. The complaint slide's 18-vote card, in the last
    /// column beside pain ④'s pill, stays in its column (review 8: a card under another pain's pill read as its action).
    @Test func aWidenedActionIsWholeAndNeverUnderAnotherPain() throws {
        let (journey, responses) = try TestPaths.onboardingSurvey()
        let slide = MapLayoutEngine.layout(journey, findings: JourneyAnalyzer.analyze(journey, responses: responses),
                                           options: RenderOptions(language: .en, size: .slide))
        let card = try #require(slide.textRuns.first { $0.role == .action && $0.lines.joined().contains("新人上线首月设") })
        #expect(card.fullText == nil, "cut: \(card.lines)")
        let column = try #require(card.column)
        #expect(card.bounds.width > slide.columns[column].width + 1)
        let complaint = try TestPaths.load(TestPaths.journeys.appendingPathComponent("complaint-escalation.yaml").path)
        let other = MapLayoutEngine.layout(complaint, findings: JourneyAnalyzer.analyze(complaint, tally: nil), options: RenderOptions(size: .slide))
        let voted = try #require(other.textRuns.first { $0.role == .action && ($0.fullText ?? $0.lines.joined()).contains("一线赔付权限") })
        let own = other.columns[try #require(voted.column)]
        #expect(voted.bounds.x >= own.x - 0.01)
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
