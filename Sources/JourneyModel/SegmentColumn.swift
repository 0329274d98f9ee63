/// A categorical column kept for breakdowns (tenure, team …), dictionary-encoded so that a million
/// rows cost four bytes each: code 0 is missing, code k is `levels[k − 1]`.
public struct SegmentColumn: Sendable, Hashable {
    /// The column name as bound in the journey (`survey.segments`).
    public let name: String
    /// Distinct values in order of first appearance.
    public private(set) var levels: [String]
    /// One code per respondent.
    public private(set) var codes: [UInt32]
    private var index: [String: UInt32] = [:]

    /// Creates an empty column.
    public init(name: String) {
        self.name = name
        self.levels = []
        self.codes = []
    }

    /// Creates a column from values (nil or empty = missing).
    public init(name: String, values: [String?]) {
        self.init(name: name)
        for value in values { append(value) }
    }

    /// Number of respondents.
    public var count: Int { codes.count }

    /// Respondent `i`'s value, or `nil` when missing.
    public subscript(i: Int) -> String? {
        let code = codes[i]
        return code == 0 ? nil : levels[Int(code) - 1]
    }

    /// Appends one respondent's value.
    public mutating func append(_ value: String?) {
        guard let value, !value.isEmpty else { codes.append(0); return }
        if let code = index[value] { codes.append(code); return }
        levels.append(value)
        let code = UInt32(levels.count)
        index[value] = code
        codes.append(code)
    }
}
