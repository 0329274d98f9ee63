import Foundation
import JourneyAnalysis
import JourneyModel
import Testing
@testable import JourneyRender

/// The action the takeaway names first is the card that says "先做 / Do first", and a slide always shows it (the
/// second slide review: the complaint slide's "先做" named the 16-vote card beside an 18-vote one with nothing on the
/// map to say why; workshop-demo's takeaway named an action the slide did not show).
@Suite struct FirstActionCardTests {
    /// The "先做 / Do first" meta runs of a layout's action cards, with the title run of the same card.
    static func taggedCards(_ layout: MapLayout, language: JourneyLanguage) -> [(title: String, meta: TextRun)] {
        let tag = language == .zh ? "先做" : "Do first"
        let runs = layout.textRuns.filter { $0.lane == .actions }
        return runs.filter { $0.role == .actionMeta && $0.lines.first?.hasPrefix(tag) == true }.map { meta in
            let title = runs.first { $0.role == .action && $0.owner == meta.owner && $0.owner != nil }
            return (title.map { $0.fullText ?? $0.lines.joined() } ?? "", meta)
        }
    }

    /// Property, over the samples (estimates and survey-style findings, zh and en) at every size: a map whose takeaway
    /// names a first action tags exactly one card in the whole set of pages with "先做 / Do first", and it is that
    /// action's card (its title is the plan's first); a map with no takeaway, or whose plan has no action, tags none.
    /// On a slide the tagged card is always there (it is pinned like the most-voted action).
    @Test func theTakeawaysFirstActionIsTheOneCardTaggedDoFirst() throws {
        var tagged = 0
        for c in try PageProfileTests.sampleCases() {
            let first = MapTakeaway.firstAction(c.journey, findings: c.findings)?.0
            for size in MapSize.allCases {
                let pages = LayoutPagesCache.shared.pages(c.name, c.journey, c.findings, language: c.language, size: size)
                let context = "\(c.name) \(c.language) \(size)"
                let cards = pages.flatMap { Self.taggedCards($0, language: c.language) }
                let hasTakeaway = pages.contains { page in page.textRuns.contains { $0.role == .takeaway } }
                let hasActions = pages.contains { page in page.textRuns.contains { $0.role == .action } }
                guard let first, hasTakeaway, hasActions else {
                    #expect(cards.isEmpty, "\(context): a card says Do first with no first action in the takeaway")
                    continue
                }
                #expect(cards.count == 1, "\(context): \(cards.count) cards say Do first")
                if let card = cards.first {
                    tagged += 1
                    // a card's title may be cut on a slide: its full text then is the action's whole title (its lines
                    // are compared without the spaces they broke at)
                    #expect(card.title.filter { !$0.isWhitespace } == TextSanitizer.displayText(first.title).filter { !$0.isWhitespace },
                            "\(context): \(card.title) is tagged, not \(first.title)")
                }
            }
        }
        #expect(tagged >= 20, "tagged \(tagged)")   // the property is exercised, not vacuous
    }

    /// The plan's first action at a pleasure point, neither a shown pain's action nor the most-voted one, still has its
    /// card on a slide that has an actions lane. Priorities by hand (`ActionPriority`, most votes 6, one ranked pain):
    /// A's 1 vote, impact 1, effort 3 → V = 1/6, R = 0, S = 1, P = 38.9; B's 5 votes, impact 3, effort 1 → V = 5/6,
    /// R = 1, S = 0, P = 61.1; C's 6 votes, impact 1, effort 3 → V = 1, R = 0, S = 0, P = 33.3. So B's is first, C's
    /// most voted, and A is the pain point.
    @Test func aSlideShowsTheCardItsTakeawayNames() throws {
        var a = Touchpoint(id: "a", name: "Wait for approval", score: 2)
        a.actions = [JourneyAction(title: "Approve by chat", impact: 1, effort: 3, votes: 1)]
        var b = Touchpoint(id: "b", name: "Team huddle", score: 6)
        b.actions = [JourneyAction(title: "Huddle every morning", impact: 3, effort: 1, votes: 5)]
        var c = Touchpoint(id: "c", name: "Close the ticket", score: 4)
        c.actions = [JourneyAction(title: "One-click close", impact: 1, effort: 3, votes: 6)]
        let journey = Journey(title: "T", language: .en, scale: RatingScale(min: 1, max: 7), stages: [
            Stage(id: "s", name: "S", touchpoints: [a, b, c, Touchpoint(id: "d", name: "Go home", score: 5)])])
        let findings = EstimateAnalyzer.analyze(journey)
        #expect(findings.rankedPains.map(\.id) == ["a"])
        #expect(MapTakeaway.firstAction(journey, findings: findings)?.1.id == "b")
        let slide = MapLayoutEngine.layout(journey, findings: findings, options: RenderOptions(size: .slide))
        let titles = Set(slide.textRuns.filter { $0.role == .action }.map { $0.fullText ?? $0.lines.joined(separator: " ") })
        #expect(titles == ["Approve by chat", "Huddle every morning", "One-click close"])
        #expect(Self.taggedCards(slide, language: .en).map(\.title) == ["Huddle every morning"])
        // and the takeaway is the line that card answers
        let takeaway = try #require(slide.textRuns.first { $0.role == .takeaway })
        #expect((takeaway.fullText ?? takeaway.lines.joined(separator: " ")).hasSuffix("; first in the action plan (5 votes): Huddle every morning (at \"Team huddle\")"))
    }

    /// The first action's card joins a slide's actions lane, never makes one: workshop-demo's only action is at a
    /// touchpoint that is no pain point and has no votes, and a card for it cost the slide its touchpoint names'
    /// second lines and still found no room ("No room for the actions on this slide"). Its slide has no actions lane,
    /// as before, with its names on two lines.
    @Test func theFirstActionsCardNeverMakesALaneOfItsOwn() throws {
        let journey = try TestPaths.load(TestPaths.journeys.appendingPathComponent("workshop-demo.yaml").path)
        let findings = JourneyAnalyzer.analyze(journey, tally: nil)
        #expect(findings.finding(for: "refund-approval")?.findingClass != .pain)
        #expect(MapTakeaway.firstAction(journey, findings: findings)?.1.id == "refund-approval")
        let slide = MapLayoutEngine.layout(journey, findings: findings, options: RenderOptions(size: .slide))
        #expect(!slide.textRuns.contains { $0.role == .action })
        #expect(!slide.textRuns.contains { $0.lines.joined(separator: " ").contains("No room for the actions") })
        #expect(slide.textRuns.contains { $0.role == .touchpointName && $0.lines.count == 2 })
    }
}
