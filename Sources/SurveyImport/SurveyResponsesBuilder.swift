import JourneyModel

/// Collects normalized rows into the column-wise `SurveyResponses` that analysis consumes.
struct SurveyResponsesBuilder: ResponseSink {
    let layout: ResponsesLayout
    private var ratings: [RatingColumn]
    private var segments: [SegmentColumn]
    private var comments: [[String?]]
    private(set) var count = 0
    private let ratingIndices: [Int]
    private let textIndices: [Int]

    init(layout: ResponsesLayout) {
        self.layout = layout
        ratingIndices = layout.ratingIndices
        textIndices = layout.textIndices
        ratings = ratingIndices.map { RatingColumn(scale: layout.columns[$0].scale!) }
        segments = textIndices.compactMap { layout.columns[$0].kind == .segment ? SegmentColumn(name: layout.columns[$0].segmentName!) : nil }
        comments = textIndices.compactMap { layout.columns[$0].kind == .comment ? [] : nil }
    }

    mutating func append(_ row: NormalizedRow) throws(ImportError) {
        for i in ratings.indices {
            let code = row.codes[i]
            let scale = ratings[i].scale
            ratings[i].append(code == 0 ? nil : scale.min + Int(code) - 1)
        }
        var s = 0, c = 0
        for (i, index) in textIndices.enumerated() {
            if layout.columns[index].kind == .segment { segments[s].append(row.texts[i]); s += 1 }
            else { comments[c].append(row.texts[i]); c += 1 }
        }
        count += 1
    }

    /// The finished response set, touchpoints in layout (journey) order.
    func build() -> SurveyResponses {
        var overall: RatingColumn?, enps: RatingColumn?, journeyComments: [String?]?
        var answers: [SurveyResponses.TouchpointAnswers] = []
        var byTouchpoint: [String: Int] = [:]
        var ratingSlot = 0, commentSlot = 0
        for column in layout.columns {
            var rating: RatingColumn?
            var comment: [String?]?
            if column.kind.isRating { rating = ratings[ratingSlot]; ratingSlot += 1 }
            else if column.kind == .comment { comment = comments[commentSlot]; commentSlot += 1 }
            if column.isJourneyComment { journeyComments = comment; continue }
            switch column.kind {
            case .segment: break
            case .overall: overall = rating
            case .enps: enps = rating
            default:
                let id = column.touchpointID!
                let slot: Int
                if let existing = byTouchpoint[id] { slot = existing } else {
                    slot = answers.count
                    byTouchpoint[id] = slot
                    answers.append(.init(touchpointID: id, score: RatingColumn(scale: .fivePoint)))
                }
                switch column.kind {
                case .score: answers[slot].score = rating!
                case .importance: answers[slot].importance = rating
                case .wish: answers[slot].wish = rating
                case .kanoFunctional: answers[slot].kanoFunctional = rating
                case .kanoDysfunctional: answers[slot].kanoDysfunctional = rating
                case .comment: answers[slot].comments = comment
                default: break
                }
            }
        }
        return SurveyResponses(respondentCount: count, touchpoints: answers, overall: overall, enps: enps, segments: segments,
                               journeyComments: journeyComments)
    }
}
