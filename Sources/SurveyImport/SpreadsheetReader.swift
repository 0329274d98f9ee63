/// The public face of the workbook reader, for commands other than `import` (a workshop's votes spreadsheet):
/// open an `.xlsx` with the same archive checks, list its sheets, and read one sheet's rows as text, streamed.
///
/// ```swift
/// let book = try SpreadsheetReader(path: "votes.xlsx")
/// let rows = try book.rows(sheet: "Votes")
/// while let row = try rows.next() { print(row.number, row.cells) }
/// ```
public final class SpreadsheetReader {
    /// The workbook's path.
    public let path: String
    private let workbook: XLSXWorkbook

    /// Opens and checks a workbook (ZIP limits, traversal, encryption; DOCTYPEs refused).
    /// - Throws: `ImportError.fileNotFound`, `.invalid` (exit 65) for anything that is not a safe workbook.
    public init(path: String, limits: ArchiveLimits = ArchiveLimits()) throws(ImportError) {
        self.path = path
        let file = try FileByteSource(path: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4, alignment: 1)
        defer { buffer.deallocate() }
        let count = try file.read(into: buffer)
        guard count == 4, Array(buffer) == [0x50, 0x4B, 0x03, 0x04] else {
            throw .invalid(path, "the file is not an Excel workbook (no ZIP signature); save it as .xlsx",
                           zh: "文件不是 Excel 工作簿（没有 ZIP 签名）；请另存为 .xlsx")
        }
        workbook = try XLSXWorkbook(archive: SafeZipArchive(path: path, limits: limits))
    }

    /// The worksheets' tab names, in tab order.
    public var sheetNames: [String] { workbook.sheets.map(\.name) }

    /// The rows of a sheet named as `--sheet` takes it (tab name, or 1-based position; nil for the first visible).
    /// - Throws: `ImportError.usage` listing the sheets when there is no such sheet.
    public func rows(sheet: String? = nil) throws(ImportError) -> Rows {
        try Rows(workbook.rows(of: workbook.sheet(named: sheet).sheet))
    }

    /// One sheet's non-blank rows, read one at a time.
    public final class Rows {
        private let reader: XLSXSheetReader

        init(_ reader: XLSXSheetReader) { self.reader = reader }

        /// The next non-blank row: its sheet row number and its cells as text (empty for missing cells), or nil
        /// at the end of the sheet.
        public func next() throws(ImportError) -> (number: Int, cells: [String])? {
            while try reader.nextRecord() {
                if !reader.recordIsBlank { return (reader.recordNumber, reader.strings()) }
            }
            return nil
        }
    }
}
