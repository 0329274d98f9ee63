import JourneyAnalysis
import JourneyModel

extension MapLayoutEngine {
    /// The subtitle wrapped into `maxLines`. On a slide, a subtitle too long for its lines gives up the persona's
    /// trailing parts whole ("一线客服专员 · 入职 0–3 个月", not "… · 电话与…"): the persona comes last there, and it is
    /// cut with "…" only when not even its first part fits.
    func slideSubtitle(_ text: String, width: Double, maxLines: Int) -> WrappedText {
        let whole = TextWrapper.wrap(text, width: width, font: M.subtitle, maxLines: maxLines)
        let shown = TextSanitizer.displayText(text)
        guard whole.isTruncated, profile.size == .slide, let persona = journey.persona.map(TextSanitizer.displayText),
              let start = shown.range(of: persona, options: .backwards) else { return whole }
        let head = String(shown[..<start.lowerBound])
        for kept in Self.personaHeads(persona) {
            let shorter = TextWrapper.wrap(head + kept, width: width, font: M.subtitle, maxLines: maxLines)
            if !shorter.isTruncated { return shorter }
        }
        return whole
    }

    /// A persona's leading parts, longest first, split where it lists ("·", "•", commas, "、", semicolons):
    /// "一线客服专员 · 入职 0–3 个月 · 电话与在线渠道" gives "一线客服专员 · 入职 0–3 个月", then "一线客服专员".
    static func personaHeads(_ persona: String) -> [String] {
        let separators: Set<Character> = ["·", "•", ",", "，", "、", ";", "；"]
        var heads: [String] = []
        var index = persona.startIndex
        while index < persona.endIndex {
            if separators.contains(persona[index]) {
                let head = String(persona[..<index].reversed().drop(while: \.isWhitespace).reversed())
                if !head.isEmpty { heads.append(head) }
            }
            index = persona.index(after: index)
        }
        return heads.reversed()
    }

    /// Header lane: title, a subtitle with persona, data line and scale, and the peak-end box top right.
    mutating func layoutHeader() {
        let top = cursor
        let contentWidth = width - 2 * M.margin
        // a slide's box is wider: its headline in two lines, not three, leaves the lanes below a line more
        let boxWidth = min(M.px(460), max(M.px(320), contentWidth * (profile.size == .slide ? 0.40 : 0.34)))
        // The box explains the curve's figures: a continuation sheet without the curve leaves it to its map sheet.
        var box = hiddenLanes.contains(.curve) ? nil : peakEndBox(x: width - M.margin - boxWidth, y: top, width: boxWidth)
        let leftWidth = box == nil ? contentWidth : contentWidth - boxWidth - 28
        let leftBounds = Rect(x: M.margin, y: top, width: leftWidth, height: 10_000)

        // A print sheet's number follows the title, unless it would take the title to another line beside the box:
        // then it leads the subtitle (a line saved for the curve) — on every sheet of the set, with the box or not,
        // so the number is in one place on all of them.
        var sheetLeadsSubtitle = false
        if !sheetSuffix.isEmpty {
            let besideBox = contentWidth - boxWidth - 28
            let numbered = TextWrapper.wrap(journey.title + sheetSuffix, width: besideBox, font: M.title, maxLines: M.titleMaxLines)
            let alone = TextWrapper.wrap(journey.title, width: besideBox, font: M.title, maxLines: M.titleMaxLines)
            sheetLeadsSubtitle = alone.lines.count < numbered.lines.count || numbered.isTruncated
        }
        let titleText = sheetLeadsSubtitle ? journey.title : journey.title + sheetSuffix
        let title = TextWrapper.wrap(titleText, width: leftWidth, font: M.title, maxLines: M.titleMaxLines)
        var y = top + M.title.ascent
        var titleRun = run(title, titleText, x: M.margin, y: y, line: M.titleLine, font: M.title,
                           color: .ink, role: .title, lane: .header, bounds: leftBounds)
        y += Double(title.lines.count - 1) * M.titleLine + M.title.descent

        var parts: [String] = []
        if let persona = journey.persona, !TextSanitizer.displayText(persona).isEmpty { parts.append(persona) }
        parts.append(isSurvey ? labels.surveyDataLine(findings)
                     : hasScores ? labels.estimateDataLine : labels.unratedDataLine)
        parts.append(labels.scaleLine(journey.scale))
        // A slide's one subtitle line may be cut: the data and the scale first, so the cut takes the persona, never
        // "n = 260" or "评分 1–7（4 = 中性）" that the curve needs.
        if profile.size == .slide, parts.count == 3 { parts = [parts[1], parts[2], parts[0]] }
        if sheetLeadsSubtitle, let sheet = options.sheet { parts.insert(labels.sheetInSubtitle(sheet.sheet, of: sheet.total), at: 0) }
        // A slide sets a one-line subtitle beside a one-line title when both fit: a line saved for the lanes.
        let subtitleText = parts.map(TextSanitizer.displayText).joined(separator: "  ·  ")
        let besideX = M.margin + title.width + M.px(14)
        let beside = M.subtitleBesideTitle && title.lines.count == 1
            && besideX + TextMeasurer.width(subtitleText, font: M.subtitle) <= M.margin + leftWidth
        // The takeaway sits right under the title, in the ink colour and a larger size than the subtitle.
        var takeawayRun: TextRun? = nil
        if options.takeaway, var takeaway = options.takeawayText ?? MapTakeaway.text(journey, findings: findings, language: options.language) {
            var wrapped = TextWrapper.wrap(takeaway, width: leftWidth, font: M.takeaway, maxLines: M.takeawayMaxLines)
            // too long for its lines: the first action without its place, then without its title (its card on the
            // map has it), rather than a cut action
            for shorter in [options.takeawayShortText, options.takeawayShortestText].compactMap({ $0 }) where wrapped.isTruncated && shorter != takeaway {
                takeaway = shorter
                wrapped = TextWrapper.wrap(shorter, width: leftWidth, font: M.takeaway, maxLines: M.takeawayMaxLines)
            }
            let baseline = y + 10 + M.takeaway.ascent
            takeawayRun = run(wrapped, takeaway, x: M.margin, y: baseline, line: M.takeawayLine, font: M.takeaway,
                              color: .ink, role: .takeaway, lane: .header, bounds: leftBounds)
            y = baseline + Double(wrapped.lines.count - 1) * M.takeawayLine + M.takeaway.descent
        }
        // A subtitle that starts below the box runs the full width: a line saved (workshop-demo's A4 sheet, whose
        // three-line takeaway takes the subtitle below the box, fits on one sheet pair instead of three sheets).
        var underBox = !beside && box.map { y + 10 >= $0.rect.maxY + M.px(4) } == true
        let subtitleWidth = beside ? leftWidth - (besideX - M.margin) : underBox ? contentWidth : leftWidth
        var subtitle = slideSubtitle(subtitleText, width: subtitleWidth, maxLines: beside ? 1 : M.subtitleMaxLines)
        let subtitleBaseline = beside ? top + M.title.ascent : y + 10 + M.subtitle.ascent
        func leftBottom(_ subtitle: WrappedText) -> Double {
            beside || !M.showsSubtitle ? y : subtitleBaseline + Double(subtitle.lines.count - 1) * M.subtitleLine + M.subtitle.descent
        }
        // A slide of stage means names the two touchpoints its box's figures come from ("最强烈：…；终点：结案与复盘"):
        // its curve draws stage means and its cards only each stage's worst or best (second review: "终点 2.5" was
        // nowhere on the complaint slide). Only when the header keeps its height: a subtitle that ran under the box
        // then runs beside it on one line, cut at its end (the persona, which a slide puts last).
        // Where the names would make the header taller, they take the place of the average of touchpoints (the third
        // review: "按触点（5.9 + 5.5）/2 = 5.7" beside a curve whose callouts say 3.2 and 5.4 could not be matched to
        // anything on the onboarding and day slides; the two names are in the stage cards).
        if options.stageCurve, profile.size == .slide, let plain = box {
            for showsAverage in [true, false] {
                guard let named = peakEndBox(x: width - M.margin - boxWidth, y: top, width: boxWidth, namingMoments: true,
                                             showsAverage: showsAverage) else { break }
                let nextToBox = underBox && y + 10 < named.rect.maxY + M.px(4)
                let candidate = nextToBox ? slideSubtitle(subtitleText, width: leftWidth, maxLines: 1) : subtitle
                if max(leftBottom(candidate), named.rect.maxY) <= max(leftBottom(subtitle), plain.rect.maxY) {
                    box = named
                    subtitle = candidate
                    if nextToBox { underBox = false }
                    break
                }
            }
        }
        var subtitleRun = run(subtitle, subtitleText, x: beside ? besideX : M.margin, y: subtitleBaseline, line: M.subtitleLine,
                              font: M.subtitle, color: .muted, role: .subtitle, lane: .header, bounds: leftBounds)
        // a persona that gave up parts keeps its whole text in the run, as a cut one does
        if subtitleRun.fullText == nil, !TextSanitizer.displayText(subtitleText).hasSuffix(subtitle.lines.last ?? "") {
            subtitleRun.fullText = TextSanitizer.displayText(subtitleText)
        }
        let leftBottom = leftBottom(subtitle)

        let bottom = max(leftBottom, box?.rect.maxY ?? top)
        let laneRect = Rect(x: 0, y: top, width: width, height: bottom - top)
        let finalLeft = Rect(x: M.margin, y: top, width: leftWidth, height: bottom - top)
        titleRun.bounds = finalLeft
        let belowBox = box?.rect.maxY ?? top
        subtitleRun.bounds = underBox ? Rect(x: M.margin, y: belowBox, width: contentWidth, height: bottom - belowBox) : finalLeft
        headerNodes.append(.text(titleRun))
        if var takeawayRun {
            takeawayRun.bounds = finalLeft
            headerNodes.append(.text(takeawayRun))
        }
        if M.showsSubtitle { headerNodes.append(.text(subtitleRun)) }
        if let box { headerNodes.append(.group(LayoutGroup(id: "peak-end-summary", children: box.nodes))) }
        lanes.append(LaneFrame(kind: .header, rect: laneRect))
        cursor = bottom + M.laneGap + 4
    }

    /// The remembered-score box: (peak + end)/2 beside the plain average, and the test verdict when there is one
    /// (with `namingMoments`, the names of the most intense and the end touchpoints instead, shown on any size).
    func peakEndBox(x: Double, y: Double, width: Double, namingMoments: Bool = false,
                    showsAverage: Bool = true) -> (rect: Rect, nodes: [LayoutNode])? {
        let summary = findings.peakEnd
        guard let remembered = summary.remembered, let mean = summary.mean else { return nil }
        let inner = width - 2 * M.boxPadding
        let textX = x + M.boxPadding
        var nodes: [LayoutNode] = []
        var runs: [TextRun] = []
        var baseline = y + M.boxPadding + M.boxHeadline.ascent

        let figures = options.peakEndTerms ?? findings.peakEndScores   // a stage curve's: the touchpoints'
        var headlineText = labels.rememberedLine(remembered, comparedWith: mean, perRespondent: findings.source == .survey,
                                                 peak: figures.peak, end: figures.end)
        // A stage curve draws stage means: the box says its figure is built from the touchpoints (a per-person
        // figure says so already: people rate touchpoints; so do the two touchpoint scores written in, with the
        // "average of touchpoints" under them).
        if options.stageCurve, findings.source != .survey, figures.peak == nil || figures.end == nil { headlineText += labels.byTouchpoint }
        // Nothing in the box is cut: it is the figure the room remembers.
        let headline = TextWrapper.wrap(headlineText, width: inner, font: M.boxHeadline)
        runs.append(run(headline, headlineText, x: textX, y: baseline, line: M.boxLine + 2, font: M.boxHeadline,
                        color: .ink, role: .peakEndBox, lane: .header, bounds: .init(x: 0, y: 0, width: 0, height: 0)))
        baseline += Double(headline.lines.count - 1) * (M.boxLine + 2) + M.boxLine + 4

        // With survey data the headline is per person; the curve's own (most intense + end)/2 is given beside it,
        // so the header reconciles with the callouts.
        // (on a stage curve, whose points are stage means, the two touchpoints' own means, which its cards show)
        if findings.source == .survey, let p = figures.peak, let e = figures.end {
            // a slide keeps the figure and leaves the explanation to the document view
            let curveText = options.stageCurve ? labels.touchpointRememberedLine(peak: p, end: e)
                                               : labels.curveRememberedLine(peak: p, end: e, short: !M.showsBoxNote)
            let curve = TextWrapper.wrap(curveText, width: inner, font: M.boxText)
            runs.append(run(curve, curveText, x: textX, y: baseline, line: M.boxLine, font: M.boxText,
                            color: .ink, role: .peakEndBox, lane: .header, bounds: .init(x: 0, y: 0, width: 0, height: 0)))
            baseline += Double(curve.lines.count) * M.boxLine
        }
        if showsAverage {
            let averageText = labels.averageLine(mean, comparedWith: remembered, perRespondent: findings.source == .survey)
            let average = TextWrapper.wrap(averageText, width: inner, font: M.boxText)
            runs.append(run(average, averageText, x: textX, y: baseline, line: M.boxLine, font: M.boxText,
                            color: .ink, role: .peakEndBox, lane: .header, bounds: .init(x: 0, y: 0, width: 0, height: 0)))
            baseline += Double(average.lines.count) * M.boxLine
        }

        let noteText: String
        if namingMoments {
            // (the whole journey's touchpoints: a stage curve's own moments are stage means)
            noteText = labels.peakEndNames(peak: figures.peakID.flatMap { options.wholeJourneyNames[$0] },
                                           end: figures.endID.flatMap { options.wholeJourneyNames[$0] }, endAvailable: figures.endID != nil)
        } else if let test = summary.test {
            noteText = labels.verdict(test)
        } else {
            noteText = labels.peakEndNames(peak: summary.peakID.flatMap(name(of:)), end: summary.endID.flatMap(name(of:)),
                                           endAvailable: summary.endID != nil)
        }
        var bottom = baseline - M.boxLine + M.boxText.descent
        if !noteText.isEmpty, M.showsBoxNote || namingMoments {
            let note = TextWrapper.wrap(noteText, width: inner, font: M.boxNote)
            runs.append(run(note, noteText, x: textX, y: baseline, line: M.boxLine - 1, font: M.boxNote,
                            color: .muted, role: .peakEndBox, lane: .header, bounds: .init(x: 0, y: 0, width: 0, height: 0)))
            bottom = baseline + Double(note.lines.count - 1) * (M.boxLine - 1) + M.boxNote.descent
        }
        let rect = Rect(x: x, y: y, width: width, height: bottom + M.boxPadding - y)
        nodes.append(.shape(Shape(.rect(rect, cornerRadius: 8), style: ShapeStyle(fill: .boxFill, stroke: .boxStroke, strokeWidth: 1),
                                  obstacle: true, owner: "peak-end-summary")))
        for var textRun in runs {
            textRun.bounds = rect.insetBy(dx: M.boxPadding - 2, dy: M.boxPadding - 4)
            textRun.owner = "peak-end-summary"
            nodes.append(.text(textRun))
        }
        return (rect, nodes)
    }

    /// The sheet number after a print sheet's title ("" for a single page).
    var sheetSuffix: String { options.sheet.map { labels.sheetNumber($0.sheet, of: $0.total) } ?? "" }

    /// A touchpoint's display name by id (on a print sheet, also one on another sheet of the journey).
    func name(of id: String) -> String? {
        journey.touchpoint(id: id).map { TextSanitizer.displayText($0.name) } ?? options.wholeJourneyNames[id]
    }
}
