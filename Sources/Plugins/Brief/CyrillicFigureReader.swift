import Core

/// Amounts in Russian and Kazakh news, in English, as `FigureReader` writes Arabic ones: a
/// number with a scale, a currency or a unit, or a percentage (`4 млрд долларов` → $4 billion,
/// `10 млрд тенге` → 10 billion tenge, `1,5 млн тонн` → 1.5 million tonnes, `12%` and `12
/// процентов` → 12%, `500 мың теңге` → 500,000 tenge), after `более`/`свыше` (more than),
/// `около`/`почти`/`шамамен` (about). Kazakh words are found with their case endings.
struct CyrillicFigureReader {
    let text: BriefText

    /// Each word with its forms → its value in the table.
    private static func table(_ groups: [([String], String)], kazakh: [([String], String)]) -> WordKeyMap<String> {
        var pairs: [String: String] = [:]
        for (forms, english) in groups { for form in forms { pairs[form] = english } }
        for (names, english) in kazakh {
            for name in names { for form in [name] + KazakhInflection.forms(of: name) { pairs[form] = english } }
        }
        return BriefKey.map(pairs)
    }

    static let scales = table([
        (["тыс", "тысяч", "тысячи", "тысяча", "тысячу"], "thousand"),
        (["млн", "миллион", "миллиона", "миллионов"], "million"),
        (["млрд", "миллиард", "миллиарда", "миллиардов"], "billion"),
        (["трлн", "триллион", "триллиона", "триллионов"], "trillion"),
    ], kazakh: [(["мың"], "thousand"), (["миллион"], "million"), (["миллиард"], "billion"), (["триллион"], "trillion")])

    /// Currencies and units; a `$` or `€` is written before the number.
    static let units = table([
        (["доллар", "доллара", "долларов", "долл", "usd"], "$"), (["евро", "eur"], "€"),
        (["тенге", "тг"], "tenge"), (["рубль", "рубля", "рублей", "руб"], "roubles"), (["сом", "сома", "сомов"], "som"),
        (["юань", "юаня", "юаней"], "yuan"),
        (["тонна", "тонны", "тонн"], "tonnes"), (["км", "километр", "километра", "километров"], "km"),
        (["гектар", "гектара", "гектаров", "га"], "hectares"), (["баррель", "барреля", "баррелей"], "barrels"),
    ], kazakh: [(["доллар"], "$"), (["теңге"], "tenge"), (["рубль"], "roubles"), (["юань"], "yuan"),
                (["тонна"], "tonnes"), (["шақырым"], "km"), (["гектар"], "hectares")])

    static let percentWords = table([(["процент", "процента", "процентов"], "%")], kazakh: [(["пайыз"], "%")])
    static let qualifiers = table([(["более", "свыше", "больше"], "more than"), (["около", "почти", "порядка"], "about"),
                                   (["менее", "меньше"], "less than")], kazakh: [(["шамамен"], "about")])

    func figures() -> [BriefSpan] { text.spans(startingAt: { $0.number != nil }, read(at:)) }

    private func read(at i: Int) -> (BriefSpan, Int)? {
        let words = text.words
        guard let value = words[i].number else { return nil }
        var j = i + 1
        var scale: String? = nil
        if j < words.count, text.gapIsBlank(j), let found = Self.scales[words[j].key] {
            scale = found
            j += 1
        }
        var unit: String? = nil
        var percent = false
        let end = words[j - 1].range.upperBound
        if end < text.scalars.count, text.scalars[end] == "%" || (j < words.count ? text.gap(j) : "").trimmingSpaces.hasPrefix("%") {
            percent = scale == nil
        }
        if !percent, j < words.count, Self.gapIsUnitGap(text.gap(j)), let found = Self.units[words[j].key] {
            unit = found
            j += 1
        } else if !percent, scale == nil, j < words.count, text.gapIsBlank(j), Self.percentWords[words[j].key] != nil {
            percent = true
            j += 1
        }
        guard scale != nil || unit != nil || percent else { return nil }
        let factor = scale == "thousand" ? 1000.0 : 1
        let money = unit == "$" || unit == "€" || unit == "tenge" || unit == "roubles" || unit == "som" || unit == "yuan"
        var english = FigureReader.format(value * factor, cents: scale == nil && money)
        if let scale, scale != "thousand" { english += " " + scale }
        if percent { english += "%" }
        if let unit { english = unit == "$" || unit == "€" ? unit + english : english + " " + unit }
        var start = words[i].range.lowerBound
        if i > 0, text.gapIsBlank(i), let qualifier = Self.qualifiers[words[i - 1].key] {
            english = qualifier + " " + english
            start = words[i - 1].range.lowerBound
        }
        var last = words[j - 1].range.upperBound
        if percent, last < text.scalars.count, text.scalars[last] == "%" { last += 1 }
        else if percent, last + 1 < text.scalars.count, text.scalars[last] == " ", text.scalars[last + 1] == "%" { last += 2 }
        return (BriefSpan(range: start..<last, english: english), j)
    }

    /// A blank gap, or the period of an abbreviated scale (`млрд. долларов`).
    static func gapIsUnitGap(_ gap: String) -> Bool {
        gap.allSatisfy { $0 == " " || $0 == "\u{00A0}" || $0 == "." }
    }
}
