import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// Seeded generator of awkward journeys: 1–200 touchpoints, names of 1–80 characters mixing CJK, Latin,
/// digits, emoji, kinsoku punctuation and over-long words, 1–12 stages, random MOTs, gaps, quotes and actions;
/// and synthetic survey findings for them (n, CI, suppressed values, suggested MOTs, a test verdict).
enum StressJourneys {
    static let cjk = Array("客服新人第一次登录工单系统导师带教被客户辱骂质检扣分班组长一对一辅导转正答辩团队庆祝入职材料准备")
    static let punctuation = Array("，。、：；！？）」』”’…（「『“‘")
    static let words = ["CRM", "onboarding", "first", "call", "QA", "review", "the", "supervisor", "approval", "of",
                        "Pneumonoultramicroscopicsilicovolcanoconiosis", "self-service", "IT/HR", "2026", "n=240"]
    static let emoji = ["🎉", "😀", "👍🏽", "👨‍👩‍👧"]

    static func text(length: Int, using rng: inout SeededGenerator) -> String {
        var out = ""
        while out.count < length {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0...4: out.append(cjk.randomElement(using: &rng)!)
            case 5, 6: out += (out.isEmpty ? "" : " ") + words.randomElement(using: &rng)! + " "
            case 7: out.append(punctuation.randomElement(using: &rng)!)
            case 8: out += emoji.randomElement(using: &rng)!
            default: out += String(Int.random(in: 0...99, using: &rng))
            }
        }
        return String(out.prefix(length))
    }

    static func journey(touchpoints: Int, stages: Int, language: JourneyLanguage, seed: UInt64) -> Journey {
        var rng = SeededGenerator(seed: seed)
        let stageCount = max(1, min(stages, touchpoints))
        var stageSizes = Array(repeating: 1, count: stageCount)
        for _ in 0..<(touchpoints - stageCount) { stageSizes[Int.random(in: 0..<stageCount, using: &rng)] += 1 }
        let scale = [RatingScale.fivePoint, RatingScale(min: 1, max: 7), RatingScale(min: 0, max: 10)].randomElement(using: &rng)!
        var counter = 0
        let built: [Stage] = stageSizes.enumerated().map { stageIndex, size in
            let tps: [Touchpoint] = (0..<size).map { _ in
                counter += 1
                let rated = Int.random(in: 0..<6, using: &rng) > 0
                let score = rated ? Double(Int.random(in: scale.min * 2...scale.max * 2, using: &rng)) / 2 : nil
                let quotes = (0..<Int.random(in: 0...3, using: &rng)).map { _ in text(length: Int.random(in: 1...120, using: &rng), using: &rng) }
                let actions = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                    JourneyAction(title: text(length: Int.random(in: 1...90, using: &rng), using: &rng),
                                  owner: Bool.random(using: &rng) ? text(length: Int.random(in: 1...40, using: &rng), using: &rng) : nil,
                                  due: Bool.random(using: &rng) ? JourneyDate(iso: "2027-01-15") : nil)
                }
                let actors = (0..<Int.random(in: 0...6, using: &rng)).map { _ in text(length: Int.random(in: 1...24, using: &rng), using: &rng) }
                return Touchpoint(id: "tp\(counter)", name: text(length: Int.random(in: 1...80, using: &rng), using: &rng),
                                  actors: actors, isMOT: Int.random(in: 0..<4, using: &rng) == 0, score: score,
                                  importance: Bool.random(using: &rng) ? Double(Int.random(in: 1...5, using: &rng)) : nil,
                                  wish: Bool.random(using: &rng) ? Double(scale.max) : nil, quotes: quotes, actions: actions)
            }
            return Stage(id: "stage\(stageIndex)", name: text(length: Int.random(in: 1...60, using: &rng), using: &rng), touchpoints: tps)
        }
        return Journey(title: text(length: Int.random(in: 1...120, using: &rng), using: &rng),
                       persona: Bool.random(using: &rng) ? text(length: Int.random(in: 1...100, using: &rng), using: &rng) : nil,
                       language: language, scale: scale, stages: built)
    }

    /// Survey-style findings on top of the estimates: n, CI, some suppressed, suggested MOTs, a verdict.
    static func surveyFindings(for journey: Journey, seed: UInt64) -> JourneyFindings {
        var rng = SeededGenerator(seed: seed)
        var findings = EstimateAnalyzer.analyze(journey)
        findings.source = .survey
        findings.respondents = 240
        let scale = journey.scale
        for index in findings.touchpoints.indices {
            var f = findings.touchpoints[index]
            f.n = Int.random(in: 0...240, using: &rng)
            if f.n > 0 && f.n < 5 {
                f.suppressed = true
                f.mean = nil
                f.findingClass = .neutral
            } else if let mean = f.mean {
                let half = Double.random(in: 0.05...1.2, using: &rng)
                f.ci95 = max(Double(scale.min), mean - half)...min(Double(scale.max), mean + half)
            }
            f.mot.suggested = Int.random(in: 0..<5, using: &rng) == 0
            findings.touchpoints[index] = f
        }
        findings.peakEnd.test = PeakEndTest(n: 240, r2Mean: 0.22, r2PeakEnd: 0.61, r2PeakPlusEnd: 0.63, r2Full: 0.65,
                                            deltaR2: 0.41, pValue: 0.0001, bestPeakDefinition: "intensity", verdict: .peakEnd)
        return findings
    }
}
