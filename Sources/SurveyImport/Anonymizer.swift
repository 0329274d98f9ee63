import Foundation

/// Keeps identities out of the normalized file: classifies identifying columns (names, e-mails, IP addresses,
/// locations, recipient fields, external references, free-text ids) so they are never bound or written, and
/// masks e-mail addresses, IP addresses and phone numbers inside the free text that is kept.
struct Anonymizer {
    /// Why a column identifies people.
    enum Kind: String, Sendable {
        case name
        case email = "e-mail"
        case ipAddress = "IP address"
        case location
        case recipient = "recipient field"
        case externalReference = "external reference"
        case identifier = "respondent id"
        case phone = "phone number"
    }

    /// Classifies a column by its id and (short) header text.
    static func classify(_ column: SurveyColumn) -> Kind? {
        var keys: [String] = []
        if let id = column.id { keys.append(key(id)) }
        if column.text.count <= 40 { keys.append(key(column.text)) }
        if let importID = column.importID { keys.append(key(importID)) }
        for key in keys where !key.isEmpty {
            if let kind = classify(key: key) { return kind }
        }
        return nil
    }

    /// Lower-cased, without spaces, underscores, hyphens and dots.
    static func key(_ text: String) -> String {
        String(ImportText.folded(text).unicodeScalars.filter { !" _-.·:：()（）".unicodeScalars.contains($0) }
            .map(Character.init))
    }

    static func classify(key: String) -> Kind? {
        if key.hasPrefix("recipient") { return .recipient }
        if key.contains("email") || key.contains("邮箱") || key.contains("电子邮件") || key.contains("邮件地址") { return .email }
        if ["ip", "ipaddress", "ipaddr", "来自ip", "ip地址", "来源ip", "ipaddresses"].contains(key) { return .ipAddress }
        if key.hasPrefix("location") || key.contains("latitude") || key.contains("longitude") || key == "gps"
            || key.contains("地理位置") || key == "定位" || key == "所在地" { return .location }
        if ["name", "firstname", "lastname", "fullname", "surname", "givenname", "姓名", "名字", "昵称", "nickname",
            "username", "用户名", "微信昵称", "respondentname", "您的姓名", "真实姓名"].contains(key) { return .name }
        if ["externalreference", "externaldatareference", "externalref", "token", "refurl", "来源详情", "referer",
            "referrer", "distributionchannel", "collectorid"].contains(key) || key.hasPrefix("customdata") { return .externalReference }
        if ["responseid", "respondentid", "序号", "id", "用户id", "openid", "微信openid", "工号", "员工编号", "员工号",
            "employeeid", "employeenumber", "身份证", "身份证号", "idcard", "答题序号", "seed"].contains(key) { return .identifier }
        if ["phone", "mobile", "telephone", "phonenumber", "手机", "手机号", "手机号码", "电话", "联系电话"].contains(key) { return .phone }
        return nil
    }

    /// Free text with e-mail addresses, IPv4 addresses and (Chinese mobile) phone numbers masked.
    func redact(_ text: String) -> (text: String, masked: Int) {
        guard text.unicodeScalars.contains(where: { $0 == "@" || ($0.value >= 0x30 && $0.value <= 0x39) }) else { return (text, 0) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var masked = 0
        var i = 0
        while i < scalars.count {
            if let end = Self.emailEnd(scalars, at: i, outputTail: out) {
                // Remove the local part already copied, then mask.
                var local = 0
                while let last = out.last, Self.isLocalPart(last) { out.removeLast(); local += 1 }
                _ = local
                out.append(contentsOf: "[e-mail]".unicodeScalars)
                masked += 1
                i = end
                continue
            }
            let previous = i > 0 ? scalars[i - 1] : " "
            if Self.isDigit(scalars[i]) && !Self.isDigit(previous) && previous != "." {
                if let end = Self.ipv4End(scalars, at: i) {
                    out.append(contentsOf: "[IP]".unicodeScalars); masked += 1; i = end; continue
                }
                if let end = Self.phoneEnd(scalars, at: i) {
                    if out.last == "+" { out.removeLast() }
                    out.append(contentsOf: "[phone]".unicodeScalars); masked += 1; i = end; continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return (String(out), masked)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isLocalPart(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || isDigit(s) || "._%+-".unicodeScalars.contains(s))
    }
    static func isDomainPart(_ s: Unicode.Scalar) -> Bool { s.isASCII && (s.properties.isAlphabetic || isDigit(s) || s == "-") }

    /// At an `@` preceded by a local part and followed by a dotted domain: the index after the domain.
    static func emailEnd(_ s: [Unicode.Scalar], at i: Int, outputTail: String.UnicodeScalarView) -> Int? {
        guard s[i] == "@", let last = outputTail.last, isLocalPart(last) else { return nil }
        var j = i + 1
        var labels = 0, labelLength = 0
        while j < s.count {
            if isDomainPart(s[j]) { labelLength += 1 }
            else if s[j] == ".", labelLength > 0, j + 1 < s.count, isDomainPart(s[j + 1]) { labels += 1; labelLength = 0 }
            else { break }
            j += 1
        }
        return labels >= 1 && labelLength > 0 ? j : nil
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

    /// A Chinese mobile number (`13812345678`, `138-1234-5678`, `86 138 1234 5678`).
    static func phoneEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var digits: [UInt32] = []
        var j = start, end = start
        while j < s.count {
            if isDigit(s[j]) { digits.append(s[j].value - 0x30); j += 1; end = j }
            else if (s[j] == " " || s[j] == "-"), j + 1 < s.count, isDigit(s[j + 1]), !digits.isEmpty { j += 1 }
            else { break }
            if digits.count > 13 { return nil }
        }
        var body = digits[...]
        if body.count == 13, body.starts(with: [8, 6]) { body = body.dropFirst(2) }
        guard body.count == 11, body.first == 1, let second = body.dropFirst().first, second >= 3 else { return nil }
        return end
    }
}
