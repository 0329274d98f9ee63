import JourneyModel

/// What is compared with what: two journeys (as-is and to-be, before and after), or two survey waves of one journey.
public enum ComparisonKind: String, Sendable, Hashable, Codable {
    /// `--compare OTHER`: another journey file, touchpoints matched by id.
    case journeys
    /// `--baseline OLD`: an earlier responses file of the same journey.
    case waves
}

/// How the comparison tests its differences.
public struct ComparisonSettings: Sendable, Hashable {
    /// The permutation test (B, seed, normal approximation cut-off).
    public var test = PermutationTest.Settings()
    /// Family-wise error rate of the Holm-corrected marks (default .05).
    public var alpha = 0.05

    /// The defaults: B = 10,000 relabellings, seed 20261201, Holm at α = .05.
    public init() {}
}

/// One touchpoint present in both journeys (matched by id). Values are on the shown journey's scale; the
/// reference's are mapped linearly when its scale differs (`JourneyComparison.scaleMapped`).
public struct TouchpointComparison: Sendable, Hashable {
    /// The touchpoint id.
    public var id: String
    /// Its stage in the shown journey (a slide of a long journey compares stage means).
    public var stageID: String = ""
    /// The shown journey's value (mean rating or workshop estimate); nil when unrated, withheld or under 10 answers.
    public var value: Double?
    /// The reference's value, on the shown scale; nil likewise.
    public var reference: Double?
    /// Respondents behind `value` (nil for a workshop estimate).
    public var n: Int?
    /// Respondents behind `reference` (nil for a workshop estimate).
    public var referenceN: Int?
    /// Δ = value − reference, in the shown scale's units; nil unless both sides have a value.
    public var delta: Double?
    /// Two-sided permutation p-value of Δ; nil unless both sides are survey data.
    public var pValue: Double?
    /// Holm-adjusted p across the tested touchpoints.
    public var adjustedP: Double?
    /// Whether the Holm-adjusted p is at most α; nil when not tested.
    public var significant: Bool?
    /// How `pValue` was obtained.
    public var method: PermutationTest.Method?

    /// Creates a touchpoint comparison.
    public init(id: String, value: Double? = nil, reference: Double? = nil, n: Int? = nil, referenceN: Int? = nil) {
        self.id = id
        self.value = value
        self.reference = reference
        self.n = n
        self.referenceN = referenceN
        if let value, let reference { delta = value - reference }
    }
}

/// A touchpoint found in one journey only.
public struct UnmatchedTouchpoint: Sendable, Hashable {
    /// Its id.
    public var id: String
    /// Its name, as its journey spells it.
    public var name: String

    /// Creates an entry.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// The comparison of the shown journey (the map's, its findings) with a reference: per touchpoint the two values and
/// Δ = shown − reference, and for two survey samples a permutation test with Holm's correction. The map, the report
/// and the JSON all print these numbers.
public struct JourneyComparison: Sendable, Hashable {
    /// Two journeys or two waves.
    public var kind: ComparisonKind
    /// Name of the shown side (`--labels`, else its title); nil: the report's word for "this wave".
    public var label: String?
    /// Name of the reference side; nil: the report's word for "baseline".
    public var referenceLabel: String?
    /// The shown journey's scale (the map's).
    public var scale: RatingScale
    /// The reference journey's own scale.
    public var referenceScale: RatingScale
    /// The reference's source (survey or workshop estimate).
    public var referenceSource: DataSource
    /// Respondents of the reference (nil for estimates).
    public var referenceRespondents: Int?
    /// Touchpoints in both, in the shown journey's order.
    public var touchpoints: [TouchpointComparison]
    /// Touchpoints only in the shown journey.
    public var onlyShown: [UnmatchedTouchpoint]
    /// Touchpoints only in the reference.
    public var onlyReference: [UnmatchedTouchpoint]
    /// The test settings; meaningful when `tested`.
    public var settings: ComparisonSettings
    /// Whether any touchpoint was tested (both sides survey data).
    public var tested: Bool

    /// Whether the reference's values were mapped linearly onto the shown scale.
    public var scaleMapped: Bool { !ScaleMapping(from: referenceScale, to: scale).isIdentity }

    /// The shown side's name: its label, else "this wave" / "this journey".
    public func shownName(_ language: JourneyLanguage) -> String {
        label ?? (kind == .waves ? LocalizedText(en: "This wave", zh: "本期") : LocalizedText(en: "This journey", zh: "本旅程")).text(in: language)
    }

    /// The reference's name: its label, else "baseline" / "the other journey".
    public func referenceName(_ language: JourneyLanguage) -> String {
        referenceLabel ?? (kind == .waves ? LocalizedText(en: "Baseline", zh: "基线") : LocalizedText(en: "Other journey", zh: "对照旅程")).text(in: language)
    }

    /// The comparison of a touchpoint id, if it is in both journeys.
    public func touchpoint(_ id: String) -> TouchpointComparison? { touchpoints.first { $0.id == id } }
}
