import Core

/// Courtesy words, honorifics and ranks that stand between a verb, a title and a name without
/// being any of them: صاحب السمو الملكي الأمير، معالي وزير الخارجية، وزير التعليم الدكتور عزام،
/// المتحدث الأمني اللواء منصور; and the words of an office's time that stand between the title
/// and the name (وزير الإسكان الجديد ماجد الحقيل، الرئيس اليمني السابق علي عبدالله صالح).
enum CourtesyWords {
    static let keys = BriefKey.set([
        "صاحب", "صاحبة", "السمو", "الملكي", "الملكية", "سمو", "معالي", "فخامة", "جلالة", "سعادة", "دولة", "السيد", "السيدة",
        "الدكتور", "الدكتورة", "د", "المهندس", "المهندسة", "الشيخ", "الشيخة", "الأستاذ", "الأستاذة",
        "اللواء", "العميد", "العقيد", "المقدم", "النقيب", "الركن", "ركن", "البروفيسور",
    ] + officeTimes)

    /// An office's time, after its title: the former ones make the role "former …".
    static let officeTimes = ["السابق", "الأسبق", "السابقة", "الحالي", "الحالية", "الجديد", "الجديدة", "المكلف", "المنتخب"]
    static let officeTimeKeys = BriefKey.set(officeTimes)
    static let former = BriefKey.set(["السابق", "الأسبق", "السابقة"])

    /// The longest gap (in scalars) that can hold only courtesy words: longer ones are refused
    /// before any string is made, so a check between two far-apart mentions costs nothing.
    static let longestGap = 80

    /// Only white space (and, with `commas`, commas) and courtesy words between `start` and
    /// `end` of `text`, checked word by word on the text's keys: no string is made (this runs
    /// for every candidate name).
    static func only(_ text: BriefText, _ start: Int, _ end: Int, commas: Bool = true) -> Bool {
        guard start <= end, end - start <= longestGap else { return false }
        func separators(_ from: Int, _ to: Int) -> Bool {
            from <= to && text.scalars[from..<to].allSatisfy { $0 == " " || $0 == "\t" || commas && ($0 == "،" || $0 == ",") }
        }
        var cursor = start
        var i = text.word(atOrAfter: start)
        while i < text.words.count, text.words[i].range.upperBound <= end {
            let word = text.words[i]
            guard separators(cursor, word.range.lowerBound), keys.contains(word.key) else { return false }
            cursor = word.range.upperBound
            // An abbreviation's full stop (د. عزام).
            if cursor < end, text.scalars[cursor] == "." { cursor += 1 }
            i += 1
        }
        return separators(cursor, end)
    }
}
