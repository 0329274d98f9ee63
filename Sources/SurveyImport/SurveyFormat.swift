/// The export formats `journeymap import` reads (`--format`).
public enum SurveyFormat: String, Sendable, Hashable, CaseIterable {
    /// A plain wide CSV: one header row, one row per respondent.
    case csv
    /// A plain wide tab-separated file (also Excel's "Unicode text").
    case tsv
    /// Qualtrics CSV/TSV with its three header rows.
    case qualtrics
    /// SurveyMonkey CSV with its sub-label row.
    case surveyMonkey = "surveymonkey"
    /// Google Forms / Sheets CSV.
    case googleForms = "google-forms"
    /// 问卷星 (wjx.cn) CSV.
    case wjx
    /// LimeSurvey VV (tab-separated, two header lines).
    case limeSurveyVV = "limesurvey-vv"
    /// LimeSurvey's CSV export (one header row of codes `Q1[SQ001]` or full question texts).
    case limeSurveyCSV = "limesurvey-csv"
    /// LimeSurvey XML responses (`.lsr`).
    case limeSurveyXML = "limesurvey-xml"

    /// The name shown in the summary.
    public var displayName: String {
        switch self {
        case .csv: return "plain CSV"
        case .tsv: return "plain TSV"
        case .qualtrics: return "Qualtrics"
        case .surveyMonkey: return "SurveyMonkey"
        case .googleForms: return "Google Forms"
        case .wjx: return "问卷星 (wjx)"
        case .limeSurveyVV: return "LimeSurvey VV"
        case .limeSurveyCSV: return "LimeSurvey CSV"
        case .limeSurveyXML: return "LimeSurvey XML"
        }
    }

    /// Whether the format is tab-separated by default.
    var defaultDelimiter: UInt8 {
        switch self {
        case .tsv, .limeSurveyVV: return 0x09
        default: return 0x2C
        }
    }
}
