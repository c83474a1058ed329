import Core
import Testing

/// Russian normalization for matching: the cases of a name meet, and ranges map back to the
/// whole written word.
struct RussianNormalizerTests {
    let normalizer = RussianNormalizer()

    @Test(arguments: [
        (["Токаев", "Токаева", "Токаеву", "Токаевым", "Токаеве", "ТОКАЕВА"], "токаев"),
        (["Россия", "России", "Россию", "Россией"], "росс"),
        (["Китай", "Китая", "Китаю", "Китаем"], "кит"),
        (["Астана", "Астаны", "Астане", "Астаной", "Астану"], "астан"),
        (["Объединённых", "Объединенных", "ОБЪЕДИНЁННЫХ"], "объединенн"),
        (["Сергей", "Сергея", "Сергеем"], "серг"),
    ])
    func casesOfAWordMeet(forms: [String], stem: String) {
        for form in forms { #expect(normalizer.normalizedString(form) == stem, "\(form)") }
    }

    /// Short words are kept (ООН, ЕС, Си), Latin is lower-cased, punctuation and digits are copied.
    @Test func otherTextIsFoldedOnly() {
        #expect(normalizer.normalizedString("ООН и ЕС, Си Цзиньпин: NATO-2024") == "оон и ес, си цзиньпин: nato-2024")
    }

    /// The letters cut off belong to the word's range, so a match covers all of it.
    @Test func rangesCoverTheWholeWord() {
        let text = "о Токаеве."
        let normalized = normalizer.normalize(text)
        #expect(normalized.string == "о токаев.")
        let word = normalized.string.utf8.count - 1 - "токаев".utf8.count
        let range = normalized.originalRange(ofBytes: word..<(normalized.bytes.count - 1))
        #expect(range == 2..<9)
        #expect(normalized.originalRange(ofBytes: 0..<normalized.bytes.count) == 0..<10)
    }
}
