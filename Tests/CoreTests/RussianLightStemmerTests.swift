import Core
import Testing

/// The Russian layer: case folding (ё, Kazakh letters), the light stemmer's endings, the
/// function words.
@Suite struct RussianLightStemmerTests {
    func folded(_ word: String) -> [UInt32] { word.unicodeScalars.map { CyrillicFold.fold($0.value) } }

    func stem(_ word: String) -> String {
        let scalars = folded(word)
        return String(String.UnicodeScalarView(scalars[RussianLightStemmer.stem(scalars)].compactMap(Unicode.Scalar.init)))
    }

    @Test func foldingLowersRussianAndKazakhLettersAndUnmarksYo() {
        #expect(folded("ТОКАЕВ") == folded("токаев"))
        #expect(folded("Объём") == folded("объем"))
        #expect(folded("ЁЛКА") == folded("елка"))
        #expect(folded("ҚАЗАҚСТАН ӘЛЕМ ҰЛТТЫҚ ІС") == folded("қазақстан әлем ұлттық іс"))
        #expect(folded("Tokayev 2024") == "Tokayev 2024".unicodeScalars.map(\.value))   // not Cyrillic: unchanged
    }

    /// The forms an article uses of one name or noun are one term.
    @Test(arguments: [
        (["Токаев", "Токаева", "Токаеву", "Токаевым", "Токаеве"], "токаев"),
        (["Казахстан", "Казахстана", "Казахстану", "Казахстаном", "Казахстане"], "казахстан"),
        (["сотрудничество", "сотрудничества", "сотрудничеству", "сотрудничеством", "сотрудничестве"], "сотрудничеств"),
        (["переговоры", "переговорах", "переговорами"], "переговор"),
        (["Умаров", "Умарова", "Умарову", "Умаровым"], "умаров"),
        (["казахстанский", "казахстанская", "казахстанского", "казахстанской", "казахстанские", "казахстанских"], "казахстанск"),
        (["встреча", "встречи", "встрече", "встречу", "встречей"], "встреч"),
    ])
    func formsShareAStem(forms: [String], expected: String) {
        for form in forms { #expect(stem(form) == expected, "\(form)") }
    }

    /// `-ов`, `-ев` stay for the surnames' sake, unless the word is written in lower case: then
    /// it is a common noun's genitive plural (`переговоров` meets `переговоры`); a capital keeps
    /// it (`Умаров`), and so does a word of four letters (`улов` is no plural).
    @Test func theGenitivePluralOfACommonNoun() {
        func stem(_ word: String, lowerCase: Bool) -> String {
            let scalars = folded(word)
            let range = scalars.withUnsafeBufferPointer { RussianLightStemmer.stem($0, writtenInLowerCase: lowerCase) }
            return String(String.UnicodeScalarView(scalars[range].compactMap(Unicode.Scalar.init)))
        }
        #expect(stem("переговоров", lowerCase: true) == "переговор")
        #expect(stem("ресурсов", lowerCase: true) == stem("ресурсы", lowerCase: true))
        #expect(stem("Умаров", lowerCase: false) == "умаров")
        #expect(stem("улов", lowerCase: true) == "улов")
        #expect(stem("министров", lowerCase: true) == stem("министры", lowerCase: true))
    }

    @Test func shortWordsKeepThreeLetters() {
        #expect(stem("переговоров") == "переговоров")   // -ов stays without the case of the letters
        #expect(stem("мир") == "мир")
        #expect(stem("мира") == "мир")
        #expect(stem("ООН") == "оон")
        #expect(stem("занимались") == "заним")   // reflexive, then the past ending
    }

    @Test func functionWordsAreFoldedHashes() {
        for word in ["в", "и", "что", "Который", "также", "ЗАЯВИЛ"] {
            #expect(RussianFunctionWords.hashes.contains(ScalarHash.of(folded(word))), "\(word)")
        }
        #expect(!RussianFunctionWords.hashes.contains(ScalarHash.of(folded("Токаев"))))
    }
}
