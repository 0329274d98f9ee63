@testable import JourneyRender

/// The layout invariants every map must satisfy, as readable problem strings (empty = all good).
enum LayoutChecks {
    static func problems(_ layout: MapLayout) -> [String] {
        var problems: [String] = []
        let canvas = Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)
        let runs = layout.textRuns.filter { !$0.lines.isEmpty }
        func describe(_ run: TextRun) -> String { "\(run.role.rawValue) \(run.lines.first ?? "")…" }

        // Lanes stack top to bottom without overlapping.
        for (a, b) in zip(layout.lanes, layout.lanes.dropFirst()) where a.rect.maxY > b.rect.y + 0.01 {
            problems.append("lane \(a.kind) overlaps lane \(b.kind)")
        }
        let frames = runs.map(\.frame)
        for (run, frame) in zip(runs, frames) {
            if !run.bounds.contains(frame) { problems.append("\(describe(run)) leaves its box: \(frame) not in \(run.bounds)") }
            guard let lane = layout.lane(run.lane) else { problems.append("\(describe(run)) in missing lane \(run.lane)"); continue }
            if !lane.rect.contains(run.bounds) { problems.append("\(describe(run)) box leaves lane \(run.lane): \(run.bounds) not in \(lane.rect)") }
            if let column = run.column {
                // A quote or action card may widen into the nearer half of an empty neighbouring column
                // (`cardFrames`; which neighbours are empty is checked in CardFrameTests).
                var c = layout.columns[column]
                if run.lane == .voices || run.lane == .actions {
                    let left = column > 0 ? layout.columns[column - 1].midX : c.x
                    let right = column + 1 < layout.columns.count ? layout.columns[column + 1].midX : c.maxX
                    c = Rect(x: left, y: c.y, width: right - left, height: c.height)
                }
                if run.bounds.x < c.x - 0.01 || run.bounds.maxX > c.maxX + 0.01 {
                    problems.append("\(describe(run)) box leaves column \(column): \(run.bounds) vs \(c)")
                }
            }
            if !canvas.contains(frame) { problems.append("\(describe(run)) leaves the canvas") }
            for line in run.lines where line.isEmpty { problems.append("\(describe(run)) has an empty line") }
        }
        // Value labels are never crossed by a gridline or the neutral line.
        let rules = layout.shapes.compactMap { shape -> (y: Double, x0: Double, x1: Double)? in
            guard shape.style.stroke == .grid || shape.style.stroke == .neutralLine,
                  case let .line(a, b) = shape.geometry, abs(a.y - b.y) < 0.01 else { return nil }
            return (a.y, min(a.x, b.x), max(a.x, b.x))
        }
        for (run, frame) in zip(runs, frames) where run.role == .valueLabel {
            for rule in rules where rule.y > frame.y && rule.y < frame.maxY && rule.x0 < frame.maxX && rule.x1 > frame.x {
                problems.append("\(describe(run)) is crossed by a line at y \(rule.y)")
            }
        }
        // Items: text frames and obstacle shapes, swept over x. Two texts must never meet; an obstacle must not
        // meet text or another obstacle of a different owner.
        struct Item { let rect: Rect; let owner: String?; let isText: Bool; let name: String }
        var items = zip(runs, frames).map { Item(rect: $0.1, owner: $0.0.owner, isText: true, name: describe($0.0)) }
        items += layout.shapes.filter(\.obstacle).map { Item(rect: $0.bounds, owner: $0.owner, isText: false, name: $0.owner ?? "shape") }
        items.sort { $0.rect.x < $1.rect.x }
        for i in items.indices {
            var j = i + 1
            while j < items.count && items[j].rect.x < items[i].rect.maxX {
                let a = items[i], b = items[j]
                j += 1
                guard a.rect.intersects(b.rect) else { continue }
                if a.isText && b.isText {
                    problems.append("text overlaps: \(a.name) and \(b.name)")
                } else if a.owner == nil || a.owner != b.owner {
                    problems.append(a.isText || b.isText ? "\(a.isText ? b.name : a.name) covers \(a.isText ? a.name : b.name)"
                                                         : "marks overlap: \(a.name) and \(b.name)")
                }
            }
        }
        return problems
    }

    /// Text runs smaller on the page than their size's minimum (`TextMinimum`), as problem strings.
    static func minimumTextSize(_ layout: MapLayout, _ size: MapSize) -> [String] {
        let minimum = TextMinimum.of(size)
        let scale = layout.pageScale(size)
        return layout.textRuns.filter { !$0.lines.isEmpty }.compactMap { run in
            let shown = run.font.size * scale
            let wanted = minimum.minimum(for: run.role)
            return shown < wanted - 0.005
                ? "\(run.role.rawValue) \(run.lines.first ?? "")… is \(MapNumber.fixed(shown, digits: 1)) px at \(size), below \(MapNumber.format(wanted)) px"
                : nil
        }
    }
}
