import JourneyAnalysis
import JourneyModel

extension MapLayoutEngine {
    // MARK: - Stage band

    /// One band per stage spanning its touchpoints' columns, the name centred and wrapped inside it.
    mutating func layoutStages() {
        guard !columns.isEmpty else { return }
        let top = cursor
        var wrapped: [(WrappedText, Rect)] = []
        // a compared slide's Δ per stage, right in its band ("Δ −2.1"), and the room it leaves the name
        var deltas: [(text: String, value: Double, column: Column)?] = []
        for (stageIndex, stage) in journey.stages.enumerated() {
            let members = columns.filter { $0.stageIndex == stageIndex }
            guard let first = members.first, let last = members.last else {
                wrapped.append((WrappedText(lines: [], width: 0, isTruncated: false), Rect(x: 0, y: 0, width: 0, height: 0)))
                deltas.append(nil)
                continue
            }
            let span = Rect(x: first.x - M.columnGap / 2 + 2, y: top, width: last.x + last.width + M.columnGap / 2 - 2 - (first.x - M.columnGap / 2 + 2), height: 0)
            let delta = members.count == 1 ? stageDelta(first).map { (text: "Δ " + MapNumber.signedDelta($0), value: $0, column: first) } : nil
            deltas.append(delta)
            let deltaRoom = delta.map { TextMeasurer.width($0.text, font: M.value) + M.stagePadding } ?? 0
            wrapped.append((TextWrapper.wrap(stage.name, width: span.width - 2 * M.stagePadding - deltaRoom, font: M.stageName,
                                             maxLines: M.stageNameMaxLines), span))
        }
        let maxLines = max(1, wrapped.map(\.0.lines.count).max() ?? 1)
        let bandHeight = 2 * M.stagePadding + Self.blockHeight(lines: maxLines, font: M.stageName, line: M.stageLine)
        for (stageIndex, stage) in journey.stages.enumerated() {
            let (text, span) = wrapped[stageIndex]
            guard span.width > 0 else { continue }
            let rect = Rect(x: span.x, y: top, width: span.width, height: bandHeight)
            stageNodes[stageIndex].append(.shape(Shape(.rect(rect, cornerRadius: 6),
                                                       style: ShapeStyle(fill: .stageFill(options.stageColors[stage.id] ?? stageIndex), stroke: .stageStroke))))
            let block = Self.blockHeight(lines: text.lines.count, font: M.stageName, line: M.stageLine)
            let baseline = top + (bandHeight - block) / 2 + M.stageName.ascent
            var nameBox = rect.insetBy(dx: M.stagePadding - M.px(2), dy: M.px(2))
            if let delta = deltas[stageIndex] {
                let deltaWidth = TextMeasurer.width(delta.text, font: M.value)
                let right = rect.maxX - M.stagePadding
                let deltaBaseline = top + (bandHeight - M.value.size) / 2 + M.value.ascent
                let deltaBox = Rect(x: right - deltaWidth - M.px(1), y: top + M.px(2), width: deltaWidth + M.px(2), height: bandHeight - M.px(4))
                let fitted = WrappedText(lines: [delta.text], width: deltaWidth, isTruncated: false)
                stageNodes[stageIndex].append(.group(LayoutGroup(
                    id: "delta-" + Self.xmlID(delta.column.touchpoint.id),
                    attributes: [("data-touchpoint", delta.column.touchpoint.id), ("data-delta", MapNumber.fixed(delta.value, digits: 2))],
                    children: [.text(run(fitted, delta.text, x: right, y: deltaBaseline, line: M.stageLine, font: M.value, anchor: .end,
                                         color: .stageInk, role: .valueLabel, lane: .stages, column: delta.column.index, bounds: deltaBox,
                                         owner: "delta-\(delta.column.index)"))])))
                nameBox.width -= deltaWidth + M.stagePadding
            }
            stageNodes[stageIndex].append(.text(run(text, stage.name, x: nameBox.midX, y: baseline, line: M.stageLine, font: M.stageName,
                                                    anchor: .middle, color: .stageInk, role: .stageName, lane: .stages,
                                                    bounds: nameBox)))
        }
        lanes.append(LaneFrame(kind: .stages, rect: Rect(x: 0, y: top, width: width, height: bandHeight)))
        cursor = top + bandHeight + M.px(M.stageGapBase)
    }

    // MARK: - Touchpoint cards

    /// Actor tags of one card, packed into rows.
    struct TagLayout {
        var rows: [[(text: WrappedText, original: String, width: Double)]]
    }

    /// Cards with the wrapped touchpoint name, actor tags at the bottom, and the MOT badge above the card.
    mutating func layoutTouchpoints() {
        guard !columns.isEmpty else { return }
        let top = cursor
        let hasBadges = columns.contains { $0.finding.mot.declared || $0.finding.mot.suggested }
        let cardTop = top + (hasBadges ? M.badgeHeight + M.badgeGap : 0)
        let names = columns.map { column in
            // a stage card names the stage's worst or best touchpoint: two lines, never one, and its score survives a cut
            let width = column.width - 2 * M.cardPaddingX
            let maxLines = options.stageCurve ? max(2, M.cardNameMaxLines) : M.cardNameMaxLines
            guard options.stageCurve, let score = options.stageCardScores[column.touchpoint.id] else {
                return TextWrapper.wrap(column.touchpoint.name, width: width, font: M.cardName, maxLines: maxLines)
            }
            return TextWrapper.wrap(column.touchpoint.name, width: width, font: M.cardName, maxLines: maxLines, keepingTail: score)
        }
        let tags = columns.map { tagLayout($0.touchpoint.actors, width: $0.width - 2 * M.cardPaddingX) }
        let maxNameLines = max(1, names.map(\.lines.count).max() ?? 1)
        let maxTagRows = tags.map(\.rows.count).max() ?? 0
        let nameArea = Self.blockHeight(lines: maxNameLines, font: M.cardName, line: M.cardLine)
        let tagArea = maxTagRows == 0 ? 0 : M.px(8) + Double(maxTagRows) * M.tagHeight + Double(maxTagRows - 1) * M.tagGap
        let cardHeight = 2 * M.cardPaddingY + nameArea + tagArea
        let laneHeight = cardTop - top + cardHeight

        for column in columns {
            let card = Rect(x: column.x, y: cardTop, width: column.width, height: cardHeight)
            var nodes: [LayoutNode] = []
            nodes.append(.shape(Shape(.rect(card, cornerRadius: 6), style: ShapeStyle(fill: .cardFill, stroke: .cardStroke))))
            let name = names[column.index]
            let block = Self.blockHeight(lines: name.lines.count, font: M.cardName, line: M.cardLine)
            let baseline = cardTop + M.cardPaddingY + (nameArea - block) / 2 + M.cardName.ascent
            let nameBounds = Rect(x: card.x + M.cardPaddingX - M.px(2), y: cardTop + M.cardPaddingY - M.px(3),
                                  width: card.width - 2 * M.cardPaddingX + M.px(4), height: nameArea + M.px(6))
            nodes.append(.text(run(name, column.touchpoint.name, x: card.midX, y: baseline, line: M.cardLine, font: M.cardName,
                                   anchor: .middle, color: .cardInk, role: .touchpointName, lane: .touchpoints,
                                   column: column.index, bounds: nameBounds)))
            let tagRows = tags[column.index].rows
            var rowTop = card.maxY - M.cardPaddingY - Double(tagRows.count) * M.tagHeight - Double(max(tagRows.count - 1, 0)) * M.tagGap
            for (rowIndex, row) in tagRows.enumerated() {
                let rowWidth = row.reduce(0) { $0 + $1.width } + Double(row.count - 1) * M.tagGap
                var x = card.midX - rowWidth / 2
                for (tagIndex, tag) in row.enumerated() {
                    let rect = Rect(x: x, y: rowTop, width: tag.width, height: M.tagHeight)
                    let owner = "tag-\(column.index)-\(rowIndex)-\(tagIndex)"
                    nodes.append(.shape(Shape(.rect(rect, cornerRadius: M.tagHeight / 2), style: ShapeStyle(fill: .tagFill, stroke: .tagStroke, strokeWidth: 0.8),
                                              obstacle: true, owner: owner)))
                    nodes.append(.text(run(tag.text, tag.original, x: rect.midX, y: rect.y + (M.tagHeight - M.tag.size) / 2 + M.tag.ascent,
                                           line: M.tagHeight, font: M.tag, anchor: .middle, color: .tagInk, role: .actorTag,
                                           lane: .touchpoints, column: column.index, bounds: rect, owner: owner)))
                    x += tag.width + M.tagGap
                }
                rowTop += M.tagHeight + M.tagGap
            }
            if hasBadges, let badge = motBadge(column, bottom: cardTop - M.badgeGap) {
                nodes.append(contentsOf: badge)
                drawnMarks.insert(column.finding.mot.declared ? .mot : .suggestedMOT)
            }
            touchpointNodes[column.index].append(contentsOf: nodes)
        }
        addLane(.touchpoints, top: top, height: laneHeight, label: labels.laneTouchpoints, labelTop: cardTop + M.cardPaddingY)
        cursor = top + laneHeight + M.laneGap
    }

    /// Packs actor tags into at most `tagMaxRows` rows; what does not fit becomes a "+N" tag.
    func tagLayout(_ actors: [String], width: Double) -> TagLayout {
        let actors = actors.map(TextSanitizer.displayText).filter { !$0.isEmpty }
        guard !actors.isEmpty, M.tagMaxRows > 0 else { return TagLayout(rows: []) }
        func tag(_ text: String) -> (text: WrappedText, original: String, width: Double) {
            let fitted = TextWrapper.singleLine(text, width: width - 2 * M.tagPaddingX, font: M.tag)
            return (fitted, text, fitted.width + 2 * M.tagPaddingX)
        }
        var rows: [[(text: WrappedText, original: String, width: Double)]] = [[]]
        var rowWidth = 0.0
        for (index, actor) in actors.enumerated() {
            let item = tag(actor)
            let added = rows[rows.count - 1].isEmpty ? item.width : rowWidth + M.tagGap + item.width
            if added <= width {
                rows[rows.count - 1].append(item)
                rowWidth = added
                continue
            }
            if rows.count == M.tagMaxRows {
                // Replace the tail of the last row with "+N" for the actors left over.
                let remaining = actors.count - index
                var last = rows[rows.count - 1]
                var plus = tag("+\(remaining)")
                while !last.isEmpty && last.reduce(0, { $0 + $1.width }) + Double(last.count) * M.tagGap + plus.width > width {
                    last.removeLast()
                    plus = tag("+\(remaining + (rows[rows.count - 1].count - last.count))")
                }
                last.append(plus)
                rows[rows.count - 1] = last
                return TagLayout(rows: rows)
            }
            rows.append([item])
            rowWidth = item.width
        }
        return TagLayout(rows: rows)
    }

    /// The MOT badge above a card: filled star and "MOT"/"关键时刻" when declared; an outlined, dashed badge
    /// with a hollow star and "Suggested MOT" when only the data suggests it.
    func motBadge(_ column: Column, bottom: Double) -> [LayoutNode]? {
        let declared = column.finding.mot.declared
        guard declared || column.finding.mot.suggested else { return nil }
        let starSize = M.px(10)
        let available = column.width - M.px(22) - starSize   // the badge (text + star + padding) stays inside its column
        // A narrow column says "Suggested" rather than cut "Suggested MOT" short.
        var text = declared ? labels.mot : labels.suggestedMOT
        if !declared, TextMeasurer.width(text, font: M.badge) > available { text = labels.suggestedMOTShort }
        let fitted = TextWrapper.singleLine(text, width: available, font: M.badge)
        let badgeWidth = M.px(8) + starSize + M.px(4) + fitted.width + M.px(8)
        let rect = Rect(x: column.center - badgeWidth / 2, y: bottom - M.badgeHeight, width: badgeWidth, height: M.badgeHeight)
        let owner = "mot-\(column.index)"
        let style = declared
            ? ShapeStyle(fill: .motFill)
            : ShapeStyle(fill: .background, stroke: .suggestedStroke, strokeWidth: 1.2, dash: [3, 2])
        var nodes: [LayoutNode] = [.shape(Shape(.rect(rect, cornerRadius: M.badgeHeight / 2), style: style, obstacle: true, owner: owner))]
        let starCenter = Point(x: rect.x + M.px(8) + starSize / 2, y: rect.midY)
        let starStyle = declared ? ShapeStyle(fill: .motInk) : ShapeStyle(fill: .background, stroke: .suggestedStroke, strokeWidth: 1)
        nodes.append(.shape(Shape(MarkShapes.star(center: starCenter, radius: starSize / 2 + M.px(0.5)), style: starStyle, owner: owner)))
        let textX = rect.x + M.px(8) + starSize + M.px(4)
        nodes.append(.text(run(fitted, text, x: textX, y: rect.y + (M.badgeHeight - M.badge.size) / 2 + M.badge.ascent,
                               line: M.badgeHeight, font: M.badge, color: declared ? .motInk : .suggestedStroke, role: .motBadge,
                               lane: .touchpoints, column: column.index,
                               bounds: Rect(x: textX - M.px(1), y: rect.y, width: rect.maxX - textX + M.px(1), height: rect.height), owner: owner)))
        return [.group(LayoutGroup(id: nil, attributes: [("data-mark", declared ? "mot" : "suggested-mot")], children: nodes))]
    }
}
