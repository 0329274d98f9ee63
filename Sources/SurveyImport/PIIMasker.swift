/// Masks personal data inside free text: e-mail addresses (also written with `＠`), IPv4 and IPv6 addresses,
/// phone numbers (E.164 `+44 20 7946 0958`, `(555) 123-4567`, landlines with area codes `010-12345678`,
/// Chinese mobiles, full-width digits), 身份证 numbers and QQ/WeChat ids after their keywords.
///
/// Full-width ASCII (`１３８`, `＠`, `（`) is folded before matching, so it is caught like its ASCII form.
/// Numbers that are plainly not contact details stay: short numbers, `yyyymmdd` and `yyyy-mm-dd` dates, times,
/// version numbers.
struct PIIMasker: Sendable {
    /// What a masked span was.
    enum Kind: String, Sendable {
        case email = "[e-mail]"
        case ip = "[IP]"
        case phone = "[phone]"
        case idNumber = "[ID number]"
        case account = "[account]"
    }

    /// Keywords after which an account id follows (`QQ 12345678`, `微信号：abc_123`).
    static let accountKeywords: [String] = ["微信号", "微信", "weixin", "wechat", "vx", "wx", "qq号", "qq", "skype", "telegram", "line id"]
    private static let keywordScalars: [[Unicode.Scalar]] = accountKeywords.map { Array($0.unicodeScalars) }

    /// Whether the text can hold anything to mask: a digit (ASCII or full-width), an `@`/`＠`, a colon (IPv6) or an
    /// account keyword. Most answers have none, and cost one pass.
    static func mayHoldPersonalData(_ text: String) -> Bool {
        var sawLetterPair = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let f = fold(scalar)
            if isDigit(f) || f == "@" || f == ":" || scalar == "微" { return true }
            let lower = isLetter(f) ? Unicode.Scalar(f.value | 0x20)! : f
            if "qwvxsktl".unicodeScalars.contains(previous), "qxkeilyn".unicodeScalars.contains(lower) { sawLetterPair = true }
            previous = lower
        }
        return sawLetterPair
    }

    /// The text with every match replaced by its `Kind` label, and how many were masked.
    func mask(_ text: String) -> (text: String, masked: Int) {
        guard Self.mayHoldPersonalData(text) else { return (text, 0) }
        let original = Array(text.unicodeScalars)
        let s = original.map(Self.fold)
        var spans: [(start: Int, end: Int, kind: Kind)] = []
        func free(_ start: Int, _ end: Int) -> Bool { !spans.contains { $0.start < end && start < $0.end } }
        // E-mail addresses first (their digits must not become phone numbers).
        for i in s.indices where s[i] == "@" {
            if let span = Self.email(s, at: i), free(span.0, span.1) { spans.append((span.0, span.1, .email)) }
        }
        // Accounts after keywords.
        for span in Self.accounts(s) where free(span.0, span.1) { spans.append((span.0, span.1, .account)) }
        var i = 0
        while i < s.count {
            if spans.contains(where: { $0.start <= i && i < $0.end }) { i += 1; continue }
            let previous: Unicode.Scalar = i > 0 ? s[i - 1] : " "
            if Self.isHex(s[i]) || s[i] == ":", !Self.isHex(previous), previous != ":", previous != ".",
               let end = Self.ipv6End(s, at: i), free(i, end) {
                spans.append((i, end, .ip)); i = end; continue
            }
            if Self.isDigit(s[i]) || s[i] == "+" || s[i] == "(" {
                let wordBefore = Self.isDigit(previous) || Self.isLetter(previous) || previous == "."
                if !wordBefore {
                    if Self.isDigit(s[i]), let end = Self.ipv4End(s, at: i), free(i, end) { spans.append((i, end, .ip)); i = end; continue }
                    if Self.isDigit(s[i]), let end = Self.idNumberEnd(s, at: i), free(i, end) { spans.append((i, end, .idNumber)); i = end; continue }
                    if let end = Self.phoneEnd(s, at: i), free(i, end) { spans.append((i, end, .phone)); i = end; continue }
                }
            }
            i += 1
        }
        guard !spans.isEmpty else { return (text, 0) }
        spans.sort { $0.start < $1.start }
        var out = String.UnicodeScalarView()
        var k = 0
        for span in spans {
            out.append(contentsOf: original[k..<span.start])
            out.append(contentsOf: span.kind.rawValue.unicodeScalars)
            k = span.end
        }
        out.append(contentsOf: original[k...])
        return (String(out), spans.count)
    }

    /// Whether the whole text is personal data (a phone number, an e-mail …) once masked: nothing but
    /// labels, spaces and punctuation is left.
    func isEntirelyPersonal(_ text: String) -> Bool {
        let masked = mask(text)
        guard masked.masked > 0 else { return false }
        var rest = masked.text
        for kind in [Kind.email, .ip, .phone, .idNumber, .account] { rest = rest.replacingOccurrences(of: kind.rawValue, with: "") }
        return rest.unicodeScalars.allSatisfy { !($0.properties.isAlphabetic || Self.isDigit(Self.fold($0))) }
    }

    // MARK: - Characters

    /// Full-width ASCII (U+FF01–FF5E) and the ideographic space folded to ASCII.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 0xFF01 && s.value <= 0xFF5E { return Unicode.Scalar(s.value - 0xFEE0)! }
        if s.value == 0x3000 { return " " }
        return s
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isLetter(_ s: Unicode.Scalar) -> Bool { (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) }
    static func isHex(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || (s.value >= 0x41 && s.value <= 0x46) || (s.value >= 0x61 && s.value <= 0x66)
    }
    static func isLocalPart(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) || "._%+-".unicodeScalars.contains(s) }
    static func isDomainPart(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) || s == "-" }

    // MARK: - Patterns

    /// An `@` with a local part before it and a dotted domain after it: the span.
    static func email(_ s: [Unicode.Scalar], at: Int) -> (Int, Int)? {
        var start = at
        while start > 0, isLocalPart(s[start - 1]) { start -= 1 }
        guard start < at else { return nil }
        var j = at + 1, labels = 0, labelLength = 0
        while j < s.count {
            if isDomainPart(s[j]) { labelLength += 1 }
            else if s[j] == ".", labelLength > 0, j + 1 < s.count, isDomainPart(s[j + 1]) { labels += 1; labelLength = 0 }
            else { break }
            j += 1
        }
        return labels >= 1 && labelLength > 0 ? (start, j) : nil
    }

    /// Ids after an account keyword: the keyword stays, the id (5–30 letters, digits, `_`, `-`) is masked.
    static func accounts(_ s: [Unicode.Scalar]) -> [(Int, Int)] {
        let lower = s.map { isLetter($0) ? Unicode.Scalar($0.value | 0x20)! : $0 }
        var result: [(Int, Int)] = []
        var i = 0
        while i < lower.count {
            var matched: Int?
            for k in keywordScalars {
                guard i + k.count <= lower.count, lower[i..<(i + k.count)].elementsEqual(k) else { continue }
                if isLetter(k[0]), i > 0, isLetter(lower[i - 1]) { continue }
                if let last = k.last, isLetter(last), i + k.count < lower.count, isLetter(lower[i + k.count]) { continue }
                matched = i + k.count
                break
            }
            guard var j = matched else { i += 1; continue }
            while j < lower.count, " :=：是号#".unicodeScalars.contains(lower[j]) || (j + 1 < lower.count && lower[j] == "i" && lower[j + 1] == "d") {
                j += lower[j] == "i" ? 2 : 1
            }
            let start = j
            while j < lower.count, isLetter(lower[j]) || isDigit(lower[j]) || lower[j] == "_" || lower[j] == "-" { j += 1 }
            let length = j - start
            if length >= 5, length <= 30, s[start..<j].contains(where: isDigit) || length >= 6 { result.append((start, j)) }
            i = max(j, i + 1)
        }
        return result
    }

    /// Four dot-separated numbers 0–255 not followed by another digit or dot-digit.
    static func ipv4End(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var j = start
        for part in 0..<4 {
            var value = 0, digits = 0
            while j < s.count, isDigit(s[j]), digits < 4 { value = value * 10 + Int(s[j].value - 0x30); digits += 1; j += 1 }
            guard digits >= 1, digits <= 3, value <= 255 else { return nil }
            if part < 3 {
                guard j < s.count, s[j] == "." else { return nil }
                j += 1
            }
        }
        if j < s.count, isDigit(s[j]) { return nil }
        if j + 1 < s.count, s[j] == ".", isDigit(s[j + 1]) { return nil }
        return j
    }

    /// An IPv6 address: hex groups of at most 4 between colons, 8 groups or fewer with one `::`.
    static func ipv6End(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var j = start
        while j < s.count, isHex(s[j]) || s[j] == ":" { j += 1 }
        // A trailing colon is punctuation ("地址是 fe80::1: 请查").
        var end = j
        while end > start, s[end - 1] == ":", !(end - 2 >= start && s[end - 2] == ":") { end -= 1 }
        if j < s.count, isLetter(s[j]) { return nil }
        let text = String(String.UnicodeScalarView(s[start..<end]))
        let doubleColons = text.components(separatedBy: "::").count - 1
        guard doubleColons <= 1, text.contains(":") else { return nil }
        let groups = text.split(separator: ":", omittingEmptySubsequences: true)
        guard groups.allSatisfy({ $0.count <= 4 }), !groups.isEmpty else { return nil }
        if doubleColons == 0 { guard groups.count == 8 else { return nil } } else { guard groups.count >= 2, groups.count <= 7 else { return nil } }
        guard text.unicodeScalars.contains(where: isDigit) else { return nil }
        return end
    }

    /// A 身份证 number: 18 characters (17 digits and a digit or X) whose birth date part is plausible, or 15 digits.
    static func idNumberEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var j = start
        while j < s.count, isDigit(s[j]) { j += 1 }
        let digits = j - start
        if digits == 17, j < s.count, s[j] == "X" || s[j] == "x" { j += 1 }
        else if digits != 18 { return nil }
        if j < s.count, isLetter(s[j]) || isDigit(s[j]) { return nil }
        let value = { (a: Int, n: Int) -> Int in (0..<n).reduce(0) { $0 * 10 + Int(s[start + a + $1].value - 0x30) } }
        let year = value(6, 4), month = value(10, 2), day = value(12, 2)
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return j
    }

    /// A phone number: an optional `+`, digit groups split by single spaces, `-`, `.` or a bracketed area code,
    /// 7 to 15 digits in all; groups of one digit only at the start; never a date or a time.
    static func phoneEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var j = start
        var plus = false
        if s[j] == "+" { plus = true; j += 1 }
        var groups: [Int] = [], separators: [Unicode.Scalar] = []
        var end = j
        while j < s.count {
            if s[j] == "(" {
                var k = j + 1, n = 0
                while k < s.count, isDigit(s[k]) { k += 1; n += 1 }
                guard n >= 1, n <= 5, k < s.count, s[k] == ")" else { break }
                groups.append(n); separators.append("(")
                j = k + 1; end = j
                if j < s.count, s[j] == " " || s[j] == "-", j + 1 < s.count, isDigit(s[j + 1]) { j += 1 }
                continue
            }
            guard isDigit(s[j]) else { break }
            var n = 0
            while j < s.count, isDigit(s[j]) { j += 1; n += 1 }
            groups.append(n); end = j
            if j + 1 < s.count, " -.".unicodeScalars.contains(s[j]), isDigit(s[j + 1]) || s[j + 1] == "(" {
                separators.append(s[j]); j += 1
            } else { break }
        }
        guard !groups.isEmpty else { return nil }
        // A trailing separator that was not followed by a group is not part of the number.
        let total = groups.reduce(0, +)
        guard total >= 7, total <= 15 else { return nil }
        if end < s.count, isLetter(s[end]) { return nil }
        if groups.dropFirst().contains(where: { $0 < 2 }) { return nil }
        if groups.count == 1 && !plus {
            // One run of digits: a date like 20240101 is not a phone number.
            if groups[0] == 8, looksLikeCompactDate(s, at: plus ? start + 1 : start) { return nil }
        }
        let plain = separators.filter { $0 != "(" }
        if !plus, groups.count == 3, Set(plain).count == 1, plain.first != " ",
           (groups == [4, 2, 2] || groups == [2, 2, 4] || groups == [4, 1, 2] || groups == [4, 2, 1]) { return nil }
        if groups.count == 2, plain == ["."], !plus { return nil }  // a decimal number
        if groups.first == 1, groups.count < 3, !plus { return nil }
        return end
    }

    static func looksLikeCompactDate(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        let digit = { (k: Int) -> Int in Int(s[start + k].value - 0x30) }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(4) * 10 + digit(5), day = digit(6) * 10 + digit(7)
        return (1900...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }
}
