/// Records of an export, one at a time, as byte fields valid until the next record (CSV scanner or XML reader).
protocol RowSource: AnyObject {
    /// Advances to the next record; false at the end.
    func nextRecord() throws(ImportError) -> Bool
    /// Fields in the current record.
    var fieldCount: Int { get }
    /// The bytes of one field.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8>
    /// 1-based record number, as shown in messages.
    var recordNumber: Int { get }
    /// Whether the record holds a NUL byte.
    var recordHasNUL: Bool { get }
    /// Whether the record is an empty line.
    var recordIsBlank: Bool { get }
    /// All fields as text.
    func strings() -> [String]
}

extension CSVScanner: RowSource {}
