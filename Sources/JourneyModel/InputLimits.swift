/// Every size limit on what the tool reads, in one place: the journey YAML limits and the survey import limits
/// refer to these, so README's "Limits" section, the checks and their messages never disagree. Each limit is
/// checked before the work whose cost grows with it (a header is never fuzzy-matched, an element's attributes
/// never reach libxml2's duplicate check, beyond these).
public enum InputLimits {
    /// Largest journey file, in bytes (2 MiB; a 200-touchpoint journey is about 60 KB).
    public static let journeyBytes = 2 << 20
    /// Deepest nesting of YAML collections in a journey.
    public static let journeyDepth = 64
    /// Most YAML nodes a journey may expand to once aliases are followed.
    public static let journeyExpandedNodes = 200_000
    /// Most stages in one journey (workshop journeys have 3–12; layout time grows with the square of this).
    public static let stages = 60
    /// Most touchpoints in one journey, over all stages (a detailed journey has about 200).
    public static let touchpoints = 400
    /// Longest single text in a journey (a title, a name, a note), in characters.
    public static let textCharacters = 10_000
    /// Most participants' scores on one touchpoint (`scores:`); a workshop team is far smaller.
    public static let participantScores = 1_000
    /// Most ideas in a votes sheet and its workshop sidecar (one row per vote counts each row).
    public static let workshopRows = 100_000
    /// Largest CSV votes sheet, in bytes (16 MiB; 100,000 rows of a real sheet take about 10 MB).
    public static let votesSheetBytes = 16 << 20

    /// Most fields in one row of an export (CSV, TSV, a worksheet row) and most field names in LimeSurvey XML.
    public static let fields = 65_536
    /// Longest field (cell) of an export, in bytes (1 MiB).
    public static let fieldBytes = 1 << 20
    /// Longest header (column name) an export may have, in characters; longer ones are refused before matching.
    public static let headerCharacters = 10_000
    /// Most attributes on one XML element (LimeSurvey XML, XLSX parts); real exports use fewer than 10.
    public static let xmlAttributes = 1_024

    /// `n` with thousands separators (`65,536`), as the limit messages write it.
    public static func text(_ n: Int) -> String {
        var digits = String(n), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits.removeLast(3) }
        return digits + out
    }
}
