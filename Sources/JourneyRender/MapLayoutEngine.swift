import JourneyAnalysis
import JourneyModel

/// Lays out the annotated journey map: lanes top to bottom (header, stages, touchpoints, emotion curve with
/// peak-end callouts, findings, voices, actions, legend), leaving out lanes with nothing to show. Pure: the
/// same journey, findings and options always give the same `MapLayout`.
public struct MapLayoutEngine {
    /// The metrics of this map's size profile (spelled `M` so the lane code reads the same for every size).
    let M: LayoutMetrics
    /// The size profile: page, lanes and items shown.
    let profile: LayoutProfile

    /// One touchpoint's column.
    struct Column {
        let index: Int
        let stageIndex: Int
        let touchpoint: Touchpoint
        let finding: TouchpointFinding
        /// The column's horizontal extent (full map height; lanes cut it).
        let x: Double
        let width: Double
        var center: Double { x + width / 2 }
        /// The plotted value: nil when unrated or suppressed (a gap, never a zero).
        var value: Double? { finding.suppressed ? nil : finding.mean }
    }

    let journey: Journey
    let findings: JourneyFindings
    let options: RenderOptions
    let labels: MapLabels
    let columns: [Column]
    let width: Double
    let plotLeft: Double
    let plotRight: Double
    /// Lanes this page leaves to another page of the same columns (print: the voices and actions page).
    var hiddenLanes: Set<LaneKind> = []
    /// On a print sheet whose voices moved to the next sheet: the line saying where they are.
    var voicesNote: String? = nil
    /// Touchpoints whose finding pill is shown (a slide keeps the top pain and pleasure points only).
    let shownFindings: Set<String>
    /// Each pain point's rank (①②③) as the whole journey's analysis numbers it: a stage curve's points carry the rank
    /// of the pain point they lead with. Computed once: `JourneyFindings.painRanks` sorts the pains on every call, and
    /// the lanes ask for it per column (82 % of a 200-touchpoint render's instructions when it was recomputed).
    let painRanks: [String: Int]
    /// A stage curve's other ranks each stage's pill may carry (`pillRanks`): those its stage holds, up to the last
    /// rank a shown pill leads with (so "①②④" becomes "①③ ② ④"). Worked out once per page.
    let pillCompanionRanks: [String: [Int]]

    // Output, filled lane by lane.
    var lanes: [LaneFrame] = []
    var headerNodes: [LayoutNode] = []
    var laneLabelNodes: [LayoutNode] = []
    var curveNodes: [LayoutNode] = []
    var stageNodes: [[LayoutNode]]
    var touchpointNodes: [[LayoutNode]]
    var calloutNodes: [LayoutNode] = []
    var legendNodes: [LayoutNode] = []
    var cursor: Double
    /// The curve's plot height as laid out.
    var plotHeight = 0.0
    /// The curve's plot as laid out, for the comparison curves drawn on it.
    var plotRect: Rect? = nil
    /// The band from the scale's maximum gridline to its minimum one, as laid out.
    var plotBand: Rect? = nil
    /// The marks drawn on this page, for its legend.
    var drawnMarks: Set<MapMark> = []
    /// A slide's actions neither on a card nor counted on one (those of pain points it does not show, of pleasure
    /// points): the note under the lane's label counts them, so the room knows the plan holds more.
    var actionsOffSlide = 0

    /// Lays out a map for a journey and its findings: the first page when the size splits it across pages.
    public static func layout(_ journey: Journey, findings: JourneyFindings, options: RenderOptions = RenderOptions()) -> MapLayout {
        pages(journey, findings: findings, options: options)[0]
    }

    /// Lays out every page of a map: one for `wide` and `slide`; for `a3`/`a4` as many as the columns need at
    /// print sizes, each a full map (header, stage band, curve …) of its touchpoints.
    public static func pages(_ journey: Journey, findings: JourneyFindings, options original: RenderOptions = RenderOptions()) -> [MapLayout] {
        var options = original
        if options.takeaway {
            options.takeawayText = MapTakeaway.text(journey, findings: findings, language: options.language)
            options.takeawayShortText = MapTakeaway.text(journey, findings: findings, language: options.language, namingPlace: false)
            options.takeawayShortestText = MapTakeaway.text(journey, findings: findings, language: options.language, namingPlace: false,
                                                            namingAction: false)
            if options.takeawayText != nil { options.firstAction = MapTakeaway.firstAction(journey, findings: findings)?.0 }
        }
        options.stageColors = Dictionary(journey.stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let profile = LayoutProfile.of(options.size)
        guard let page = profile.page else { return [heroCurve(journey, findings: findings, options: options, profile: profile)] }
        if options.size == .slide {
            let count = journey.touchpoints.count
            if let limit = profile.maxColumns, count > limit {
                let labels = MapLabels(options.language ?? journey.language)
                let summary = StageSummary.summarize(journey, findings: findings, labels: labels)
                options.stageCurve = true
                options.painRankOverride = summary.ranks
                options.stageCompanionRanks = summary.companions
                options.summarizedTouchpoints = count
                options.stageCardScores = summary.scores
                options.stageCardNamesEnd = summary.namesEnd
                options.peakEndTerms = findings.peakEndScores
                options.wholeJourneyNames = Self.names(journey)
                // the curve shows the lowest point's stage mean there, and a comparison's stage bands their stage's Δ:
                // the takeaway gives both numbers
                let mean = findings.peakEnd.troughID.flatMap { id in journey.stages.firstIndex { $0.touchpoints.contains { $0.id == id } } }
                    .flatMap { summary.findings.finding(for: "stage-mean-\($0 + 1)")?.mean }
                let stageDelta = findings.comparison.map { Self.stageDeltas(journey, comparison: $0, summary: summary.findings) }
                if options.takeaway, mean != nil || stageDelta != nil {
                    options.takeawayText = MapTakeaway.text(journey, findings: findings, language: options.language, stageMean: mean,
                                                            stageDeltas: stageDelta)
                    options.takeawayShortText = MapTakeaway.text(journey, findings: findings, language: options.language,
                                                                 stageMean: mean, stageDeltas: stageDelta, namingPlace: false)
                    options.takeawayShortestText = MapTakeaway.text(journey, findings: findings, language: options.language,
                                                                    stageMean: mean, stageDeltas: stageDelta, namingPlace: false,
                                                                    namingAction: false)
                }
                return [fitted(summary.journey, findings: summary.findings, options: options, profile: profile, page: page)]
            }
            return [fitted(journey, findings: findings, options: options, profile: profile, page: page)]
        }
        // Print: sheets that each read alone (PrintPagination).
        options.wholeJourneyNames = Self.names(journey)
        return PrintPagination.sheets(journey, findings: findings, options: options, profile: profile, page: page)
    }

    /// By touchpoint id, the comparison's Δ of its stage as a slide of stage means draws it in the stage's band: the
    /// stage's mean (`StageSummary`) less the reference curve's point there (`overlayValue`); absent where either is
    /// missing.
    static func stageDeltas(_ journey: Journey, comparison: JourneyComparison, summary: JourneyFindings) -> [String: Double] {
        let references = referenceValues(comparison)
        var deltas: [String: Double] = [:]
        for (k, stage) in journey.stages.enumerated() {
            guard let mean = summary.finding(for: "stage-mean-\(k + 1)")?.mean,
                  let reference = stageMean(references, stageID: stage.id) else { continue }
            for touchpoint in stage.touchpoints { deltas[touchpoint.id] = mean - reference }
        }
        return deltas
    }

    /// Each touchpoint's name as a map prints it, by id (for a page that shows only part of the journey, or its stages).
    static func names(_ journey: Journey) -> [String: String] {
        Dictionary(journey.touchpoints.map { ($0.id, TextSanitizer.displayText($0.name)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The least share of a slide its plot band keeps to make room for the actions lane (it aims at `plotBandShare`).
    static let minimumBandShare = 0.3

    /// The least share a slide's band yields to, when nothing else is left to cut, before it drops its actions lane:
    /// only as far as its curve lane (the band with the callouts' own rows) keeps `minimumCurveShare` of the slide.
    /// (A four-touchpoint slide whose lowest point's callout took a row below the plot had no room left for its
    /// three one-line actions.)
    static let lastBandShare = 0.25

    /// The least share of a page the curve keeps when the page is full (each profile aims at its `curveShare`).
    static let minimumCurveShare = 0.3

    /// The most of a slide the curve lane grows to with the room its lanes leave (the hero, not the whole page).
    static let maximumCurveShare = 0.44

    /// The wide map (natural height): the plot grows, or shrinks down to its minimum, until the curve lane is a
    /// third of the map's height.
    static func heroCurve(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile) -> MapLayout {
        var metrics = profile.metrics
        var engine = MapLayoutEngine(journey: journey, findings: findings, options: options, profile: profile, metrics: metrics)
        let first = engine.build()
        guard let curve = first.lane(.curve) else { return first }
        // curve = share × (rest + curve)  ⇒  curve = rest × share / (1 − share)
        let rest = first.naturalHeight - curve.rect.height
        let wanted = rest * profile.curveShare / (1 - profile.curveShare)
        metrics.plotHeight = max(metrics.px(metrics.plotMinHeight), (first.plotHeight + wanted - curve.rect.height).rounded())
        guard metrics.plotHeight != first.plotHeight else { return first }
        engine = MapLayoutEngine(journey: journey, findings: findings, options: options, profile: profile, metrics: metrics)
        return engine.build()
    }

    /// Lays out one page so that it fills `page` without shrinking its text: the curve lane takes `curveShare` of
    /// the page (or exactly `fixedPlot`, the plot height shared by every sheet); when the rest does not fit, the curve
    /// first gives up height down to `minimumCurveShare`, then the profile's squeezes cut long texts and items one step
    /// at a time (the full text stays in `<title>`), and only then does the curve give up more, down to its minimum.
    /// What is left over is spread between the lanes.
    static func fitted(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile, page: Size,
                       hidden: Set<LaneKind> = [], maxSqueezes: Int = .max, fixedPlot: Double? = nil) -> MapLayout {
        func build(_ metrics: LayoutMetrics) -> MapLayout {
            var engine = MapLayoutEngine(journey: journey, findings: findings, options: options, profile: profile, metrics: metrics)
            engine.hiddenLanes = hidden
            return engine.build(pageHeight: page.height)
        }
        /// With a plot set by another sheet, the page must also leave the curve lane room for its least share.
        func fits(_ layout: MapLayout) -> Bool {
            guard fixedPlot != nil, let curve = layout.lane(.curve) else { return layout.naturalHeight <= page.height }
            return layout.naturalHeight + max(0, page.height * minimumCurveShare - curve.rect.height) <= page.height
        }
        var metrics = profile.metrics
        var squeezes = LayoutSqueeze.steps(for: profile.size).prefix(maxSqueezes)
        var layout: MapLayout
        // A profile with a band share: the plot is the band plus its padding, never less.
        // (the band yields to 30 % only to keep the actions lane: without it, it stays at a third)
        var bandPlot: Double? {
            ((hidden.contains(.actions) ? nil : metrics.bandShareOverride) ?? profile.plotBandShare)
                .map { (page.height * $0).rounded(.up) + 2 * metrics.plotPadding }
        }
        while true {
            metrics.plotHeight = fixedPlot ?? bandPlot
            layout = build(metrics)
            if fixedPlot == nil, bandPlot == nil, let curve = layout.lane(.curve) {
                let wanted = page.height * profile.curveShare
                metrics.plotHeight = max(metrics.px(metrics.plotMinHeight), (layout.plotHeight + wanted - curve.rect.height).rounded(.down))
                layout = build(metrics)
            }
            if fits(layout) { break }
            // Before cutting text, the curve may give up height down to its least share of the page.
            if fixedPlot == nil, bandPlot == nil, let curve = layout.lane(.curve) {
                let over = layout.naturalHeight - page.height
                let plot = (layout.plotHeight - over).rounded(.down)
                if curve.rect.height - over >= page.height * minimumCurveShare, plot >= metrics.px(metrics.plotMinHeight) {
                    var shorter = metrics
                    shorter.plotHeight = plot
                    let candidate = build(shorter)
                    if fits(candidate) { metrics = shorter; layout = candidate; break }
                }
            }
            guard let squeeze = squeezes.popFirst() else {
                // Nothing left to cut: a band-share slide lets its band yield down to `minimumBandShare` (still about
                // a third), or `lastBandShare` while its curve lane keeps 30 %, to keep its actions lane, then drops
                // the lane before the curve gives up more.
                if let bandPlot, fixedPlot == nil, let curve = layout.lane(.curve), !hidden.contains(.actions), layout.lane(.actions) != nil {
                    // down to 30 %, or to 25 % while the callouts' rows keep the curve lane at 30 % of the slide
                    let rows = curve.rect.height - layout.plotHeight
                    let laneFloor = (page.height * minimumCurveShare - rows).rounded(.up)
                    let floor = min((page.height * minimumBandShare).rounded(.up) + 2 * metrics.plotPadding,
                                    max((page.height * lastBandShare).rounded(.up) + 2 * metrics.plotPadding, laneFloor))
                    var lower = metrics
                    for _ in 0..<3 {
                        lower.plotHeight = max(floor, min(bandPlot, (lower.plotHeight ?? bandPlot) - (layout.naturalHeight - page.height)).rounded(.down))
                        let candidate = build(lower)
                        if candidate.naturalHeight <= page.height { metrics = lower; layout = candidate; break }
                        if lower.plotHeight == floor { break }
                    }
                    if layout.naturalHeight <= page.height { break }
                }
                if let drop = LayoutSqueeze.lastResort(for: profile.size), !hidden.contains(drop), layout.lane(drop) != nil {
                    return fitted(journey, findings: findings, options: options, profile: profile, page: page, hidden: hidden.union([drop]),
                                  maxSqueezes: maxSqueezes, fixedPlot: fixedPlot)
                }
                // Then the curve gives up height, down to its minimum (a print sheet that may not cut is left too tall
                // instead, so that it is split into a map sheet and a words sheet).
                // (a lower plot can push callouts placed inside it out to rows of their own: give up more, a few times)
                var tries = 0
                while fixedPlot == nil, layout.lane(.curve) != nil, maxSqueezes == .max, !fits(layout), tries < 4,
                      layout.plotHeight > metrics.px(metrics.plotMinHeight) {
                    metrics.plotHeight = max(metrics.px(metrics.plotMinHeight), (layout.plotHeight + page.height - layout.naturalHeight).rounded(.down))
                    layout = build(metrics)
                    tries += 1
                }
                break
            }
            squeeze(&metrics)
        }
        var slack = page.height - layout.naturalHeight
        guard slack > 1 else { return layout }
        // A band-share page gives what is left to the curve: the hero grows, the lanes around it stay packed.
        if let bandPlot, fixedPlot == nil, let curve = layout.lane(.curve), metrics.plotHeight == bandPlot,
           curve.rect.height < page.height * maximumCurveShare {
            var taller = metrics
            // (up to `maximumCurveShare` of the page: past it the rest goes between the lanes)
            taller.plotHeight = bandPlot + min(slack, page.height * maximumCurveShare - curve.rect.height).rounded(.down)
            let candidate = build(taller)
            if candidate.naturalHeight <= page.height {
                metrics = taller
                layout = candidate
                slack = page.height - layout.naturalHeight
                guard slack > 1 else { return layout }
            }
        }
        // A plot set by another sheet: the curve lane takes the room it lacks for its share first.
        if fixedPlot != nil, let curve = layout.lane(.curve), curve.rect.height < page.height * profile.curveShare {
            metrics.curvePadding = min(slack, page.height * profile.curveShare - curve.rect.height).rounded(.down)
            slack -= metrics.curvePadding
        }
        metrics.laneGapExtra = (slack / Double(max(layout.lanes.count - 2, 1))).rounded(.down)
        return build(metrics)
    }

    init(journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile, metrics M: LayoutMetrics) {
        self.M = M
        self.profile = profile
        self.journey = journey
        self.findings = findings
        self.options = options
        self.labels = MapLabels(options.language ?? journey.language)
        self.cursor = M.margin
        let flat = journey.stages.enumerated().flatMap { stageIndex, stage in stage.touchpoints.map { (stageIndex, stage.id, $0) } }
        let count = max(flat.count, 1)
        // The user's text decides the column width, not the label language.
        let minPitch = journey.language == .zh ? M.minPitch : M.minPitchLatin
        let natural = M.margin * 2 + M.gutter + Double(count) * minPitch
        let pitch: Double
        if natural < M.minWidth {
            pitch = min(M.maxPitch, (M.minWidth - 2 * M.margin - M.gutter) / Double(count))
        } else {
            pitch = minPitch
        }
        width = max(M.minWidth, M.margin * 2 + M.gutter + Double(count) * pitch)
        plotLeft = M.margin + M.gutter
        plotRight = width - M.margin
        // Centre the columns in the plot when the minimum width leaves room to spare.
        let spare = (plotRight - plotLeft) - Double(count) * pitch
        let start = plotLeft + max(spare, 0) / 2
        var columns: [Column] = []
        // each touchpoint's finding by id (one pass, not one search per column)
        let byID = Dictionary(findings.touchpoints.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, item) in flat.enumerated() {
            let finding = byID[item.2.id]
                ?? TouchpointFinding(id: item.2.id, stageID: item.1, mot: MOTAssessment(declared: item.2.isMOT))
            columns.append(Column(index: index, stageIndex: item.0, touchpoint: item.2, finding: finding,
                                  x: start + Double(index) * pitch + M.columnGap / 2, width: pitch - M.columnGap))
        }
        self.columns = columns
        let ranks = options.painRankOverride ?? findings.painRanks
        painRanks = ranks
        let ranked = findings.rankedPains.sorted { ranks[$0.id, default: .max] < ranks[$1.id, default: .max] }
        shownFindings = Self.shownFindings(columns.map(\.finding), ranked: ranked, profile: profile)
        let shown = shownFindings
        let limit = columns.filter { shown.contains($0.finding.id) && $0.finding.findingClass == .pain && !$0.finding.suppressed }
            .compactMap { ranks[$0.finding.id] }.max() ?? 0
        pillCompanionRanks = options.stageCompanionRanks.mapValues { $0.filter { $0 <= limit } }
        stageNodes = Array(repeating: [], count: journey.stages.count)
        touchpointNodes = Array(repeating: [], count: columns.count)
    }

    mutating func build(pageHeight: Double? = nil) -> MapLayout {
        layoutHeader()
        layoutStages()
        layoutTouchpoints()
        layoutCurve()
        layoutComparison()
        layoutFindings()
        layoutVoices()
        layoutActions()
        layoutLegend()
        let natural = cursor + M.margin
        let height = max(natural, pageHeight ?? 0)
        var layout = MapLayout(size: Size(width: width, height: height), lanes: lanes,
                         columns: columns.map { Rect(x: $0.x, y: 0, width: $0.width, height: height) },
                         nodes: assemble(), title: TextSanitizer.displayText(journey.title + sheetSuffix),
                         summary: MapSummary.text(journey, findings: findings, labels: labels, view: summaryView),
                         language: labels.language.rawValue)
        layout.naturalHeight = natural
        layout.plotHeight = plotHeight
        layout.plotBand = plotBand
        layout.compactLegend = M.compactLegend
        return layout
    }

    /// What this page shows, for its `<desc>`.
    var summaryView: MapSummary.View {
        MapSummary.View(pills: Set(columns.filter(showsPill).map(\.finding.id)), curve: lane(.curve) != nil,
                        verdict: M.showsBoxNote, summarized: options.summarizedTouchpoints, ranks: options.painRankOverride,
                        companions: Dictionary(columns.map { ($0.finding.id, Array(drawnRanks($0).dropFirst())) }.filter { !$0.1.isEmpty },
                                               uniquingKeysWith: { a, _ in a }),
                        peakEndTerms: options.peakEndTerms)
    }

    /// The frame of a lane laid out so far.
    func lane(_ kind: LaneKind) -> LaneFrame? { lanes.first { $0.kind == kind } }

    // MARK: - Assembly

    /// Drawing order: header, lane labels, curve background, stages holding their touchpoints, callouts, legend.
    func assemble() -> [LayoutNode] {
        var nodes: [LayoutNode] = [.group(LayoutGroup(id: "header", children: headerNodes))]
        if !laneLabelNodes.isEmpty { nodes.append(.group(LayoutGroup(id: "lane-labels", children: laneLabelNodes))) }
        if !curveNodes.isEmpty { nodes.append(.group(LayoutGroup(id: "curve", children: curveNodes))) }
        var usedIDs: Set<String> = []
        var stageGroups: [LayoutNode] = []
        for (stageIndex, stage) in journey.stages.enumerated() {
            var children = stageNodes[stageIndex]
            for column in columns where column.stageIndex == stageIndex {
                children.append(.group(touchpointGroup(column)))
            }
            var id = "stage-" + Self.xmlID(stage.id)
            if id == "stage-" || usedIDs.contains(id) { id = "stage-\(stageIndex + 1)" }
            usedIDs.insert(id)
            stageGroups.append(.group(LayoutGroup(id: id, attributes: [("data-stage", TextSanitizer.displayText(stage.name))],
                                                  children: children)))
        }
        nodes.append(.group(LayoutGroup(id: "stages", children: stageGroups)))
        if !calloutNodes.isEmpty { nodes.append(.group(LayoutGroup(id: "peak-end", children: calloutNodes))) }
        nodes.append(.group(LayoutGroup(id: "legend", children: legendNodes)))
        return nodes
    }

    func touchpointGroup(_ column: Column) -> LayoutGroup {
        let f = column.finding
        var mot: [String] = []
        if f.mot.declared { mot.append("declared") }
        if f.mot.suggested { mot.append("suggested") }
        return LayoutGroup(id: "tp-" + Self.xmlID(column.touchpoint.id), attributes: [
            ("data-score", column.value.map { MapNumber.fixed($0, digits: 2) } ?? ""),
            ("data-n", String(f.n)),
            ("data-class", f.findingClass.rawValue),
            ("data-mot", mot.isEmpty ? "none" : mot.joined(separator: " ")),
        ], children: touchpointNodes[column.index])
    }

    /// An id safe for XML: letters, digits, `-`, `_` and `.` kept, anything else replaced by `_`.
    static func xmlID(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            let v = scalar.value
            let ok = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x2D || v == 0x5F || v == 0x2E
            out.unicodeScalars.append(ok ? scalar : "_")
        }
        return out
    }

    /// The findings a profile shows: all of them, or on a slide the top ranked pain points and the best pleasure points.
    static func shownFindings(_ all: [TouchpointFinding], ranked: [TouchpointFinding], profile: LayoutProfile) -> Set<String> {
        let ids = Set(all.map(\.id))
        guard let maxPains = profile.maxPains else { return ids }
        let pains = ranked.map(\.id).filter(ids.contains).prefix(maxPains)
        let pleasures = all.filter { $0.findingClass == .pleasure && !$0.suppressed }
            .sorted { ($0.mean ?? 0) > ($1.mean ?? 0) }.prefix(profile.maxPleasures ?? all.count).map(\.id)
        return Set(pains).union(pleasures)
    }

    // MARK: - Helpers shared by the lanes

    /// Whether this page draws a finding pill for the column (its class is not neutral, it is not withheld, the
    /// profile shows it and the findings lane is on this page).
    func showsPill(_ column: Column) -> Bool {
        column.finding.findingClass != .neutral && !column.finding.suppressed && shownFindings.contains(column.finding.id)
            && !hiddenLanes.contains(.findings)
    }

    /// Adds a lane frame and its gutter label (with an optional second, muted line).
    mutating func addLane(_ kind: LaneKind, top: Double, height: Double, label: String?, note: String? = nil, labelTop: Double? = nil) {
        let rect = Rect(x: 0, y: top, width: width, height: height)
        lanes.append(LaneFrame(kind: kind, rect: rect))
        guard let label else { return }
        let bounds = Rect(x: M.margin, y: top, width: M.laneLabelWidth, height: height)
        let available = max(1, Int((top + height - (labelTop ?? top) - M.laneLabel.size) / M.laneLine) + 1)
        let wrapped = TextWrapper.wrap(label, width: bounds.width, font: M.laneLabel, maxLines: min(2, available))
        let baseline = (labelTop ?? top) + M.laneLabel.ascent
        laneLabelNodes.append(.text(run(wrapped, label, x: bounds.x, y: baseline, line: M.laneLine, font: M.laneLabel,
                                        color: .muted, role: .laneLabel, lane: kind, bounds: bounds)))
        if let note {
            let noteTop = baseline + Double(wrapped.lines.count - 1) * M.laneLine + M.laneLabel.descent + 3
            let noteBaseline = noteTop + M.laneNote.ascent
            guard noteBaseline + M.laneNote.descent <= top + height else { return }
            let noteWrapped = TextWrapper.singleLine(note, width: bounds.width, font: M.laneNote)
            laneLabelNodes.append(.text(run(noteWrapped, note, x: bounds.x, y: noteBaseline, line: M.laneLine, font: M.laneNote,
                                            color: .faint, role: .laneLabel, lane: kind, bounds: bounds)))
        }
    }

    /// A text run from wrapped text, keeping the full text when it was cut.
    func run(_ wrapped: WrappedText, _ original: String, x: Double, y: Double, line: Double, font: FontSpec,
             anchor: TextAnchor = .start, color: ColorRole, role: TextRole, lane: LaneKind, column: Int? = nil,
             bounds: Rect, owner: String? = nil) -> TextRun {
        TextRun(lines: wrapped.lines, x: x, y: y, lineHeight: line, font: font, anchor: anchor, color: color, role: role,
                lane: lane, column: column, bounds: bounds,
                fullText: wrapped.isTruncated ? TextSanitizer.displayText(original) : nil, owner: owner)
    }

    /// Height of a block of `lines` lines: ascent of the first to descent of the last.
    static func blockHeight(lines: Int, font: FontSpec, line: Double) -> Double {
        lines == 0 ? 0 : font.ascent + font.descent + Double(lines - 1) * line
    }

    /// Score text: one decimal for survey means, as written for workshop estimates.
    func scoreText(_ value: Double) -> String {
        MapNumber.score(value, source: findings.source)
    }

    /// Whether the map shows survey data.
    var isSurvey: Bool { findings.source == .survey }
    /// Whether any touchpoint has a score to draw (a fresh journey may have none yet).
    var hasScores: Bool { findings.hasDrawableScores }
}
