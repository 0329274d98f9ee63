import Testing
@testable import JourneyRender

@Suite struct MonotoneCubicTests {
    /// Samples every Bézier segment and checks it stays between its two end values (no overshoot).
    static func overshoot(_ points: [Point]) -> Double {
        let commands = MonotoneCubic.path(through: points)
        var worst = 0.0
        var previous: Point?
        for command in commands {
            switch command {
            case .move(let p): previous = p
            case .cubic(let c1, let c2, let p1):
                let p0 = previous!
                let low = min(p0.y, p1.y), high = max(p0.y, p1.y)
                for step in 0...50 {
                    let q = MonotoneCubic.bezier(p0, c1, c2, p1, t: Double(step) / 50)
                    worst = max(worst, low - q.y, q.y - high)
                }
                previous = p1
            default: break
            }
        }
        return worst
    }

    @Test func neverOvershootsOnSteps() {
        // A classic overshoot case for Catmull-Rom: flat, jump, flat.
        let points = [1.0, 1, 1, 7, 7, 7, 1].enumerated().map { Point(x: Double($0.offset) * 100, y: $0.element) }
        #expect(Self.overshoot(points) < 1e-9)
    }

    @Test func neverOvershootsOnRandomScores() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 2...30, using: &rng)
            let points = (0..<count).map { Point(x: Double($0) * 140, y: Double(Int.random(in: 2...14, using: &rng)) / 2) }
            #expect(Self.overshoot(points) < 1e-9)
        }
    }

    @Test func tangentsFollowFritschCarlson() {
        // Secants 1 and 1 → tangent 1 inside; a local extremum (secants 1, −1) → tangent 0.
        let line = [Point(x: 0, y: 0), Point(x: 1, y: 1), Point(x: 2, y: 2)]
        #expect(MonotoneCubic.tangents(line) == [1, 1, 1])
        let peak = [Point(x: 0, y: 0), Point(x: 1, y: 1), Point(x: 2, y: 0)]
        #expect(MonotoneCubic.tangents(peak)[1] == 0)
        // Secants 0.1 and 10: the mean 5.05 gives β = 5.05/0.1 = 50.5 > 3 on the first interval, so the
        // limiter scales α, β by τ = 3/√(α² + β²): α = 1, β = 50.5 → m1 = 3·50.5/√(1 + 2550.25)·0.1 ≈ 0.29994 (computed with Python).
        let steep = [Point(x: 0, y: 0), Point(x: 1, y: 0.1), Point(x: 2, y: 10.1)]
        let m = MonotoneCubic.tangents(steep)
        #expect(abs(m[1] - 0.29994) < 0.00001)
    }

    @Test func passesThroughEveryPoint() {
        let points = [Point(x: 0, y: 3), Point(x: 100, y: 5), Point(x: 200, y: 2)]
        let commands = MonotoneCubic.path(through: points)
        #expect(commands.first == .move(points[0]))
        #expect(commands.count == 3)
        if case .cubic(_, _, let end) = commands[2] { #expect(end == points[2]) } else { Issue.record("expected a cubic") }
    }
}
