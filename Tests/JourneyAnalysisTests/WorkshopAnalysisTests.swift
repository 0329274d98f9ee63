import Foundation
import Testing
import JourneyModel
@testable import JourneyAnalysis

/// Participants' spread, the one action priority and the prioritized plan, against numbers worked out by hand.
@Suite struct WorkshopAnalysisTests {
    // MARK: - ParticipantSpread

    @Test func spreadOfEightDotsMatchesTypeSevenQuartiles() throws {
        // sorted 1 1 2 2 3 4 4 5; median (2 + 3)/2 = 2.5; type 7, 0-based: q1 at h = 7·.25 = 1.75 → x₍1₎ = 1,
        // x₍2₎ = 2 → 1 + .75·(2 − 1) = 1.75; q3 at h = 5.25 → x₍5₎ = 4, x₍6₎ = 4 → 4.
        // numpy.percentile([1,4,2,5,1,3,2,4], [25, 50, 75]) prints [1.75 2.5 4.]
        let s = try #require(ParticipantSpread([1, 4, 2, 5, 1, 3, 2, 4], scale: .fivePoint))
        #expect(s.n == 8 && s.median == 2.5 && s.min == 1 && s.max == 5)
        #expect(s.q1 == 1.75 && s.q3 == 4)
        #expect(s.range == 4 && s.disagreement)          // 4 ≥ (5 − 1)/2 = 2
    }

    @Test func disagreementIsHalfTheScaleRange() throws {
        // sorted 3 3 3 3 3 3 4 4: q3 at h = 5.25 → 3 + .25·(4 − 3) = 3.25; range 1 < 2
        let calm = try #require(ParticipantSpread([3, 3, 4, 3, 3, 3, 3, 4], scale: .fivePoint))
        #expect(calm.q1 == 3 && calm.q3 == 3.25 && !calm.disagreement)
        let seven = RatingScale(min: 1, max: 7)
        #expect(ParticipantSpread([2, 5], scale: seven)?.disagreement == true)     // 3 ≥ 6/2
        #expect(ParticipantSpread([2, 4.5], scale: seven)?.disagreement == false)  // 2.5 < 3
        let one = try #require(ParticipantSpread([4], scale: seven))
        #expect(one.n == 1 && one.q1 == 4 && one.q3 == 4 && !one.disagreement)
        #expect(ParticipantSpread([], scale: seven) == nil)
    }

    @Test func findingsCarryTheSpreadAndTheOpenScoringNote() throws {
        let journey = Journey(title: "T", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [
                Touchpoint(id: "a", name: "A", score: 3, participantScores: [2, 3, 4]),
                Touchpoint(id: "b", name: "B", score: 4),
            ]),
        ])
        let findings = JourneyAnalyzer.analyze(journey, responses: nil)
        #expect(findings.finding(for: "a")?.participantSpread?.median == 3)
        #expect(findings.finding(for: "b")?.participantSpread == nil)
        #expect(findings.notes.contains(.participantScoresOpen))
        let none = JourneyAnalyzer.analyze(Journey(title: "T", language: .en, stages: [
            Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "b", name: "B", score: 4)])]), responses: nil)
        #expect(!none.notes.contains(.participantScoresOpen))
    }

    // MARK: - ActionPriority

    @Test func priorityFormulaByHand() {
        func p(_ votes: Int?, _ max: Int, _ impact: Int?, _ effort: Int?, _ rank: Int?, _ k: Int) -> Double {
            ActionPriority.score(votes: votes, maxVotes: max, impact: impact, effort: effort, painRank: rank, painCount: k).priority
        }
        // V = 6/6 = 1, R = (3·3/1 − 1)/8 = 1, S = (2 − 1 + 1)/2 = 1 → 100·3/3
        #expect(abs(p(6, 6, 3, 1, 1, 2) - 100) < 1e-9)
        // V = .5, R = (3·2/2 − 1)/8 = .25, S = (2 − 2 + 1)/2 = .5 → 100·1.25/3 = 41.666…
        #expect(abs(p(3, 6, 2, 2, 2, 2) - 125.0 / 3) < 1e-9)
        // no votes anywhere, impact and effort missing (2/2), not a pain point → 100·.25/3 = 8.333…
        #expect(abs(p(nil, 0, nil, nil, nil, 0) - 25.0 / 3) < 1e-9)
        // impact 1, effort 3: R = (3·(1/3) − 1)/8 = 0
        #expect(ActionPriority.score(votes: 0, maxVotes: 4, impact: 1, effort: 3, painRank: nil, painCount: 3).ratio == 0)
        // pain ③ of 3: S = 1/3
        #expect(abs(ActionPriority.score(votes: 0, maxVotes: 4, impact: 2, effort: 2, painRank: 3, painCount: 3).severity - 1.0 / 3) < 1e-12)
    }

    // MARK: - PrioritizedPlan

    /// a (pain ①, severity 60) with A1 and A2, b (neutral) with B1, c (pain ②, severity 30) and d (declared MOT) with none.
    static func planFixture() -> (Journey, JourneyFindings) {
        let journey = Journey(title: "T", language: .en, stages: [
            Stage(id: "s1", name: "One", touchpoints: [
                Touchpoint(id: "a", name: "A", score: 1, actions: [
                    JourneyAction(title: "A1", due: JourneyDate(iso: "2026-11-30"), impact: 3, effort: 1, votes: 4),
                    JourneyAction(title: "A2", owner: "Li", impact: 1, effort: 3),
                ]),
                Touchpoint(id: "b", name: "B", score: 3, actions: [
                    JourneyAction(title: "B1", owner: "Wang", due: JourneyDate(iso: "2026-12-31"), impact: 2, effort: 1, votes: 2),
                ]),
            ]),
            Stage(id: "s2", name: "Two", touchpoints: [
                Touchpoint(id: "c", name: "C", score: 2),
                Touchpoint(id: "d", name: "D", isMOT: true, score: 4),
            ]),
        ])
        let findings = JourneyFindings(source: .estimate, respondents: 0, scale: .fivePoint, touchpoints: [
            TouchpointFinding(id: "a", stageID: "s1", mean: 1, findingClass: .pain, severity: 60),
            TouchpointFinding(id: "b", stageID: "s1", mean: 3),
            TouchpointFinding(id: "c", stageID: "s2", mean: 2, findingClass: .pain, severity: 30),
            TouchpointFinding(id: "d", stageID: "s2", mean: 4, mot: MOTAssessment(declared: true)),
        ], peakEnd: PeakEndSummary())
        return (journey, findings)
    }

    @Test func planOrdersByPriorityGroupsByOwnerAndListsUncoveredAndOverdue() throws {
        let (journey, findings) = Self.planFixture()
        let plan = PrioritizedPlan(journey, findings: findings, today: try #require(JourneyDate(iso: "2026-12-01")))
        // max votes 4, K = 2 pain points.
        // A1: V = 1, R = (9 − 1)/8 = 1, S = 1 → 100
        // B1: V = .5, R = (6 − 1)/8 = .625, S = 0 → 100·1.125/3 = 37.5
        // A2: V = 0, R = 0, S = 1 → 33.33…
        #expect(plan.items.map(\.action.title) == ["A1", "B1", "A2"])
        #expect(abs(plan.items[0].score.priority - 100) < 1e-9)
        #expect(abs(plan.items[1].score.priority - 37.5) < 1e-9)
        #expect(abs(plan.items[2].score.priority - 100.0 / 3) < 1e-9)
        #expect(plan.items.map(\.painRank) == [1, nil, 1])
        #expect(plan.items.map(\.stageID) == ["s1", "s1", "s1"])
        #expect(plan.owners.map(\.owner) == ["Li", "Wang", nil])
        #expect(plan.owners.map { $0.items.map(\.action.title) } == [["A2"], ["B1"], ["A1"]])
        #expect(plan.uncovered.map(\.touchpointID) == ["c", "d"])
        #expect(plan.uncovered.map(\.painRank) == [2, nil] && plan.uncovered.map(\.isMOT) == [false, true])
        #expect(plan.overdue.map(\.action.title) == ["A1"])                 // 2026-11-30 < 2026-12-01
        let onDueDay = PrioritizedPlan(journey, findings: findings, today: try #require(JourneyDate(iso: "2026-11-30")))
        #expect(onDueDay.overdue.isEmpty)                                    // due today is not overdue yet
    }

    @Test func rankingOrdersEachTouchpointsActionsTheSameWay() {
        let (journey, findings) = Self.planFixture()
        let ranking = ActionRanking(journey, findings: findings)
        #expect(ranking.actions(for: "a").map(\.title) == ["A1", "A2"])
        #expect(ranking.actions(for: "c").isEmpty)
    }
}
