/// How `journeymap import` reads an export.
public struct ImportOptions: Sendable, Hashable {
    /// The export's format, or nil to detect it from the content.
    public var format: SurveyFormat?
    /// The export's encoding, or `.auto`.
    public var encoding: EncodingChoice
    /// Keep unfinished responses (Qualtrics `Finished = 0`, LimeSurvey without `submitdate`).
    public var includePartial: Bool
    /// How many bad rows are tolerated before the import fails.
    public var maxBadRows: BadRowLimit
    /// The field delimiter (`--delimiter`), or nil to detect comma, semicolon or tab.
    public var delimiter: UInt8?
    /// What to do with rows whose respondent id was seen before: nil fails the import and lists them.
    public var dedupe: DedupePolicy?
    /// The respondent shuffle's seed (`--seed`, for tests); nil derives it from a hash of the export's bytes.
    public var seed: UInt64?

    /// The worksheet of an Excel workbook to read (`--sheet NAME|N`, 1-based), or nil for the first.
    public var sheet: String?
    /// Limits on ZIP containers (`.xlsx`, `.lsa`).
    public var archiveLimits: ArchiveLimits
    /// The number of buckets of the shuffle, when a test forces it (nil: chosen from the export's size so that a
    /// bucket holds about 4 MiB of encoded rows).
    var bucketCount: Int?
    /// The number of byte ranges a CSV export's rows are read in, one thread each, when a test forces it (nil: two
    /// when the machine has two cores and the rows take at least 1 MiB, else one).
    var chunkCount: Int?

    /// Creates options; by default everything is detected and up to 5% bad rows are tolerated.
    public init(format: SurveyFormat? = nil, encoding: EncodingChoice = .auto, includePartial: Bool = false,
                maxBadRows: BadRowLimit = .percent(5), delimiter: UInt8? = nil, dedupe: DedupePolicy? = nil,
                seed: UInt64? = nil, sheet: String? = nil, archiveLimits: ArchiveLimits = ArchiveLimits()) {
        self.format = format
        self.encoding = encoding
        self.includePartial = includePartial
        self.maxBadRows = maxBadRows
        self.delimiter = delimiter
        self.dedupe = dedupe
        self.seed = seed
        self.sheet = sheet
        self.archiveLimits = archiveLimits
    }
}

/// `--dedupe first|last`: which of several responses with the same respondent id is kept.
public enum DedupePolicy: String, Sendable, Hashable, CaseIterable {
    /// Keep the first response in export order.
    case first
    /// Keep the last response in export order (a respondent who answered again).
    case last
}

/// `--max-bad-rows N` or `P%`: how many malformed rows (or rows with excluded values) an import tolerates.
public enum BadRowLimit: Sendable, Hashable, CustomStringConvertible {
    /// At most this many rows.
    case count(Int)
    /// At most this percentage of the data rows read.
    case percent(Double)

    /// Parses `12` or `2.5%`; nil for anything else.
    public init?(text: String) {
        if text.hasSuffix("%") {
            guard let value = Double(text.dropLast()), value >= 0, value <= 100 else { return nil }
            self = .percent(value)
        } else {
            guard let value = Int(text), value >= 0 else { return nil }
            self = .count(value)
        }
    }

    /// The number of bad rows allowed among `rows`.
    public func allowed(among rows: Int) -> Int {
        switch self {
        case .count(let n): return n
        case .percent(let p): return Int((Double(rows) * p / 100).rounded(.down))
        }
    }

    /// `5%` or `12`.
    public var description: String {
        switch self {
        case .count(let n): return "\(n)"
        case .percent(let p): return p.rounded() == p ? "\(Int(p))%" : "\(p)%"
        }
    }
}
