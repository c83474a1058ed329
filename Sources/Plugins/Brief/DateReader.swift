import Core
import Foundation

/// Dates in Arabic news, in English: a day and a month (`19 فبراير` → 19 February), both month
/// series and their paired forms (`تشرين الثاني/نوفمبر 2023` → November 2023), years after a
/// month or after `عام`/`سنة`, relative months (`سبتمبر/أيلول الماضي` → last September),
/// weekdays after `يوم` (`يوم الجمعة` → Friday) or before a date, Hijri dates
/// (`DateReader+Hijri`) and dates in figures (`DateReader+Numeric`).
struct DateReader {
    typealias DateItem = BriefSpan

    let text: BriefText

    /// The English weekdays, Sunday first (weekday 1, as Foundation counts them), and months.
    static let englishWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    /// Month names (normalized), both series; two-word Levantine names are matched word by word.
    static let monthNames: [String: String] = [
        "يناير": "January", "فبراير": "February", "مارس": "March", "ابريل": "April", "مايو": "May",
        "يونيو": "June", "يونيه": "June", "يوليو": "July", "يوليه": "July", "اغسطس": "August",
        "سبتمبر": "September", "اكتوبر": "October", "نوفمبر": "November", "ديسمبر": "December",
        "شباط": "February", "اذار": "March", "نيسان": "April", "ايار": "May", "حزيران": "June",
        "تموز": "July", "اب": "August", "ايلول": "September",
    ]
    /// كانون الثاني = January, كانون الأول = December, تشرين الأول = October, تشرين الثاني = November.
    static let twoWordMonthNames: [String: [String: String]] = [
        "كانون": ["الثاني": "January", "الاول": "December"],
        "تشرين": ["الاول": "October", "الثاني": "November"],
    ]
    static let weekdayNames: [String: String] = [
        "السبت": "Saturday", "الاحد": "Sunday", "الاثنين": "Monday", "الثلاثاء": "Tuesday",
        "الاربعاء": "Wednesday", "الخميس": "Thursday", "الجمعه": "Friday",
    ]

    static let months = BriefKey.map(monthNames)
    static let twoWordMonths = BriefKey.map(twoWordMonthNames.mapValues { BriefKey.map($0) })
    static let weekdays = BriefKey.map(weekdayNames)
    static let last = BriefKey.set(["الماضي", "المنصرم"]), next = BriefKey.set(["المقبل", "القادم"])
    static let this = BriefKey.set(["الحالي", "الجاري"])
    static let yearWordList = ["عام", "لعام", "العام", "سنة", "وعام"], dayWordList = ["يوم", "اليوم", "أمس", "غد", "غدا"]
    static let yearWords = BriefKey.set(yearWordList), dayWords = BriefKey.set(dayWordList)
    /// الموافق ("corresponding to"), between a weekday and its date or a Hijri date and its Gregorian one.
    static let corresponding = BriefKey.of("الموافق")
    /// Years written without their calendar's letter: Hijri ones are those of modern news,
    /// Gregorian ones from 1500 on (the Hijri year 1500 is AD 2077); after a Gregorian month
    /// name the calendar is clear.
    static let unmarkedHijriYears = 1300...1499, unmarkedGregorianYears = 1500...2100, yearsAfterMonth = 1000...2100
    /// The letters after a year that say its calendar: `1436هـ` (hijri), `2015م` (milādi).
    static let hijriMarker = BriefKey.of("ه"), gregorianMarker = BriefKey.of("م")

    /// The words a date can begin with, besides a number: one look-up passes over the rest.
    static let firstWords = BriefKey.set(Array(monthNames.keys) + Array(twoWordMonthNames.keys) + Array(weekdayNames.keys)
        + Array(HijriCalendar.monthNames.keys) + Array(HijriCalendar.twoWordMonthNames.keys)
        + yearWordList + dayWordList)

    func dates() -> [DateItem] {
        let firstWords = Self.firstWords
        return text.spans(startingAt: { $0.kind == .number || firstWords.contains($0.key) || firstWords.contains($0.bareKey) },
                          read(at:))
    }

    /// A month at word `i` (one or two words), its English and the index after it.
    func month(at i: Int) -> (String, Int)? { name(at: i, Self.months, Self.twoWordMonths) }

    /// A name of one word (in `one`) or of two (the first in `two`, then the second) at word `i`,
    /// possibly behind و/ب/ل; its value and the index after it.
    func name<V>(at i: Int, _ one: WordKeyMap<V>, _ two: WordKeyMap<WordKeyMap<V>>) -> (V, Int)? {
        let words = text.words
        guard i < words.count else { return nil }
        if let pair = two[words[i].key] ?? two[words[i].bareKey], i + 1 < words.count, let value = pair[words[i + 1].key] {
            return (value, i + 2)
        }
        if let value = one[words[i].key] ?? one[words[i].bareKey] { return (value, i + 1) }
        return nil
    }

    /// The date at word `i` and the index after it; a weekday before a date joins it
    /// (`الجمعة 4 / 8 / 1436هـ` → Friday, 4 Shaban 1436 AH (22 May 2015)).
    func read(at i: Int) -> (DateItem, Int)? {
        let words = text.words
        var w = i
        if Self.dayWords.contains(words[w].key), w + 1 < words.count, Self.weekdays[words[w + 1].key] != nil { w += 1 }
        if let weekday = Self.weekdays[words[w].key] {
            var d = w + 1
            if d < words.count, words[d].key == Self.corresponding { d += 1 }
            let number = Self.englishWeekdays.firstIndex(of: weekday).map { $0 + 1 }
            if d < words.count, let (item, next) = readDate(at: d, weekday: number), Self.isDayLevel(item.english) {
                return (DateItem(range: closingParenthesis(words[i].range.lowerBound..<item.range.upperBound),
                                 english: weekday + ", " + item.english), next)
            }
        }
        return readDate(at: i, weekday: nil)
    }

    /// Whether a date names a day (`19 February`, `Friday`), not a month or a year.
    static func isDayLevel(_ english: String) -> Bool {
        english.first?.isNumber == true || weekdayNames.values.contains { english.hasPrefix($0) }
    }

    /// A date at word `i`; `weekday` (1 = Sunday) is the one written before it, if any.
    func readDate(at i: Int, weekday: Int?) -> (DateItem, Int)? {
        if let found = numericDate(at: i, weekday: weekday) ?? hijriDate(at: i, weekday: weekday) { return found }
        let words = text.words
        let day = dayNumber(at: i, upTo: 31) { month(at: $0) != nil }
        var j = day == nil ? i : i + 1
        if let (english, next) = month(at: j) {
            var monthName = english
            j = next
            // A paired form: نوفمبر/تشرين الثاني, تشرين الثاني/نوفمبر or سبتمبر (أيلول) — the same
            // month, either order.
            let opener = j < words.count ? text.gap(j).trimmingCharacters(in: .whitespaces) : ""
            if opener == "/" || opener == "(", let (other, after) = month(at: j), other == english {
                j = after
            }
            var year: Int? = nil
            if let value = wholeNumber(at: j), Self.yearsAfterMonth.contains(value) {
                year = value
                j = marker(Self.gregorianMarker, after: j)
            }
            let relative = year == nil ? relativeWord(at: j) : nil
            if relative != nil { j += 1 }
            // A month alone (no day, year or relative word) is too ambiguous to call a date.
            guard day != nil || year != nil || relative != nil else { return nil }
            // With a day, الماضي / المقبل only says which year: "24 June" is right either way.
            if let relative, day == nil { monthName = relative + " " + monthName }
            var english = monthName
            if let day { english = "\(day) " + english }
            if let year { english += " \(year)" }
            return (DateItem(range: closingParenthesis(words[i].range.lowerBound..<words[j - 1].range.upperBound), english: english), j)
        }
        // A year after عام / سنة / العام: عام 2010 → 2010, عام 1849 → 1849, عام 1357هـ → 1357 AH
        // (1938–1939); عام 1436 is left alone (either calendar).
        if Self.yearWords.contains(words[j].key), j + 1 < words.count {
            if let (item, next) = numericDate(at: j + 1) {
                return (DateItem(range: words[j].range.lowerBound..<item.range.upperBound, english: item.english), next)
            }
            if let value = wholeNumber(at: j + 1),
               Self.unmarkedGregorianYears.contains(value) || hasMarker(Self.gregorianMarker, at: j + 2) && (1...2100).contains(value) {
                let end = marker(Self.gregorianMarker, after: j + 1)
                // عام 79م: "AD 79", which a bare "79" would not say.
                let english = value < 1000 ? "AD \(value)" : String(value)
                return (DateItem(range: words[j].range.lowerBound..<words[end - 1].range.upperBound, english: english), end)
            }
        }
        // A weekday after يوم, or after yesterday or tomorrow: يوم الجمعة، أمس (الأحد)، غدا
        // (الثلاثاء) → Friday, Sunday, Tuesday.
        if Self.dayWords.contains(words[j].key), j + 1 < words.count, let english = Self.weekdays[words[j + 1].key] {
            return (DateItem(range: closingParenthesis(words[j].range.lowerBound..<words[j + 1].range.upperBound), english: english), j + 2)
        }
        return nil
    }

    /// The day of the month at word `i` (1 to `last`) when a month name follows it.
    func dayNumber(at i: Int, upTo last: Int, monthFollows: (Int) -> Bool) -> Int? {
        guard let value = wholeNumber(at: i), (1...last).contains(value), monthFollows(i + 1) else { return nil }
        return value
    }

    /// `last`, `next` or `this` for الماضي / المنصرم, المقبل / القادم, الحالي / الجاري at word `j`.
    func relativeWord(at j: Int) -> String? {
        guard j < text.words.count else { return nil }
        let key = text.words[j].key
        return Self.last.contains(key) ? "last" : Self.next.contains(key) ? "next" : Self.this.contains(key) ? "this" : nil
    }

    /// The range with the `)` right after it when it opens one it does not close: the source
    /// of `اليوم (الجمعة)` and `14 يوليو (تموز)` is shown whole, not `اليوم (الجمعة`.
    func closingParenthesis(_ range: Range<Int>) -> Range<Int> {
        let scalars = text.scalars
        let opens = scalars[range].filter { $0 == "(" }.count, closes = scalars[range].filter { $0 == ")" }.count
        guard opens > closes, range.upperBound < scalars.count, scalars[range.upperBound] == ")" else { return range }
        return range.lowerBound..<(range.upperBound + 1)
    }

    /// The value of word `j` when it is a whole number.
    func wholeNumber(at j: Int) -> Int? {
        guard j < text.words.count, text.words[j].kind == .number, let value = text.words[j].number,
              value == value.rounded(), value >= 0, value < 1e9 else { return nil }
        return Int(value)
    }

    /// The index after the year at word `j` and its calendar's letter (`key`), when that letter
    /// follows the year at once or after spaces; else `j + 1`.
    func marker(_ key: UInt64, after j: Int) -> Int {
        hasMarker(key, at: j + 1) ? j + 2 : j + 1
    }

    func hasMarker(_ key: UInt64, at j: Int) -> Bool {
        j < text.words.count && text.words[j].key == key && text.scalars[text.words[j].gapRange].allSatisfy { $0 == " " }
    }
}
