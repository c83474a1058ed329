import Core

/// Dates in Russian and Kazakh news, in English: a day and a month, with the year after it
/// (`12 мая 2024 года` → 12 May 2024, `12 мая` → 12 May) or, in Kazakh, before it (`2024 жылғы
/// 12 мамырда` → 12 May 2024), and a month with its year (`в мае 2024 года`, `2024 жылы
/// мамырда` → May 2024), and a year with its word (`в 2023 году`, `2023 жылы` → 2023). Kazakh
/// months are found with their case endings (`KazakhInflection`).
/// A month alone is too ambiguous to call a date (Қазан is also Kazan).
struct CyrillicDateReader {
    let text: BriefText

    static let russianMonths = [
        ["января", "январь", "январе"], ["февраля", "февраль", "феврале"], ["марта", "март", "марте"],
        ["апреля", "апрель", "апреле"], ["мая", "май", "мае"], ["июня", "июнь", "июне"], ["июля", "июль", "июле"],
        ["августа", "август", "августе"], ["сентября", "сентябрь", "сентябре"], ["октября", "октябрь", "октябре"],
        ["ноября", "ноябрь", "ноябре"], ["декабря", "декабрь", "декабре"],
    ]
    static let kazakhMonths = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                               "қыркүйек", "қазан", "қараша", "желтоқсан"]

    /// Each month word (Russian cases, Kazakh names with every ending) → its English name.
    static let months: WordKeyMap<String> = {
        var pairs: [String: String] = [:]
        for (index, forms) in russianMonths.enumerated() {
            for form in forms { pairs[form] = DateReader.englishMonths[index] }
        }
        for (index, name) in kazakhMonths.enumerated() {
            for form in [name] + KazakhInflection.forms(of: name) { pairs[form] = DateReader.englishMonths[index] }
        }
        return BriefKey.map(pairs)
    }()

    /// The words a year takes: Russian `года`, `год`, `году`, `г`; Kazakh `жылы`, `жылғы`, `ж`.
    static let yearWords = BriefKey.set(["года", "год", "году", "г", "гг", "жылы", "жылғы", "жыл", "ж"])
    static let years = 1000...2100

    func dates() -> [BriefSpan] { text.spans(date(at:)) }

    /// The date that starts at word `i`, and the index after it.
    private func date(at i: Int) -> (BriefSpan, Int)? {
        let words = text.words
        var j = i
        // Kazakh: the year first (2024 жылғы 12 мамырда, 2024 жылы мамырда).
        var year: Int? = nil
        if let value = whole(at: j), Self.years.contains(value), j + 1 < words.count, Self.yearWords.contains(words[j + 1].key),
           text.gapIsBlank(j + 1) {
            year = value
            j += 2
        }
        var day: Int? = nil
        if let value = whole(at: j), (1...31).contains(value), j + 1 < words.count, Self.months[words[j + 1].key] != nil,
           text.gapIsBlank(j + 1) {
            day = value
            j += 1
        }
        guard j < words.count, let month = Self.months[words[j].key], j == i || text.gapIsBlank(j) else {
            // A year with its word and no month: в 2023 году, 2023 жылы → 2023.
            guard let year, day == nil else { return nil }
            return (BriefSpan(range: words[i].range.lowerBound..<words[i + 1].range.upperBound, english: String(year)), i + 2)
        }
        j += 1
        // Russian: the year after (12 мая 2024 года, в мае 2024 г.).
        if year == nil, let value = whole(at: j), Self.years.contains(value), text.gapIsBlank(j) || text.gap(j).trimmingSpaces == "," {
            year = value
            j += 1
            if j < words.count, Self.yearWords.contains(words[j].key), text.gapIsBlank(j) { j += 1 }
        }
        guard day != nil || year != nil else { return nil }
        var english = month
        if let day { english = "\(day) " + english }
        if let year { english += " \(year)" }
        return (BriefSpan(range: words[i].range.lowerBound..<words[j - 1].range.upperBound, english: english), j)
    }

    /// The value of word `i` when it is a whole number.
    private func whole(at i: Int) -> Int? {
        guard i < text.words.count, let value = text.words[i].number, value == value.rounded(), value >= 0, value < 100_000 else { return nil }
        return Int(value)
    }
}
