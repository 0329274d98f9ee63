/// Excel's date serial numbers as ISO text: days since 1899-12-31 in the 1900 system, which counts the
/// nonexistent 1900-02-29 (serial 60, Lotus 1-2-3's leap-year bug kept for compatibility), or days since
/// 1904-01-01 in the 1904 system (`<workbookPr date1904="1"/>`); the fraction is the time of day.
public enum ExcelDate {
    /// What a date style shows.
    public enum Kind: Sendable, Hashable {
        /// A calendar date (`yyyy-mm-dd`); a time is added when the serial has one.
        case date
        /// A date and a time (`yyyy-mm-dd hh:mm:ss`).
        case dateTime
        /// A time of day (`hh:mm:ss`), or a date and time when the serial is a day or more.
        case time
    }

    /// `2024-01-05`, `2024-01-05 10:12:33` or `10:12:33` for a serial; nil for a negative or huge serial.
    public static func text(serial: Double, kind: Kind, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(day)) * 86_400).rounded())
        if seconds >= 86_400 { seconds -= 86_400; day += 1 }
        let time = "\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))"
        if kind == .time && day == 0 && !uses1904 { return time }
        let date: String
        if uses1904 {
            date = civil(daysSince1970: day + daysFrom1970(1904, 1, 1))
        } else if day == 60 {
            date = "1900-02-29"
        } else {
            date = civil(daysSince1970: day + daysFrom1970(1899, 12, day < 60 ? 31 : 30))
        }
        if kind == .date && seconds == 0 { return date }
        return "\(date) \(time)"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFrom1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `yyyy-mm-dd` for days since 1970-01-01 (Hinnant's `civil_from_days`).
    static func civil(daysSince1970 days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return "\(y)-\(pad(m))-\(pad(d))"
    }
}
