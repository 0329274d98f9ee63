/// A plain wide CSV or TSV: one header row; columns are named by their header.
enum PlainDialect: SurveyDialect {
    static let format = SurveyFormat.csv

    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout {
        guard let header = headerRows.first, !(header.count == 1 && header[0].isEmpty) else {
            throw .invalid(path, "the file is empty; an export needs a header row and one row per respondent",
                           zh: "文件是空的；导出文件需要一行表头，每位受访者一行")
        }
        let columns = header.enumerated().map { SurveyColumn(index: $0.offset, id: $0.element, text: $0.element) }
        return SurveyLayout(format: .csv, headerRowCount: 1, columns: columns)
    }
}
