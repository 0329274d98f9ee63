import Foundation

/// Decides whether a column identifies people, by its header and by its content, for every place that must
/// refuse such a column: import drops it (or refuses a journey that binds it as a segment or comment), and
/// reading a responses file for analysis refuses segment columns whose values identify people.
///
/// Content rules (each returns the reason, never the values):
/// - near-unique values: with 10 or more answers, more than half of the values occur once (a value per
///   respondent is the extreme) — a segment must group people;
/// - e-mail addresses, phone numbers, 身份证 or account ids (`PIIMasker`) in more than 30% of the values;
/// - dates (ISO `1990-05-17`, `1990/5/17`, `5/17/1990`, `1990年5月17日`) in more than half — birth dates identify;
/// - staff numbers (`E-2041`, `EMP1003`, five or more digits) in more than half;
/// - street addresses (`…路12号`, `12 Baker Street`) in more than 30%;
/// - Chinese personal names (2–3 Han characters starting with a common surname, none of 组/部/班/月 … that team
///   and tenure labels use; at least 3 different ones) in more than half;
/// the last four only when the matching values repeat less than 3 times on average (a value shared by many
/// people, such as a cohort's start date or a site named 张江, is a group, not a person).
enum IdentifyingColumnDetector {
    // MARK: - Headers

    /// Why a column's header (id, short text or ImportId) says it identifies people, or nil.
    static func classify(_ column: SurveyColumn) -> Anonymizer.Kind? {
        var texts: [String] = []
        if let id = column.id { texts.append(id) }
        if column.text.count <= 40 { texts.append(column.text) }
        if let importID = column.importID { texts.append(importID) }
        for text in texts {
            if let kind = classify(header: text) { return kind }
        }
        return nil
    }

    /// Why one header text identifies people, or nil.
    static func classify(header: String) -> Anonymizer.Kind? {
        let key = Anonymizer.key(header)
        guard !key.isEmpty else { return nil }
        if let kind = Anonymizer.classify(key: key) { return kind }
        if let kind = classifyChinese(key) { return kind }
        return classifyEnglish(words(header))
    }

    /// Lower-cased ASCII words (`Date of birth` → date, of, birth; `firstName` → first, name).
    static func words(_ text: String) -> [String] {
        var result: [String] = [], current = ""
        var previousLower = false
        for scalar in text.unicodeScalars {
            let isUpper = scalar.properties.isUppercase && scalar.isASCII
            if scalar.isASCII, scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                if isUpper && previousLower && !current.isEmpty { result.append(current); current = "" }
                current.unicodeScalars.append(scalar)
                previousLower = !isUpper
            } else {
                if !current.isEmpty { result.append(current); current = "" }
                previousLower = false
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.lowercased() }
    }

    private static let nameQualifiers: Set<String> = ["first", "last", "full", "given", "family", "middle", "your", "real",
                                                      "user", "nick", "respondent", "employee", "staff", "legal", "maiden",
                                                      "preferred", "display", "contact"]
    private static let nonPersonNames: Set<String> = ["team", "department", "dept", "group", "company", "site", "store", "branch",
                                                      "unit", "product", "course", "program", "programme", "project", "shift",
                                                      "campaign", "survey", "file", "domain", "host", "event", "role", "job"]

    static func classifyEnglish(_ words: [String]) -> Anonymizer.Kind? {
        guard !words.isEmpty else { return nil }
        let set = Set(words)
        let short = words.count <= 4
        func phrase(_ parts: [String]) -> Bool {
            guard words.count >= parts.count else { return false }
            return (0...(words.count - parts.count)).contains { Array(words[$0..<($0 + parts.count)]) == parts }
        }
        if phrase(["date", "of", "birth"]) || set.contains("dob") || set.contains("birthday") || set.contains("birthdate")
            || (short && set.contains("birth")) { return .birthDate }
        if phrase(["phone", "number"]) || phrase(["mobile", "number"]) || phrase(["cell", "number"]) || phrase(["telephone", "number"])
            || (short && !set.contains("app") && !set.contains("website") && !set.contains("support")
                && (set.contains("phone") || set.contains("telephone") || set.contains("mobile") || set.contains("cellphone")
                    || set.contains("tel"))) { return .phone }
        if phrase(["contact", "details"]) || phrase(["contact", "information"]) || phrase(["contact", "info"])
            || (short && set.contains("contact")) { return .contact }
        if phrase(["staff", "number"]) || phrase(["staff", "id"]) || phrase(["employee", "number"]) || phrase(["employee", "id"])
            || phrase(["employee", "no"]) || phrase(["personnel", "number"]) || phrase(["payroll", "number"])
            || set.contains("staffid") || set.contains("empid") { return .staffNumber }
        if ["street", "home", "postal", "mailing", "postcode", "zip"].contains(where: { set.contains($0) }) && set.contains("address")
            || (short && (set.contains("address") || set.contains("postcode") || set.contains("zipcode"))) { return .address }
        if let i = words.firstIndex(of: "name") ?? words.firstIndex(of: "names") {
            let before = i > 0 ? words[i - 1] : ""
            if nameQualifiers.contains(before) { return .name }
            if short, !nonPersonNames.contains(before), !words.contains(where: nonPersonNames.contains) { return .name }
        }
        if ["surname", "firstname", "lastname", "fullname", "nickname", "username", "forename"].contains(where: set.contains) { return .name }
        return nil
    }

    static func classifyChinese(_ key: String) -> Anonymizer.Kind? {
        // Always identifying wherever they appear in a header.
        let strong: [(String, Anonymizer.Kind)] = [
            ("身份证", .idNumber), ("证件号", .idNumber), ("姓名", .name), ("网名", .name), ("昵称", .name), ("真实名字", .name),
            ("手机号", .phone), ("电话号码", .phone), ("联系电话", .phone), ("座机", .phone), ("联系方式", .contact),
            ("出生日期", .birthDate), ("出生年月", .birthDate), ("生日", .birthDate), ("工号", .staffNumber),
            ("员工编号", .staffNumber), ("员工号", .staffNumber), ("职工号", .staffNumber), ("家庭住址", .address),
            ("住址", .address), ("通讯地址", .address), ("收货地址", .address), ("居住地址", .address), ("微信号", .contact),
            ("qq号", .contact),
        ]
        for (term, kind) in strong where key.contains(term) { return kind }
        // Identifying when they are (nearly) the whole header: "您对手机端的满意度" is a question, "手机" is not.
        let weak: [(String, Anonymizer.Kind)] = [("手机", .phone), ("电话", .phone), ("地址", .address), ("名字", .name),
                                                 ("联系人", .contact), ("微信", .contact), ("qq", .contact)]
        if key.count <= 6 {
            for (term, kind) in weak where key.contains(term) && !key.contains("ip") && !key.contains("邮") { return kind }
        }
        return nil
    }

    // MARK: - Content

    /// Why the values of a segment column identify people, or nil. Never quotes a value.
    static func segmentReason(_ values: [String?]) -> String? {
        var counts: [String: Int] = [:], order: [String] = []
        for case let value? in values where !value.isEmpty {
            if let c = counts[value] { counts[value] = c + 1 } else { counts[value] = 1; order.append(value) }
        }
        return segmentReason(levels: order.map { ($0, counts[$0]!) })
    }

    /// The same, from distinct values and how often each occurs (a responses file's segment levels).
    /// Patterns are tested on at most 2,000 distinct values (in order of first appearance), weighted by count.
    static func segmentReason(levels: [(value: String, count: Int)]) -> String? {
        let n = levels.reduce(0) { $0 + $1.count }
        guard n > 0 else { return nil }
        if let reason = patternReason(levels: levels, total: n) { return reason }
        if n >= 10 {
            let singletons = levels.filter { $0.count == 1 }.count
            if singletons * 2 > n {
                return levels.count == n ? "every one of its \(n) values is different (a value per respondent)"
                    : "\(singletons) of its \(n) values occur only once (more than half; near-unique values single people out)"
            }
        }
        return nil
    }

    /// Why the values of a comment column identify people (it holds contact details or names rather than
    /// comments), or nil; looks at the first 5,000 answers.
    static func commentReason(_ values: [String?]) -> String? {
        let present = values.lazy.compactMap { $0 }.filter { !$0.isEmpty }.prefix(5000)
        guard present.count >= 3 else { return nil }
        let masker = PIIMasker()
        let personal = present.filter(masker.isEntirelyPersonal).count
        if personal * 10 > present.count * 3 {
            return "\(personal) of its \(present.count) answers are nothing but contact details (phone numbers, e-mail addresses or ids)"
        }
        let names = present.filter(looksLikeChineseName).count
        if names * 2 > present.count { return "\(names) of its \(present.count) answers look like personal names" }
        return nil
    }

    /// Pattern rules. Dates, staff numbers, addresses and names identify because each belongs to one or two
    /// people: a value shared by many (a training cohort's start date, a site called 张江) is a group, so those
    /// rules only count when the matching values repeat less than 3 times on average. Contact details always count.
    private static func patternReason(levels: [(value: String, count: Int)], total: Int) -> String? {
        let sample = levels.prefix(2000)
        let n = sample.reduce(0) { $0 + $1.count }
        let masker = PIIMasker()
        func share(_ test: (String) -> Bool) -> (count: Int, distinct: Int) {
            sample.reduce((0, 0)) { test($1.value) ? ($0.0 + $1.count, $0.1 + 1) : $0 }
        }
        func rare(_ s: (count: Int, distinct: Int)) -> Bool { s.distinct > 0 && s.count < 3 * s.distinct }
        func scaled(_ k: Int) -> Int { n == total ? k : Int((Double(k) * Double(total) / Double(n)).rounded()) }
        let personal = share(masker.isEntirelyPersonal)
        if personal.count * 10 > n * 3 { return "\(scaled(personal.count)) of its \(total) values are phone numbers, e-mail addresses or ids" }
        let dates = share(looksLikeDate)
        if dates.count * 2 > n, rare(dates) {
            return "\(scaled(dates.count)) of its \(total) values are dates, nearly all different (birth dates single people out; use a band such as 2-3个月)"
        }
        let staff = share(looksLikeStaffNumber)
        if staff.count * 2 > n, rare(staff) { return "\(scaled(staff.count)) of its \(total) values look like staff numbers or ids" }
        let addresses = share(looksLikeAddress)
        if addresses.count * 10 > n * 3, rare(addresses) { return "\(scaled(addresses.count)) of its \(total) values look like street addresses" }
        let names = share(looksLikeChineseName)
        if names.distinct >= 3, names.count * 2 > n, rare(names) {
            return "\(scaled(names.count)) of its \(total) values look like personal names"
        }
        return nil
    }

    static func looksLikeDate(_ text: String) -> Bool {
        let t = ImportText.normalized(text)
        let patterns = [#"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}( .*)?$"#, #"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}( .*)?$"#,
                        #"^\d{4}年\d{1,2}月(\d{1,2}日)?$"#, #"^\d{8}$"#]
        return patterns.contains { t.range(of: $0, options: .regularExpression) != nil }
    }

    static func looksLikeStaffNumber(_ text: String) -> Bool {
        let t = ImportText.normalized(text)
        return t.range(of: #"^[A-Za-z]{1,4}[-_]?\d{3,}$"#, options: .regularExpression) != nil
            || t.range(of: #"^\d{5,}$"#, options: .regularExpression) != nil
    }

    static func looksLikeAddress(_ text: String) -> Bool {
        let t = ImportText.normalized(text)
        return t.range(of: #"[路街道巷弄里村]\s*\d+\s*[号號]"#, options: .regularExpression) != nil
            || t.range(of: #"(?i)\b\d+[a-z]?\s+(\w+\s+){0,3}(street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way)\b"#,
                       options: .regularExpression) != nil
    }

    /// Common Chinese surnames (the most frequent ~120, covering most of the population).
    private static let surnames: Set<Character> = Set(("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余"
        + "于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱"
        + "戴严欧莫孔向常汤康易乔赖文施洪牛").map { $0 })
    /// Characters that team, shift, tenure and role labels use and given names rarely do.
    private static let groupCharacters: Set<Character> = Set("组部队班科室心级区店厂线岗期月年天周季长员工师生客服户务台中内外新老部门"
        .map { $0 })

    static func looksLikeChineseName(_ text: String) -> Bool {
        let t = ImportText.normalized(text)
        let characters = Array(t)
        guard characters.count == 2 || characters.count == 3, let first = characters.first, surnames.contains(first) else { return false }
        guard characters.allSatisfy({ $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }) else { return false }
        return !characters.dropFirst().contains(where: groupCharacters.contains)
    }
}
