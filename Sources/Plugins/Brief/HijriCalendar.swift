import Foundation

/// The Hijri (Islamic) calendar as Saudi and Gulf news write it: its month names, and the
/// Gregorian days of a Hijri date by the Umm al-Qura calendar, Saudi Arabia's official one (news
/// from countries that follow the sighted moon may be a day off).
enum HijriCalendar {
    /// The months in English, Muharram first, in the plain transliteration common in English.
    static let englishMonths = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal",
                                "Jumada al-Thani", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
                                "Dhu al-Hijjah"]
    /// One-word month names and their numbers.
    static let monthNames: [String: Int] = ["محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10]
    /// Two-word month names: ربيع الأول, جمادى الآخرة, ذو القعدة (also ذي and ذا, as the grammar wants).
    static let twoWordMonthNames: [String: [String: Int]] = [
        "ربيع": ["الأول": 3, "الثاني": 4, "الآخر": 4],
        "جمادى": ["الأولى": 5, "الأول": 5, "الآخرة": 6, "الثانية": 6, "الثاني": 6, "الآخر": 6],
        "ذو": ["القعدة": 11, "الحجة": 12], "ذي": ["القعدة": 11, "الحجة": 12], "ذا": ["القعدة": 11, "الحجة": 12],
    ]
    /// The years the reader accepts as Hijri: from the first hijra to well past today.
    static let years = 1...1600

    static let ummAlQura = calendar(.islamicUmmAlQura)
    static let gregorian = calendar(.gregorian)

    static func calendar(_ identifier: Calendar.Identifier) -> Calendar {
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }

    /// A Gregorian day; `uncertain` when the article's weekday fits no day near the computed one.
    struct GregorianDay: Equatable {
        var day: Int, month: Int, year: Int
        var uncertain = false
    }

    /// The Gregorian day of a Hijri date; nil when the month has no such day. With the weekday
    /// the article gives (1 = Sunday … 7 = Saturday): where the month was sighted a day before or
    /// after the Umm al-Qura reckoning, the neighbouring day that has that weekday; when neither
    /// has it, the Umm al-Qura day, uncertain.
    static func gregorian(day: Int, month: Int, year: Int, weekday: Int? = nil) -> GregorianDay? {
        guard years.contains(year), (1...12).contains(month), (1...30).contains(day),
              let date = ummAlQura.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        // A day past the month's end rolls over into the next month: read it back to refuse it.
        let back = ummAlQura.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        var chosen = date, uncertain = false
        if let weekday, gregorian.component(.weekday, from: date) != weekday {
            let neighbours = [-1, 1].compactMap { gregorian.date(byAdding: .day, value: $0, to: date) }
            if let match = neighbours.first(where: { gregorian.component(.weekday, from: $0) == weekday }) {
                chosen = match
            } else {
                uncertain = true
            }
        }
        let g = gregorian.dateComponents([.year, .month, .day], from: chosen)
        guard let d = g.day, let m = g.month, let y = g.year else { return nil }
        return GregorianDay(day: d, month: m, year: y, uncertain: uncertain)
    }

    /// The Gregorian months a Hijri month falls in: `June–July 2015`, `December 2014–January 2015`.
    static func gregorianSpan(month: Int, year: Int) -> String? {
        guard let first = gregorian(day: 1, month: month, year: year),
              let last = gregorian(day: 30, month: month, year: year) ?? gregorian(day: 29, month: month, year: year)
        else { return nil }
        let names = DateReader.englishMonths
        if first.year != last.year { return "\(names[first.month - 1]) \(first.year)–\(names[last.month - 1]) \(last.year)" }
        if first.month != last.month { return "\(names[first.month - 1])–\(names[last.month - 1]) \(last.year)" }
        return "\(names[first.month - 1]) \(first.year)"
    }

    /// The Gregorian years Hijri years fall in: `2014–2015` (a Hijri year is 354 or 355 days).
    static func gregorianSpan(years first: Int, _ last: Int) -> String? {
        guard let start = gregorian(day: 1, month: 1, year: first),
              let end = gregorian(day: 29, month: 12, year: last) else { return nil }
        return start.year == end.year ? "\(start.year)" : "\(start.year)–\(end.year)"
    }
}
