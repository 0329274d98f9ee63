import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// The largest texts the limits accept (issue 13): 20 touchpoint names of 9,990 characters — the journey
/// bench/hostile_bench.sh times as limit-long-names.yaml — lay out at every map size and on both worksheets, each
/// name cut with "…" inside its card. Time is recorded by the benchmark, never asserted here.
@Suite struct LongNamesHostileTests {
    /// 4 stages of 5 touchpoints, every name `name(k)` (as the benchmark writes it).
    static func journey(_ name: (Int) -> String) throws -> Journey {
        var yaml = "version: 1\ntitle: Long names\nlanguage: zh\nstages:\n", k = 0
        for s in 0..<4 {
            yaml += "  - name: Stage \(s)\n    touchpoints:\n"
            for _ in 0..<5 {
                yaml += "      - id: t\(k)\n        name: \"\(name(k))\"\n        score: \(1 + k % 5)\n"
                k += 1
            }
        }
        return try JourneyLoader.parse(data: Data(yaml.utf8), path: "long.yaml")
    }

    /// The three shapes of a long name: one Chinese run, one Latin word with no break in it, and words with spaces.
    static func name(_ kind: String, _ k: Int) -> String {
        switch kind {
        case "chinese": return String(repeating: "长", count: 9_990)
        case "latin word": return String(repeating: "x", count: 9_990)
        default: return String(String(repeating: "word\(k) ", count: 1_665).prefix(9_990))
        }
    }

    /// Every touchpoint-name run of a layout: truncated to a few lines ending in "…", each line inside its box.
    func expectNamesCut(_ layout: MapLayout, _ label: String) {
        let runs = layout.textRuns.filter { $0.role == .touchpointName }
        #expect(runs.count == 20, "\(label): \(runs.count) name runs")
        for run in runs {
            #expect(!run.lines.isEmpty && run.lines.count <= 8, "\(label): \(run.lines.count) lines")
            #expect(run.lines.last?.hasSuffix("…") == true, "\(label): \(run.lines.last ?? "")")
            #expect(run.fullText?.count == 9_990 || run.fullText?.hasPrefix("word") == true, "\(label): the full name kept for <title>")
            for line in run.lines {
                #expect(TextMeasurer.width(line, font: run.font) <= run.bounds.width + 0.01, "\(label): \(line.prefix(20))… wider than its box")
            }
            #expect(run.bounds.contains(run.frame), "\(label): \(run.frame) not in \(run.bounds)")
        }
    }

    @Test(arguments: ["chinese", "latin word", "words"], MapSize.allCases)
    func aLongNameIsCutInsideItsCardAtEverySize(_ kind: String, _ size: MapSize) throws {
        let journey = try Self.journey { Self.name(kind, $0) }
        let findings = JourneyAnalyzer.analyze(journey, responses: nil)
        let options = RenderOptions(size: size)
        let pages = MapRenderer.pages(journey, findings: findings, options: options)
        #expect(!pages.isEmpty)
        var seen = 0
        for page in pages {
            let runs = page.textRuns.filter { $0.role == .touchpointName }
            seen += runs.count
            for run in runs {
                // (a slide's stage card keeps its touchpoint's score after the cut: "……（2.5）")
                let last = run.lines.last ?? ""
                let cut = last.hasSuffix("…") || size == .slide && last.range(of: #"…( \(|（)[0-9]+(\.[0-9])?(\)|）)$"#, options: .regularExpression) != nil
                #expect(cut, "\(kind) \(size): \(last)")
                #expect(run.bounds.contains(run.frame), "\(kind) \(size): \(run.frame) not in \(run.bounds)")
            }
        }
        // Every card shown (a slide may show the stages' cards only) has its name cut.
        #expect(seen >= 4, "\(kind) \(size): \(seen) name runs over \(pages.count) pages")
        let svg = MapRenderer.svg(journey, findings: findings, options: options)
        let root = try #require(XMLElement.parse(svg), "\(kind) \(size): the SVG is not well-formed")
        #expect(root.name == "svg")
        #expect(svg.count < 4 << 20, "\(kind) \(size): \(svg.count) bytes")
    }

    @Test(arguments: ["chinese", "latin word", "words"], WorksheetSize.allCases)
    func aLongNameIsCutInsideItsWorksheetCard(_ kind: String, _ size: WorksheetSize) throws {
        let journey = try Self.journey { Self.name(kind, $0) }
        let layout = WorksheetLayoutEngine.layout(journey, suggestions: [], size: size, date: "2026-12-01")
        expectNamesCut(layout, "\(kind) worksheet \(size)")
    }
}
