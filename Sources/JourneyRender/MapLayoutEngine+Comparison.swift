import JourneyAnalysis
import JourneyModel

extension MapLayoutEngine {
    /// A curve drawn beside the journey's own: the reference of a comparison, or one released `--by` group.
    struct OverlayCurve {
        /// Its name in the comparison lane's legend.
        let label: String
        /// Values by touchpoint id, each with its stage (a slide of a long journey plots stage means).
        let values: [(id: String, stageID: String, value: Double)]
    }

    /// The extra curves of this map: the comparison's reference, or the released groups of a `--by` breakdown
    /// (only when `segmentCurves` asks for them). Hidden groups are counted, never drawn.
    func overlayCurves() -> (curves: [OverlayCurve], hidden: Int) {
        if let comparison = findings.comparison {
            return ([OverlayCurve(label: referenceLabel(comparison), values: Self.referenceValues(comparison))], 0)
        }
        guard options.segmentCurves, let column = findings.breakdown else { return ([], 0) }
        let segment = journey.segmentLabel(column)
        var curves: [OverlayCurve] = []
        for group in findings.segments where !group.suppressed {
            guard let g = group.findings, let n = group.n else { continue }
            let name = group.value.map(segment.display) ?? labels.pick("（未填）", "(no answer)")
            let values = g.touchpoints.compactMap { t in t.suppressed ? nil : t.mean.map { (t.id, t.stageID, $0) } }
            curves.append(OverlayCurve(label: labels.withN(TextSanitizer.displayText(name), n), values: values))
        }
        return (curves, findings.segments.filter(\.suppressed).count)
    }

    /// The comparison's notes: hidden groups, what Δ is, the test, a mapped scale, unmatched touchpoints (the lane's
    /// footnotes, or on a slide without the lane part of the map's footnote).
    func comparisonNotes() -> [String] {
        let hidden = overlayCurves().hidden
        var notes: [String] = []
        if hidden > 0 { notes.append(labels.groupsHidden(hidden, minimum: findings.minimumGroupSize)) }
        if let comparison = findings.comparison {
            let shown = shownLabel(comparison), reference = referenceLabel(comparison)
            notes.append(labels.deltaDefinition(shown, reference))
            if options.stageCurve { notes.append(labels.stageMeanDeltaNote) }
            if comparison.tested && !options.stageCurve {
                notes.append(labels.testNote(permutations: comparison.settings.test.permutations, alpha: comparison.settings.alpha))
            }
            if comparison.scaleMapped {
                notes.append(labels.scaleMapped(reference, from: comparison.referenceScale, to: comparison.scale))
            }
            let display = { (names: [UnmatchedTouchpoint]) in names.map { TextSanitizer.displayText($0.name) } }
            // (a slide leaves the unmatched touchpoints to the report: its notes say what the numbers are)
            if !comparison.onlyShown.isEmpty, !profile.compactNotes { notes.append(labels.onlyIn(shown, display(comparison.onlyShown))) }
            if !comparison.onlyReference.isEmpty, !profile.compactNotes { notes.append(labels.onlyIn(reference, display(comparison.onlyReference))) }
            let missing = comparison.touchpoints.filter { $0.delta == nil }.compactMap { row in journey.touchpoint(id: row.id)?.name }
            if !missing.isEmpty && !options.stageCurve { notes.append(labels.notCompared(missing.map(TextSanitizer.displayText))) }
        }
        return notes
    }

    /// Whether the comparison curves are keyed in the legend row at the foot of the map rather than in their own
    /// lane: on a slide, whose lanes need the room.
    var seriesInLegend: Bool { profile.size == .slide }

    /// Whether each stage's Δ is printed in its stage band (a slide of stage means compared with another journey).
    var deltaInStageBand: Bool { seriesInLegend && options.stageCurve && findings.comparison != nil }

    /// Whether the comparison has a lane under the curve: always but on a slide that has no Δ row to put in it.
    var hasComparisonLane: Bool { !seriesInLegend || (findings.comparison != nil && !deltaInStageBand) }

    /// A stage's Δ on a stage-band slide: its column's Δ, as the Δ row would print it.
    func stageDelta(_ column: Column) -> Double? {
        guard deltaInStageBand, let comparison = findings.comparison, let reference = overlayCurves().curves.first else { return nil }
        return columnDelta(comparison, column, reference: reference)?.delta
    }

    /// The journey's own curve in a legend of several: the shown side's name, or everyone and n with `--by`.
    var ownSeriesLabel: String {
        if let comparison = findings.comparison { return shownLabel(comparison) }
        return findings.reportedRespondents.map { labels.withN(labels.everyone, $0) } ?? labels.everyone
    }

    func shownLabel(_ comparison: JourneyComparison) -> String {
        TextSanitizer.displayText(comparison.shownName(labels.language))
    }

    func referenceLabel(_ comparison: JourneyComparison) -> String {
        TextSanitizer.displayText(comparison.referenceName(labels.language))
    }

    /// An overlay's value in a column: the touchpoint's, or on a stage-mean slide the unweighted mean of the
    /// stage's touchpoints with a value (as `StageSummary` averages the journey's own).
    func overlayValue(_ curve: OverlayCurve, _ column: Column) -> Double? {
        if options.stageCurve { return Self.stageMean(curve.values, stageID: column.finding.stageID) }
        return curve.values.first { $0.id == column.touchpoint.id }?.value
    }

    /// A comparison's reference values by touchpoint, each with its stage: the reference curve's points.
    static func referenceValues(_ comparison: JourneyComparison) -> [(id: String, stageID: String, value: Double)] {
        comparison.touchpoints.compactMap { row in row.reference.map { (row.id, row.stageID, $0) } }
    }

    /// The unweighted mean of a curve's values in one stage (a stage curve's point); nil when the stage has none.
    static func stageMean(_ values: [(id: String, stageID: String, value: Double)], stageID: String) -> Double? {
        let stage = values.filter { $0.stageID == stageID }.map(\.value)
        return stage.isEmpty ? nil : stage.reduce(0, +) / Double(stage.count)
    }

    /// Δ in a column and whether it was tested and found beyond the noise (nil: not tested).
    func columnDelta(_ comparison: JourneyComparison, _ column: Column, reference: OverlayCurve) -> (delta: Double, significant: Bool?)? {
        if options.stageCurve {
            guard let v = column.value, let r = overlayValue(reference, column) else { return nil }
            return (v - r, nil)
        }
        guard let row = comparison.touchpoint(column.touchpoint.id), let delta = row.delta else { return nil }
        return (delta, row.significant)
    }

    /// Dash pattern of the n-th overlay curve (the journey's own curve is solid).
    func overlayDash(_ slot: Int) -> [Double] {
        // None of them is the estimate curve's 7–5 dash.
        let patterns: [[Double]] = [[2.5, 3.5], [12, 4, 2, 4], [8, 3, 2, 3, 2, 3], [1.5, 5], [14, 6]]
        return patterns[slot % patterns.count].map(M.px)
    }

    /// The marker of the n-th overlay curve: square, diamond, triangle, dot, … (filled with the background, so a
    /// marker reads as hollow and never hides the journey's own point).
    func overlayMarker(_ slot: Int, at center: Point) -> Geometry {
        let size = M.px(10)
        switch slot % 4 {
        case 0: return MarkShapes.square(center: center, size: size + M.px(1))
        case 1: return MarkShapes.diamond(center: center, size: size + M.px(2))
        case 2: return MarkShapes.triangleUp(center: center, size: size + M.px(1))
        default: return MarkShapes.dot(center: center, size: size)
        }
    }

    /// Moves a value label of the journey's own curve that a comparison marker (or line) would cover: to the other
    /// side of its point, further out, or to its left, the nearest place that is clear of every marker, curve, callout,
    /// point and other value label, inside the plot and its column and crossed by no gridline. A label with no such
    /// place stays where it is.
    mutating func clearValueLabels(of markers: [Rect], lines overlaySamples: [Point] = [], plot: Rect) {
        let pad = M.px(2)
        // The gridlines and the neutral line a label must not sit on, as the curve lane drew them.
        let rules: [Double] = curveNodes.compactMap { node in
            guard case .shape(let shape) = node, shape.style.stroke == .grid || shape.style.stroke == .neutralLine,
                  case let .line(a, b) = shape.geometry, abs(a.y - b.y) < 0.01 else { return nil }
            return a.y
        }
        let callouts: [Rect] = calloutNodes.flatMap { node -> [Rect] in
            guard case .group(let group) = node else { return [] }
            return group.children.compactMap { child in
                // (and their leaders: a label moved onto one reads as crossed out)
                if case .shape(let shape) = child, shape.obstacle { return shape.bounds }
                if case .shape(let shape) = child, shape.style.stroke == .leader { return shape.bounds.insetBy(dx: -M.px(1), dy: 0) }
                return nil
            }
        }
        var points: [(column: Int, rect: Rect)] = []
        for column in columns {
            guard let value = column.value else { continue }
            let y = plotY(value, plot: plot), extent = markerExtent(column)
            points.append((column.index, Rect(x: column.center - extent, y: y - extent, width: 2 * extent, height: 2 * extent)))
        }
        func labelIndex(_ column: Int) -> Int? {
            touchpointNodes[column].firstIndex { node in
                if case .text(let label) = node, label.role == .valueLabel { return true }
                return false
            }
        }
        func label(_ column: Int) -> TextRun? {
            guard let k = labelIndex(column), case .text(let run) = touchpointNodes[column][k] else { return nil }
            return run
        }
        // A label beside another series' marker, as close as it sits to its own point, reads as that marker's value
        // (review 8 #4: "均值 5.4" beside the target's square at 6.2): markers keep that distance from a label's sides.
        let beside = M.valueOffset + M.px(6)
        func clear(_ frame: Rect, column: Int) -> Bool {
            let grown = frame.insetBy(dx: -pad, dy: -pad)
            let near = frame.insetBy(dx: -beside, dy: -pad)
            if markers.contains(where: { $0.intersects(near) }) || callouts.contains(where: { $0.intersects(frame) }) { return false }
            if points.contains(where: { $0.rect.intersects(frame) }) { return false }
            if overlaySamples.contains(where: { grown.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }) { return false }
            for other in columns where other.index != column {
                if let run = label(other.index), run.frame.intersects(grown) { return false }
            }
            return true
        }
        let ownSamples = ownCurveSamples(plot: plot)
        for column in columns {
            guard let value = column.value, let k = labelIndex(column.index), case .text(let original) = touchpointNodes[column.index][k],
                  !clear(original.frame, column: column.index) else { continue }
            let point = Point(x: column.center, y: plotY(value, plot: plot))
            let extent = markerExtent(column)
            let offset = M.valueOffset + extent - M.pointRadius
            let wasAbove = original.y < point.y
            let places = valueLabelPlaces(original, point: point, extent: extent, offset: offset, sides: [!wasAbove, wasAbove], steps: 8,
                                          column: Rect(x: column.x, y: plot.y, width: column.width, height: plot.height), plot: plot, lines: rules)
            // (a place with a callout between it and its point reads as the callout's, second review: "mean 4"
            // under the Highest point pill; such a place only when there is no other)
            func behindCallout(_ frame: Rect) -> Bool {
                let top = min(frame.maxY, point.y), bottom = max(frame.y, point.y)
                guard bottom > top else { return false }
                let between = Rect(x: min(frame.x, point.x), y: top, width: max(frame.maxX, point.x) - min(frame.x, point.x), height: bottom - top)
                return callouts.contains { $0.intersects(between) }
            }
            let clearPlaces = places.filter { clear($0.frame, column: column.index) }
            // (nor one right over or under another series' marker: it reads as that marker's value)
            func offMarkers(_ frame: Rect) -> Bool { !markers.contains { $0.intersects(frame.insetBy(dx: -beside, dy: -beside)) } }
            if let best = clearPlaces.first(where: { !behindCallout($0.frame) && offMarkers($0.frame) }) {
                touchpointNodes[column.index][k] = .text(best)
                continue
            }
            // No such place (a label above the to-be square reads as its value, one under the callout as the
            // callout's): a point with a callout says its value there ("Highest point · mean 4"), when it carries
            // no rank and the longer callout is clear of everything else.
            if drawnRanks(column).isEmpty,
               let merged = calloutCarrying(original, column: column, plot: plot, clear: { frame in
                   !markers.contains { $0.intersects(frame.insetBy(dx: -pad, dy: -pad)) }
                       && !points.contains { $0.column != column.index && $0.rect.intersects(frame) }
                       && !(overlaySamples + ownSamples).contains { frame.insetBy(dx: -pad, dy: -pad).contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }
                       && !columns.contains { other in other.index != column.index && (label(other.index)?.frame.intersects(frame) ?? false) }
               }) {
                calloutNodes[merged.index] = .group(merged.group)
                touchpointNodes[column.index].remove(at: k)
                continue
            }
            if let best = clearPlaces.first { touchpointNodes[column.index][k] = .text(best) }
        }
    }

    /// The column's callout with `label`'s text run on after its names ("Highest point · mean 4"), grown on both sides,
    /// else to the right, else to the left, so its leader still meets it; nil when the column has no callout, the grown
    /// box leaves the plot, meets another callout, or fails `clear`.
    func calloutCarrying(_ label: TextRun, column: Column, plot: Rect,
                         clear: (Rect) -> Bool) -> (index: Int, group: LayoutGroup)? {
        let id = "callout-" + Self.xmlID(column.touchpoint.id)
        guard let index = calloutNodes.firstIndex(where: { if case .group(let g) = $0 { return g.id == id }; return false }),
              case .group(var group) = calloutNodes[index],
              let boxIndex = group.children.firstIndex(where: { if case .shape(let s) = $0 { return s.obstacle }; return false }),
              let textIndex = group.children.firstIndex(where: { if case .text(let t) = $0 { return t.role == .callout }; return false }),
              case .shape(var box) = group.children[boxIndex], case .text(var text) = group.children[textIndex],
              case .rect(let rect, let corner) = box.geometry else { return nil }
        let joined = text.lines.joined() + " · " + label.lines.joined()
        let extra = TextMeasurer.width(joined, font: text.font) - TextMeasurer.width(text.lines.joined(), font: text.font)
        let others = calloutNodes.enumerated().filter { $0.offset != index }.flatMap { _, node -> [Rect] in
            guard case .group(let g) = node else { return [] }
            return g.children.compactMap { if case .shape(let s) = $0, s.obstacle { return s.bounds }; return nil }
        }
        // grown on both sides, else to the right, else to the left (the leader meets the box in each)
        let leaderX = column.center
        guard let grown = [extra / 2, 0, extra].map({ Rect(x: rect.x - $0, y: rect.y, width: rect.width + extra, height: rect.height) })
            .first(where: { grown in
                grown.x >= plot.x && grown.maxX <= plot.maxX && grown.x <= leaderX && grown.maxX >= leaderX && clear(grown)
                    && !others.contains { $0.intersects(grown.insetBy(dx: -M.px(4), dy: -M.px(2))) }
            }) else { return nil }
        box.geometry = .rect(grown, cornerRadius: corner)
        text.x += grown.x - rect.x
        text.lines = [joined]
        text.bounds = Rect(x: text.bounds.x + grown.x - rect.x, y: text.bounds.y, width: text.bounds.width + extra, height: text.bounds.height)
        group.children[boxIndex] = .shape(box)
        group.children[textIndex] = .text(text)
        return (index, group)
    }

    /// The comparison curves on the plot, then their own lane under the curve: Δ per touchpoint (▲/▼ where the
    /// test finds the change beyond the noise, grey where it does not), the legend naming both sides (or every
    /// released group and how many are hidden), and notes: unmatched touchpoints, a mapped scale, the test.
    mutating func layoutComparison() {
        guard let plot = plotRect, !hiddenLanes.contains(.curve) else { return }
        let (curves, hidden) = overlayCurves()
        guard !curves.isEmpty || hidden > 0 else { return }
        let scale = journey.scale
        let steps = Double(max(scale.max - scale.min, 1))
        func yFor(_ value: Double) -> Double {
            let clamped = min(max(value, Double(scale.min)), Double(scale.max))
            return plot.y + M.plotPadding + (Double(scale.max) - clamped) / steps * (plot.height - 2 * M.plotPadding)
        }

        // Curves under the journey's own points, broken where a value is missing, hollow markers on them.
        var markers: [Rect] = []
        var overlaySamples: [Point] = []
        for (slot, curve) in curves.enumerated() {
            var runs: [[Point]] = [], current: [Point] = []
            for column in columns {
                if let v = overlayValue(curve, column) { current.append(Point(x: column.center, y: yFor(v))) }
                else if !current.isEmpty { runs.append(current); current = [] }
            }
            if !current.isEmpty { runs.append(current) }
            for run in runs where run.count >= 2 {
                curveNodes.append(.shape(Shape(.path(MonotoneCubic.path(through: run)),
                                               style: ShapeStyle(stroke: .series(slot), strokeWidth: M.px(2), dash: overlayDash(slot)))))
            }
            for run in runs where run.count >= 2 { overlaySamples += Self.curveSamples(through: run, step: M.px(3)) }
            for point in runs.joined() {
                let marker = Shape(overlayMarker(slot, at: point), style: ShapeStyle(fill: .background, stroke: .series(slot), strokeWidth: M.px(1.8)))
                markers.append(marker.bounds)
                curveNodes.append(.shape(marker))
            }
        }
        clearValueLabels(of: markers, lines: overlaySamples, plot: plot)
        // A slide whose Δ are in the stage band (or that has none, `--by`) keys its curves in the legend row and puts
        // its notes in the footnote: no lane of its own, the room goes to the actions.
        guard hasComparisonLane else { return }

        let top = cursor
        var y = top
        var nodes: [LayoutNode] = []
        // Δ row.
        if let comparison = findings.comparison, let reference = curves.first, !deltaInStageBand {
            let rowHeight = M.px(24)
            for column in columns {
                guard let (delta, significant) = columnDelta(comparison, column, reference: reference) else { continue }
                let text = MapNumber.signedDelta(delta)
                let color: ColorRole
                switch significant {
                case .some(true): color = delta > 0 ? .pleasureInk : .painInk
                case .some(false): color = .faint
                case .none: color = .ink
                }
                let symbolSize = M.px(10)
                let fitted = TextWrapper.singleLine(text, width: column.width - symbolSize - M.px(4), font: M.value)
                let markWidth = significant == true ? symbolSize + M.px(4) : 0
                let left = column.center - (markWidth + fitted.width) / 2
                let baseline = y + (rowHeight - M.value.size) / 2 + M.value.ascent
                var children: [LayoutNode] = []
                if significant == true {
                    let center = Point(x: left + symbolSize / 2, y: y + rowHeight / 2)
                    let mark = delta > 0 ? MarkShapes.triangleUp(center: center, size: symbolSize) : MarkShapes.triangleDown(center: center, size: symbolSize)
                    children.append(.shape(Shape(mark, style: ShapeStyle(fill: color), owner: "delta-\(column.index)")))
                }
                children.append(.text(run(fitted, text, x: left + markWidth, y: baseline, line: M.px(14), font: M.value,
                                          color: color, role: .valueLabel, lane: .comparison, column: column.index,
                                          bounds: Rect(x: column.x, y: y, width: column.width, height: rowHeight),
                                          owner: "delta-\(column.index)")))
                var attributes: [(name: String, value: String)] = [("data-touchpoint", column.touchpoint.id),
                                                                   ("data-delta", MapNumber.fixed(delta, digits: 2))]
                if let significant { attributes.append(("data-significant", significant ? "true" : "false")) }
                nodes.append(.group(LayoutGroup(id: "delta-" + Self.xmlID(column.touchpoint.id), attributes: attributes, children: children)))
            }
            y += rowHeight + M.px(4)
        }

        // Legend: the journey's own curve, then each overlay; hidden groups by number only. (A slide keys the curves
        // in its legend row instead: the lane keeps the Δ row and its notes, and the actions lane its room.)
        var items: [(text: String, slot: Int?)] = []
        if !seriesInLegend {
            items.append((ownSeriesLabel, nil))
            items += curves.enumerated().map { ($1.label, $0) }
        }
        var x = plot.x
        let swatch = M.px(34)
        var rowTop = y
        for (index, item) in items.enumerated() {
            let fitted = TextWrapper.singleLine(item.text, width: plot.width - swatch - M.px(8), font: M.legend)
            let itemWidth = swatch + M.px(8) + fitted.width
            if x > plot.x && x + itemWidth > plot.maxX { x = plot.x; rowTop += M.legendRow }
            let mid = rowTop + M.legendRow / 2
            let owner = "compare-legend-\(index)"
            let from = Point(x: x, y: mid), to = Point(x: x + swatch, y: mid)
            if let slot = item.slot {
                nodes.append(.shape(Shape(.line(from, to), style: ShapeStyle(stroke: .series(slot), strokeWidth: M.px(2), dash: overlayDash(slot)), owner: owner)))
                nodes.append(.shape(Shape(overlayMarker(slot, at: Point(x: x + swatch / 2, y: mid)),
                                          style: ShapeStyle(fill: .background, stroke: .series(slot), strokeWidth: M.px(1.8)), owner: owner)))
            } else {
                nodes.append(.shape(Shape(.line(from, to), style: ShapeStyle(stroke: .curve, strokeWidth: M.px(2.5),
                                                                            dash: isSurvey ? [] : [M.px(7), M.px(5)]), owner: owner)))
                nodes.append(.shape(Shape(.circle(center: Point(x: x + swatch / 2, y: mid), radius: M.pointRadius),
                                          style: ShapeStyle(fill: .pointMid, stroke: .pointStroke, strokeWidth: M.px(1.5)), owner: owner)))
            }
            let textX = x + swatch + M.px(8)
            nodes.append(.text(run(fitted, item.text, x: textX, y: mid - M.legend.size / 2 + M.legend.ascent, line: M.px(16),
                                   font: M.legend, color: .ink, role: .legend, lane: .comparison,
                                   bounds: Rect(x: textX - M.px(1), y: rowTop, width: fitted.width + M.px(2), height: M.legendRow), owner: owner)))
            x += itemWidth + M.px(24)
        }
        if !items.isEmpty { y = rowTop + M.legendRow + M.px(4) }

        let notes = comparisonNotes()
        // A slide runs them on as one paragraph (as its footnote does): a line saved for the lanes.
        for note in profile.compactNotes && notes.count > 1 ? [notes.joined(separator: labels.pick("；", "; "))] : notes {
            let wrapped = TextWrapper.wrap(note, width: plot.width, font: M.footnote)
            nodes.append(.text(run(wrapped, note, x: plot.x, y: y + M.footnote.ascent, line: M.footnoteLine, font: M.footnote,
                                   color: .muted, role: .footnote, lane: .comparison,
                                   bounds: Rect(x: plot.x, y: y, width: plot.width,
                                                height: Self.blockHeight(lines: wrapped.lines.count, font: M.footnote, line: M.footnoteLine)))))
            y += Self.blockHeight(lines: wrapped.lines.count, font: M.footnote, line: M.footnoteLine) + M.px(4)
        }
        curveNodes.append(.group(LayoutGroup(id: "comparison", attributes: [("data-curves", String(curves.count)),
                                                                           ("data-hidden-groups", String(hidden))], children: nodes)))
        addLane(.comparison, top: top, height: y - top, label: findings.comparison != nil ? labels.laneComparison : labels.laneGroups)
        cursor = y + M.laneGap
    }
}
