import JourneyAnalysis
import JourneyModel

extension MapLayoutEngine {
    /// One legend entry: a symbol drawn at an origin, and its text.
    struct LegendItem {
        let symbolWidth: Double
        let text: String
        let draw: (Point) -> [Shape]
    }

    /// Legend of the marks that appear, the method note, the anonymity note with survey data (or the estimate
    /// note without), and "made with journeymap" (with the date only when asked for).
    mutating func layoutLegend() {
        let top = cursor
        let contentWidth = width - 2 * M.margin
        legendNodes.append(.shape(Shape(.line(Point(x: M.margin, y: top), Point(x: width - M.margin, y: top)),
                                        style: ShapeStyle(stroke: .rule, strokeWidth: 1))))
        var y = top + M.px(12)
        let items = legendItems()
        var x = M.margin
        var rowTop = y
        for (index, item) in items.enumerated() {
            let fitted = TextWrapper.singleLine(item.text, width: contentWidth - item.symbolWidth - M.px(6), font: M.legend)
            let itemWidth = item.symbolWidth + M.px(6) + fitted.width
            if x > M.margin && x + itemWidth > width - M.margin {
                x = M.margin
                rowTop += M.legendRow
            }
            let mid = rowTop + M.legendRow / 2
            let owner = "legend-\(index)"
            for shape in item.draw(Point(x: x, y: mid)) {
                var shape = shape
                shape.owner = owner
                legendNodes.append(.shape(shape))
            }
            let textX = x + item.symbolWidth + M.px(6)
            legendNodes.append(.text(run(fitted, item.text, x: textX, y: mid - M.legend.size / 2 + M.legend.ascent, line: M.px(16),
                                         font: M.legend, color: .muted, role: .legend, lane: .legend,
                                         bounds: Rect(x: textX - M.px(1), y: rowTop, width: fitted.width + M.px(2), height: M.legendRow),
                                         owner: owner)))
            x += itemWidth + M.px(22)
        }
        y = rowTop + M.legendRow + M.px(6)

        var notes: [String] = []
        if hasScores {
            notes.append(labels.methodNote(perRespondent: isSurvey))
            if findings.touchpoints.contains(where: { $0.findingClass == .pain && $0.severity != nil && !$0.suppressed }) {
                notes.append(labels.severityNote(isEstimate: !isSurvey))
            }
            notes.append(isSurvey ? labels.anonymityNote(findings.minimumGroupSize) : labels.estimateNoteLong)
        } else {
            notes.append(labels.noScoresNote)
            if isSurvey { notes.append(labels.anonymityNote(findings.minimumGroupSize)) }
        }
        // A slide keeps the privacy (or estimate) note: the method and severity notes are for the document view.
        if profile.compactNotes {
            let documentOnly: Set<String> = [labels.methodNote(perRespondent: isSurvey), labels.severityNote(isEstimate: !isSurvey)]
            notes.removeAll(where: documentOnly.contains)
        }
        if findings.touchpoints.contains(where: { $0.participantSpread != nil }) {
            notes.append(labels.participantsNote(disagreementRange: MapNumber.format(Double(journey.scale.max - journey.scale.min) / 2)))
        }
        if options.stageCurve { notes.insert(labels.stageCurveNote, at: 0) }
        if let generated = labels.generated(options.stamp, credit: options.credit) { notes.append(generated) }
        for note in notes {
            let wrapped = TextWrapper.wrap(note, width: contentWidth, font: M.footnote, maxLines: M.footnoteMaxLines)
            let baseline = y + M.footnote.ascent
            let height = Self.blockHeight(lines: wrapped.lines.count, font: M.footnote, line: M.footnoteLine)
            legendNodes.append(.text(run(wrapped, note, x: M.margin, y: baseline, line: M.footnoteLine, font: M.footnote,
                                         color: .faint, role: .footnote, lane: .legend,
                                         bounds: Rect(x: M.margin, y: y - M.px(1), width: contentWidth, height: height + M.px(2)))))
            y += height + M.px(5)
        }
        lanes.append(LaneFrame(kind: .legend, rect: Rect(x: 0, y: top, width: width, height: y - top)))
        cursor = y
    }

    /// The legend entries for the marks present on this map.
    func legendItems() -> [LegendItem] {
        var items: [LegendItem] = []
        let mots = columns.map(\.finding.mot)
        if mots.contains(where: \.declared) {
            items.append(LegendItem(symbolWidth: 14, text: labels.legendMOT) { p in
                [Shape(MarkShapes.star(center: Point(x: p.x + 7, y: p.y), radius: 7), style: ShapeStyle(fill: .motFill))]
            })
        }
        if mots.contains(where: { $0.suggested && !$0.declared }) {
            items.append(LegendItem(symbolWidth: 14, text: labels.legendSuggested(isSurvey: isSurvey)) { p in
                [Shape(MarkShapes.star(center: Point(x: p.x + 7, y: p.y), radius: 7),
                       style: ShapeStyle(fill: .background, stroke: .suggestedStroke, strokeWidth: 1.2, dash: [2, 1.5]))]
            })
        }
        let classes = Set(columns.filter { !$0.finding.suppressed && shownFindings.contains($0.finding.id) }.map(\.finding.findingClass))
        if classes.contains(.pain) {
            items.append(LegendItem(symbolWidth: 22, text: labels.legendPain) { p in
                [Shape(.rect(Rect(x: p.x, y: p.y - 7, width: 22, height: 14), cornerRadius: 2),
                       style: ShapeStyle(fill: .painFill, stroke: .pain, strokeWidth: 1.5, hatched: true)),
                 Shape(.rect(Rect(x: p.x + 5, y: p.y - 4.5, width: 12, height: 9), cornerRadius: 1), style: ShapeStyle(fill: .painPlate)),
                 Shape(MarkShapes.triangleDown(center: Point(x: p.x + 11, y: p.y), size: 8), style: ShapeStyle(fill: .painInk))]
            })
        }
        if !findings.painRanks.isEmpty {
            items.append(LegendItem(symbolWidth: 0, text: labels.legendRank) { _ in [] })
        }
        if classes.contains(.pleasure) {
            items.append(LegendItem(symbolWidth: 22, text: labels.legendPleasure) { p in
                [Shape(.rect(Rect(x: p.x, y: p.y - 7, width: 22, height: 14), cornerRadius: 7),
                       style: ShapeStyle(fill: .pleasureFill, stroke: .pleasure, strokeWidth: 1.2)),
                 Shape(MarkShapes.dot(center: Point(x: p.x + 11, y: p.y), size: 7), style: ShapeStyle(fill: .pleasureInk))]
            })
        }
        if classes.contains(.itch) {
            items.append(LegendItem(symbolWidth: 22, text: labels.legendItch) { p in
                [Shape(.rect(Rect(x: p.x, y: p.y - 7, width: 22, height: 14), cornerRadius: 5),
                       style: ShapeStyle(fill: .itchFill, stroke: .itch, strokeWidth: 1.2, dash: [3, 2])),
                 Shape(MarkShapes.diamond(center: Point(x: p.x + 11, y: p.y), size: 8), style: ShapeStyle(fill: .itchInk))]
            })
        }
        if M.compactLegend, columns.contains(where: { $0.value != nil }) {
            // A slide: the curve and the neutral line only; callouts and values label themselves.
            items.append(LegendItem(symbolWidth: 28, text: isSurvey ? labels.legendSurveyCurve : labels.legendEstimateCurve) { [isSurvey] p in
                [Shape(.line(Point(x: p.x, y: p.y), Point(x: p.x + 28, y: p.y)),
                       style: ShapeStyle(stroke: .curve, strokeWidth: 2.5, dash: isSurvey ? [] : [7, 5]))]
            })
            items.append(LegendItem(symbolWidth: 28, text: labels.legendNeutral(journey.scale.neutral)) { p in
                [Shape(.line(Point(x: p.x, y: p.y), Point(x: p.x + 28, y: p.y)),
                       style: ShapeStyle(stroke: .neutralLine, strokeWidth: 1.2, dash: [6, 5]))]
            })
        } else if columns.contains(where: { $0.value != nil }) {
            items.append(LegendItem(symbolWidth: 28, text: isSurvey ? labels.legendSurveyCurve : labels.legendEstimateCurve) { [isSurvey] p in
                [Shape(.line(Point(x: p.x, y: p.y), Point(x: p.x + 28, y: p.y)),
                       style: ShapeStyle(stroke: .curve, strokeWidth: 2.5, dash: isSurvey ? [] : [7, 5]))]
            })
            if columns.contains(where: { $0.value != nil && $0.finding.ci95 != nil }) {
                items.append(LegendItem(symbolWidth: 28, text: labels.legendBand) { p in
                    [Shape(.rect(Rect(x: p.x, y: p.y - 6, width: 28, height: 12), cornerRadius: 2),
                           style: ShapeStyle(fill: .band, fillOpacity: 0.3))]
                })
            }
            items.append(LegendItem(symbolWidth: 28, text: labels.legendNeutral(journey.scale.neutral)) { p in
                [Shape(.line(Point(x: p.x, y: p.y), Point(x: p.x + 28, y: p.y)),
                       style: ShapeStyle(stroke: .neutralLine, strokeWidth: 1.2, dash: [6, 5]))]
            })
            items.append(LegendItem(symbolWidth: 28, text: labels.legendBelowNeutral) { p in
                [Shape(.rect(Rect(x: p.x, y: p.y - 6, width: 28, height: 12), cornerRadius: 2),
                       style: ShapeStyle(fill: .pointLow, fillOpacity: 0.08))]
            })
            // Point colours follow the printed value, so a below-neutral point is explained apart from the pain pill.
            let shownValues = columns.compactMap { $0.value.map { ($0 * 10).rounded() / 10 } }
            let neutral = journey.scale.neutral
            let points: [(Bool, String, ColorRole)] = [
                (shownValues.contains { $0 >= neutral + 0.5 }, labels.legendPointHigh, .pointHigh),
                (shownValues.contains { $0 > neutral - 0.5 && $0 < neutral + 0.5 }, labels.legendPointMid, .pointMid),
                (shownValues.contains { $0 <= neutral - 0.5 }, labels.legendPointLow, .pointLow),
            ]
            for (present, text, fill) in points where present {
                items.append(LegendItem(symbolWidth: 12, text: text) { p in
                    [Shape(.circle(center: Point(x: p.x + 6, y: p.y), radius: M.pointRadius),
                           style: ShapeStyle(fill: fill, stroke: .pointStroke, strokeWidth: 1.5))]
                })
            }
            if columns.contains(where: { $0.value == nil }) {
                items.append(LegendItem(symbolWidth: 28, text: labels.legendGap) { [isSurvey] p in
                    [Shape(.line(Point(x: p.x, y: p.y), Point(x: p.x + 9, y: p.y)),
                           style: ShapeStyle(stroke: .curve, strokeWidth: 2.5, dash: isSurvey ? [] : [4, 3])),
                     Shape(.line(Point(x: p.x + 19, y: p.y), Point(x: p.x + 28, y: p.y)),
                           style: ShapeStyle(stroke: .curve, strokeWidth: 2.5, dash: isSurvey ? [] : [4, 3]))]
                })
            }
            let marks: [(String, (Point) -> Geometry)] = [
                (labels.legendUp, { MarkShapes.triangleUp(center: $0, size: 11) }),
                (labels.legendDown, { MarkShapes.triangleDown(center: $0, size: 11) }),
                (labels.end, { MarkShapes.square(center: $0, size: 12) }),
            ]
            for (text, shape) in marks {
                items.append(LegendItem(symbolWidth: 12, text: text) { p in
                    [Shape(shape(Point(x: p.x + 6, y: p.y)), style: ShapeStyle(fill: .calloutFill))]
                })
            }
        }
        return items
    }
}
