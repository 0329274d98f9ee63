import JourneyModel

/// The import side of `InputLimits`: checks an export's header rows (or XML field names) before the dialects and
/// the column binder look at them, since matching headers to a journey costs time in proportion to their length.
enum ImportLimits {
    /// Refuses a header row with more fields than `InputLimits.fields`, or a header longer than
    /// `InputLimits.headerCharacters`.
    static func check(headerRows: [[String]], path: String, rowOffset: Int = 0) throws(ImportError) {
        for (rowIndex, row) in headerRows.enumerated() {
            if row.count > InputLimits.fields {
                throw .invalid(path, row: rowIndex + 1 + rowOffset,
                               "the header has \(InputLimits.text(row.count)) fields, over the limit of \(InputLimits.text(InputLimits.fields))",
                               zh: "表头有 \(InputLimits.text(row.count)) 个字段，超过上限 \(InputLimits.text(InputLimits.fields))")
            }
            for (index, header) in row.enumerated() where header.utf8.count > InputLimits.headerCharacters {
                let characters = header.count
                guard characters > InputLimits.headerCharacters else { continue }
                throw .invalid(path, row: rowIndex + 1 + rowOffset,
                               "the header of column \(index + 1) is \(InputLimits.text(characters)) characters long, over the limit of \(InputLimits.text(InputLimits.headerCharacters)); is this the right file?",
                               zh: "第 \(index + 1) 列的表头有 \(InputLimits.text(characters)) 个字符，超过上限 \(InputLimits.text(InputLimits.headerCharacters))；是不是选错了文件？")
            }
        }
    }
}
