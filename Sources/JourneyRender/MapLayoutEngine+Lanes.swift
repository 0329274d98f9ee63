import JourneyAnalysis
import JourneyModel

extension MapLayoutEngine {
    // MARK: - Findings

    /// 痛点 / 爽点 / 痒点 pills that differ in symbol (▼ ● ◆), outline (square corners, round, dashed) and, in
    /// the print theme, hatching — never in colour alone. Pain pills carry their rank (①②③, `rankedPains`), a
    /// frame that thickens and a bar under the pill that grows with severity (0–100), then the severity in words.
    mutating func layoutFindings() {
        guard !hiddenLanes.contains(.findings) else { return }
        let classified = columns.filter(showsPill)
        guard !classified.isEmpty else { return }
        let top = cursor
        let hasSeverity = classified.contains { $0.finding.findingClass == .pain }
        let height = M.pillHeight + (hasSeverity ? M.px(M.showsSeverityText ? 28 : 12) : 0)
        for column in classified {
            let f = column.finding
            let weight = min(max((f.severity ?? 0) / 100, 0), 1)
            let symbolSize = M.px(10)
            let (text, fitted) = pillLabel(column)
            if !drawnRanks(column).isEmpty { drawnMarks.insert(.rank) }
            drawnMarks.insert(f.findingClass == .pain ? .painPill : f.findingClass == .pleasure ? .pleasurePill : .itchPill)
            let rect = Rect(x: column.center - pillWidth(fitted) / 2, y: top, width: pillWidth(fitted), height: M.pillHeight)
            let owner = "finding-\(column.index)"
            let style: ShapeStyle
            let radius: Double
            let ink: ColorRole
            let symbolCenter = Point(x: rect.x + M.px(10) + symbolSize / 2, y: rect.midY)
            let symbol: Geometry
            switch f.findingClass {
            case .pain:
                style = ShapeStyle(fill: .painFill, stroke: .pain, strokeWidth: M.px(1.4 + 2.6 * weight), hatched: true)
                radius = M.px(3)
                ink = .painInk
                symbol = MarkShapes.triangleDown(center: symbolCenter, size: symbolSize)
            case .pleasure:
                style = ShapeStyle(fill: .pleasureFill, stroke: .pleasure, strokeWidth: M.px(1.5))
                radius = M.pillHeight / 2
                ink = .pleasureInk
                symbol = MarkShapes.dot(center: symbolCenter, size: symbolSize)
            default:
                style = ShapeStyle(fill: .itchFill, stroke: .itch, strokeWidth: M.px(1.5), dash: [M.px(4), M.px(2.5)])
                radius = M.px(8)
                ink = .itchInk
                symbol = MarkShapes.diamond(center: symbolCenter, size: symbolSize + M.px(1))
            }
            var nodes: [LayoutNode] = [.shape(Shape(.rect(rect, cornerRadius: radius), style: style, obstacle: true, owner: owner))]
            if style.hatched {
                // A plain plate inside the hatched frame keeps the label readable in print.
                nodes.append(.shape(Shape(.rect(rect.insetBy(dx: M.px(4), dy: M.px(3.5)), cornerRadius: M.px(2)), style: ShapeStyle(fill: .painPlate), owner: owner)))
            }
            nodes.append(.shape(Shape(symbol, style: ShapeStyle(fill: ink), owner: owner)))
            let textX = rect.x + M.px(10) + symbolSize + M.px(5)
            nodes.append(.text(run(fitted, text, x: textX, y: rect.y + (rect.height - M.pill.size) / 2 + M.pill.ascent, line: M.px(16),
                                   font: M.pill, color: ink, role: .findingPill, lane: .findings, column: column.index,
                                   bounds: Rect(x: textX - M.px(1), y: rect.y, width: rect.maxX - textX + M.px(1), height: rect.height), owner: owner)))
            if f.findingClass == .pain {
                // The bar: full column width (less a margin) is severity 100; empty without a severity.
                let track = Rect(x: column.x + M.px(8), y: rect.maxY + M.px(4), width: column.width - M.px(16), height: M.px(5))
                nodes.append(.shape(Shape(.rect(track, cornerRadius: M.px(2.5)), style: ShapeStyle(fill: .grid), owner: owner)))
                if weight > 0 {
                    nodes.append(.shape(Shape(.rect(Rect(x: track.x, y: track.y, width: max(track.width * weight, M.px(5)), height: track.height),
                                                    cornerRadius: M.px(2.5)), style: ShapeStyle(fill: .pain), owner: owner)))
                }
                // a pain without importance evidence has no severity: it says "importance unknown", as every format does
                // (a slide keeps the rank and the bar: the words are for the document view)
                guard M.showsSeverityText else { touchpointNodes[column.index].append(.group(LayoutGroup(attributes: [("data-mark", f.findingClass.rawValue)], children: nodes))); continue }
                let severityText = f.severity.map(labels.severity) ?? labels.importanceUnknown
                let bounds = Rect(x: column.x, y: track.maxY, width: column.width, height: M.px(19))
                let fittedSeverity = TextWrapper.singleLine(severityText, width: bounds.width, font: M.severity)
                nodes.append(.text(run(fittedSeverity, severityText, x: column.center, y: track.maxY + M.px(3) + M.severity.ascent, line: M.px(14),
                                       font: M.severity, anchor: .middle, color: .muted, role: .severity, lane: .findings,
                                       column: column.index, bounds: bounds)))
            }
            touchpointNodes[column.index].append(.group(LayoutGroup(attributes: [("data-mark", f.findingClass.rawValue)], children: nodes)))
        }
        addLane(.findings, top: top, height: height, label: labels.laneFindings,
                note: isSurvey ? nil : labels.estimateNote, labelTop: top + M.px(4))
        cursor = top + height + M.laneGap
    }

    /// A finding pill's width for its fitted label: the symbol, the text and their padding.
    func pillWidth(_ fitted: WrappedText) -> Double { M.px(10) + M.px(10) + M.px(5) + fitted.width + M.px(12) }

    /// The x-range a column's finding pill takes in the findings lane: a pain's is its severity bar's, nearly the
    /// column's width; nil when the column shows no pill.
    func pillSpan(_ column: Column) -> (x: Double, maxX: Double)? {
        guard showsPill(column) else { return nil }
        if column.finding.findingClass == .pain { return (column.x + M.px(8), column.x + column.width - M.px(8)) }
        let width = pillWidth(pillLabel(column).fitted)
        return (column.center - width / 2, column.center + width / 2)
    }

    /// A pill's text and its fitted line: "▼ 痛点 ①"; in a narrow column only the rank (the ▼ says pain), rather
    /// than cut the rank off. A stage curve's pill carries the stage's other top ranks too ("痛点 ①③", else "①③"),
    /// and keeps only its lead's when even those do not fit. The pill (text + symbol + padding) stays inside its column.
    func pillLabel(_ column: Column) -> (text: String, fitted: WrappedText) {
        let f = column.finding
        let word = labels.pill(f.findingClass)
        let ranks = f.findingClass == .pain ? pillRanks(column) : []
        let available = column.width - M.px(29) - M.px(10)
        var text = word
        if !ranks.isEmpty {
            let all = MapNumber.circled(ranks)
            let lead = MapNumber.circled(ranks[0])
            let candidates = [word + " " + all, all, word + " " + lead, lead]
            text = candidates.first { TextMeasurer.width($0, font: M.pill) <= available } ?? lead
        }
        return (text, TextWrapper.singleLine(text, width: available, font: M.pill))
    }

    /// The pain ranks a pill may carry, lead first: the column's own and, on a stage curve, the other ranks its stage
    /// holds up to the last rank a pill leads with (`pillCompanionRanks`): no pain ranked above a drawn one hides
    /// behind its stage's lead.
    func pillRanks(_ column: Column) -> [Int] {
        guard let lead = painRanks[column.finding.id] else { return [] }
        return [lead] + pillCompanionRanks[column.finding.id, default: []]
    }

    /// The ranks this page's pill for the column draws (none when it draws no pill or its rank did not fit).
    func drawnRanks(_ column: Column) -> [Int] {
        guard showsPill(column), column.finding.findingClass == .pain,
              let line = pillLabel(column).fitted.lines.first else { return [] }
        return pillRanks(column).filter { line.contains(MapNumber.circled($0)) }
    }

    // MARK: - Stacks of boxes (voices, actions)

    /// One box of wrapped text blocks stacked in a column.
    struct StackBox {
        var blocks: [(text: WrappedText, original: String, font: FontSpec, line: Double, color: ColorRole, role: TextRole)]
        /// The metrics' box inset and `px` scale.
        var inset: Double
        var scale: Double
        var height: Double {
            var total = 2 * inset
            for (index, block) in blocks.enumerated() {
                total += MapLayoutEngine.blockHeight(lines: block.text.lines.count, font: block.font, line: block.line)
                if index > 0 { total += MapLayoutEngine.blockGap(block.role) * scale }
            }
            return total
        }
    }

    /// Space between two text blocks in a box (wide-map units): tight between meta lines, looser after the title.
    static func blockGap(_ role: TextRole) -> Double { role == .actionMeta ? 3 : 5 }

    /// The horizontal frame of each column's cards in a lane (quotes, actions): the column itself, widened into the
    /// nearer half of neighbouring columns that hold no card in the lane (for actions: that show no pain pill, and
    /// only up to a pleasure or itch pill, never under it), so a lone card needs fewer lines (the English onboarding
    /// slide's first action was cut at two lines beside empty columns). A card always covers its own column and stays
    /// centred on it (it widens by the same amount on both sides), but for the first and last column, whose outer side
    /// is the plot's edge. Review 8: an action card that ran under another pain's pill read as that pain's action, and
    /// a card off-centre under an empty neighbour as the neighbour's; the second review of the slides: one under a
    /// pleasure point's pill read as that stage's.
    func cardFrames(occupied: [Bool], avoidingPills: Bool) -> [(x: Double, width: Double)] {
        let pills = columns.map { avoidingPills ? pillSpan($0) : nil }
        return columns.map { column in
            let i = column.index, last = columns.count - 1
            // room up to the middle of a free neighbour, a column gap short of it, and short of its pill
            func room(_ j: Int, left: Bool) -> Double {
                guard j >= 0, j <= last, !occupied[j] else { return 0 }
                let neighbour = columns[j]
                if pills[j] != nil, neighbour.finding.findingClass == .pain { return 0 }
                let edge = left ? max(neighbour.center, (pills[j]?.maxX ?? neighbour.center)) + M.columnGap / 2
                                : min(neighbour.center, (pills[j]?.x ?? neighbour.center)) - M.columnGap / 2
                return max(0, left ? column.x - edge : edge - (column.x + column.width))
            }
            let leftRoom = room(i - 1, left: true), rightRoom = room(i + 1, left: false)
            let left = i == 0 ? 0 : i == last ? leftRoom : min(leftRoom, rightRoom)
            let right = i == last ? 0 : i == 0 ? rightRoom : min(leftRoom, rightRoom)
            return (column.x - left, column.width + left + right)
        }
    }

    /// Lays out boxes stacked per column, in `frames` (`cardFrames`), with a "+N more" line (`more`, per column) when
    /// items were left out, and an optional muted `note` under the lane's label.
    mutating func layoutStacks(_ kind: LaneKind, label: String, note: String? = nil, boxes: [[StackBox]], more: [String?],
                               frames: [(x: Double, width: Double)], fill: ColorRole, stroke: ColorRole) {
        guard boxes.contains(where: { !$0.isEmpty }) else { return }
        let top = cursor
        var laneHeight = 0.0
        var columnHeights: [Double] = []
        // "另有 1 条，见行动计划" under the cards: up to two lines in its frame
        let moreLines = columns.map { column in more[column.index].map { TextWrapper.wrap($0, width: frames[column.index].width, font: M.more, maxLines: 2) } }
        for (index, stack) in boxes.enumerated() {
            var h = stack.reduce(0) { $0 + $1.height } + Double(max(stack.count - 1, 0)) * M.stackGap
            if let lines = moreLines[index] { h += M.px(4) + Double(lines.lines.count) * M.px(14) }
            columnHeights.append(h)
            laneHeight = max(laneHeight, h)
        }
        for column in columns {
            var y = top
            var nodes: [LayoutNode] = []
            let frame = frames[column.index]
            for (boxIndex, box) in boxes[column.index].enumerated() {
                let rect = Rect(x: frame.x, y: y, width: frame.width, height: box.height)
                let owner = "\(kind.rawValue)-\(column.index)-\(boxIndex)"
                nodes.append(.shape(Shape(.rect(rect, cornerRadius: 6), style: ShapeStyle(fill: fill, stroke: stroke),
                                          obstacle: true, owner: owner)))
                var blockTop = y + M.boxInset
                for block in box.blocks {
                    let baseline = blockTop + block.font.ascent
                    nodes.append(.text(run(block.text, block.original, x: rect.midX, y: baseline, line: block.line, font: block.font,
                                           anchor: .middle, color: block.color, role: block.role, lane: kind, column: column.index,
                                           bounds: rect.insetBy(dx: M.boxInset - M.px(3), dy: M.px(3)), owner: owner)))
                    blockTop += MapLayoutEngine.blockHeight(lines: block.text.lines.count, font: block.font, line: block.line)
                    blockTop += M.px(MapLayoutEngine.blockGap(block.role))
                }
                y += box.height + M.stackGap
            }
            if let text = more[column.index], let fitted = moreLines[column.index] {
                let bounds = Rect(x: frame.x, y: y - (boxes[column.index].isEmpty ? 0 : M.stackGap) + M.px(2), width: frame.width,
                                  height: M.px(2) + Double(fitted.lines.count) * M.px(14))
                nodes.append(.text(run(fitted, text, x: frame.x + frame.width / 2, y: bounds.y + M.px(2) + M.more.ascent, line: M.px(14), font: M.more,
                                       anchor: .middle, color: .faint, role: .more, lane: kind, column: column.index, bounds: bounds)))
            }
            if !nodes.isEmpty {
                touchpointNodes[column.index].append(.group(LayoutGroup(attributes: [("data-lane", kind.rawValue)], children: nodes)))
            }
        }
        addLane(kind, top: top, height: laneHeight, label: label, note: note, labelTop: top + M.px(4))
        cursor = top + laneHeight + M.laneGap
    }

    // MARK: - Voices

    /// The touchpoints' quotes, verbatim, in quote boxes (up to two per touchpoint): the team's own quotes
    /// first, then survey comments, which the analysis releases only from 10 answers (METHODS.md §4.3).
    mutating func layoutVoices() {
        guard profile.showsVoices else { return }
        guard !hiddenLanes.contains(.voices) else { layoutVoicesNote(); return }
        let quotes = columns.map { column in
            let voices = column.touchpoint.quotes + (column.finding.suppressed ? [] : column.finding.comments ?? [])
            return DistinctQuotes.distinct(voices.map(TextSanitizer.displayText).filter { !$0.isEmpty })
        }
        let frames = cardFrames(occupied: quotes.map { !$0.isEmpty && M.maxQuotes > 0 }, avoidingPills: false)
        let boxes: [[StackBox]] = columns.map { column in
            quotes[column.index].prefix(M.maxQuotes).map { quote in
                let text = labels.quoted(quote)
                let wrapped = TextWrapper.balanced(text, width: frames[column.index].width - 2 * M.boxInset, font: M.quote, maxLines: M.quoteMaxLines)
                return StackBox(blocks: [(wrapped, text, M.quote, M.quoteLine, .quoteInk, .quote)], inset: M.boxInset, scale: M.scale)
            }
        }
        // No count: "+1 more comment" would tell how many people wrote one (the report lists them all).
        let more = quotes.map { $0.count > M.maxQuotes ? labels.moreInReport : nil }
        layoutStacks(.voices, label: labels.laneVoices, boxes: boxes, more: more, frames: frames, fill: .quoteFill, stroke: .quoteStroke)
    }

    /// On a print sheet whose voices are on the next sheet: the voices lane as one line saying so.
    mutating func layoutVoicesNote() {
        guard let note = voicesNote, !columns.isEmpty else { return }
        let top = cursor
        let height = M.px(20)
        let bounds = Rect(x: plotLeft, y: top, width: plotRight - plotLeft, height: height)
        let fitted = TextWrapper.singleLine(note, width: bounds.width, font: M.more)
        laneLabelNodes.append(.text(run(fitted, note, x: plotLeft + M.px(4), y: top + M.px(4) + M.more.ascent, line: M.px(14), font: M.more,
                                        color: .muted, role: .more, lane: .voices, bounds: bounds)))
        addLane(.voices, top: top, height: height, label: labels.laneVoices, labelTop: top + M.px(2))
        cursor = top + height + M.laneGap
    }

    // MARK: - Actions

    /// Short parts joined with " · " onto as few lines as fit `width`: a line breaks only between parts, a part wider
    /// than the line wraps on its own; past `maxLines` the last line ends in "…".
    static func packed(_ parts: [String], width: Double, font: FontSpec, maxLines: Int) -> WrappedText {
        var lines: [String] = []
        var current = ""
        for part in parts {
            let candidate = current.isEmpty ? part : current + " · " + part
            if TextMeasurer.width(candidate, font: font) <= width { current = candidate; continue }
            if !current.isEmpty { lines.append(current) }
            let wrapped = TextWrapper.wrap(part, width: width, font: font)
            lines += wrapped.lines.dropLast()
            current = wrapped.lines.last ?? ""
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines, maxLines > 0 else {
            return WrappedText(lines: lines, width: lines.map { TextMeasurer.width($0, font: font) }.max() ?? 0, isTruncated: false)
        }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = TextWrapper.ellipsized(kept[maxLines - 1] + " " + lines[maxLines], width: width, font: font, forced: true)
        return WrappedText(lines: kept, width: kept.map { TextMeasurer.width($0, font: font) }.max() ?? 0, isTruncated: true)
    }

    /// Co-creation actions with owner and due date (up to three per touchpoint).
    mutating func layoutActions() {
        guard !hiddenLanes.contains(.actions) else { return }
        var boxes: [[StackBox]] = []
        var more: [String?] = []
        let ranking = ActionRanking(journey, findings: findings)
        // a stage point's actions are already in the whole journey's plan order (`StageSummary`)
        let ranked = columns.map { column in
            (options.stageCurve ? column.touchpoint.actions : ranking.actions(for: column.touchpoint.id))
                .filter { !TextSanitizer.displayText($0.title).isEmpty }
        }
        // The journey's most-voted action (the first of equals in journey order): a slide never hides it, not even
        // behind "+N more". (`max(by:)` keeps the first of equals.)
        let mostVoted = ranked.enumerated().flatMap { index, actions in actions.map { (column: index, action: $0) } }
            .filter { $0.action.votes != nil }
            .max { ($0.action.votes ?? 0) < ($1.action.votes ?? 0) }
        actionsOffSlide = 0
        // Which actions each column shows (and how many it leaves out), before any is wrapped: the cards' frames
        // depend on which columns hold one.
        var chosen: [(shown: [JourneyAction], hidden: Int, moreOnCard: String?)] = []
        // Whether a slide has an actions lane without the takeaway's first action: that card joins a lane, never
        // makes one (workshop-demo's lone card, at no pain point, cost its slide the touchpoint names' second lines
        // and still found no room).
        let laneWithoutFirst = mostVoted != nil || columns.contains { column in
            column.finding.findingClass == .pain && shownFindings.contains(column.finding.id) && !ranked[column.index].isEmpty
        }
        for column in columns {
            var actions = ranked[column.index]
            // A slide shows the top action of each pain point it shows, and no others, but for the most-voted one and
            // the one the takeaway names first (the second slide review: the complaint slide's takeaway named the
            // 16-vote action beside an 18-vote card, with nothing to say which card it meant).
            var pinned: [JourneyAction] = []
            if profile.actionsPerPainOnly {
                if let voted = mostVoted, voted.column == column.index { pinned.append(voted.action) }
                if laneWithoutFirst, let first = options.firstAction, !pinned.contains(first), actions.contains(first) { pinned.append(first) }
            }
            if profile.actionsPerPainOnly,
               column.finding.findingClass != .pain || !shownFindings.contains(column.finding.id) {
                // (the column's others are counted on its card, "另有 1 条", when it has one)
                actions = pinned.isEmpty ? [] : pinned + actions.filter { !pinned.contains($0) }
                actionsOffSlide += ranked[column.index].count - actions.count
            }
            var shown = Array(actions.prefix(M.maxActions))
            shown += pinned.filter { !shown.contains($0) }
            // A slide says how many more there are on its one card's meta line ("14 票 · 另有 1 条"), not on a line of
            // its own: that line is worth an action's third line.
            let moreOnCard = profile.actionsPerPainOnly && actions.count > shown.count ? labels.moreShort(actions.count - shown.count) : nil
            chosen.append((shown, actions.count - shown.count, moreOnCard))
        }
        let frames = cardFrames(occupied: chosen.map { !$0.shown.isEmpty || $0.hidden > 0 }, avoidingPills: true)
        // the card of the takeaway's first action says so (one card, should the same action be written twice)
        var firstTagged = false
        for column in columns {
            let (shown, hidden, moreOnCard) = chosen[column.index]
            boxes.append(shown.enumerated().map { position, action in
                let inner = frames[column.index].width - 2 * M.boxInset
                var blocks: StackBox = StackBox(blocks: [], inset: M.boxInset, scale: M.scale)
                let title = TextWrapper.balanced(action.title, width: inner, font: M.action, maxLines: M.actionMaxLines)
                blocks.blocks.append((title, action.title, M.action, M.actionLine, .actionInk, .action))
                // Votes, owner and due date packed onto lines at the " · " between them (never a dangling "·").
                let isFirst = !firstTagged && options.firstAction == action
                if isFirst { firstTagged = true }
                var parts = [isFirst ? labels.doFirst : nil, action.votes.map(labels.votes), M.actionMetaShowsOwnerAndDue ? action.owner.map(TextSanitizer.displayText) : nil,
                             M.actionMetaShowsOwnerAndDue ? action.due?.description : nil, position == shown.count - 1 ? moreOnCard : nil]
                    .compactMap { $0 }.filter { !$0.isEmpty }
                // A slide's "Do first" card whose "+1 more" would take its meta a second line counts that action under
                // the lane's label instead ("+3 in the plan"): a line of the card is worth more (the English
                // onboarding slide lost its actions lane to "Do first · 14 votes · +1 more" on two lines).
                if isFirst, let moreOnCard, position == shown.count - 1, profile.actionsPerPainOnly,
                   TextMeasurer.width(parts.joined(separator: " · "), font: M.actionMeta) > inner {
                    parts.removeAll { $0 == moreOnCard }
                    actionsOffSlide += hidden
                }
                if !parts.isEmpty {
                    let joined = parts.joined(separator: " · ")
                    let wrapped = Self.packed(parts, width: inner, font: M.actionMeta, maxLines: M.actionMetaMaxLines)
                    blocks.blocks.append((wrapped, joined, M.actionMeta, M.actionMetaLine, .actionMeta, .actionMeta))
                }
                return blocks
            })
            more.append(hidden > 0 && moreOnCard == nil ? labels.more(hidden) : nil)
        }
        layoutStacks(.actions, label: labels.laneActions, note: actionsOffSlide > 0 ? labels.actionsOffSlide(actionsOffSlide) : nil,
                     boxes: boxes, more: more, frames: frames, fill: .actionFill, stroke: .actionStroke)
    }
}
