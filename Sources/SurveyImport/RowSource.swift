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
    /// The current record's fields as one view (valid until the next record), for hot loops.
    var fields: FieldView { get }
}

/// A record's fields as raw pointers: `ends[i]` is where field i ends in `bytes`, and field i + 1 starts `gap`
/// bytes later (0 for fields copied end to end, 1 for a line read in place, its delimiters between the fields).
struct FieldView {
    let bytes: UnsafePointer<UInt8>
    let ends: UnsafePointer<Int>
    let count: Int
    var gap = 0

    /// The bytes of field `index`.
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1] &+ gap
        return UnsafeBufferPointer(start: bytes + start, count: ends[index] - start)
    }
}

extension CSVScanner: RowSource {}
