import Core
import Foundation

/// Amounts in Arabic news, in English: a number or a range (Western or Arabic-Indic digits),
/// or number words (`NumberWords`: ثلاثة، مائة وخمسين), a scale word (ألف آلاف مليون ملايين
/// مليار مليارات), a unit (currencies, tonnes, barrels, kilometres, megawatts) or a percentage.
/// A scale word with no number is one (`مليار دولار` → $1 billion) or, dual, two; a plural one
/// with no number is no figure; a bare number with neither scale nor unit is not a figure (a
/// count, a year).
struct FigureReader {
    typealias Figure = BriefSpan

    let text: BriefText

    /// Scale words and their English, with how many the word says alone: one (مليار), two
    /// (the dual ملياران/مليارين) or none (the plural مليارات needs a number).
    static let scaleNames: [String: (name: String, count: Double?)] = {
        var names: [String: (name: String, count: Double?)] = [:]
        let scales: [(singular: String, plural: [String], english: String)] = [
            ("ألف", ["آلاف", "ألوف"], "thousand"), ("مليون", ["ملايين"], "million"), ("مليار", ["مليارات"], "billion"),
            ("بليون", ["بلايين"], "billion"), ("ترليون", ["ترليونات"], "trillion"), ("تريليون", ["تريليونات"], "trillion"),
        ]
        for scale in scales {
            // The accusative after 11–99 (خمسين ألفا، عشرين مليونا) is the singular too.
            names[scale.singular] = (scale.english, 1)
            names[scale.singular + "ا"] = (scale.english, 1)
            for ending in ["ان", "ين", "ي"] { names[scale.singular + ending] = (scale.english, 2) }
            for plural in scale.plural { names[plural] = (scale.english, nil) }
        }
        return names
    }()

    /// Currencies (normalized): English, and whether it is written before the number ($4 billion).
    static let moneyNames: [String: (english: String, prefix: Bool)] = [
        "دولار": ("$", true), "دولارا": ("$", true), "دولارات": ("$", true), "يورو": ("€", true),
        "جنيه": ("pounds", false), "روبل": ("roubles", false), "تنغي": ("tenge", false), "تينغي": ("tenge", false),
        "ريال": ("riyals", false), "درهم": ("dirhams", false), "دينار": ("dinars", false), "يوان": ("yuan", false),
        // The accusative after numbers 11–99 and the plurals: 500 ريالا، آلاف الريالات.
        "ريالا": ("riyals", false), "ريالات": ("riyals", false), "درهما": ("dirhams", false), "دراهم": ("dirhams", false),
        "دينارا": ("dinars", false), "دنانير": ("dinars", false), "جنيها": ("pounds", false), "جنيهات": ("pounds", false),
        "روبلا": ("roubles", false), "يوانا": ("yuan", false),
    ]

    /// Other units, written after the number.
    static let measureNames: [String: (english: String, prefix: Bool)] = [
        "طن": ("tonnes", false), "اطنان": ("tonnes", false), "طنا": ("tonnes", false), "برميل": ("barrels", false),
        "كيلومتر": ("km", false), "كيلومترا": ("km", false), "كم": ("km", false), "ميغاواط": ("MW", false),
        "ميجاوات": ("MW", false), "هكتار": ("hectares", false),
    ]

    static let unitNames = moneyNames.merging(measureNames) { money, _ in money }

    /// The English of the units that are money.
    static let currencies = Set(moneyNames.values.map(\.english)).union(["£", "Egyptian pounds"])

    /// Words before an amount that make it approximate.
    static let approximate = BriefKey.set(["حوالي", "نحو", "قرابة", "زهاء", "تقريبا", "يقارب"])
    /// A comparison before an amount, as the two or three words before the number say it:
    /// أكثر من / بأكثر من / يزيد على (more than), أقل من (less than), لا يقل عن (at least).
    static let more = BriefKey.set(["أكثر", "اكثر", "أزيد"])
    static let less = BriefKey.set(["أقل"])
    static let exceeds = BriefKey.set(["يزيد", "تزيد"])
    static let fallsShort = BriefKey.of("يقل")
    static let than = BriefKey.set(["من", "عن", "على"])
    /// Verbs of exceeding right before the number: بقيمة تجاوزت 2.8 مليون ريال.
    static let surpass = BriefKey.set(["تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يفوق", "تفوق"])
    static let not = BriefKey.set(["لا"])
    static let scales = BriefKey.map(scaleNames)
    static let units = BriefKey.map(unitNames)
    static let rangeWords = BriefKey.set(["إلى", "و"])
    static let fi = BriefKey.of("في")
    static let hundred = BriefKey.set(["المائة", "المئة", "الماءة"])
    static let perHundred = BriefKey.set(["بالمائة", "بالمئة"])

    func figures() -> [Figure] {
        var result: [Figure] = []
        let words = text.words
        var i = 0
        while i < words.count {
            if let (_, next) = reversedNumber(at: i) {
                // A number written with ر is read whole or not at all: its parts are no figures.
                if let figure = read(at: i) {
                    result.append(figure.0)
                    i = figure.next
                } else {
                    i = next
                }
                continue
            }
            guard let figure = read(at: i) else { i += 1; continue }
            result.append(figure.0)
            i = figure.next
        }
        return result
    }

    static let reh = BriefKey.of("ر")
    static let hour = BriefKey.of("ساعة")
    static let sterling = BriefKey.set(["إسترليني", "استرليني", "الإسترليني", "الاسترليني"])
    static let egyptian = BriefKey.set(["مصري", "المصري"])

    /// A number written with ر between its groups, the lower group first, as Saudi papers'
    /// older systems stored them: 5ر2 is 2.5, 29ر53 دولاراً is $53.29, 000ر22 is 22,000 (a lower
    /// group of three digits is thousands, as with a comma). The value and the index after it.
    func reversedNumber(at i: Int) -> (Double, next: Int)? {
        let words = text.words
        // Most numbers have no ر after them: no string is made for them.
        guard words[i].kind == .number, i + 2 < words.count, words[i + 1].key == Self.reh else { return nil }
        var groups = [text.text(of: words[i])]
        var j = i + 1
        while j + 1 < words.count, words[j].key == Self.reh, words[j].gapRange.isEmpty, words[j + 1].gapRange.isEmpty,
              words[j + 1].kind == .number {
            groups.append(text.text(of: words[j + 1]))
            j += 2
        }
        guard groups.count > 1, groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let ordered = Array(groups.reversed())
        if ordered.dropFirst().allSatisfy({ $0.count == 3 }), let value = Double(ordered.joined()) { return (value, j) }
        guard ordered.count == 2, let value = Double(ordered[0] + "." + ordered[1]) else { return nil }
        return (value, j)
    }

    /// A figure starting at word `i`, and the index after it.
    func read(at i: Int) -> (Figure, next: Int)? {
        let words = text.words
        var j = i
        var low: Double? = nil, high: Double? = nil
        if let (value, next) = reversedNumber(at: j) {
            low = value
            j = next
        } else if words[j].kind == .number, let value = words[j].number {
            low = value
            j += 1
            // A range: 10-11, 10 – 11, 10 إلى 11.
            if j < words.count, words[j].kind == .number, let value = words[j].number,
               ["-", "–", "—"].contains(text.gap(j).trimmingCharacters(in: .whitespaces)),
               // A range rises; not a year, a dash, then an amount (في 2000 – 61 في المائة, عام
               // 2000 - 65 مليون); 2000 - 2400 ريال is a range.
               value > low!, !(i > 0 && DateReader.yearWords.contains(words[i - 1].key)) || (1900...2100).contains(value) {
                high = value
                j += 1
            } else if j + 1 < words.count, Self.rangeWords.contains(words[j].key), text.gapIsBlank(j), words[j + 1].kind == .number,
                      let value = words[j + 1].number, scaleOrUnit(at: j + 2),
                      value > low!, !(1900...2100).contains(low!) || (1900...2100).contains(value) {
                // بين 10 و 11 مليون; not "عام 2015 إلى 159.7 ألف" (a year, then the amount), nor
                // "0.79 % إلى 56.65 دولارًا" (a change in percent, then a price).
                high = value
                j += 2
            }
        } else if let (value, next) = NumberWords.read(text, at: j) {
            // خمسة آلاف، ثلاثة مليارات; عشرات آلاف (tens of thousands) is no amount to print.
            guard let value else { return nil }
            low = value
            j = next
        }
        // Where the number (or the range) ends, for a ")" after it.
        let numberEnd = j > i ? words[j - 1].range.upperBound : words[i].range.lowerBound
        var scale: String? = nil
        var scaleCount: Double? = 1
        if j < words.count, let english = Self.scales[words[j].key] ?? Self.scales[words[j].bareKey] {
            scale = english.name
            scaleCount = english.count
            j += 1
        }
        var unit: (english: String, prefix: Bool)? = nil
        if j < words.count, let found = Self.units[words[j].key] ?? Self.units[words[j].bareKey] {
            unit = found
            j += 1
            // جنيه is the pound of Egypt, Sudan or Britain: only its adjective says which.
            if found.english == "pounds", j < words.count, text.gapIsBlank(j) {
                if Self.sterling.contains(words[j].key) {
                    unit = ("£", true)
                    j += 1
                } else if Self.egyptian.contains(words[j].key) {
                    unit = ("Egyptian pounds", false)
                    j += 1
                }
            }
            // ميجاوات ساعة، ميغاواط / ساعة: energy, not power.
            if found.english == "MW", j < words.count, words[j].key == Self.hour,
               ["", "/"].contains(text.gap(j).trimmingSpaces) {
                unit = ("MWh", false)
                j += 1
            }
        }
        var percent = false
        if low != nil, scale == nil, unit == nil {
            // "4.8%", and "0.79 %" with a space before the sign.
            let after = (j < words.count ? text.gap(j) : "").trimmingSpaces
            if words[j - 1].range.upperBound < text.scalars.count, text.scalars[words[j - 1].range.upperBound] == "%"
                || after.hasPrefix("%") || after.hasPrefix("٪") {
                percent = true
            } else if j + 1 < words.count, words[j].key == Self.fi, Self.hundred.contains(words[j + 1].key) {
                percent = true
                j += 2
            } else if j < words.count, Self.perHundred.contains(words[j].key) {
                percent = true
                j += 1
            }
        }
        // Before a unit, a scale word alone counts as one (مليار دولار) or two (ملياري دولار); a
        // plural alone (مليارات الدولارات) says no number. A number needs a scale, a unit or %.
        if low == nil {
            guard scale != nil, let scaleCount, unit != nil else { return nil }
            low = scaleCount
        }
        guard scale != nil || unit != nil || percent else { return nil }
        // Thousands are written out (205 آلاف يورو → €205,000); millions and up keep the word.
        let factor = scale == "thousand" ? 1000.0 : 1
        // Money without a scale is written with cents: $57.30, not $57.3.
        let cents = scale == nil && unit.map { Self.currencies.contains($0.english) } == true
        var number = Self.format(low! * factor, cents: cents)
        if let high { number += "–" + Self.format(high * factor, cents: cents) }
        var english = number
        if let scale, scale != "thousand" { english += " " + scale }
        if percent { english += "%" }
        if let unit { english = unit.prefix ? unit.english + english : english + " " + unit.english }
        var start = words[i].range.lowerBound
        // A number or a range in parentheses (يودع (3.9) مليون ريال، بلغت ( 19.589.137 ) ريالا،
        // (30-40) ريالا): the amount starts at its "(".
        var open = start, close = numberEnd
        while open > 0, text.scalars[open - 1] == " " { open -= 1 }
        while close < text.scalars.count, text.scalars[close] == " " { close += 1 }
        if open > 0, text.scalars[open - 1] == "(", close < text.scalars.count, text.scalars[close] == ")" {
            start = open - 1
        }
        if let (qualifier, first) = qualifier(before: i) {
            english = qualifier + " " + english
            start = words[first].range.lowerBound
        }
        var end = words[j - 1].range.upperBound
        if percent {
            var sign = end
            while sign < text.scalars.count, text.scalars[sign] == " " { sign += 1 }
            if sign < text.scalars.count, "%٪".unicodeScalars.contains(text.scalars[sign]) { end = sign + 1 }
        }
        return (Figure(range: start..<end, english: english), j)
    }

    /// How the words right before the number at `i` qualify it (about, more than, less than,
    /// at least), and the first of those words.
    func qualifier(before i: Int) -> (String, Int)? {
        let words = text.words
        guard i > 0 else { return nil }
        if Self.approximate.contains(words[i - 1].key) { return ("about", i - 1) }
        if Self.surpass.contains(words[i - 1].key) || Self.surpass.contains(words[i - 1].conjunctionlessKey) {
            return ("more than", i - 1)
        }
        guard i > 1, Self.than.contains(words[i - 1].key) else { return nil }
        let verb = words[i - 2]
        if Self.more.contains(verb.key) || Self.more.contains(verb.bareKey) || Self.exceeds.contains(verb.key) {
            return ("more than", i - 2)
        }
        if Self.less.contains(verb.key) || Self.less.contains(verb.bareKey) { return ("less than", i - 2) }
        if verb.key == Self.fallsShort, i > 2, Self.not.contains(words[i - 3].key) { return ("at least", i - 3) }
        return nil
    }

    func scaleOrUnit(at j: Int) -> Bool {
        j < text.words.count && (Self.scales[text.words[j].key] != nil || Self.units[text.words[j].key] != nil)
    }

    static func format(_ value: Double, cents: Bool = false) -> String {
        let value = (value * 1e6).rounded() / 1e6  // 148.6 × 1000 is 148600.00000000003
        if value == value.rounded(), abs(value) < 1e15 {
            let whole = Int(value)
            return abs(whole) >= 1000 ? grouped(whole) : String(whole)
        }
        let text = String(value)
        // One decimal of money gets its second: 57.3 → 57.30 (an exchange rate's four stay).
        if cents, let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 2 { return text + "0" }
        return text
    }

    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var out = ""
        while digits.count > 3 {
            out = "," + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return String(digits) + out
    }
}
