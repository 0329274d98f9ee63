/// Finds the typing mistakes Chinese keyboards make in YAML — a full-width colon or space where YAML needs an
/// ASCII one, tabs for indentation, full-width digits in numbers, `，` between list items — so the message names
/// the fix instead of libyaml's "mapping values are not allowed" on another line.
enum WidthMistakeScanner {
    /// One mistake: where, and the message that says what to type instead.
    struct Mistake: Equatable {
        var line: Int
        var column: Int
        var message: String
        /// Whether it is always wrong (reported even when the journey otherwise loads).
        var always: Bool
        /// The message in Chinese.
        var zh: String = ""
    }

    /// Every mistake in `text`, in order. Lines inside block scalars (after `|` or `>`) are prose and skipped.
    static func scan(_ text: String) -> [Mistake] {
        guard mayHoldMistakes(text) else { return [] }
        var mistakes: [Mistake] = []
        var blockIndent: Int? = nil
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            let number = index + 1
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if line.allSatisfy({ $0 == " " }) || indent > block { continue }
                blockIndent = nil
            }
            let lead = line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            if let tab = lead.firstIndex(of: "\t") {
                mistakes.append(Mistake(line: number, column: tab + 1, message:
                    "a tab in the indentation; YAML indents with spaces only (replace the tab with spaces)", always: true,
                    zh: "缩进里有制表符（Tab）；YAML 只能用空格缩进（请把 Tab 换成空格）"))
            }
            if let wide = lead.firstIndex(of: "\u{3000}") {
                mistakes.append(Mistake(line: number, column: wide + 1, message:
                    "a full-width space (U+3000, 全角空格) in the indentation; indent with ASCII spaces", always: true,
                    zh: "缩进里有全角空格（U+3000）；请用半角空格缩进"))
            }
            let content = Array(line.dropFirst(lead.count))
            guard !content.isEmpty, content.first != "#" else { continue }
            let body = content.first == "-" && content.count > 1 && content[1] == " " ? Array(content.dropFirst(2)) : content
            let bodyStart = line.count - body.count
            // key：value — a plain key (no quotes, no ASCII colon before it) followed by a full-width colon.
            if let wideColon = body.firstIndex(of: "："), !body[..<wideColon].contains(":"),
               let first = body.first, first != "\"", first != "'", first != "[", first != "{",
               !body[..<wideColon].contains(" "), wideColon > 0 {
                let key = String(body[..<wideColon])
                mistakes.append(Mistake(line: number, column: bodyStart + wideColon + 1, message:
                    "\"\(key)：\" uses a full-width colon (全角冒号); YAML keys need an ASCII colon and a space: \"\(key): \"", always: false,
                    zh: "\"\(key)：\" 用了全角冒号；YAML 的键要用半角冒号加一个空格：\"\(key): \""))
            }
            guard let colon = body.firstIndex(of: ":") else { continue }
            let afterColon = body[(colon + 1)...]
            let spaces = afterColon.prefix { $0 == " " }.count
            let valueStart = bodyStart + colon + 1 + spaces   // 0-based column where the value begins
            var value = Array(afterColon.dropFirst(spaces))
            if let hash = value.firstIndex(of: "#"), hash > 0, value[hash - 1] == " " { value = Array(value[..<hash]) }
            while value.last == " " { value.removeLast() }
            if value == ["|"] || value == [">"] || value.first == "|" || value.first == ">" { blockIndent = indent; continue }
            guard let first = value.first, first != "\"", first != "'" else { continue }
            if value.contains(where: isFullWidthDigit) {
                let plain = String(value.map(asciiDigit))
                if plain.allSatisfy({ $0.isNumber || " ,.[]-".contains($0) }) {
                    mistakes.append(Mistake(line: number, column: valueStart + 1, message:
                        "\"\(String(value))\" has full-width digits (全角数字); write ASCII digits: \(plain)", always: false,
                        zh: "\"\(String(value))\" 里有全角数字；请写半角数字：\(plain)"))
                }
            }
            if first == "[", let offset = unquotedIndex(of: "，", in: value) {
                let inside = String(value.dropFirst().prefix { $0 != "]" })
                mistakes.append(Mistake(line: number, column: valueStart + offset + 1, message:
                    "\"，\" (full-width comma, 全角逗号) inside [ … ]; separate list items with an ASCII comma: [\(inside.replacingOccurrences(of: "，", with: ", "))] — or quote the item if the comma belongs to it", always: true,
                    zh: "[ … ] 中有全角逗号 \"，\"；列表项之间请用半角逗号分隔：[\(inside.replacingOccurrences(of: "，", with: ", "))]——如果逗号属于内容本身，请给这一项加引号"))
            }
        }
        return mistakes
    }

    /// Whether `text` holds a character any mistake needs: a tab, U+3000 (E3 80 80 in UTF-8), or a full-width form
    /// (U+FF0C ，, U+FF10–FF19 digits, U+FF1A ：: EF BC 8C, 90–99, 9A). Journeys without (most English ones) skip
    /// the line-by-line scan, a twentieth of a 200-touchpoint render.
    static func mayHoldMistakes(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if byte == 0x09 { return true }
            if previous == (0xEF, 0xBC) && (byte == 0x8C || (0x90...0x9A).contains(byte)) { return true }
            if previous == (0xE3, 0x80) && byte == 0x80 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The first `target` outside '…' and "…" quotes.
    static func unquotedIndex(of target: Character, in value: [Character]) -> Int? {
        var quote: Character? = nil
        for (index, c) in value.enumerated() {
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c } else if c == target { return index }
        }
        return nil
    }

    static func isFullWidthDigit(_ c: Character) -> Bool { ("０"..."９").contains(c) }

    static func asciiDigit(_ c: Character) -> Character {
        guard isFullWidthDigit(c), let scalar = c.unicodeScalars.first,
              let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) else { return c }
        return Character(ascii)
    }
}
