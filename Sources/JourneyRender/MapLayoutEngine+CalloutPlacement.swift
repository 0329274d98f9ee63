import JourneyAnalysis
import JourneyModel

/// Peak-end callouts set inside the plot (a slide): each goes above or below its point, as near as it can, where it
/// meets no curve (the journey's own and any comparison curve), no point, no value label, no participants' whisker
/// and no other callout, its leader crossing no value label or point either. One that finds no such place keeps its
/// row outside the plot.
extension MapLayoutEngine {
    /// The y of a value on the plot (the scale's maximum `plotPadding` under the plot's top).
    func plotY(_ value: Double, plot: Rect) -> Double {
        let scale = journey.scale
        let steps = Double(max(scale.max - scale.min, 1))
        let clamped = min(max(value, Double(scale.min)), Double(scale.max))
        return plot.y + M.plotPadding + (Double(scale.max) - clamped) / steps * (plot.height - 2 * M.plotPadding)
    }

    /// The y of the neutral line and of every gridline drawn (every `tickStep` from the scale's minimum).
    func ruleLines(plot: Rect, tickStep: Int) -> [Double] {
        let scale = journey.scale
        return [plotY(scale.neutral, plot: plot)] + stride(from: scale.min, through: scale.max, by: max(tickStep, 1)).map { plotY(Double($0), plot: plot) }
    }

    /// The distance between two points.
    static func distance(_ a: Point, _ b: Point) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }

    /// The point at `t` (0…1) on the cubic Bézier from `p0` through controls `c1`, `c2` to `p1`.
    static func bezier(_ p0: Point, _ c1: Point, _ c2: Point, _ p1: Point, _ t: Double) -> Point {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        let x: Double = a * p0.x + b * c1.x + c * c2.x + d * p1.x
        let y: Double = a * p0.y + b * c1.y + c * c2.y + d * p1.y
        return Point(x: x, y: y)
    }

    /// Points along a monotone cubic through `points`, at most `step` apart (for overlap checks with a drawn curve).
    static func curveSamples(through points: [Point], step: Double) -> [Point] {
        samples(of: MonotoneCubic.path(through: points), step: step)
    }

    /// Points along a path, at most about `step` apart.
    static func samples(of commands: [PathCommand], step: Double) -> [Point] {
        var samples: [Point] = []
        var current = Point(x: 0, y: 0)
        for command in commands {
            switch command {
            case .move(let p):
                samples.append(p)
                current = p
            case .line(let p):
                let n = max(1, Int((distance(current, p) / step).rounded(.up)))
                for k in 1...n { samples.append(bezier(current, current, p, p, Double(k) / Double(n))) }
                current = p
            case .cubic(let c1, let c2, let p):
                // the control polygon is never shorter than the curve
                let length = distance(current, c1) + distance(c1, c2) + distance(c2, p)
                let n = max(1, Int((length / step).rounded(.up)))
                for k in 1...n { samples.append(bezier(current, c1, c2, p, Double(k) / Double(n))) }
                current = p
            case .close: break
            }
        }
        return samples
    }

    /// Where a callout's leader meets it: straight above or below the point when the callout spans the point's x,
    /// else the middle of its nearer side.
    static func leaderEnd(_ rect: Rect, from point: Point) -> Point {
        if rect.x <= point.x && rect.maxX >= point.x { return Point(x: point.x, y: rect.maxY <= point.y ? rect.maxY : rect.y) }
        return Point(x: rect.x > point.x ? rect.x : rect.maxX, y: rect.midY)
    }

    /// Whether the straight segment from `a` to `b` passes through `rect`, from `skip` away from `a` on (the leader
    /// is hidden under its own point's marker there). Sampled every pixel or so: leaders are short, and a marker is
    /// more than 10 px wide.
    static func segment(from a: Point, to b: Point, outside skip: Double = 0, meets rect: Rect) -> Bool {
        let length = distance(a, b)
        let steps = max(1, Int(length.rounded(.up)))
        return (0...steps).contains { k in
            let t = Double(k) / Double(steps)
            guard t * length >= skip else { return false }
            let x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t
            return x >= rect.x && x <= rect.maxX && y >= rect.y && y <= rect.maxY
        }
    }

    /// The columns where another series' point (a comparison's or a group's) is above, and where one is below, the
    /// journey's own: a callout's leader from that side would pass its marker and seem to point at it.
    func overlaySides() -> (above: Set<Int>, below: Set<Int>) {
        var above: Set<Int> = [], below: Set<Int> = []
        for curve in overlayCurves().curves {
            for column in columns {
                guard let own = column.value, let v = overlayValue(curve, column) else { continue }
                if v > own { above.insert(column.index) } else if v < own { below.insert(column.index) }
            }
        }
        return (above, below)
    }

    /// A callout in a row outside the plot goes to the other side's row when another series' marker sits between
    /// its side and the point and none on the other side: its straight leader would run through that marker.
    func turnAwayFromOverlays(_ callouts: inout [Callout], skipping placed: Set<Int>, sides: (above: Set<Int>, below: Set<Int>)) {
        let (above, below) = sides
        for index in callouts.indices where !placed.contains(index) {
            let column = callouts[index].column.index
            if callouts[index].above, above.contains(column), !below.contains(column) { callouts[index].above = false }
            else if !callouts[index].above, below.contains(column), !above.contains(column) { callouts[index].above = true }
        }
    }

    /// Places the callouts inside `plot` (at the plot's own y, so it can move with the plot); returns the rects of
    /// those placed, by index. A placed callout's `above` says which side of its point it took. `sides`: the
    /// columns with another series' point above and below the journey's own (`overlaySides`).
    func placeCalloutsInPlot(_ callouts: inout [Callout], plot: Rect, tickStep: Int,
                             sides: (above: Set<Int>, below: Set<Int>)) -> [Int: Rect] {
        let rules = ruleLines(plot: plot, tickStep: tickStep)
        func y(_ v: Double) -> Double { plotY(v, plot: plot) }
        let neutral = y(journey.scale.neutral)
        // What a callout must not meet: points and value labels (by column), curve samples, whiskers.
        var marks: [(rect: Rect, column: Int?)] = []
        var samples: [Point] = []
        var current: [Point] = []
        let ownSamples = ownCurveSamples(plot: plot)
        for column in columns {
            guard let v = column.value else {
                if current.count >= 2 { samples += Self.curveSamples(through: current, step: M.px(3)) }
                current = []
                continue
            }
            let point = Point(x: column.center, y: y(v))
            current.append(point)
            let extent = markerExtent(column)
            marks.append((Rect(x: point.x - extent, y: point.y - extent, width: 2 * extent, height: 2 * extent), column.index))
            marks.append((valueLabel(column, point: point, plot: plot, lines: rules, curve: ownSamples).frame, nil))
            if let spread = column.finding.participantSpread {
                let half = M.px(5)
                marks.append((Rect(x: point.x - half, y: y(spread.max), width: 2 * half, height: y(spread.min) - y(spread.max)), column.index))
            }
        }
        if current.count >= 2 { samples += Self.curveSamples(through: current, step: M.px(3)) }
        // Comparison and breakdown curves are drawn on the same plot: their lines and markers too. A column whose
        // overlay marker sits above (below) its own point: a leader from that side would seem to point at it.
        let (overlayAbove, overlayBelow) = sides
        var overlayMarkers: [Rect] = []
        for curve in overlayCurves().curves {
            var run: [Point] = []
            for column in columns {
                if let v = overlayValue(curve, column) {
                    let point = Point(x: column.center, y: y(v))
                    run.append(point)
                    let marker = Rect(x: point.x - M.px(7), y: point.y - M.px(7), width: M.px(14), height: M.px(14))
                    overlayMarkers.append(marker)
                    marks.append((marker, nil))
                } else {
                    if run.count >= 2 { samples += Self.curveSamples(through: run, step: M.px(3)) }
                    run = []
                }
            }
            if run.count >= 2 { samples += Self.curveSamples(through: run, step: M.px(3)) }
        }
        let clearance = M.px(3), stroke = M.px(2.5)
        var placed: [Int: Rect] = [:]
        var taken: [Rect] = []
        for index in callouts.indices {
            let callout = callouts[index]
            let column = callout.column
            let point = Point(x: column.center, y: y(column.value!))
            var reach = markerExtent(column) + M.px(2)
            if let spread = column.finding.participantSpread {
                reach = max(reach, point.y - y(spread.max) + M.px(2), y(spread.min) - point.y + M.px(2))
            }
            let width = callout.rect.width, height = M.calloutHeight
            // the rect always spans the point's x, so its leader runs straight down (or up) to the point
            let lefts = [point.x - width / 2, point.x - M.px(14), point.x - width + M.px(14)]
                .map { min(max($0, plot.x), plot.maxX - width) }
            func free(_ rect: Rect, leader: Rect) -> Bool {
                let padded = rect.insetBy(dx: -clearance, dy: -clearance)
                // never on the neutral line: a pill across it hides where the journey turns negative (review 7)
                if neutral > padded.y && neutral < padded.maxY { return false }
                if taken.contains(where: { $0.insetBy(dx: -clearance, dy: -clearance).intersects(rect) || $0.intersects(leader) }) { return false }
                if marks.contains(where: { $0.rect.intersects(padded) || ($0.column != column.index && $0.rect.intersects(leader)) }) { return false }
                let reachOut = clearance + stroke / 2
                return !samples.contains { $0.x > rect.x - reachOut && $0.x < rect.maxX + reachOut && $0.y > rect.y - reachOut && $0.y < rect.maxY + reachOut }
            }
            // A slanted leader neither lies on a gridline (a level one from a point at a whole score did) nor runs
            // along or across the curve, past its own point's marker (the second slide review, workshop-demo).
            func leaderIsClear(from point: Point, to end: Point, reach: Double) -> Bool {
                if abs(end.y - point.y) < M.px(3), rules.contains(where: { abs($0 - point.y) < M.px(3) }) { return false }
                let box = Rect(x: min(point.x, end.x) - M.px(3), y: min(point.y, end.y) - M.px(3),
                               width: abs(end.x - point.x) + M.px(6), height: abs(end.y - point.y) + M.px(6))
                let nearby = samples.filter { box.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }
                guard !nearby.isEmpty else { return true }
                let length = Self.distance(point, end), skip = reach + M.px(4)
                guard length > skip else { return true }
                for k in 0...Int(length.rounded(.up)) where Double(k) >= skip {
                    let t = Double(k) / length
                    let x = point.x + (end.x - point.x) * t, y = point.y + (end.y - point.y) * t
                    if nearby.contains(where: { abs($0.x - x) < M.px(2) && abs($0.y - y) < M.px(2) }) { return false }
                }
                return true
            }
            var found: (Rect, Bool)? = nil
            // only on its own side of the point (a high point's callout above it, a low one's below): a callout on
            // the wrong side reads as pointing the wrong way, so one that finds no room there takes a row instead —
            // unless another series' marker sits on that side of the point: then its leader would seem to point at
            // that marker, and the other side is tried too
            let blocked = callout.above ? overlayAbove.contains(column.index) : overlayBelow.contains(column.index)
            search: for above in blocked ? [callout.above, !callout.above] : [callout.above] {
                var gap = M.px(6)
                while gap < plot.height {
                    let top = above ? point.y - reach - gap - height : point.y + reach + gap
                    // further gaps only go further out of the plot
                    if above ? top < plot.y : top + height > plot.maxY { break }
                    let leader = Rect(x: point.x - 1, y: above ? top + height : point.y + reach, width: 2, height: max(0, gap))
                    for left in lefts where left <= point.x - M.px(4) && left + width >= point.x + M.px(4) {
                        let rect = Rect(x: left, y: top, width: width, height: height)
                        if free(rect, leader: leader) { found = (rect, above); break search }
                    }
                    gap += M.px(4)
                }
            }
            // Beside the point (left or right, level with it or a little above or below), with a slanted leader.
            if found == nil {
                // (sideways the point reaches only as far as its marker, or its participants' box: a whisker's
                // length is vertical; the second slide review's "Lowest point · most intense" found no room beside
                // workshop-demo's ▼ when the whisker's length was kept sideways too)
                let reach = max(markerExtent(column), column.finding.participantSpread == nil ? 0 : M.px(5)) + M.px(2)
                // farther out when another series' marker is beside the point: a shallower leader passes it by
                let sides = blocked ? [M.px(16), M.px(40), M.px(64)] : [M.px(16)]
                besides: for side in sides { for step in 0..<24 {
                    for sign in blocked ? [callout.above ? -1.0 : 1.0, callout.above ? 1.0 : -1.0] : [callout.above ? -1.0 : 1.0] {
                        let midY = point.y + sign * Double(step) * M.px(3)
                        for left in [point.x + reach + side, point.x - reach - side - width] {
                            let rect = Rect(x: left, y: midY - height / 2, width: width, height: height)
                            guard rect.x >= plot.x, rect.maxX <= plot.maxX, rect.y >= plot.y, rect.maxY <= plot.maxY else { continue }
                            let end = Self.leaderEnd(rect, from: point)
                            let leader = Rect(x: min(point.x, end.x), y: min(point.y, end.y) - 1,
                                              width: abs(end.x - point.x), height: abs(end.y - point.y) + 2)
                            // (a slanted leader's box is larger than the line: the box is checked against other
                            // callouts, the line itself against the other series' markers, so it never seems to
                            // point at a comparison or team marker drawn near its own point)
                            if free(rect, leader: Rect(x: leader.x, y: leader.y, width: 0, height: 0)),
                               leaderIsClear(from: point, to: end, reach: reach),
                               !taken.contains(where: { $0.intersects(leader) }),
                               !overlayMarkers.contains(where: { Self.segment(from: point, to: end, outside: reach, meets: $0) }) {
                                found = (rect, midY <= point.y)
                                break besides
                            }
                        }
                    }
                } }
            }
            guard let (rect, above) = found else { continue }
            placed[index] = rect
            taken.append(rect)
            let end = Self.leaderEnd(rect, from: point)
            taken.append(Rect(x: min(point.x, end.x) - 1, y: min(point.y, end.y), width: abs(end.x - point.x) + 2, height: abs(end.y - point.y)))
            callouts[index].above = above
        }
        return placed
    }
}
