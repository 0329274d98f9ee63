import JourneyModel

/// Counts the attributes of each XML start tag in the bytes on their way to libxml2, so that an element with
/// more than `InputLimits.xmlAttributes` attributes is refused before libxml2 2.9's duplicate-attribute check
/// (quadratic in the attribute count) sees it. A byte-level state machine over tags, quoted values, comments,
/// CDATA sections and processing instructions; every `=` outside quotes in a start tag counts as one attribute.
struct XMLAttributeCounter {
    private enum State { case text, lessThan, bang, startTag, value(UInt8), endTag, comment, cdata, instruction, declaration }
    private var state = State.text
    private var attributes = 0
    private var run = 0
    private var bang: [UInt8] = []
    /// The 1-based line being read, for the message.
    private(set) var line = 1

    /// Feeds `bytes`; false once an element has more attributes than the limit.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") { state = .lessThan }
            case .lessThan:
                switch byte {
                case UInt8(ascii: "!"): state = .bang; bang.removeAll(keepingCapacity: true)
                case UInt8(ascii: "?"): state = .instruction; run = 0
                case UInt8(ascii: "/"): state = .endTag
                default: state = .startTag; attributes = 0
                }
            case .bang:
                bang.append(byte)
                if bang == Array("--".utf8) { state = .comment; run = 0 }
                else if bang == Array("[CDATA[".utf8) { state = .cdata; run = 0 }
                else if !(Array("[CDATA[".utf8).starts(with: bang) || Array("--".utf8).starts(with: bang)) {
                    state = byte == UInt8(ascii: ">") ? .text : .declaration
                }
            case .startTag:
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { state = .value(byte) }
                else if byte == UInt8(ascii: "=") {
                    attributes += 1
                    if attributes > InputLimits.xmlAttributes { return false }
                } else if byte == UInt8(ascii: ">") { state = .text }
            case .value(let quote):
                if byte == quote { state = .startTag }
            case .endTag, .declaration:
                if byte == UInt8(ascii: ">") { state = .text }
            case .comment:
                if byte == UInt8(ascii: "-") { run += 1 } else if byte == UInt8(ascii: ">") && run >= 2 { state = .text } else { run = 0 }
            case .cdata:
                if byte == UInt8(ascii: "]") { run += 1 } else if byte == UInt8(ascii: ">") && run >= 2 { state = .text } else { run = 0 }
            case .instruction:
                if byte == UInt8(ascii: ">") && run == 1 { state = .text } else { run = byte == UInt8(ascii: "?") ? 1 : 0 }
            }
        }
        return true
    }

    /// The refusal, naming the limit.
    func error(path: String) -> ImportError {
        .invalid([ImportProblem(.error, at: SourceLocation(path: path, line: line, column: 1),
                                "an XML element has more than \(InputLimits.text(InputLimits.xmlAttributes)) attributes (the limit); refused",
                                zh: "有一个 XML 元素的属性超过 \(InputLimits.text(InputLimits.xmlAttributes)) 个（上限）；已拒绝")])
    }
}
