/// Recognizes an export's tool from its first rows (FORMATS.md): Qualtrics' ImportId row, SurveyMonkey's
/// `Respondent ID, Collector ID`, Google Forms' `Timestamp`, 问卷星's `序号, 提交答卷时间`, LimeSurvey VV's
/// code row, LimeSurvey's XML root — and says why, for the summary.
public enum FormatDetector {
    /// A detected format and the evidence.
    public struct Result: Sendable, Hashable {
        /// The format.
        public var format: SurveyFormat
        /// The evidence, e.g. `row 3 holds Qualtrics ImportId JSON`.
        public var reason: String
    }

    /// Detects the format from UTF-8 text at the start of the file.
    public static func detect(sample: [UInt8], delimiter forced: UInt8? = nil) -> Result {
        if let first = sample.first(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }), first == UInt8(ascii: "<") {
            let head = String(decoding: sample.prefix(4096), as: UTF8.self)
            if head.contains("<LimeSurveyDocType>Responses") || head.contains("<document") {
                return Result(format: .limeSurveyXML, reason: "XML with a LimeSurvey <document> root")
            }
            return Result(format: .limeSurveyXML, reason: "the file is XML (only LimeSurvey responses XML is supported)")
        }
        let delimiter = forced ?? guessDelimiter(sample)
        return detect(rows: firstRecords(sample, delimiter: delimiter, count: 3), delimiter: delimiter)
    }

    /// Detects the format from the first (non-blank) rows, as read from a CSV file (split at `delimiter`) or a
    /// worksheet (comma: no delimiter of its own).
    public static func detect(rows: [[String]], delimiter: UInt8 = 0x2C) -> Result {
        let row1 = rows.first ?? [], row2 = rows.count > 1 ? rows[1] : [], row3 = rows.count > 2 ? rows[2] : []
        if row3.contains(where: { $0.hasPrefix("{\"ImportId\"") }) {
            return Result(format: .qualtrics, reason: "row 3 holds Qualtrics ImportId JSON")
        }
        if row3.contains(where: { $0.hasPrefix("{'ImportId'") }) {
            return Result(format: .qualtrics, reason: "row 3 holds Qualtrics ImportIds in the 2016 Insights style ({'ImportId': 'QID…'})")
        }
        if row1.first == "V1", row1.contains("V2"), row2.contains("ResponseID") || row2.contains("ResponseSet") {
            return Result(format: .qualtrics, reason: "row 1 starts V1, V2 … and row 2 names ResponseID: the legacy (pre-2017) Qualtrics layout")
        }
        if row1.contains("ResponseId"), row1.contains("Status"), row1.contains("StartDate") {
            return Result(format: .qualtrics, reason: "row 1 has Qualtrics' StartDate, Status and ResponseId")
        }
        if row1.first == "Respondent ID", row1.contains("Collector ID") {
            return Result(format: .surveyMonkey, reason: "row 1 starts with SurveyMonkey's Respondent ID and Collector ID")
        }
        if row1.first == "RespondentID" || (row1.first == "Respondent ID" && row2.first?.isEmpty == true) {
            return Result(format: .surveyMonkey, reason: "row 1 starts with \(row1.first!) and row 2 holds sub-labels: the older SurveyMonkey layout")
        }
        if row1.first == "序号", row1.contains("提交答卷时间") {
            return Result(format: .wjx, reason: "row 1 starts with 问卷星's 序号, 提交答卷时间")
        }
        if let first = row1.first, GoogleFormsDialect.timestampHeaders.contains(first) {
            return Result(format: .googleForms, reason: "row 1 starts with Google Forms' \(first)")
        }
        if delimiter == 0x09, row2.first == "id", row2.contains("submitdate") {
            return Result(format: .limeSurveyVV, reason: "tab-separated, line 2 holds LimeSurvey field codes (id, submitdate)")
        }
        if row1.first == "id", row1.contains("submitdate") {
            return Result(format: .limeSurveyCSV, reason: "row 1 holds LimeSurvey field codes (id, submitdate)")
        }
        if row1.first == "Response ID", row1.contains("Date submitted") {
            return Result(format: .limeSurveyCSV, reason: "row 1 holds LimeSurvey's full headings (Response ID, Date submitted)")
        }
        if delimiter == 0x09 {
            return Result(format: .tsv, reason: "tab-separated, no survey tool's header recognized")
        }
        if delimiter == 0x3B {
            return Result(format: .csv, reason: "semicolon-separated (European Excel), no survey tool's header recognized")
        }
        return Result(format: .csv, reason: "comma-separated, no survey tool's header recognized")
    }

    /// The delimiter the first line uses most outside quotes: tab, semicolon (European Excel) or comma (ties: comma).
    static func guessDelimiter(_ sample: [UInt8]) -> UInt8 {
        var tabs = 0, commas = 0, semicolons = 0, inQuotes = false
        for byte in sample {
            if byte == 0x22 { inQuotes.toggle() }
            else if !inQuotes {
                if byte == 0x0A || byte == 0x0D { break }
                if byte == 0x09 { tabs += 1 } else if byte == 0x2C { commas += 1 } else if byte == 0x3B { semicolons += 1 }
            }
        }
        if tabs > commas && tabs >= semicolons { return 0x09 }
        if semicolons > commas { return 0x3B }
        return 0x2C
    }

    /// Up to `count` records of the sample (a record cut by the sample's end is dropped).
    static func firstRecords(_ sample: [UInt8], delimiter: UInt8, count: Int) -> [[String]] {
        let scanner = CSVScanner(source: MemoryByteSource(sample), path: "", options: .init(delimiter: delimiter))
        var rows: [[String]] = []
        while rows.count < count, (try? scanner.nextRecord()) == true {
            if scanner.recordIsBlank { continue }
            rows.append(scanner.strings())
        }
        return rows
    }
}
