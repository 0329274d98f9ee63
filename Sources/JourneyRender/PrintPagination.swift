import JourneyAnalysis
import JourneyModel

/// Lays out a print map (`a3`, `a4`) as sheets that each read alone: a window of touchpoints with its stage band,
/// whole touchpoint names, the curve, the findings and the actions for those touchpoints. The windows are as wide as
/// the sheet's minimum column pitch allows; when one window's lanes do not all fit, narrower windows are tried, and
/// only when those would need more sheets do that window's voices (on A4 usually its actions too) move to a
/// continuation sheet of the same columns (the map sheet says on which sheet they are). Text is cut only when a
/// sheet cannot hold it at all.
enum PrintPagination {
    /// One planned sheet: its touchpoints, the lanes it leaves out, and whether it may cut text.
    struct Plan {
        var part: Journey
        var hidden: Set<LaneKind>
        var mayCut: Bool
        /// For a map sheet: the lanes of its touchpoints that are on the next sheet (voices, or actions and voices).
        var elsewhere: Set<LaneKind> = []
    }

    /// The sheets of a print map, numbered "(sheet k of N)" when there are several, every curve on the same plot height.
    static func sheets(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile, page: Size) -> [MapLayout] {
        let widest = columnsPerSheet(journey, profile: profile, page: page)
        // Planned with a worst-case page number in the title, so numbering the sheets never adds a line.
        let labels = MapLabels(options.language ?? journey.language)
        var planning = options
        planning.sheet = .init(sheet: 88, total: 88)
        let floor = max(1, min(widest, max(3, widest / 2)))
        // `split` shares the touchpoints out evenly, so its windows depend only on how many there are: each window
        // count from the widest windows' to the narrowest's is planned once.
        let count = max(1, journey.touchpoints.count)
        let fewest = (count + widest - 1) / widest, most = (count + floor - 1) / floor
        // Fewest sheets, a sheet that cuts text counting as two more.
        func cost(_ plans: [Plan]) -> Int { plans.count + 2 * plans.filter(\.mayCut).count }
        var best: [Plan]? = nil
        for windows in fewest...max(fewest, most) {
            // every window takes at least one sheet: more windows cannot cost less than the best so far
            if let best, windows >= cost(best) { break }
            let plans = split(journey, windows: windows, continued: MapLabels(options.language ?? journey.language).stageContinued).flatMap {
                plan($0, findings: findings, options: planning, profile: profile, page: page)
            }
            if best == nil || cost(plans) < cost(best!) { best = plans }
            // every window whole on its sheet: narrower windows would only add sheets
            if !plans.contains(where: { !$0.elsewhere.isEmpty || $0.mayCut }) { break }
        }
        let plans = best ?? []
        var base = options
        func numbered(_ index: Int) -> RenderOptions {
            var numbered = base
            numbered.sheet = plans.count > 1 ? .init(sheet: index + 1, total: plans.count) : nil
            return numbered
        }
        func lay(_ index: Int, plot: Double?, profile: LayoutProfile = profile) -> MapLayout {
            let plan = plans[index]
            let note = plan.elsewhere.isEmpty ? nil : labels.onSheet(plan.elsewhere, sheet: index + 2, of: plans.count)
            return fit(plan.part, findings: findings, options: numbered(index), profile: profile, page: page, hidden: plan.hidden,
                       mayCut: plan.mayCut, voicesNote: note, plot: plot)
        }
        let free = plans.indices.map { lay($0, plot: nil) }
        // One scale on every sheet: the lowest plot any curve sheet wants.
        let plots = free.filter { $0.lane(.curve) != nil }.map(\.plotHeight)
        var sheets = free
        if let common = plots.min(), plots.contains(where: { $0 != common }) {
            sheets = plans.indices.map { free[$0].lane(.curve) == nil || free[$0].plotHeight == common ? free[$0] : lay($0, plot: common) }
        }
        // Actor tags on every sheet of a set or on none (review 7: they came and went between the sheets of one set):
        // when a sheet whose touchpoints have actors had to leave its tags out, the others leave theirs out too, at
        // the same plot (a sheet without tags is never taller, so it still fits).
        let showsTags = sheets.map { $0.textRuns.contains { $0.role == .actorTag } }
        let dropped = plans.indices.contains { plans[$0].part.touchpoints.contains { !$0.actors.isEmpty } && !showsTags[$0] }
        var sheetProfile = profile
        func plot(_ index: Int) -> Double? { sheets[index].lane(.curve) == nil ? nil : sheets[index].plotHeight }
        if dropped, showsTags.contains(true) {
            sheetProfile.metrics.tagMaxRows = 0
            sheets = plans.indices.map { index in showsTags[index] ? lay(index, plot: plot(index), profile: sheetProfile) : sheets[index] }
        }
        // One takeaway on every sheet of a set (second review: the day-in-the-life A4 sheets alternated between the
        // long one and the one that gives the pain's rank instead of its place): the shortest any sheet needed, on
        // all of them (shorter, so it still fits where the longer one did).
        let variants = [options.takeawayText, options.takeawayShortText, options.takeawayShortestText]
        func flat(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        let used = sheets.map { sheet -> Int? in
            guard let run = sheet.textRuns.first(where: { $0.role == .takeaway }) else { return nil }
            let shown = flat(run.fullText ?? run.lines.joined())
            return variants.firstIndex { $0.map(flat) == shown }
        }
        let indices = used.compactMap { $0 }
        guard let shortest = indices.max(), indices.contains(where: { $0 != shortest }) else { return sheets }
        base.takeawayText = variants[shortest]
        base.takeawayShortText = shortest + 1 < variants.count ? variants[shortest + 1] : nil
        base.takeawayShortestText = shortest + 2 < variants.count ? variants[shortest + 2] : nil
        return plans.indices.map { index in used[index] == shortest ? sheets[index] : lay(index, plot: plot(index), profile: sheetProfile) }
    }

    /// Most touchpoint columns a sheet holds at the profile's minimum pitch.
    static func columnsPerSheet(_ journey: Journey, profile: LayoutProfile, page: Size) -> Int {
        let m = profile.metrics
        let pitch = journey.language == .zh ? m.minPitch : m.minPitchLatin
        return max(1, Int((page.width - 2 * m.margin - m.gutter) / pitch))
    }

    /// The sheets of one window: one when all its lanes fit; else a map sheet and a continuation sheet of the same
    /// columns — first with the voices on it; when the map sheet still cannot keep its text (an A4 sheet, whose curve
    /// and findings need the room), with the actions and the voices, so the map sheet is the curve and what hurts,
    /// the next one what the team will do and what people said. Text is cut only when neither keeps it.
    static func plan(_ part: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile, page: Size) -> [Plan] {
        func fits(_ hidden: Set<LaneKind>, note: Bool = false) -> (fits: Bool, layout: MapLayout) {
            fitsKeepingText(part, findings: findings, options: options, profile: profile, page: page, hidden: hidden,
                            voicesNote: note ? "–" : nil)
        }
        let probe = fits([])
        if probe.fits { return [Plan(part: part, hidden: [], mayCut: false)] }
        let movable = Set([LaneKind.voices, .actions].filter { probe.layout.lane($0) != nil })
        // Nothing to move: the sheet cuts text as the last resort.
        guard !movable.isEmpty else { return [Plan(part: part, hidden: [], mayCut: true)] }
        func split(_ moved: Set<LaneKind>, mapFits: Bool) -> [Plan] {
            // the continuation sheet: the stages and touchpoints again, their pain, pleasure and itch pills (so that
            // an action stands under the pain it answers, and the sheet reads alone: review 8 #8), and the lanes moved
            // off the map sheet
            let rest = Set<LaneKind>([.curve, .actions, .voices]).subtracting(moved)
            return [Plan(part: part, hidden: moved, mayCut: !mapFits, elsewhere: moved),
                    Plan(part: part, hidden: rest, mayCut: !fits(rest).fits)]
        }
        if movable.contains(.voices) {
            let mapFits = fits([.voices], note: true).fits
            if mapFits || movable == [.voices] { return split([.voices], mapFits: mapFits) }
        }
        // Even a map sheet that must cut (its names or the curve's callouts) keeps the actions whole on the next sheet.
        return split(movable, mapFits: fits(movable, note: true).fits)
    }

    /// Whether `fit` lays the sheet out without cutting text, in one or two builds: the layout with every squeeze
    /// that cuts no text applied at once (compact notes, the short legend, `keepingText`) and the curve at its least
    /// share. Each squeeze only takes height away, so `fit` finds a sheet that keeps its text exactly when this one fits.
    static func fitsKeepingText(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile,
                                page: Size, hidden: Set<LaneKind>, voicesNote: String?) -> (fits: Bool, layout: MapLayout) {
        var compact = profile
        compact.compactNotes = true
        var metrics = sheetMetrics(compact, hidden: hidden)
        metrics.compactLegend = true
        for squeeze in LayoutSqueeze.keepingText(for: profile.size) { squeeze(&metrics) }
        let least = metrics.px(metrics.plotMinHeight)
        var layout = build(journey, findings: findings, options: options, profile: compact, metrics: metrics, page: page,
                           hidden: hidden, voicesNote: voicesNote)
        if let wanted = leastPlot(layout, share: minimumCurveShare(profile.size), least: least, page: page) {
            metrics.plotHeight = wanted
            layout = build(journey, findings: findings, options: options, profile: compact, metrics: metrics, page: page,
                           hidden: hidden, voicesNote: voicesNote)
        }
        return (layout.naturalHeight <= page.height, layout)
    }

    /// A sheet's starting metrics: a voices sheet has the room for more of each touchpoint's quotes.
    static func sheetMetrics(_ profile: LayoutProfile, hidden: Set<LaneKind>) -> LayoutMetrics {
        var metrics = profile.metrics
        if hidden.contains(.curve), !hidden.contains(.voices) { metrics.maxQuotes = 3 }
        return metrics
    }

    /// One build of a sheet's layout.
    static func build(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile,
                      metrics: LayoutMetrics, page: Size, hidden: Set<LaneKind>, voicesNote: String?) -> MapLayout {
        var engine = MapLayoutEngine(journey: journey, findings: findings, options: options, profile: profile, metrics: metrics)
        engine.hiddenLanes = hidden
        engine.voicesNote = voicesNote
        return engine.build(pageHeight: page.height)
    }

    /// The plot height that gives the curve lane `share` of the page (at least `least`), from a layout's lanes.
    static func leastPlot(_ layout: MapLayout, share: Double, least: Double, page: Size) -> Double? {
        guard let curve = layout.lane(.curve) else { return nil }
        return max(least, (layout.plotHeight + page.height * share - curve.rect.height).rounded(.down))
    }

    /// Lays out one sheet to fill `page` without shrinking text, in rounds of three (the full footnotes, then only
    /// their data note — the header box still gives the formula — then also the short legend), each running its
    /// squeezes until the sheet fits: first with the curve at a third of the sheet and squeezes that keep every quote
    /// and action (the box's note, actor-tag rows), then at the curve's least share with every squeeze that keeps
    /// text (a second quote or action too), and only with `mayCut` the squeezes that shorten text (full text in
    /// `<title>`). What is left over goes to the curve (up to `maximumCurveShare`), then to the gaps between lanes.
    /// With `plot` set, the curve keeps that plot height.
    static func fit(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile, page: Size,
                    hidden: Set<LaneKind>, mayCut: Bool, voicesNote: String?, plot fixed: Double?) -> MapLayout {
        var compact = profile
        compact.compactNotes = true
        // The curve is the hero: a third of the sheet first, for which the method notes, the long legend, the box's
        // note and the actor tags give way (never a quote or an action); then its least share with every squeeze that
        // keeps text; only then, with `mayCut`, the squeezes that shorten text.
        var shortLegend = compact
        shortLegend.metrics.compactLegend = true
        // each round's footnotes and legend are set from its start, so what they give up goes to the curve
        let variants = [profile, compact, shortLegend]
        func tryVariant(_ variant: Int, share: Double, keeping: [LayoutSqueeze.Step]) -> (layout: MapLayout, fits: Bool) {
            fitOnce(journey, findings: findings, options: options, profile: variants[variant], page: page, hidden: hidden,
                    steps: keeping, voicesNote: voicesNote, plot: fixed, share: share)
        }
        for variant in variants.indices {
            let third = tryVariant(variant, share: profile.curveShare, keeping: LayoutSqueeze.keepingContent(for: profile.size))
            if third.fits { return third.layout }
        }
        // Short of a third: of the rounds that fit at the least share, the fullest one whose curve is within 2 % of
        // the sheet of the tallest curve (the footnotes give way to the curve, not to a few pixels of it).
        let rounds = variants.indices.map { tryVariant($0, share: minimumCurveShare(profile.size), keeping: LayoutSqueeze.keepingText(for: profile.size)) }
        func curve(_ layout: MapLayout) -> Double { layout.lane(.curve)?.rect.height ?? 0 }
        let fitting = rounds.filter(\.fits)
        if let tallest = fitting.map({ curve($0.layout) }).max(),
           let chosen = fitting.first(where: { curve($0.layout) >= tallest - 0.02 * page.height }) { return chosen.layout }
        guard mayCut else { return rounds[rounds.count - 1].layout }
        return fitOnce(journey, findings: findings, options: options, profile: shortLegend, page: page, hidden: hidden,
                       steps: LayoutSqueeze.steps(for: profile.size), voicesNote: voicesNote, plot: fixed,
                       share: minimumCurveShare(profile.size), last: true).layout
    }

    /// The least share of a sheet's height the curve lane keeps before any text is cut: 28 %, on A3 and A4 (a third is
    /// what every sheet aims at first; an A4 sheet short of room moves its actions on before it gives this up). 30 %
    /// added a sheet to the bundled onboarding and day-in-the-life A3 sets; 28 % keeps their sheet counts.
    static func minimumCurveShare(_ size: MapSize) -> Double { 0.28 }

    /// One fitting pass with the given squeezes (see `fit`); `last` lets the curve give up height down to its minimum.
    static func fitOnce(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, profile: LayoutProfile, page: Size,
                        hidden: Set<LaneKind>, steps: [LayoutSqueeze.Step], voicesNote: String?, plot fixed: Double?,
                        share: Double, last: Bool = false) -> (layout: MapLayout, fits: Bool) {
        func build(_ metrics: LayoutMetrics) -> MapLayout {
            Self.build(journey, findings: findings, options: options, profile: profile, metrics: metrics, page: page,
                       hidden: hidden, voicesNote: voicesNote)
        }
        var metrics = sheetMetrics(profile, hidden: hidden)
        let least = metrics.px(metrics.plotMinHeight)
        func plot(for share: Double, _ layout: MapLayout) -> Double? { leastPlot(layout, share: share, least: least, page: page) }
        var squeezes = steps[...]
        var layout: MapLayout
        // The plot that gives the curve its least share, from the last layout: the lanes around the plot do not
        // depend on its height, so one build usually confirms it (a second when a squeeze changed them).
        var guess: Double? = nil
        while true {
            metrics.plotHeight = fixed ?? guess
            layout = build(metrics)
            if fixed == nil, let wanted = plot(for: share, layout), wanted != metrics.plotHeight {
                metrics.plotHeight = wanted
                layout = build(metrics)
            }
            if fixed == nil { guess = metrics.plotHeight }
            if layout.naturalHeight <= page.height { break }
            guard let squeeze = squeezes.popFirst() else {
                // Past every cut, the curve gives up height down to its minimum.
                if last, fixed == nil, layout.lane(.curve) != nil {
                    metrics.plotHeight = max(least, (layout.plotHeight + page.height - layout.naturalHeight).rounded(.down))
                    layout = build(metrics)
                }
                return (layout, layout.naturalHeight <= page.height)
            }
            squeeze(&metrics)
        }
        var slack = page.height - layout.naturalHeight
        // The curve takes the room left over, up to its largest share (or, with a plot set by another sheet, as room
        // around the plot up to the profile's share).
        if slack > 1, let curve = layout.lane(.curve) {
            if fixed == nil {
                let grown = min(layout.plotHeight + slack, plot(for: maximumCurveShare, layout) ?? layout.plotHeight)
                if grown > layout.plotHeight {
                    // A taller plot can move callouts and lanes by more than its own growth: what overshoots the
                    // page comes off the plot again, and a sheet that still overshoots keeps the plot that fitted.
                    let fitted = (layout: layout, plot: metrics.plotHeight)
                    metrics.plotHeight = grown
                    layout = build(metrics)
                    if layout.naturalHeight > page.height {
                        metrics.plotHeight = max(fitted.layout.plotHeight, (grown - (layout.naturalHeight - page.height)).rounded(.down))
                        layout = build(metrics)
                    }
                    if layout.naturalHeight > page.height { (layout, metrics.plotHeight) = fitted }
                    slack = page.height - layout.naturalHeight
                }
            } else if curve.rect.height < page.height * profile.curveShare {
                metrics.curvePadding = min(slack, page.height * profile.curveShare - curve.rect.height).rounded(.down)
                slack -= metrics.curvePadding
            }
        }
        guard slack > 1 else { return (layout, true) }
        metrics.laneGapExtra = (slack / Double(max(layout.lanes.count - 2, 1))).rounded(.down)
        let spaced = build(metrics)
        return (spaced.naturalHeight <= page.height ? spaced : layout, true)
    }

    /// The most of a sheet's height the curve lane grows to when the other lanes leave room.
    static let maximumCurveShare = 0.5

    /// The journey's touchpoints in `windows` windows whose sizes differ by at most one; each window a journey of its
    /// own touchpoints (with their stages; a stage begun on an earlier window says `continued` after its name).
    static func split(_ journey: Journey, windows requested: Int, continued: String) -> [Journey] {
        let count = journey.touchpoints.count
        let pages = min(max(requested, 1), max(count, 1))
        guard pages > 1 else { return [journey] }
        let base = count / pages, extra = count % pages
        var parts: [Journey] = []
        var start = 0
        for index in 0..<pages {
            let size = base + (index < extra ? 1 : 0)
            parts.append(journey.part(touchpoints: start..<(start + size), continued: continued))
            start += size
        }
        return parts
    }
}
