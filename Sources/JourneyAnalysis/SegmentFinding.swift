/// The analysis of one group of a `--by` breakdown. Suppressed groups (fewer respondents than the anonymity
/// minimum, or hidden by complementary suppression) carry neither their size nor any findings.
public struct SegmentFinding: Sendable, Hashable {
    /// The segment column.
    public var column: String
    /// The group's value; nil for respondents who left the column empty.
    public var value: String?
    /// Respondents in the group; nil when suppressed.
    public var n: Int?
    /// True when withheld for anonymity.
    public var suppressed: Bool
    /// The group's findings (touchpoints, peak-end, eNPS); nil when suppressed.
    public var findings: JourneyFindings?

    /// Creates a segment result.
    public init(column: String, value: String?, n: Int?, suppressed: Bool, findings: JourneyFindings?) {
        self.column = column
        self.value = value
        self.n = n
        self.suppressed = suppressed
        self.findings = findings
    }
}
