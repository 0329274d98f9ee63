/// LimeSurvey responses XML (`.lsr`) read with libxml2's streaming reader (placeholder; filled in below).
final class LimeSurveyXMLReader: RowSource {
    let layout: SurveyLayout
    init(path: String) throws(ImportError) { throw .usage("LimeSurvey XML is not available yet") }
    func nextRecord() throws(ImportError) -> Bool { false }
    var fieldCount: Int { 0 }
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }
    var recordNumber: Int { 0 }
    var recordHasNUL: Bool { false }
    var recordIsBlank: Bool { false }
    func strings() -> [String] { [] }
}
