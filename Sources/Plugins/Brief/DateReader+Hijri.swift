/// Hijri dates written with month names: `10 شوال 1436هـ` → 10 Shawwal 1436 AH (26 July 2015),
/// `رمضان 1436` → Ramadan 1436 AH (June–July 2015), `ذي القعدة المقبل` → next Dhu al-Qadah.
/// `weekday` (1 = Sunday) is the day of the week the article writes before the date, if any.
extension DateReader {
    static let hijriMonths = BriefKey.map(HijriCalendar.monthNames)
    static let hijriTwoWordMonths = BriefKey.map(HijriCalendar.twoWordMonthNames.mapValues { BriefKey.map($0) })

    /// The Hijri month (1–12) at word `i` (one or two words) and the index after it.
    func hijriMonth(at i: Int) -> (Int, Int)? { name(at: i, Self.hijriMonths, Self.hijriTwoWordMonths) }

    /// A Hijri month with a day before it, a year after it or الماضي / المقبل / الجاري. A month
    /// alone is not a date (رمضان is also a name, صفر also zero).
    func hijriDate(at i: Int, weekday: Int?) -> (DateItem, Int)? {
        let words = text.words
        let day = dayNumber(at: i, upTo: 30) { hijriMonth(at: $0) != nil }
        guard let (month, next) = hijriMonth(at: day == nil ? i : i + 1) else { return nil }
        var j = next
        var year: Int? = nil
        // A year with its هـ, or one in the Hijri years of modern news without it (شوال 1436).
        if let value = wholeNumber(at: j),
           hasMarker(Self.hijriMarker, at: j + 1) ? HijriCalendar.years.contains(value) : Self.unmarkedHijriYears.contains(value) {
            year = value
            j = marker(Self.hijriMarker, after: j)
        }
        let relative = year == nil ? relativeWord(at: j) : nil
        if relative != nil { j += 1 }
        guard day != nil || year != nil || relative != nil else { return nil }
        let name = HijriCalendar.englishMonths[month - 1]
        var english: String
        switch (day, year) {
        case let (day?, year?): english = Self.hijri(day: day, month: month, year: year, weekday: weekday)
        case let (nil, year?):
            english = "\(name) \(year) AH"
            if let span = HijriCalendar.gregorianSpan(month: month, year: year) { english += " (\(span))" }
        case let (day?, nil): english = "\(day) \(name)"
        case (nil, nil): english = (relative ?? "") + " " + name
        }
        return (DateItem(range: closingParenthesis(words[i].range.lowerBound..<words[j - 1].range.upperBound), english: english), j)
    }

    /// `10 Shawwal 1436 AH (26 July 2015)`, `(10 September 2015?)` when the article's weekday
    /// (1 = Sunday) fits neither that day nor its neighbours; without the Gregorian day when the
    /// month has no such day.
    static func hijri(day: Int, month: Int, year: Int, weekday: Int?) -> String {
        var english = "\(day) \(HijriCalendar.englishMonths[month - 1]) \(year) AH"
        if let g = HijriCalendar.gregorian(day: day, month: month, year: year, weekday: weekday) {
            english += " (\(g.day) \(englishMonths[g.month - 1]) \(g.year)\(g.uncertain ? "?" : ""))"
        }
        return english
    }
}
