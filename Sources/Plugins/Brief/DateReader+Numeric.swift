/// Dates in figures, as Saudi and Gulf news write them: day/month/year or year/month/day with
/// `/` or `-` (spaces allowed), Hijri when the year is one (`10/10/1436هـ`, `1436/10/10`),
/// Gregorian otherwise (`26/7/2015م`); and Hijri years by their `هـ` (`1357هـ`, `1435/1436هـ`).
extension DateReader {
    func numericDate(at i: Int, weekday: Int? = nil) -> (DateItem, Int)? {
        guard let first = wholeNumber(at: i) else { return nil }
        let words = text.words
        func item(_ end: Int, _ english: String) -> (DateItem, Int) {
            (DateItem(range: words[i].range.lowerBound..<words[end - 1].range.upperBound, english: english), end)
        }
        if let second = wholeNumber(at: i + 1), isDateSeparator(i + 1) {
            if let third = wholeNumber(at: i + 2), isDateSeparator(i + 2) {
                let (day, month, year) = first >= 1000 ? (third, second, first) : (first, second, third)
                if Self.unmarkedHijriYears.contains(year), (1...12).contains(month), (1...30).contains(day) {
                    return item(marker(Self.hijriMarker, after: i + 2), Self.hijri(day: day, month: month, year: year, weekday: weekday))
                }
                if Self.unmarkedGregorianYears.contains(year), Self.isGregorianDay(day, month: month, year: year) {
                    return item(marker(Self.gregorianMarker, after: i + 2), "\(day) \(Self.englishMonths[month - 1]) \(year)")
                }
                return nil
            }
            // An academic or fiscal year: 1435/1436هـ, 1436 - 1437هـ.
            if second == first + 1, HijriCalendar.years.contains(second), hasMarker(Self.hijriMarker, at: i + 2) {
                var english = "\(first)–\(second) AH"
                if let span = HijriCalendar.gregorianSpan(years: first, second) { english += " (\(span))" }
                return item(i + 3, english)
            }
        }
        if HijriCalendar.years.contains(first), hasMarker(Self.hijriMarker, at: i + 1) {
            var english = "\(first) AH"
            if let span = HijriCalendar.gregorianSpan(years: first, first) { english += " (\(span))" }
            return item(i + 2, english)
        }
        return nil
    }

    /// Only `/` or `-` (with spaces) between word `j` and the one before it.
    func isDateSeparator(_ j: Int) -> Bool {
        let gap = text.scalars[text.words[j].gapRange].filter { $0 != " " }
        return gap == ["/"] || gap == ["-"]
    }

    static func isGregorianDay(_ day: Int, month: Int, year: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
