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
        case address = "address"
        case birthDate = "birth date"
        case staffNumber = "staff number"
        case contact = "contact details"
        case idNumber = "ID-card number"
    }

    /// Classifies a column by its id and (short) header text (see `IdentifyingColumnDetector`).
    static func classify(_ column: SurveyColumn) -> Kind? { IdentifyingColumnDetector.classify(column) }

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
        if ["工号", "员工编号", "员工号", "employeeid", "employeenumber", "staffid", "staffnumber"].contains(key) { return .staffNumber }
        if ["身份证", "身份证号", "身份证号码", "idcard", "idnumber"].contains(key) { return .idNumber }
        if ["responseid", "respondentid", "序号", "id", "用户id", "openid", "微信openid", "答题序号", "seed"].contains(key) { return .identifier }
        if ["phone", "mobile", "telephone", "phonenumber", "手机", "手机号", "手机号码", "电话", "联系电话"].contains(key) { return .phone }
        return nil
    }

    /// Free text with personal data masked (see `PIIMasker`).
    func redact(_ text: String) -> (text: String, masked: Int) { PIIMasker().mask(text) }
}
