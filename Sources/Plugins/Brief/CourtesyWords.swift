import Core

/// Courtesy words, honorifics and ranks that stand between a verb, a title and a name without
/// being any of them: صاحب السمو الملكي الأمير، معالي وزير الخارجية، وزير التعليم الدكتور عزام،
/// المتحدث الأمني اللواء منصور.
enum CourtesyWords {
    static let keys = BriefKey.set([
        "صاحب", "صاحبة", "السمو", "الملكي", "الملكية", "سمو", "معالي", "فخامة", "سعادة", "دولة", "السيد", "السيدة",
        "الدكتور", "الدكتورة", "د", "المهندس", "المهندسة", "الشيخ", "الشيخة", "الأستاذ", "الأستاذة",
        "اللواء", "العميد", "العقيد", "المقدم", "النقيب", "الركن", "ركن", "البروفيسور",
    ])

    /// Only white space (and, with `commas`, commas) and courtesy words in `gap`.
    static func only(_ gap: String, commas: Bool = true) -> Bool {
        let separators: Set<Character> = commas ? [" ", "\t", "،", ","] : [" ", "\t"]
        return gap.split(whereSeparator: { separators.contains($0) }).allSatisfy { keys.contains(BriefKey.of(String($0))) }
    }
}
