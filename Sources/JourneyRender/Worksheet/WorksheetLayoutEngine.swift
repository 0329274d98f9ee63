import JourneyAnalysis
import JourneyModel

/// The paper a worksheet is printed on.
public enum WorksheetSize: String, Sendable, Hashable, CaseIterable {
    /// A3 landscape, 420 × 297 mm: the wall sheet.
    case a3
    /// A4 landscape, 297 × 210 mm: a hand-out or a small team.
    case a4

    /// The page size this prints on, for the SVG writer's page geometry.
    var mapSize: MapSize { self == .a3 ? .a3 : .a4 }

    /// The sticky note a sheet is set up for unless `--note` says otherwise: the usual 76 mm note on the A3 wall
    /// sheet (the fourth review: 40 mm boxes under 76 mm notes), the 38 mm one on A4, whose height has no room for
    /// a 76 mm box under a seven-row emotion grid.
    public var defaultNoteMM: Double { self == .a3 ? StickyNoteFit.standardNoteMM : StickyNoteFit.smallestNoteMM }
}

/// Sizes of a worksheet page in px at 96 dpi (1 mm = 96 / 25.4 px); the smallest text, 12 px, prints at 9 pt.
struct WorksheetMetrics {
    var page: Size
    var margin: Double
    var gutter: Double
    var title: FontSpec
    var subtitle: FontSpec
    var label: FontSpec
    var stage: FontSpec
    var touchpoint: FontSpec
    var small: FontSpec
    /// One row of the emotion grid: 9 mm on A3, 7 mm on A4, so a dot sticker (8 mm is the smallest common one) covers
    /// one score, not two or three (review 4: rows of 4.5 mm could not be read back).
    var gridRow: Double
    var boxHeight: Double
    var ideaLines: Int
    var gap: Double

    /// The emotion grid's least row height when it gives way to the sticky note's height: 7 mm (26 px), A4's own rows.
    static let noteGridRow = 26.0
    /// The sticky-note boxes' least height (29 mm) before the emotion grid's rows give way below `noteGridRow`.
    static let minimumNotes = 110.0
    /// The emotion grid's least row height when it gives way: 4.5 mm (17 px at 96 px to the inch).
    static let smallestGridRow = 17.0

    /// 12 px = 9 pt at print size, the floor for every text on the sheet.
    static let minimumText = 12.0

    /// Each touchpoint column's width: the page between the margins and the label gutter, shared out.
    func pitch(columns: Int) -> Double { (page.width - 2 * margin - gutter) / Double(max(columns, 1)) }
    /// How much narrower than its columns each stage band, card and sticky-note box is (2 px each side).
    static let boxInset = 4.0

    static func of(_ size: WorksheetSize) -> WorksheetMetrics {
        let mm = 96.0 / 25.4
        switch size {
        case .a3:
            return WorksheetMetrics(page: Size(width: 420 * mm, height: 297 * mm), margin: 48, gutter: 104,
                                    title: FontSpec(size: 28, weight: .bold), subtitle: FontSpec(size: 15),
                                    label: FontSpec(size: 14, weight: .bold), stage: FontSpec(size: 17, weight: .bold),
                                    touchpoint: FontSpec(size: 15), small: FontSpec(size: 13), gridRow: (9 * mm).rounded(), boxHeight: 124,
                                    ideaLines: 6, gap: 10)
        case .a4:
            return WorksheetMetrics(page: Size(width: 297 * mm, height: 210 * mm), margin: 34, gutter: 92,
                                    title: FontSpec(size: 20, weight: .bold), subtitle: FontSpec(size: 12),
                                    label: FontSpec(size: 12, weight: .bold), stage: FontSpec(size: 13, weight: .bold),
                                    touchpoint: FontSpec(size: 12), small: FontSpec(size: 12), gridRow: (7 * mm).rounded(), boxHeight: 92,
                                    ideaLines: 4, gap: 8)
        }
    }

    func line(_ font: FontSpec) -> Double { (font.size * 1.3).rounded() }
}

/// Lays out a printable co-creation wall sheet (a `MapLayout` the SVG writer draws): the stages and touchpoints
/// across the top, under each touchpoint a box for sticky notes and a strip for dots, a blank emotion grid on the
/// journey's scale, boxes for pain, pleasure and itch points and for actions, the playbook's ideas in small print,
/// and a footer with the title and date. Pure: the same journey, ideas, size and date give the same layout.
public enum WorksheetLayoutEngine {
    /// The sheets of a journey: one, or, when its sticky-note boxes would be narrower than the team's note (`noteMM`,
    /// nil: the paper's default, 76 mm on A3 and 38 mm on A4), the fewest sheets that take one (`WorksheetSplit`),
    /// each with its own stages (a stage cut in two says "continued" on its second sheet), the ideas for its own
    /// touchpoints, and "sheet k of n". Every sheet of a set has the same card, notes and grid heights
    /// (`WorksheetGeometry`), so the sheets line up side by side on the wall. `oneSheet` keeps every touchpoint on one
    /// sheet however narrow its boxes (its footer says so).
    public static func pages(_ journey: Journey, suggestions: [IdeaSuggestion], size: WorksheetSize, date: String,
                             language: JourneyLanguage? = nil, oneSheet: Bool = false, noteMM: Double? = nil) -> [MapLayout] {
        let note = noteMM ?? size.defaultNoteMM
        let most = StickyNoteFit.of(touchpoints: 1, size: size, noteMM: note).mostTouchpoints
        let split = WorksheetSplit.of(stageSizes: journey.stages.map(\.touchpoints.count), most: oneSheet ? .max : most)
        guard split.sheets.count > 1 else {
            return [layout(journey, suggestions: suggestions, size: size, date: date, language: language, noteMM: note)]
        }
        let lang = language ?? journey.language
        let starts = journey.stages.indices.map { i in journey.stages[..<i].reduce(0) { $0 + $1.touchpoints.count } }
        // Each idea on one sheet only, under the touchpoint that lists it first in the whole journey's order (second
        // review: "上线前做情景演练" was on both sheets, under a different touchpoint on each).
        let owner = Dictionary(ideaOrder(suggestions).map { ($0.idea.id, $0.touchpointID) }, uniquingKeysWith: { first, _ in first })
        let owned = suggestions.map { s in
            var s = s
            s.ideas = s.ideas.filter { owner[$0.id] == s.touchpointID }
            return s
        }
        let sheets = split.sheets.map { range in
            let part = journey.part(touchpoints: range, continued: WorksheetLabels.continued.text(in: lang))
            let ids = Set(part.touchpoints.map(\.id))
            // (the stage holding the sheet's first touchpoint; an empty stage before it takes no colour)
            let firstStage = journey.stages.indices.last { starts[$0] <= range.lowerBound && !journey.stages[$0].touchpoints.isEmpty } ?? 0
            return (part: part, suggestions: owned.filter { ids.contains($0.touchpointID) }, firstStage: firstStage)
        }
        let geometry = WorksheetGeometry.of(sheets.map { ($0.part, $0.suggestions) }, size: size, noteMM: note, language: lang)
        return sheets.enumerated().map { index, sheet in
            self.sheet(sheet.part, suggestions: sheet.suggestions, size: size, date: date, language: language,
                       sheet: WorksheetSplit.Sheet(index: index + 1, count: sheets.count, firstStage: sheet.firstStage),
                       geometry: geometry)
        }
    }

    /// One page; `date` is printed in the footer (the caller passes today or `--date`); `sheet` is its place among
    /// the journey's sheets when it has several (printed under the title and in the footer); `noteMM` the note its
    /// boxes are measured against (nil: the paper's default).
    public static func layout(_ journey: Journey, suggestions: [IdeaSuggestion], size: WorksheetSize, date: String,
                              language: JourneyLanguage? = nil, sheet: WorksheetSplit.Sheet? = nil, noteMM: Double? = nil) -> MapLayout {
        let geometry = WorksheetGeometry.of([(journey, suggestions)], size: size, noteMM: noteMM ?? size.defaultNoteMM,
                                            language: language ?? journey.language)
        return self.sheet(journey, suggestions: suggestions, size: size, date: date, language: language, sheet: sheet, geometry: geometry)
    }

    /// One page with the geometry it shares with the other sheets of its set.
    static func sheet(_ journey: Journey, suggestions: [IdeaSuggestion], size: WorksheetSize, date: String,
                      language: JourneyLanguage?, sheet: WorksheetSplit.Sheet?, geometry: WorksheetGeometry) -> MapLayout {
        let lang = language ?? journey.language
        let m = WorksheetMetrics.of(size)
        var nodes: [LayoutNode] = []
        let left = m.margin, right = m.page.width - m.margin
        let columnsLeft = left + m.gutter
        let touchpoints = journey.touchpoints
        let pitch = m.pitch(columns: touchpoints.count)
        let columns = touchpoints.indices.map { Rect(x: columnsLeft + Double($0) * pitch, y: 0, width: pitch, height: 0) }
        func label(_ text: LocalizedText) -> String { text.text(in: lang) }

        func run(_ text: String, x: Double, top: Double, width: Double, font: FontSpec, maxLines: Int = 1,
                 role: TextRole, lane: LaneKind, color: ColorRole = .ink, anchor: TextAnchor = .start, column: Int? = nil,
                 owner: String? = nil) -> (TextRun, Double) {
            let wrapped = TextWrapper.wrap(text, width: width, font: font, maxLines: maxLines)
            let lineHeight = m.line(font)
            let boundsX = anchor == .middle ? x - width / 2 : (anchor == .end ? x - width : x)
            let height = Double(wrapped.lines.count) * lineHeight
            let textRun = TextRun(lines: wrapped.lines, x: x, y: top + font.ascent + (lineHeight - font.size) / 2,
                                  lineHeight: lineHeight, font: font, anchor: anchor, color: color, role: role, lane: lane,
                                  column: column, bounds: Rect(x: boundsX, y: top, width: width, height: height),
                                  fullText: wrapped.isTruncated ? text : nil, owner: owner)
            return (textRun, height)
        }
        func box(_ rect: Rect, fill: ColorRole? = nil, stroke: ColorRole = .rule, width: Double = 1, dash: [Double] = [],
                 radius: Double = 4, owner: String? = nil) -> LayoutNode {
            .shape(Shape(.rect(rect, cornerRadius: radius),
                         style: ShapeStyle(fill: fill, stroke: stroke, strokeWidth: width, dash: dash), owner: owner))
        }

        // MARK: Header
        var y = m.margin
        let (title, titleHeight) = run(journey.title, x: left, top: y, width: right - left, font: m.title, role: .title, lane: .header)
        nodes.append(.text(title))
        y += titleHeight
        // (the sheet first: a subtitle too long for its line loses its end)
        let subtitleText = (sheet.map { label(WorksheetLabels.sheet($0.index, of: $0.count)) + " · " } ?? "") + label(WorksheetLabels.subtitle(journey.scale))
        let (subtitle, subtitleHeight) = run(subtitleText, x: left, top: y, width: right - left,
                                             font: m.subtitle, role: .subtitle, lane: .header, color: .muted)
        nodes.append(.text(subtitle))
        y += subtitleHeight + m.gap

        // The rows' heights are the set's (`WorksheetGeometry`): the names' lines, the ideas' rows, the grid, the notes.
        let footerHeight = m.line(m.small)
        let ideaItems = ideaLines(journey, suggestions, lang)
        let nameLines = geometry.nameLines
        let shownIdeas = min(ideaItems.count, geometry.ideaCapacity)
        let dotsHeight = WorksheetGeometry.dotsHeight(m), stageHeight = WorksheetGeometry.stageHeight(m)
        let cardHeight = geometry.cardHeight(m)
        let fit = StickyNoteFit.of(touchpoints: touchpoints.count, size: size, noteMM: geometry.noteMM)
        let (gridHeight, notesHeight) = geometry.gridAndNotes(m, top: y, rows: journey.scale.pointCount, fits: fit.fits)

        // MARK: Stage band
        var index = 0
        for (stageIndex, stage) in journey.stages.enumerated() {
            let span = stage.touchpoints.count
            guard span > 0 else { continue }
            let rect = Rect(x: columns[index].x + WorksheetMetrics.boxInset / 2, y: y,
                            width: pitch * Double(span) - WorksheetMetrics.boxInset, height: stageHeight)
            nodes.append(box(rect, fill: .stageFill(stageIndex + (sheet?.firstStage ?? 0)), stroke: .stageStroke))
            let (name, _) = run(stage.name, x: rect.x + 6, top: y + 4, width: rect.width - 12, font: m.stage, maxLines: 2,
                                role: .stageName, lane: .stages, color: .stageInk)
            nodes.append(.text(name))
            index += span
        }
        nodes.append(.text(run(label(WorksheetLabels.stages), x: left, top: y + 4, width: m.gutter - 8, font: m.label,
                               maxLines: 2, role: .laneLabel, lane: .stages).0))
        y += stageHeight + m.gap

        // MARK: One column per touchpoint: card, notes box, dots strip
        let cardTop = y, notesTop = cardTop + cardHeight + m.gap, dotsTop = notesTop + notesHeight + m.gap
        for (column, tp) in touchpoints.enumerated() {
            let x = columns[column].x + WorksheetMetrics.boxInset / 2, width = pitch - WorksheetMetrics.boxInset
            var children: [LayoutNode] = []
            children.append(box(Rect(x: x, y: cardTop, width: width, height: cardHeight), fill: .cardFill,
                                stroke: tp.isMOT ? .motFill : .cardStroke, width: tp.isMOT ? 2 : 1))
            children.append(.text(run(tp.name, x: x + 5, top: cardTop + 4, width: width - 10, font: m.touchpoint, maxLines: nameLines,
                                      role: .touchpointName, lane: .touchpoints, color: .cardInk, column: column).0))
            if tp.isMOT {
                children.append(.text(run(label(WorksheetLabels.mot), x: x + 5, top: cardTop + cardHeight - m.line(m.small) - 3,
                                          width: width - 10, font: FontSpec(size: m.small.size, weight: .bold),
                                          role: .motBadge, lane: .touchpoints, color: .motInk, column: column).0))
            }
            children.append(box(Rect(x: x, y: notesTop, width: width, height: notesHeight), stroke: .rule, dash: [6, 4],
                                owner: "notes-\(tp.id)"))
            children.append(box(Rect(x: x, y: dotsTop, width: width, height: dotsHeight), fill: .boxFill, stroke: .rule,
                                owner: "dots-\(tp.id)"))
            nodes.append(.group(LayoutGroup(id: "ws-tp-\(tp.id)", attributes: [("data-touchpoint", tp.id)], children: children)))
        }
        nodes.append(.text(run(label(WorksheetLabels.touchpoints), x: left, top: cardTop + 4, width: m.gutter - 8, font: m.label,
                               maxLines: 2, role: .laneLabel, lane: .touchpoints).0))
        nodes.append(.text(run(label(WorksheetLabels.notes), x: left, top: notesTop + 4, width: m.gutter - 8, font: m.label,
                               maxLines: 2, role: .laneLabel, lane: .voices).0))
        nodes.append(.text(run(label(WorksheetLabels.dots), x: left, top: dotsTop + 7, width: m.gutter - 8, font: m.label,
                               role: .laneLabel, lane: .voices).0))
        y = dotsTop + dotsHeight + m.gap

        // MARK: Emotion grid on the journey's scale, highest point on top
        let scale = journey.scale
        let rowHeight = gridHeight / Double(scale.pointCount)
        // (the lines in the darker `rule` colour, which survives printing — the fourth review found `grid` nearly
        // invisible on paper; the frame drawn after the neutral band, which would otherwise break its sides)
        if scale.neutral == scale.neutral.rounded(), Int(scale.neutral) >= scale.min, Int(scale.neutral) <= scale.max {
            let neutralTop = y + Double(scale.max - Int(scale.neutral)) * rowHeight
            nodes.append(box(Rect(x: columnsLeft, y: neutralTop, width: right - columnsLeft, height: rowHeight), fill: .tagFill,
                             stroke: .rule, radius: 0))
        }
        for step in 0..<scale.pointCount {
            let value = scale.max - step
            let rowTop = y + Double(step) * rowHeight
            if step > 0 {
                nodes.append(.shape(Shape(.line(Point(x: columnsLeft, y: rowTop), Point(x: right, y: rowTop)),
                                          style: ShapeStyle(stroke: .rule, strokeWidth: 1))))
            }
            let valueFont = FontSpec(size: max(WorksheetMetrics.minimumText, min(m.small.size, rowHeight - 2)))
            nodes.append(.text(run("\(value)", x: columnsLeft - 6, top: rowTop + (rowHeight - m.line(valueFont)) / 2,
                                   width: 24, font: valueFont, role: .axisTick, lane: .curve, color: .muted, anchor: .end).0))
        }
        for column in 1..<max(touchpoints.count, 1) {
            let x = columns[column].x
            nodes.append(.shape(Shape(.line(Point(x: x, y: y), Point(x: x, y: y + gridHeight)),
                                      style: ShapeStyle(stroke: .rule, strokeWidth: 1))))
        }
        nodes.append(box(Rect(x: columnsLeft, y: y, width: right - columnsLeft, height: gridHeight), stroke: .axis, radius: 0))
        let (emotionLabel, emotionHeight) = run(label(WorksheetLabels.emotion), x: left, top: y + 2, width: m.gutter - 34,
                                                font: m.label, maxLines: 2, role: .laneLabel, lane: .curve)
        nodes.append(.text(emotionLabel))
        nodes.append(.text(run(label(WorksheetLabels.scaleEnds(scale)), x: left, top: y + 2 + emotionHeight, width: m.gutter - 34,
                               font: m.small, maxLines: max(1, Int((gridHeight - emotionHeight) / m.line(m.small))),
                               role: .legend, lane: .curve, color: .muted).0))
        y += gridHeight + m.gap

        // MARK: Pain / pleasure / itch / actions boxes
        let boxSpecs: [(LocalizedText, LocalizedText, ColorRole, ColorRole, String)] = [
            (WorksheetLabels.pain, WorksheetLabels.painPrompt, .painFill, .painInk, "box-pain"),
            (WorksheetLabels.pleasure, WorksheetLabels.pleasurePrompt, .pleasureFill, .pleasureInk, "box-pleasure"),
            (WorksheetLabels.itch, WorksheetLabels.itchPrompt, .itchFill, .itchInk, "box-itch"),
            (WorksheetLabels.actions, WorksheetLabels.actionsPrompt, .actionFill, .actionInk, "box-actions"),
        ]
        let boxGap = m.gap
        let boxWidth = (right - left - boxGap * 3) / 4
        for (i, spec) in boxSpecs.enumerated() {
            let x = left + Double(i) * (boxWidth + boxGap)
            let rect = Rect(x: x, y: y, width: boxWidth, height: m.boxHeight)
            var children: [LayoutNode] = [box(rect, stroke: spec.3, width: 1.5, owner: spec.4)]
            let headerHeight = m.line(m.label) + 8
            children.append(box(Rect(x: x, y: y, width: boxWidth, height: headerHeight), fill: spec.2, stroke: spec.3, width: 1.5))
            children.append(.text(run(label(spec.0), x: x + 8, top: y + 4, width: boxWidth - 16, font: m.label,
                                      role: .legend, lane: .findings, color: spec.3).0))
            children.append(.text(run(label(spec.1), x: x + 8, top: y + headerHeight + 3, width: boxWidth - 16, font: m.small,
                                      maxLines: 2, role: .legend, lane: .findings, color: .muted).0))
            nodes.append(.group(LayoutGroup(id: "ws-\(spec.4)", children: children)))
        }
        y += m.boxHeight + m.gap

        // MARK: Ideas in small print
        if !ideaItems.isEmpty {
            nodes.append(.text(run(label(WorksheetLabels.ideas), x: left, top: y, width: right - left,
                                   font: FontSpec(size: m.small.size, weight: .bold), role: .footnote, lane: .actions).0))
            y += m.line(m.small)
            // The set's rows (`WorksheetGeometry.ideaRows`) that this sheet's ideas leave free let a long idea wrap
            // onto a second line instead of being cut (the fourth review: "…up to 200 yuan" lost beside a free line).
            var spare = geometry.ideaRows - 1 - shownIdeas - (ideaItems.count > shownIdeas ? 1 : 0)
            for item in ideaItems.prefix(shownIdeas) {
                let (text, height) = run(item, x: left, top: y, width: right - left, font: m.small, maxLines: 1 + max(spare, 0),
                                         role: .footnote, lane: .actions, color: .muted)
                nodes.append(.text(text))
                spare -= text.lines.count - 1
                y += height
            }
            if ideaItems.count > shownIdeas {
                nodes.append(.text(run(label(WorksheetLabels.moreIdeas(ideaItems.count - shownIdeas)), x: left, top: y,
                                       width: right - left, font: m.small, role: .footnote, lane: .actions, color: .muted).0))
                y += m.line(m.small)
            }
        }

        // MARK: Footer: title and date, no QR code
        let footerTop = m.page.height - m.margin - footerHeight
        nodes.append(.shape(Shape(.line(Point(x: left, y: footerTop - 3), Point(x: right, y: footerTop - 3)),
                                  style: ShapeStyle(stroke: .rule, strokeWidth: 1))))
        // The sheet says what stderr says when its boxes are narrower than a sticky note (the facilitator who prints
        // it may not have seen the warning).
        var warning = ""
        if !fit.fits {
            warning = " · " + label(WorksheetLabels.narrowBoxes(widthMM: fit.shownWidthMM, noteMM: Int(geometry.noteMM.rounded()),
                                                                a4: size == .a4 && geometry.noteMM <= StickyNoteFit.smallestNoteMM))
        } else if notesHeight * 25.4 / 96 < geometry.noteMM - 0.005 {
            // (wide enough, but a sheet without the height for the note says so too: a 7-point grid on A4)
            warning = " · " + label(WorksheetLabels.lowBoxes(heightMM: Int((notesHeight * 25.4 / 96).rounded()),
                                                             noteMM: Int(geometry.noteMM.rounded()), a4: size == .a4))
        }
        // A title too long for the footer's one line is the part that is cut (it heads the sheet in full), never
        // the warning, the sheet number or the date.
        func footerText(_ title: String) -> String {
            label(WorksheetLabels.footer(title, date: date, sheet: sheet.map { ($0.index, $0.count) })) + warning
        }
        let shownTitle = TextSanitizer.displayText(journey.title)
        var footer = footerText(shownTitle)
        if TextMeasurer.width(footer, font: m.small) > right - left {
            let room = right - left - TextMeasurer.width(footerText(""), font: m.small)
            let cut = room > 0 ? TextWrapper.wrap(shownTitle, width: room, font: m.small, maxLines: 1).lines.first ?? "" : ""
            footer = footerText(cut)
        }
        nodes.append(.text(run(footer, x: left,
                               top: footerTop, width: right - left, font: m.small, role: .footnote, lane: .legend, color: .muted).0))

        let summary = label(WorksheetLabels.subtitle(journey.scale))
        return MapLayout(size: m.page, lanes: [], columns: columns, nodes: nodes, title: journey.title, summary: summary,
                         language: lang.rawValue)
    }

    /// Lines the touchpoint cards give every name: the most any name needs, at least `least` and at most `most`.
    static func nameLines(_ names: [String], width: Double, font: FontSpec, least: Int, most: Int) -> Int {
        let needed = names.map { TextWrapper.wrap($0, width: width, font: font, maxLines: most + 1).lines.count }.max() ?? 0
        return min(most, max(least, needed))
    }

    /// The lines a card keeps for its name however short: 5 in a narrow column (under 100 px, many touchpoints on
    /// A4), 2 in a wide one (200 px or more: a 76 mm note's column, where a name rarely needs a second line and the
    /// notes need the height), else 3.
    static func leastNameLines(pitch: Double) -> Int { pitch < 100 ? 5 : pitch >= 200 ? 2 : 3 }

    /// One line per idea: the touchpoint's name and the idea's text (never its playbook code: participants read the
    /// sheet); each idea once, the best ones of every touchpoint first.
    static func ideaLines(_ journey: Journey, _ suggestions: [IdeaSuggestion], _ lang: JourneyLanguage) -> [String] {
        ideaOrder(suggestions).map { touchpointID, idea in
            let name = TextSanitizer.displayText(journey.touchpoint(id: touchpointID)?.name ?? touchpointID)
            return (lang == .zh ? "【\(name)】" : "[\(name)] ") + idea.text.text(in: lang)
        }
    }

    /// The ideas in the order a sheet lists them: every touchpoint's best idea, then every touchpoint's second, and so
    /// on; an idea suggested for several touchpoints once, under the first.
    static func ideaOrder(_ suggestions: [IdeaSuggestion]) -> [(touchpointID: String, idea: PlaybookIdea)] {
        var seen = Set<String>()
        var order: [(touchpointID: String, idea: PlaybookIdea)] = []
        let rounds = suggestions.map(\.ideas.count).max() ?? 0
        for round in 0..<rounds {
            for s in suggestions where round < s.ideas.count {
                let idea = s.ideas[round]
                guard seen.insert(idea.id).inserted else { continue }
                order.append((s.touchpointID, idea))
            }
        }
        return order
    }
}
