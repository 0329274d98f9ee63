import Testing
@testable import JourneyPreview

@Suite struct PreviewSnapshotTests {
    let first = PreviewMap(title: "A", language: .en, pages: ["<svg>a</svg>"])
    let second = PreviewMap(title: "B", language: .en, pages: ["<svg>b</svg>"])

    @Test func aFailureKeepsTheLastGoodMapAndShowsItsProblems() {
        let drawn = PreviewSnapshot().applying(.map(first, warnings: []))
        #expect(drawn.revision == 1)
        let broken = drawn.applying(.failure(["j.yaml:3:1: error: x"]))
        #expect(broken.revision == 2)
        #expect(broken.map == first)
        #expect(broken.problems == ["j.yaml:3:1: error: x"])
        let fixed = broken.applying(.map(second, warnings: []))
        #expect(fixed.revision == 3)
        #expect(fixed.map == second)
        #expect(fixed.problems.isEmpty)
    }

    @Test func theSameResultAgainDoesNotMoveTheRevision() {
        let drawn = PreviewSnapshot().applying(.map(first, warnings: []))
        #expect(drawn.applying(.map(first, warnings: [])).revision == 1)
        let broken = drawn.applying(.failure(["e"]))
        #expect(broken.applying(.failure(["e"])).revision == 2)
        #expect(broken.applying(.failure(["f"])).revision == 3)
    }
}
