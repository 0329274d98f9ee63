import JourneyAnalysis
import JourneyModel

extension MapLayoutEngine {
    /// One legend entry: a symbol drawn at an origin, and its text.
    struct LegendItem {
        let mark: MapMark
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
            var entry: [LayoutNode] = []
            for shape in item.draw(Point(x: x, y: mid)) {
                var shape = shape
                shape.owner = owner
                entry.append(.shape(shape))
            }
            let textX = x + item.symbolWidth + M.px(6)
            entry.append(.text(run(fitted, item.text, x: textX, y: mid - M.legend.size / 2 + M.legend.ascent, line: M.px(16),
                                   font: M.legend, color: .muted, role: .legend, lane: .legend,
                                   bounds: Rect(x: textX - M.px(1), y: rowTop, width: fitted.width + M.px(2), height: M.legendRow),
                                   owner: owner)))
            legendNodes.append(.group(LayoutGroup(attributes: [("data-legend", item.mark.rawValue)], children: entry)))
            x += itemWidth + M.px(M.compactLegend ? 12 : 22)
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
        // A slide keeps the privacy (or estimate) note: the method and severity notes are for the document view. A
        // full print sheet that shows severities keeps one line saying what they mean (the box states the formula).
        if profile.compactNotes {
            let severity = labels.severityNote(isEstimate: !isSurvey)
            let showsSeverity = notes.contains(severity) && profile.size != .slide && M.showsSeverityText
                && !hiddenLanes.contains(.findings)
            let documentOnly: Set<String> = [labels.methodNote(perRespondent: isSurvey), severity]
            notes.removeAll(where: documentOnly.contains)
            if showsSeverity { notes.insert(labels.severityNoteShort, at: 0) }
        }
        if findings.touchpoints.contains(where: { $0.participantSpread != nil }) {
            let range = MapNumber.format(Double(journey.scale.max - journey.scale.min) / 2)
            // a slide's legend draws the box and whisker: its note keeps what "split" means and why no minimum applies
            notes.append(profile.compactNotes ? labels.participantsNoteShort(disagreementRange: range) : labels.participantsNote(disagreementRange: range))
        }
        if options.stageCurve { notes.insert(labels.stageCurveNote(namingEnd: options.stageCardNamesEnd) + labels.ranksInside(hiddenRanks()), at: 0) }
        // A slide that gave up its subtitle keeps its data and scale in the footnote ("n = 260 · survey · scale 1–7"):
        // a room must know what the curve's numbers are. The persona's first part follows: whose journey it is
        // (the fourth review: the `--by team` slides named no persona anywhere).
        if !M.showsSubtitle, hasScores {
            let data = isSurvey ? labels.surveyDataLine(findings) : labels.estimateDataLine
            let persona = journey.persona.map(TextSanitizer.displayText).flatMap { $0.isEmpty ? nil : Self.personaHeads($0).last ?? $0 }
            notes.insert(labels.dataAndScaleNote(data, labels.scaleLine(journey.scale), persona: persona), at: 0)
        }
        let unlabelled = unlabelledPains()
        if profile.maxPains != nil, !unlabelled.isEmpty {
            let numbered = (drawnPainRanks() + hiddenRanks().map(\.rank)).max() ?? 0
            notes.insert(labels.unlabelledPains(unlabelled, numbered: numbered), at: options.stageCurve ? 1 : 0)
        }
        // (a slide with no comparison lane: what Δ is, hidden groups, a mapped scale)
        if !hasComparisonLane, !hiddenLanes.contains(.curve), case let comparison = comparisonNotes(), !comparison.isEmpty {
            // one sentence, as the footnote's others are
            let sentence = comparison.joined(separator: labels.pick("；", "; "))
            notes.append(sentence + (sentence.hasSuffix(labels.pick("。", ".")) ? "" : labels.pick("。", ".")))
        }
        // (a slide that had to leave out its actions lane says so: a room must not think there are none)
        if profile.size == .slide, hiddenLanes.contains(.actions) {
            let actions = journey.touchpoints.reduce(0) { $0 + $1.actions.filter { !TextSanitizer.displayText($0.title).isEmpty }.count }
            if actions > 0 { notes.append(labels.actionsNotOnSlide(actions)) }
        }
        if let generated = labels.generated(options.stamp, credit: options.credit) { notes.append(generated) }
        // A slide runs its few notes on as one paragraph: sentences, not a list, and a line saved for the lanes.
        if profile.compactNotes, notes.count > 1 { notes = [notes.joined(separator: labels.pick("", " "))] }
        for note in notes {
            // never cut: a footnote says what the numbers mean
            let wrapped = TextWrapper.wrap(note, width: contentWidth, font: M.footnote)
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

    /// The pain ranks this page's pills carry, as the whole journey numbers them.
    func drawnPainRanks() -> [Int] {
        columns.flatMap(drawnRanks)
    }

    /// A stage curve's ranks below the last one drawn that sit inside a drawn stage, behind its lead ("①②④": where ③ is).
    func hiddenRanks() -> [(rank: Int, stage: String)] {
        let drawn = drawnPainRanks()
        return (1..<max(1, drawn.max() ?? 0)).filter { !drawn.contains($0) }.compactMap { rank in
            columns.first { options.stageCompanionRanks[$0.finding.id]?.contains(rank) == true }
                .flatMap { column in journey.stages.first { $0.id == column.finding.stageID }?.name }
                .map { (rank: rank, stage: $0) }
        }
    }

    /// On a slide, the journey's pain ranks that neither a pill nor the footnote's "③ in Morning peak" names (beyond
    /// the profile's top ones), in rank order, each with the stage or touchpoint whose ▼ it is (nil: inside a stage
    /// behind its lead).
    func unlabelledPains() -> [(rank: Int, place: String?)] {
        guard profile.maxPains != nil else { return [] }
        let named = Set(drawnPainRanks()).union(hiddenRanks().map(\.rank))
        var places: [Int: String] = [:]
        for column in columns where column.finding.findingClass == .pain && !column.finding.suppressed {
            guard let rank = painRanks[column.finding.id] else { continue }
            // a stage curve's point is its stage; a touchpoint curve's, the touchpoint
            places[rank] = options.stageCurve ? (journey.stages.first { $0.id == column.finding.stageID }?.name ?? column.touchpoint.name)
                                              : column.touchpoint.name
        }
        let all = Set(painRanks.values).union(options.stageCompanionRanks.values.joined())
        return all.subtracting(named).sorted().map { (rank: $0, place: places[$0]) }
    }

    /// The legend entries for the marks drawn on this page (`drawnMarks`), symbols at this size's scale. A short
    /// legend leaves out the shading and the pills, which name themselves; no legend keys the callouts (words only).
    func legendItems() -> [LegendItem] {
        let p = M.px
        // (nor the pills: on a slide they say 痛点 / 爽点 in words)
        let compactOnly: Set<MapMark> = [.shade, .painPill, .pleasurePill, .itchPill]
        // the ranks the pills of this page carry, as the whole journey numbers them
        let drawnRanks = drawnPainRanks()
        let isSurvey = self.isSurvey
        func line(_ stroke: ColorRole, _ width: Double, _ dash: [Double]) -> (Point) -> [Shape] {
            { o in [Shape(.line(Point(x: o.x, y: o.y), Point(x: o.x + p(28), y: o.y)), style: ShapeStyle(stroke: stroke, strokeWidth: p(width), dash: dash.map(p)))] }
        }
        func swatch(_ style: ShapeStyle) -> (Point) -> [Shape] {
            { o in [Shape(.rect(Rect(x: o.x, y: o.y - p(6), width: p(28), height: p(12)), cornerRadius: p(2)), style: style)] }
        }
        func point(_ kind: CurvePointKind) -> (Point) -> [Shape] {
            { o in [kind.shape(center: Point(x: o.x + p(7), y: o.y), radius: M.pointRadius, stroke: p(1.5))] }
        }
        func pill(radius: Double, fill: ColorRole, stroke: ColorRole, dash: [Double], hatched: Bool, plate: Bool,
                  ink: ColorRole, symbol: @escaping (Point, Double) -> Geometry) -> (Point) -> [Shape] {
            { o in
                var shapes = [Shape(.rect(Rect(x: o.x, y: o.y - p(7), width: p(22), height: p(14)), cornerRadius: p(radius)),
                                    style: ShapeStyle(fill: fill, stroke: stroke, strokeWidth: p(1.4), dash: dash.map(p), hatched: hatched))]
                if plate { shapes.append(Shape(.rect(Rect(x: o.x + p(5), y: o.y - p(4.5), width: p(12), height: p(9)), cornerRadius: p(1)), style: ShapeStyle(fill: .painPlate))) }
                shapes.append(Shape(symbol(Point(x: o.x + p(11), y: o.y), p(8)), style: ShapeStyle(fill: ink)))
                return shapes
            }
        }
        let entries: [(MapMark, Double, String, (Point) -> [Shape])] = [
            (.mot, 14, labels.legendMOT, { o in [Shape(MarkShapes.star(center: Point(x: o.x + p(7), y: o.y), radius: p(7)), style: ShapeStyle(fill: .motFill))] }),
            (.suggestedMOT, 14, labels.legendSuggested(isSurvey: isSurvey), { o in
                [Shape(MarkShapes.star(center: Point(x: o.x + p(7), y: o.y), radius: p(7)),
                       style: ShapeStyle(fill: .background, stroke: .suggestedStroke, strokeWidth: p(1.2), dash: [p(2), p(1.5)]))] }),
            (.painPill, 22, labels.legendPain, pill(radius: 2, fill: .painFill, stroke: .pain, dash: [], hatched: true, plate: true, ink: .painInk,
                                                     symbol: { MarkShapes.triangleDown(center: $0, size: $1) })),
            (.rank, 0, labels.legendRank(drawnRanks), { _ in [] }),
            (.pleasurePill, 22, labels.legendPleasure, pill(radius: 7, fill: .pleasureFill, stroke: .pleasure, dash: [], hatched: false, plate: false,
                                                             ink: .pleasureInk, symbol: { MarkShapes.dot(center: $0, size: $1 * 0.9) })),
            (.itchPill, 22, labels.legendItch, pill(radius: 5, fill: .itchFill, stroke: .itch, dash: [3, 2], hatched: false, plate: false,
                                                     ink: .itchInk, symbol: { MarkShapes.diamond(center: $0, size: $1) })),
            (.curve, 28, isSurvey ? labels.legendSurveyCurve : labels.legendEstimateCurve, line(.curve, 2.5, isSurvey ? [] : [7, 5])),
            (.band, 28, labels.legendBand, swatch(ShapeStyle(fill: .band, fillOpacity: 0.3))),
            (.neutral, 28, labels.legendNeutral(journey.scale.neutral), line(.neutralLine, 1.2, [6, 5])),
            (.shade, 28, labels.legendBelowNeutral, swatch(ShapeStyle(fill: .pointLow, fillOpacity: Self.shadeOpacity(options.theme)))),
            (.painPoint, 14, labels.legendPointPain, point(.pain)),
            (.pointHigh, 14, labels.legendPointHigh, point(.high)),
            (.pointMid, 14, labels.legendPointMid, point(.mid)),
            (.pointLow, 14, labels.legendPointLow, point(.low)),
            (.gap, 28, labels.legendGap, { o in
                [Shape(.line(Point(x: o.x, y: o.y), Point(x: o.x + p(9), y: o.y)), style: ShapeStyle(stroke: .curve, strokeWidth: p(2.5))),
                 Shape(.line(Point(x: o.x + p(19), y: o.y), Point(x: o.x + p(28), y: o.y)), style: ShapeStyle(stroke: .curve, strokeWidth: p(2.5)))] }),
            (.spread, 12, labels.legendSpread, { o in
                [Shape(.line(Point(x: o.x + p(6), y: o.y - p(8)), Point(x: o.x + p(6), y: o.y + p(8))), style: ShapeStyle(stroke: .curve, strokeWidth: p(1.2))),
                 Shape(.rect(Rect(x: o.x + p(1), y: o.y - p(4), width: p(10), height: p(8)), cornerRadius: 2),
                       style: ShapeStyle(fill: .band, fillOpacity: 0.45, stroke: .curve, strokeWidth: p(1)))] }),
        ]
        var items = entries.filter { drawnMarks.contains($0.0) && !(M.compactLegend && compactOnly.contains($0.0)) }
            .map { LegendItem(mark: $0.0, symbolWidth: p($0.1), text: $0.2, draw: $0.3) }
        // A slide with comparison (or `--by`) curves keys them here: the journey's own curve by its name, then each
        // other one with its dash and marker.
        let overlays = seriesInLegend && !hiddenLanes.contains(.curve) ? overlayCurves().curves : []
        if !overlays.isEmpty, let own = items.firstIndex(where: { $0.mark == .curve }) {
            let ownDraw = items[own].draw
            let width = p(28)
            items[own] = LegendItem(mark: .curve, symbolWidth: width, text: ownSeriesLabel, draw: { o in
                ownDraw(o) + [Shape(.circle(center: Point(x: o.x + width / 2, y: o.y), radius: M.pointRadius),
                                    style: ShapeStyle(fill: .pointMid, stroke: .pointStroke, strokeWidth: p(1.5)))]
            })
            let others = overlays.enumerated().map { slot, curve in
                LegendItem(mark: .curve, symbolWidth: width, text: curve.label, draw: { o in
                    [Shape(.line(o, Point(x: o.x + width, y: o.y)), style: ShapeStyle(stroke: .series(slot), strokeWidth: p(2), dash: overlayDash(slot))),
                     Shape(overlayMarker(slot, at: Point(x: o.x + width / 2, y: o.y)),
                           style: ShapeStyle(fill: .background, stroke: .series(slot), strokeWidth: p(1.8)))]
                })
            }
            items.insert(contentsOf: others, at: own + 1)
        }
        // (a slide's MOT badges say "★ MOT" / "☆ Suggested MOT" in words: its legend leaves them out; callouts name
        // themselves in words on every size and have no entry)
        if profile.size == .slide { items.removeAll { $0.mark == .mot || $0.mark == .suggestedMOT } }
        // A short legend keys the pain ▼ on the curve and the ranks in one entry ("▼ ①②③④ = 痛点，按严重度排序"):
        // one item less in the row, which kept the actions lane of the `--by tenure` slide.
        if M.compactLegend, let rank = items.firstIndex(where: { $0.mark == .rank }),
           let pain = items.firstIndex(where: { $0.mark == .painPoint }) {
            let symbol = items[pain]
            items[rank] = LegendItem(mark: .rank, symbolWidth: symbol.symbolWidth, text: labels.legendRankOnCurve(drawnRanks), draw: symbol.draw)
            items.remove(at: pain)
        }
        return items
    }
}
