import Core
import Foundation

/// Dates in Arabic news, in English: a day and a month (`19 فبراير` → 19 February), both month
/// series and their paired forms (`تشرين الثاني/نوفمبر 2023` → November 2023), years after a
/// month or after `عام`/`سنة`, relative months (`سبتمبر/أيلول الماضي` → last September) and
/// weekdays after `يوم` (`يوم الجمعة` → Friday).
struct DateReader {
    typealias DateItem = BriefSpan

    let text: BriefText

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
    static let yearWords = BriefKey.set(["عام", "لعام", "العام", "سنة", "وعام"]), dayWords = BriefKey.set(["يوم", "اليوم"])

    func dates() -> [DateItem] {
        var result: [DateItem] = []
        var i = 0
        while i < text.words.count {
            if let (item, next) = read(at: i) {
                result.append(item)
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    /// A month at word `i` (one or two words), its English and the index after it.
    func month(at i: Int) -> (String, Int)? {
        let words = text.words
        guard i < words.count else { return nil }
        if let pair = Self.twoWordMonths[words[i].key] ?? Self.twoWordMonths[words[i].bareKey],
           i + 1 < words.count, let english = pair[words[i + 1].key] {
            return (english, i + 2)
        }
        if let english = Self.months[words[i].key] ?? Self.months[words[i].bareKey] { return (english, i + 1) }
        return nil
    }

    func read(at i: Int) -> (DateItem, Int)? {
        let words = text.words
        var j = i
        var day: Int? = nil
        if words[j].kind == .number, let value = words[j].number, value >= 1, value <= 31, value == value.rounded(),
           month(at: j + 1) != nil {
            day = Int(value)
            j += 1
        }
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
            if j < words.count, words[j].kind == .number, let value = words[j].number,
               value >= 1900, value <= 2100, value == value.rounded() {
                year = Int(value)
                j += 1
            }
            var relative: String? = nil
            if year == nil, j < words.count {
                if Self.last.contains(words[j].key) { relative = "last" }
                else if Self.next.contains(words[j].key) { relative = "next" }
                else if Self.this.contains(words[j].key) { relative = "this" }
                if relative != nil { j += 1 }
            }
            // A month alone (no day, year or relative word) is too ambiguous to call a date.
            guard day != nil || year != nil || relative != nil else { return nil }
            // With a day, الماضي / المقبل only says which year: "24 June" is right either way.
            if let relative, day == nil { monthName = relative + " " + monthName }
            var english = monthName
            if let day { english = "\(day) " + english }
            if let year { english += " \(year)" }
            return (DateItem(range: closingParenthesis(words[i].range.lowerBound..<words[j - 1].range.upperBound), english: english), j)
        }
        // A year after عام / سنة / العام: عام 2010 → 2010.
        if Self.yearWords.contains(words[j].key), j + 1 < words.count,
           words[j + 1].kind == .number, let value = words[j + 1].number, value >= 1900, value <= 2100 {
            return (DateItem(range: words[j].range.lowerBound..<words[j + 1].range.upperBound, english: String(Int(value))), j + 2)
        }
        // A weekday after يوم: يوم الجمعة → Friday.
        if Self.dayWords.contains(words[j].key), j + 1 < words.count, let english = Self.weekdays[words[j + 1].key] {
            return (DateItem(range: closingParenthesis(words[j].range.lowerBound..<words[j + 1].range.upperBound), english: english), j + 2)
        }
        return nil
    }

    /// The range with the `)` right after it when it opens one it does not close: the source
    /// of `اليوم (الجمعة)` and `14 يوليو (تموز)` is shown whole, not `اليوم (الجمعة`.
    func closingParenthesis(_ range: Range<Int>) -> Range<Int> {
        let scalars = text.scalars
        let opens = scalars[range].filter { $0 == "(" }.count, closes = scalars[range].filter { $0 == ")" }.count
        guard opens > closes, range.upperBound < scalars.count, scalars[range.upperBound] == ")" else { return range }
        return range.lowerBound..<(range.upperBound + 1)
    }
}
