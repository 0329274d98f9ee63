/// One survey item's answers for every respondent, stored as one byte each so a million respondents
/// fit in a megabyte: code 0 is missing, code k is the scale value `scale.min + k − 1`.
public struct RatingColumn: Sendable, Hashable {
    /// The scale the answers are on.
    public let scale: RatingScale
    /// Raw codes (0 = missing). Exposed for fast streaming statistics.
    public private(set) var codes: [UInt8]

    /// Creates an empty column; `reservingCapacity` avoids regrowth when the row count is known.
    public init(scale: RatingScale, reservingCapacity capacity: Int = 0) {
        precondition(scale.max - scale.min < 255, "a rating scale has at most 255 points")
        self.scale = scale
        self.codes = []
        codes.reserveCapacity(capacity)
    }

    /// Creates a column from values (nil = missing); values must lie on the scale.
    public init(scale: RatingScale, values: [Int?]) {
        self.init(scale: scale, reservingCapacity: values.count)
        for value in values { append(value) }
    }

    /// Number of respondents (answered or not).
    public var count: Int { codes.count }

    /// The answer of respondent `index`, or `nil` when missing.
    public subscript(index: Int) -> Int? {
        let code = codes[index]
        return code == 0 ? nil : scale.min + Int(code) - 1
    }

    /// Appends one respondent's answer; `nil` (or a value off the scale) is stored as missing.
    public mutating func append(_ value: Int?) {
        codes.append(Self.code(for: value, on: scale))
    }

    /// Replaces one respondent's answer.
    public mutating func set(_ value: Int?, at index: Int) {
        codes[index] = Self.code(for: value, on: scale)
    }

    /// The answered values, in respondent order, skipping missing ones.
    public var answered: [Int] {
        codes.compactMap { $0 == 0 ? nil : scale.min + Int($0) - 1 }
    }

    /// Respondents' values with missing ones as `nil`.
    public var values: [Int?] { codes.indices.map { self[$0] } }

    private static func code(for value: Int?, on scale: RatingScale) -> UInt8 {
        guard let value, value >= scale.min, value <= scale.max else { return 0 }
        return UInt8(value - scale.min + 1)
    }
}

/// Answers to a Kano question, coded as in METHODS.md §3.2 (Kano et al. 1984).
public enum KanoAnswer: Int, Sendable, Hashable, CaseIterable {
    case like = 1
    case mustBe = 2
    case neutral = 3
    case liveWith = 4
    case dislike = 5

    /// The 1–5 scale a `RatingColumn` of Kano answers uses.
    public static let scale = RatingScale(min: 1, max: 5)
}
