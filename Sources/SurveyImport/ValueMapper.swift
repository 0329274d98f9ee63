import JourneyModel

/// Turns one export cell into a value on an item's scale: numeric codes; choice text through the journey's
/// `survey.labels`, then the built-in zh/en Likert (or Kano) labels; skip markers, "not applicable" answers and
/// empty cells as missing — never zero. Values off the scale are reported, never clipped.
struct ValueMapper {
    /// What a cell turned out to be.
    enum Outcome: Equatable {
        /// A value on the scale.
        case value(Int)
        /// Empty or whitespace.
        case empty
        /// A skip marker or "not applicable" answer (counted in the summary).
        case notApplicable
        /// A number off the scale.
        case outOfRange(String)
        /// Text that is neither a number nor a known label.
        case unknown(String)
        /// A number with a fraction.
        case notWhole(String)
        /// Several choices in one cell.
        case severalChoices(String)
        /// Bytes that are not valid UTF-8 (a wrong encoding).
        case invalidBytes
    }

    let scale: RatingScale
    private let labels: [String: Int]
    /// The journey's `survey.missing` answers, case-folded.
    private let missing: Set<String>
    private let layout: SurveyLayout
    private var memo: [String: Outcome] = [:]

    /// A mapper for one item; `isKano` picks the Kano labels instead of Likert ones.
    init(scale: RatingScale, journeyLabels: [String: Double], journeyMissing: [String] = [], layout: SurveyLayout,
         isKano: Bool = false) {
        self.scale = scale
        self.layout = layout
        var labels: [String: Int] = [:]
        let builtIn: [String: Int]
        if isKano { builtIn = LikertLabels.kano }
        else if scale.pointCount == 5 { builtIn = LikertLabels.fivePoint }
        else if scale.pointCount == 7 { builtIn = LikertLabels.sevenPoint }
        else { builtIn = [:] }
        for (label, rank) in builtIn { labels[label] = scale.min + rank - 1 }
        for (label, value) in journeyLabels where value.rounded() == value && abs(value) < 1e9 {
            labels[ImportText.folded(label)] = Int(value)
        }
        self.labels = labels
        self.missing = Set(journeyMissing.map(ImportText.folded))
    }

    /// Maps a cell's bytes.
    @inline(__always)
    mutating func map(_ cell: UnsafeBufferPointer<UInt8>) -> Outcome {
        if let number = Self.fastInteger(cell) { return classify(number, text: cell) }
        return slowMap(cell)
    }

    @inline(__always)
    private func classify(_ number: Int, text: UnsafeBufferPointer<UInt8>) -> Outcome {
        if number >= scale.min && number <= scale.max { return .value(number) }
        if number < 0 && scale.min >= 0 && layout.negativeIsNotApplicable { return .notApplicable }
        return .outOfRange(String(decoding: text, as: UTF8.self))
    }

    /// Plain ASCII integers (`4`, `-2`, ` 10 `); nil for anything else.
    @inline(__always)
    static func fastInteger(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, n = cell.count
        while i < n && cell[i] == 0x20 { i += 1 }
        while n > i && cell[n - 1] == 0x20 { n -= 1 }
        guard i < n else { return nil }
        var negative = false
        if cell[i] == 0x2D || cell[i] == 0x2B { negative = cell[i] == 0x2D; i += 1 }
        guard i < n, n - i <= 9 else { return nil }
        var value = 0
        while i < n {
            let digit = Int(cell[i]) &- 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value &* 10 &+ digit
            i += 1
        }
        return negative ? -value : value
    }

    private mutating func slowMap(_ cell: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard UTF8Check.firstInvalid(cell) == nil else { return .invalidBytes }
        var text = String(decoding: cell, as: UTF8.self)
        if let known = memo[text] { return known }
        let key = text
        if layout.usesVVEscapes { text = LimeSurveyVVDialect.unescape(text) }
        let outcome = interpret(text)
        if memo.count < 4096 { memo[key] = outcome }
        return outcome
    }

    private func interpret(_ raw: String) -> Outcome {
        var text = ImportText.normalized(raw)
        if layout.hasFillInText { text = WJXDialect.choiceWithoutFillIn(text) }
        if text.isEmpty { return .empty }
        if layout.skipMarkers.contains(text) { return .notApplicable }
        let folded = text.lowercased()
        if missing.contains(folded) { return .notApplicable }
        if let value = labels[folded] {
            return scale.contains(Double(value)) ? .value(value) : .outOfRange(text)
        }
        if LikertLabels.isNotApplicable(folded) { return .notApplicable }
        if let separator = layout.multiChoiceSeparator, text.contains(separator) { return .severalChoices(text) }
        if let number = Double(text), number.isFinite {
            if number.rounded() != number { return .notWhole(text) }
            guard abs(number) < 1e9 else { return .outOfRange(text) }
            let value = Int(number)
            if scale.contains(number) { return .value(value) }
            if value < 0 && scale.min >= 0 && layout.negativeIsNotApplicable { return .notApplicable }
            return .outOfRange(text)
        }
        if layout.usesAnswerCodes, folded.hasPrefix("a"), let value = Int(folded.dropFirst()) {
            return scale.contains(Double(value)) ? .value(value) : .outOfRange(text)
        }
        if let value = Self.leadingNumber(text) {
            return scale.contains(Double(value)) ? .value(value) : .outOfRange(text)
        }
        return .unknown(text)
    }

    /// `10` from `10 - Extremely likely`, `5 = 非常满意`, `4（满意）`: a whole number, a separator, then words.
    static func leadingNumber(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let value = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count).drop { $0 == " " }
        guard let first = rest.first, "-–—=:：(（、.．".contains(first) else { return nil }
        let words = rest.dropFirst().drop { $0 == " " }
        guard let next = words.first, !(next.isASCII && next.isNumber) else { return nil }
        return value
    }
}
