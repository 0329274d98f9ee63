import JourneyAnalysis
import JourneyModel

extension MapLayoutEngine {
    /// A peak-end callout: which marks it carries and where it goes.
    struct Callout {
        let column: Column
        let marks: [String]
        let text: String
        var above: Bool
        var rect: Rect
        var row: Int
    }

    /// Where a callout's text starts: its names in words, no symbol (a ▲ or ■ there matched no mark on the curve,
    /// and ■ is also the to-be curve's marker).
    var calloutTextOffset: Double { M.px(10) }

    /// Emotion curve lane: scale ticks and grid, the dashed neutral line, the CI band, a monotone cubic through
    /// the scores (dashed for workshop estimates, broken at unrated touchpoints), points coloured by value with
    /// their values beside them, n under them, and peak/trough/End callouts in rows above and below the plot
    /// so they never meet a value label.
    mutating func layoutCurve() {
        let rated = columns.filter { $0.value != nil }
        guard !rated.isEmpty, !hiddenLanes.contains(.curve) else { return }
        let top = cursor
        let scale = journey.scale
        let steps = Double(scale.max - scale.min)
        let wanted = M.plotHeight ?? min(M.px(M.plotMaxHeight), max(M.px(M.plotMinHeight), M.px(steps * 44)))
        // Ticks every step, or every second (third …) one when a low plot would make them touch; never lower than that.
        var tickStep = steps > 7 ? 2 : 1
        while (wanted - 2 * M.plotPadding) / (steps / Double(tickStep)) < M.tick.size * 1.2, tickStep < Int(steps) { tickStep += 1 }
        let plotHeight = max(wanted, 2 * M.plotPadding + (steps / Double(tickStep)).rounded(.up) * M.tick.size * 1.2)
        self.plotHeight = plotHeight

        // Callouts first: their rows decide where the plot starts. A slide sets them inside the plot, beside the
        // curve (placed on a plot at y 0, moved with it); only those that find no room there take a row.
        var callouts = makeCallouts()
        let sides = overlaySides()
        let inside = profile.calloutsInPlot
            ? placeCalloutsInPlot(&callouts, plot: Rect(x: plotLeft, y: 0, width: plotRight - plotLeft, height: plotHeight),
                                  tickStep: tickStep, sides: sides)
            : [:]
        turnAwayFromOverlays(&callouts, skipping: Set(inside.keys), sides: sides)
        let aboveRows = packCallouts(&callouts, above: true, skipping: Set(inside.keys))
        let belowRows = packCallouts(&callouts, above: false, skipping: Set(inside.keys))
        // (a sheet whose plot is set by another sheet takes its share of the page as room around the plot)
        let plotTop = top + (M.curvePadding / 2).rounded(.down) + (aboveRows > 0 ? Double(aboveRows) * M.calloutRow : M.px(6))
        let plot = Rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotHeight)
        plotRect = plot
        func yFor(_ value: Double) -> Double { plotY(value, plot: plot) }
        plotBand = Rect(x: plot.x, y: yFor(Double(scale.max)), width: plot.width, height: yFor(Double(scale.min)) - yFor(Double(scale.max)))
        let belowTop = plot.maxY + (belowRows > 0 ? M.px(6) : 0)
        // (an unrated touchpoint says so in the gap of the curve, not in this row)
        let showSampleRow = columns.contains { $0.finding.n > 0 || $0.finding.suppressed || $0.finding.participantSpread != nil }
        let sampleTop = belowTop + Double(belowRows) * M.calloutRow
        let bottom = sampleTop + (showSampleRow ? M.sampleRow : 0) + M.curvePadding - (M.curvePadding / 2).rounded(.down)

        // The area below the neutral line, shaded so the room sees at once where the journey hurts.
        // It stops at the scale's minimum (the lowest gridline), not at the plot's padding below it.
        let shadeTop = yFor(scale.neutral), shadeBottom = yFor(Double(scale.min))
        drawnMarks.insert(.neutral)
        if shadeBottom > shadeTop {
            drawnMarks.insert(.shade)
            curveNodes.append(.shape(Shape(.rect(Rect(x: plot.x, y: shadeTop, width: plot.width, height: shadeBottom - shadeTop), cornerRadius: 0),
                                           style: ShapeStyle(fill: .pointLow, fillOpacity: Self.shadeOpacity(options.theme)))))
        }
        // Grid, ticks and the neutral line.
        var value = scale.min
        let ruleYs = ruleLines(plot: plot, tickStep: tickStep)
        while value <= scale.max {
            let y = yFor(Double(value))
            curveNodes.append(.shape(Shape(.line(Point(x: plot.x, y: y), Point(x: plot.maxX, y: y)),
                                           style: ShapeStyle(stroke: .grid, strokeWidth: 1))))
            let tick = WrappedText(lines: [String(value)], width: TextMeasurer.width(String(value), font: M.tick), isTruncated: false)
            curveNodes.append(.text(run(tick, String(value), x: plot.x - M.px(8), y: y + M.px(4), line: M.px(12), font: M.tick, anchor: .end,
                                        color: .faint, role: .axisTick, lane: .curve,
                                        bounds: Rect(x: plot.x - M.px(34), y: plot.y, width: M.px(30), height: plot.height))))
            value += tickStep
        }
        let neutralY = yFor(scale.neutral)
        curveNodes.append(.shape(Shape(.line(Point(x: plot.x, y: neutralY), Point(x: plot.maxX, y: neutralY)),
                                       style: ShapeStyle(stroke: .neutralLine, strokeWidth: 1.2, dash: [6, 5]))))

        // Runs of consecutive rated touchpoints: the curve and the band break at gaps.
        var runs: [[Column]] = []
        var current: [Column] = []
        for column in columns {
            if column.value != nil { current.append(column) } else if !current.isEmpty { runs.append(current); current = [] }
        }
        if !current.isEmpty { runs.append(current) }
        // A gap the eye can see: an unrated touchpoint between two rated ones (one at either end just has no point).
        if let first = columns.firstIndex(where: { $0.value != nil }), let last = columns.lastIndex(where: { $0.value != nil }),
           columns[first...last].contains(where: { $0.value == nil }) {
            drawnMarks.insert(.gap)
        }
        for run in runs where run.count >= 2 {
            let withBand = run.allSatisfy { $0.finding.ci95 != nil }
            if withBand {
                let upper = run.map { Point(x: $0.center, y: yFor($0.finding.ci95!.upperBound)) }
                let lower = run.map { Point(x: $0.center, y: yFor($0.finding.ci95!.lowerBound)) }
                var commands = MonotoneCubic.path(through: upper)
                let back = MonotoneCubic.path(through: lower.reversed())
                if case .move(let start) = back.first { commands.append(.line(start)) }
                commands += back.dropFirst()
                commands.append(.close)
                curveNodes.append(.shape(Shape(.path(commands), style: ShapeStyle(fill: .band, fillOpacity: 0.3))))
                drawnMarks.insert(.band)
            }
            drawnMarks.insert(.curve)
            let points = run.map { Point(x: $0.center, y: yFor($0.value!)) }
            curveNodes.append(.shape(Shape(.path(MonotoneCubic.path(through: points)),
                                           style: ShapeStyle(stroke: .curve, strokeWidth: M.px(2.5), dash: isSurvey ? [] : [M.px(7), M.px(5)]))))
        }
        // Single rated touchpoints between gaps still get their band as a bar.
        for run in runs where run.count == 1 {
            if let ci = run[0].finding.ci95 {
                let x = run[0].center
                curveNodes.append(.shape(Shape(.rect(Rect(x: x - M.px(6), y: yFor(ci.upperBound), width: M.px(12),
                                                          height: yFor(ci.lowerBound) - yFor(ci.upperBound)), cornerRadius: 3),
                                               style: ShapeStyle(fill: .band, fillOpacity: 0.3))))
                drawnMarks.insert(.band)
            }
        }

        // Participants' own dots: a whisker from the lowest to the highest score and a box over the quartiles, under the point.
        for column in columns {
            guard let spread = column.finding.participantSpread, column.value != nil else { continue }
            drawnMarks.insert(.spread)
            let x = column.center, half = M.px(5)
            let (top, bottom) = (yFor(spread.max), yFor(spread.min))
            curveNodes.append(.shape(Shape(.line(Point(x: x, y: top), Point(x: x, y: bottom)),
                                           style: ShapeStyle(stroke: .curve, strokeWidth: M.px(1.2)))))
            for y in [top, bottom] {
                curveNodes.append(.shape(Shape(.line(Point(x: x - half / 2, y: y), Point(x: x + half / 2, y: y)),
                                               style: ShapeStyle(stroke: .curve, strokeWidth: M.px(1.2)))))
            }
            let (q3, q1) = (yFor(spread.q3), yFor(spread.q1))
            curveNodes.append(.shape(Shape(.rect(Rect(x: x - half, y: q3, width: 2 * half, height: max(q1 - q3, M.px(1))), cornerRadius: 2),
                                           style: ShapeStyle(fill: .band, fillOpacity: 0.45, stroke: .curve, strokeWidth: M.px(1)))))
        }

        // Points, value labels, n.
        let ownSamples = ownCurveSamples(plot: plot)
        for column in columns {
            var nodes: [LayoutNode] = []
            if let v = column.value {
                let point = Point(x: column.center, y: yFor(v))
                // A pain point with its pill on this page is drawn as the pill's ▼; other points by their printed value.
                let kind = pointKind(column)
                drawnMarks.insert(kind.mark)
                nodes.append(.shape(kind.shape(center: point, radius: M.pointRadius, stroke: M.px(1.5))))
                nodes.append(.text(valueLabel(column, point: point, plot: plot, lines: ruleYs, curve: ownSamples)))
            }
            if column.value == nil, !column.finding.suppressed, column.finding.n == 0 {
                // "not rated" where the curve breaks: in the gap, just above the neutral line (with survey data, an
                // unbound touchpoint has no survey answers: the team's estimate is not mixed in)
                let text = isSurvey ? labels.noSurveyData : labels.unrated
                let fitted = TextWrapper.singleLine(text, width: column.width, font: M.sampleSize)
                let baseline = yFor(scale.neutral) - M.px(5)
                let bounds = Rect(x: column.x, y: baseline - M.sampleSize.ascent - M.px(2), width: column.width, height: M.px(16))
                nodes.append(.text(run(fitted, text, x: column.center, y: baseline, line: M.px(14), font: M.sampleSize, anchor: .middle,
                                       color: .faint, role: .sampleSize, lane: .curve, column: column.index, bounds: bounds)))
            } else if showSampleRow {
                let text: String
                if column.finding.suppressed {
                    text = labels.suppressed(minimum: findings.minimumGroupSize)
                } else if column.value == nil, column.finding.n > 0 {
                    text = labels.distributionOnly(column.finding.n)   // under 10 answers: no mean to draw
                } else if column.finding.n > 0 {
                    text = labels.sampleSize(column.finding.n)
                } else if let spread = column.finding.participantSpread {
                    text = labels.participants(spread)
                } else {
                    text = ""
                }
                if !text.isEmpty {
                    let bounds = Rect(x: column.x, y: sampleTop, width: column.width, height: M.sampleRow)
                    let fitted = TextWrapper.singleLine(text, width: bounds.width, font: M.sampleSize)
                    nodes.append(.text(run(fitted, text, x: column.center, y: sampleTop + M.px(4) + M.sampleSize.ascent, line: M.px(14),
                                           font: M.sampleSize, anchor: .middle, color: .faint, role: .sampleSize, lane: .curve,
                                           column: column.index, bounds: bounds)))
                }
            }
            touchpointNodes[column.index].append(contentsOf: nodes)
        }

        // Callouts with leader lines.
        for (index, callout) in callouts.enumerated() {
            let point = Point(x: callout.column.center, y: yFor(callout.column.value!))
            var rect: Rect
            if let relative = inside[index] {
                rect = relative
                rect.y += plot.y
            } else if callout.above {
                rect = Rect(x: callout.rect.x, y: plot.y - Double(callout.row + 1) * M.calloutRow + (M.calloutRow - M.calloutHeight) - M.px(4),
                            width: callout.rect.width, height: M.calloutHeight)
            } else {
                rect = Rect(x: callout.rect.x, y: belowTop + Double(callout.row) * M.calloutRow + M.px(2),
                            width: callout.rect.width, height: M.calloutHeight)
            }
            // The leader ends where the participants' whisker ends, never drawn over it.
            var reach = markerExtent(callout.column) + M.px(2)
            if let spread = callout.column.finding.participantSpread {
                reach = max(reach, abs((callout.above ? yFor(spread.max) : yFor(spread.min)) - point.y) + M.px(2))
            }
            calloutNodes.append(.group(calloutGroup(callout, rect: rect, point: point, reach: reach)))
        }

        addLane(.curve, top: top, height: bottom - top, label: labels.laneCurve,
                note: isSurvey ? nil : labels.estimateNote, labelTop: plot.y + M.px(4))
        cursor = bottom + M.laneGap
    }

    /// The value beside a point: above-right where the curve leaves downwards, below-right where it rises,
    /// flipped when it would leave the plot, and nudged (staying on its side of the point) so that no gridline or
    /// the neutral line (`lines`, their y) runs through it.
    func valueLabel(_ column: Column, point: Point, plot: Rect, lines: [Double], curve: [Point] = []) -> TextRun {
        // A ranked pain point's value carries its rank, as its pill does; a pain this map draws no pill for
        // (a slide's fourth and later) carries none, so every number on the curve has its pill.
        // (a stage curve's point carries every rank its pill does: "①③ 均值 2.4")
        let ranks = drawnRanks(column)
        // A stage curve's point is a stage mean and says so, when its column has room for the word.
        let prefix = ranks.isEmpty ? "" : MapNumber.circled(ranks) + " "
        let plain = prefix + scoreText(column.value!)
        let named = prefix + labels.stageMeanValue(scoreText(column.value!))
        // The label goes beside the point when it fits in the column, else centred over (or under) it. At a point
        // with a callout the word goes first, before the label leaves the point's side: a centred "①③ mean 2.1" sat
        // under the ▼ where the Lowest point callout hangs, and pushed it aside.
        let hasCallout = !Self.calloutMarks(column.touchpoint.id, findings.peakEnd, labels: labels, stageCurve: options.stageCurve).marks.isEmpty
        let room = hasCallout ? column.x + column.width - (point.x + M.valueOffset + markerExtent(column) - M.pointRadius) : column.width
        let text = options.stageCurve && TextMeasurer.width(named, font: M.value) <= room ? named : plain
        let next = column.index + 1 < columns.count ? columns[column.index + 1].value : nil
        let previous = column.index > 0 ? columns[column.index - 1].value : nil
        var above: Bool
        if let next { above = next <= column.value! } else if let previous { above = previous <= column.value! } else { above = true }
        // The pain ▼ is larger than a dot: its label keeps as far from its edge as a dot's does.
        let extent = markerExtent(column)
        let offset = M.valueOffset + extent - M.pointRadius
        let aboveBaseline = point.y - offset
        let belowBaseline = point.y + offset + M.value.ascent
        if above && aboveBaseline - M.value.ascent < plot.y { above = false }
        if !above && belowBaseline + M.value.descent > plot.maxY { above = true }
        let wrapped = WrappedText(lines: [text], width: TextMeasurer.width(text, font: M.value), isTruncated: false)
        let bounds = Rect(x: column.x, y: plot.y, width: column.width, height: plot.height)
        var baseline = Self.clearBaseline(preferred: above ? aboveBaseline : belowBaseline, above: above, point: point,
                                          plot: plot, lines: lines, font: M.value, pointRadius: extent)
        // No clear place on this side (a tight plot): the other side, when it has one.
        func crossed(_ b: Double) -> Bool { lines.contains { $0 > b - M.value.ascent - 1 && $0 < b + M.value.descent + 1 } }
        if crossed(baseline) {
            let other = Self.clearBaseline(preferred: above ? belowBaseline : aboveBaseline, above: !above, point: point,
                                           plot: plot, lines: lines, font: M.value, pointRadius: extent)
            let top = other - M.value.ascent, bottom = other + M.value.descent
            if !crossed(other), top >= plot.y, bottom <= plot.maxY { baseline = other }
        }
        // The curve itself must not run through a label (second review: "①③ 1.3" at a trough near the plot's foot,
        // flipped above where the curve climbs).
        // (the samples run left to right: the column's are found by bisection, not by a pass over the whole curve
        // for every column, which a 200-touchpoint map would pay 200 times)
        var low = 0, high = curve.count
        while low < high { let mid = (low + high) / 2; if curve[mid].x < column.x { low = mid + 1 } else { high = mid } }
        let near = curve[low...].prefix { $0.x <= column.x + column.width }
        // (3 px clear of the line: the second review found "①③ 1.3" against the curve with 1)
        func crossedByCurve(_ run: TextRun) -> Bool {
            let frame = run.frame.insetBy(dx: -M.px(3), dy: -M.px(3))
            return near.contains { frame.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }
        }
        // A stage point with a callout and no room beside it for the word: the word kept, on the far side of the point
        // from its callout (a low point's hangs below it), where that side has a clear place (second review: the
        // lowest point's "①③ 3.2" was the one label on the slide without "均值").
        if options.stageCurve, hasCallout, text == plain, named != plain {
            let calloutAbove = column.value! >= journey.scale.neutral
            let width = TextMeasurer.width(named, font: M.value)
            let labelled = run(WrappedText(lines: [named], width: width, isTruncated: false), named, x: point.x, y: baseline,
                               line: M.px(14), font: M.value, anchor: .middle, color: .ink, role: .valueLabel, lane: .curve,
                               column: column.index, bounds: bounds)
            let places = valueLabelPlaces(labelled, point: point, extent: extent, offset: offset, sides: [!calloutAbove], steps: 8,
                                          column: bounds, plot: plot, lines: lines)
            if let clear = places.first(where: { !crossedByCurve($0) }) { return clear }
        }
        // Beside the point when it fits in the column, else centred over (or under) it.
        let beside = point.x + offset + wrapped.width <= bounds.maxX
        let label = run(wrapped, text, x: beside ? point.x + offset : point.x, y: baseline, line: M.px(14),
                        font: M.value, anchor: beside ? .start : .middle, color: .ink, role: .valueLabel, lane: .curve,
                        column: column.index, bounds: bounds)
        // Crossed by the curve: to the point's left, or centred over it, whichever the curve leaves clear.
        guard crossedByCurve(label) else { return label }
        // (then a little further out, on its side first, then on the other)
        let isAbove = baseline < point.y
        let places = valueLabelPlaces(label, point: point, extent: extent, offset: offset, sides: [isAbove, !isAbove], steps: 4,
                                      column: bounds, plot: plot, lines: lines)
        return places.first { !crossedByCurve($0) } ?? label
    }

    /// Where a value label may go instead, nearest first: on each of `sides` (true: above the point), at `steps`
    /// distances 5 px apart from `offset`, clear of the gridlines and the neutral line (`lines`), to the point's right,
    /// its left and centred over it; each inside `column` and the plot, and never on the point's marker.
    func valueLabelPlaces(_ label: TextRun, point: Point, extent: Double, offset: Double, sides: [Bool], steps: Int,
                          column: Rect, plot: Rect, lines: [Double]) -> [TextRun] {
        var places: [TextRun] = []
        for above in sides {
            for step in 0..<steps {
                let distance = offset + Double(step) * M.px(5)
                let preferred = above ? point.y - distance : point.y + distance + M.value.ascent
                let baseline = Self.clearBaseline(preferred: preferred, above: above, point: point, plot: plot, lines: lines,
                                                  font: M.value, pointRadius: extent)
                for (x, anchor) in [(point.x + offset, TextAnchor.start), (point.x - offset, .end), (point.x, .middle)] {
                    var place = label
                    place.x = x
                    place.anchor = anchor
                    place.y = baseline
                    let frame = place.frame
                    guard frame.x >= column.x, frame.maxX <= column.maxX, frame.y >= plot.y, frame.maxY <= plot.maxY,
                          !lines.contains(where: { $0 > frame.y && $0 < frame.maxY }),
                          anchor != .middle || !(frame.y < point.y + extent && frame.maxY > point.y - extent)
                    else { continue }
                    places.append(place)
                }
            }
        }
        return places
    }

    /// Points along the journey's own curve, every 3 px (its runs of rated touchpoints), left to right (a monotone
    /// cubic's x never turns back), for the value labels to keep clear of.
    func ownCurveSamples(plot: Rect) -> [Point] {
        var samples: [Point] = [], run: [Point] = []
        for column in columns {
            if let v = column.value { run.append(Point(x: column.center, y: plotY(v, plot: plot))); continue }
            if run.count >= 2 { samples += Self.curveSamples(through: run, step: M.px(3)) }
            run = []
        }
        if run.count >= 2 { samples += Self.curveSamples(through: run, step: M.px(3)) }
        return samples
    }

    /// How the column's point is drawn (`CurvePointKind`): a pain point is a ▼ even where the page draws no pill for
    /// it (a slide's pains beyond its top three, named in the footnote), never "below neutral, not a pain point".
    func pointKind(_ column: Column) -> CurvePointKind {
        let pain = column.finding.findingClass == .pain && !column.finding.suppressed
            && (showsPill(column) || profile.maxPains != nil)
        return CurvePointKind.of(value: column.value ?? journey.scale.neutral, neutral: journey.scale.neutral, isPain: pain)
    }

    /// How far the column's point reaches from its centre (a pain ▼ is larger than a dot).
    func markerExtent(_ column: Column) -> Double {
        pointKind(column) == .pain ? M.pointRadius * 1.45 : M.pointRadius
    }

    /// Peak, high point, trough and End callouts, one per touchpoint (marks joined when they coincide).
    func makeCallouts() -> [Callout] {
        let summary = findings.peakEnd
        var result: [Callout] = []
        for column in columns where column.value != nil {
            let (marks, names) = Self.calloutMarks(column.touchpoint.id, summary, labels: labels, stageCurve: options.stageCurve)
            guard !marks.isEmpty else { continue }
            let text = names.joined(separator: " · ")
            let above = column.value! >= journey.scale.neutral
            let width = calloutTextOffset + TextMeasurer.width(text, font: M.callout) + M.px(10)
            let x = min(max(column.center - width / 2, plotLeft), plotRight - width)
            result.append(Callout(column: column, marks: marks, text: text, above: above,
                                  rect: Rect(x: x, y: 0, width: width, height: M.calloutHeight), row: 0))
        }
        return result
    }

    /// The peak-end marks of a touchpoint (`peak`, `high`, `trough`, `end`) and their names as its callout says them.
    /// The most intense moment is usually the lowest or the highest point: then one name says both, never
    /// "peak · trough" on one point. The highest point is marked too when the most intense moment is a low,
    /// so a map never leaves its best moment unlabelled.
    static func calloutMarks(_ id: String, _ summary: PeakEndSummary, labels: MapLabels,
                             stageCurve: Bool = false) -> (marks: [String], names: [String]) {
        var marks: [String] = []
        var names: [String] = []
        let isPeak = summary.peakID == id, isTrough = summary.troughID == id, isBest = summary.bestID == id
        if isPeak && isTrough {
            marks += ["peak", "trough"]; names.append(labels.lowestAndMostIntense)
        } else if isPeak && isBest {
            marks += ["peak", "high"]; names.append(labels.highestAndMostIntense)
        } else {
            if isPeak { marks.append("peak"); names.append(labels.peak) }
            if isBest { marks.append("high"); names.append(labels.high) }
            if isTrough { marks.append("trough"); names.append(labels.trough) }
        }
        // (a stage curve's last point is a stage mean: "End" there would contradict the box's end score)
        if summary.endID == id { marks.append("end"); names.append(stageCurve ? labels.lastStage : labels.end) }
        return (marks, names)
    }

    /// Assigns rows so that callouts on the same side never overlap (leaving out those placed inside the plot);
    /// returns the number of rows used.
    func packCallouts(_ callouts: inout [Callout], above: Bool, skipping placed: Set<Int> = []) -> Int {
        var rowsRight: [Double] = []
        for index in callouts.indices where callouts[index].above == above && !placed.contains(index) {
            let rect = callouts[index].rect
            if let row = rowsRight.firstIndex(where: { $0 + 8 <= rect.x }) {
                callouts[index].row = row
                rowsRight[row] = rect.maxX
            } else {
                callouts[index].row = rowsRight.count
                rowsRight.append(rect.maxX)
            }
        }
        return rowsRight.count
    }

    /// A callout: dark box with the mark's name, and a leader line to the point.
    /// The leader stops `reach` short of the point (its marker, or the end of its participants' whisker).
    func calloutGroup(_ callout: Callout, rect: Rect, point: Point, reach: Double) -> LayoutGroup {
        let owner = "callout-\(callout.column.index)"
        var nodes: [LayoutNode] = []
        if rect.x <= point.x && rect.maxX >= point.x {
            let leaderStart = Point(x: point.x, y: callout.above ? rect.maxY : rect.y)
            let leaderEnd = Point(x: point.x, y: callout.above ? point.y - reach : point.y + reach)
            if (callout.above && leaderEnd.y > leaderStart.y) || (!callout.above && leaderEnd.y < leaderStart.y) {
                nodes.append(.shape(Shape(.line(leaderStart, leaderEnd), style: ShapeStyle(stroke: .leader, strokeWidth: M.px(1.2)))))
            }
        } else {
            // beside the point: a slanted leader from the marker's edge to the callout's nearer side
            let end = Self.leaderEnd(rect, from: point)
            let length = Self.distance(point, end)
            let edge = markerExtent(callout.column) + M.px(2)
            if length > edge {
                let start = Point(x: point.x + (end.x - point.x) * edge / length, y: point.y + (end.y - point.y) * edge / length)
                nodes.append(.shape(Shape(.line(start, end), style: ShapeStyle(stroke: .leader, strokeWidth: M.px(1.2)))))
            }
        }
        nodes.append(.shape(Shape(.rect(rect, cornerRadius: rect.height / 2), style: ShapeStyle(fill: .calloutFill),
                                  obstacle: true, owner: owner)))
        let wrapped = WrappedText(lines: [callout.text], width: TextMeasurer.width(callout.text, font: M.callout), isTruncated: false)
        let textX = rect.x + calloutTextOffset
        nodes.append(.text(run(wrapped, callout.text, x: textX, y: rect.y + (rect.height - M.callout.size) / 2 + M.callout.ascent,
                               line: M.px(14), font: M.callout, color: .calloutInk, role: .callout, lane: .curve,
                               bounds: Rect(x: textX - 1, y: rect.y, width: rect.maxX - textX + 1, height: rect.height), owner: owner)))
        return LayoutGroup(id: "callout-" + Self.xmlID(callout.column.touchpoint.id),
                           attributes: [("data-marks", callout.marks.joined(separator: " ")),
                                        ("data-touchpoint", callout.column.touchpoint.id)],
                           children: nodes)
    }

    /// The baseline nearest `preferred` at which a one-line label of `font` crosses none of the horizontal `lines`
    /// (1 px clearance), stays inside the plot and on its side of the point; `preferred` when there is none.
    static func clearBaseline(preferred: Double, above: Bool, point: Point, plot: Rect, lines: [Double], font: FontSpec,
                              pointRadius: Double) -> Double {
        let clearance = 1.0
        func fits(_ baseline: Double) -> Bool {
            let top = baseline - font.ascent, bottom = baseline + font.descent
            guard top >= plot.y, bottom <= plot.maxY else { return false }
            if above ? bottom > point.y - pointRadius : top < point.y + pointRadius { return false }
            return !lines.contains { $0 > top - clearance && $0 < bottom + clearance }
        }
        if fits(preferred) { return preferred }
        var candidates: [Double] = []
        for y in lines {
            candidates.append(y - clearance - 0.5 - font.descent)   // just above the line
            candidates.append(y + clearance + 0.5 + font.ascent)    // just below it
        }
        return candidates.filter(fits).min { abs($0 - preferred) < abs($1 - preferred) } ?? preferred
    }

    /// How strongly the area below the neutral line is shaded: 8 % of the low points' colour on a light page, 18 % on
    /// the dark theme, where 8 % of orange on near-black (contrast 1.1 : 1) vanished on a projector (third review);
    /// 18 % gives 1.36 : 1 with the page, and keeps 11.5 : 1 for the ink and 5.6 : 1 for the pain markers on it.
    static func shadeOpacity(_ theme: MapTheme) -> Double { theme == .dark ? 0.18 : 0.08 }
}
