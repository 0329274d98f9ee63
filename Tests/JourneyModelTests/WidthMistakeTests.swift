import Foundation
import Testing
@testable import JourneyModel

/// Mistakes Chinese keyboards make in YAML get a message that names the fix, at the mistake's own line and column.
@Suite struct WidthMistakeTests {
    static let base = "title: 新客服\nlanguage: zh\nstages:\n  - id: s\n    name: 一\n    touchpoints:\n      - id: a\n        name: 甲\n"

    func errors(_ yaml: String) -> [String] {
        do {
            _ = try JourneyLoader.parse(data: Data(yaml.utf8), path: "j.yaml")
            return []
        } catch {
            guard case let .invalid(diagnostics) = error else { return ["\(error)"] }
            return diagnostics.map(\.description)
        }
    }

    @Test func aValidJourneyLoads() {
        #expect(errors(Self.base + "        score: 3\n").isEmpty)
    }

    @Test func fullWidthColonAfterAKey() {
        let e = errors(Self.base.replacingOccurrences(of: "title: 新客服", with: "title：新客服"))
        #expect(e == ["j.yaml:1:6: error: \"title：\" uses a full-width colon (全角冒号); YAML keys need an ASCII colon and a space: \"title: \""])
        let nested = errors(Self.base.replacingOccurrences(of: "        name: 甲", with: "        name：甲"))
        #expect(nested.first?.hasPrefix("j.yaml:8:13: error: \"name：\" uses a full-width colon") == true)
    }

    @Test func tabsAndFullWidthSpacesInTheIndentation() {
        let tab = errors(Self.base.replacingOccurrences(of: "  - id: s", with: "\t- id: s"))
        #expect(tab.first == "j.yaml:4:1: error: a tab in the indentation; YAML indents with spaces only (replace the tab with spaces)")
        let wide = errors(Self.base + "\u{3000}\u{3000}      score: 3\n")
        #expect(wide.contains { $0.hasPrefix("j.yaml:9:1: error: a full-width space (U+3000") })
    }

    @Test func fullWidthDigitsInAScore() {
        let e = errors(Self.base + "        score: ３\n")
        #expect(e == ["j.yaml:9:16: error: \"３\" has full-width digits (全角数字); write ASCII digits: 3"])
    }

    @Test func fullWidthCommaBetweenListItems() {
        let e = errors(Self.base + "        score: 3\n        actors: [客户，班组长]\n")
        #expect(e.count == 1 && e[0].hasPrefix("j.yaml:10:20: error: \"，\" (full-width comma"))
        #expect(e[0].contains("[客户, 班组长]"))
        // quoted, the comma belongs to the item
        #expect(errors(Self.base + "        score: 3\n        actors: [\"客户，班组长\"]\n").isEmpty)
    }

    @Test func proseInBlockScalarsIsLeftAlone() {
        let yaml = Self.base.replacingOccurrences(of: "language: zh\n", with: "language: zh\ndescription: |\n  说明：正文\n  备注：a\n")
        #expect(errors(yaml + "        score: 3\n").isEmpty)
    }
    /// The byte pre-check never skips a text the full scan would flag: each trigger is found on its own, and on
    /// every line of seeded mixtures the pre-check is true whenever the scan reports a mistake.
    @Test func thePreCheckNeverHidesAMistake() {
        for trigger in ["\t", "\u{3000}", "，", "：", "０", "９"] { #expect(WidthMistakeScanner.mayHoldMistakes("a: b" + trigger)) }
        #expect(!WidthMistakeScanner.mayHoldMistakes("title: 新客服专员的前 90 天（试用）「客户」\nname: A day, on the phones\n"))
        let pieces = ["key", "：", ":", " ", "\t", "\u{3000}", "，", "[", "]", "３", "3", "\n", "- ", "（", "）", "客服", "\"", "#"]
        var seed: UInt64 = 42
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        for _ in 0..<2_000 {
            let text = (0..<12).map { _ in pieces[next() % pieces.count] }.joined()
            if !WidthMistakeScanner.scan(text).isEmpty { #expect(WidthMistakeScanner.mayHoldMistakes(text), "\(text)") }
        }
    }
}
