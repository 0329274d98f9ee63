/// Estimates, without parsing, how deeply a YAML text nests, so that a 20,000-deep document is refused
/// before the recursive composer sees it.
///
/// Flow collections count `[`/`{` outside quotes and comments; block collections count the
/// indentation plus the compact `- ` indicators at the start of a line. Both over-estimate, never under.
enum YAMLNestingScanner {
    /// The first line whose estimated depth exceeds `limit`, with that depth, or `nil`.
    static func firstTooDeep(_ bytes: [UInt8], limit: Int) -> (line: Int, column: Int, depth: Int)? {
        var line = 1
        var flowDepth = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Start of a line: measure indentation and compact sequence indicators.
            let lineStart = index
            var blockDepth = 0
            while index < count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            let indent = index - lineStart
            while index + 1 < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "?"),
                  bytes[index + 1] == UInt8(ascii: " ") {
                blockDepth += 1
                index += 2
                while index < count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            }
            let depth = indent / 2 + blockDepth + flowDepth
            if depth > limit { return (line, index - lineStart + 1, depth) }
            // Rest of the line: flow brackets outside quotes and comments.
            var quote: UInt8 = 0
            while index < count, bytes[index] != UInt8(ascii: "\n") {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    let previous = index > lineStart ? bytes[index - 1] : UInt8(ascii: " ")
                    if previous == UInt8(ascii: " ") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{")
                        || previous == UInt8(ascii: ",") || previous == UInt8(ascii: ":") { quote = byte }
                } else if byte == UInt8(ascii: "#"), index == lineStart || bytes[index - 1] == UInt8(ascii: " ") {
                    while index < count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                    break
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flowDepth += 1
                    if flowDepth + indent / 2 > limit { return (line, index - lineStart + 1, flowDepth + indent / 2) }
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flowDepth = max(0, flowDepth - 1)
                }
                index += 1
            }
            index += 1
            line += 1
        }
        return nil
    }
}
