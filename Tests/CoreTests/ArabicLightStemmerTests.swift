import Testing
@testable import Core

/// The light stemmer on normalized words: clitics and endings off, three letters kept.
@Suite struct ArabicLightStemmerTests {
    func stem(_ word: String) -> String {
        let normalized = ArabicNormalizer().normalizedString(word)
        let scalars = normalized.unicodeScalars.map(\.value)
        return String(String.UnicodeScalarView(scalars[ArabicLightStemmer.stem(scalars)].compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: [
        ("والتعاون", "تعاون"), ("التعاون", "تعاون"), ("تعاون", "تعاون"), ("بتعاونها", "تعاون"),
        ("للاتحاد", "اتحاد"), ("بالعلاقات", "علاق"), ("وزيرة", "وزير"), ("المحادثات", "محادث"),
        ("كتب", "كتب"), ("ولد", "ولد"), ("الدول", "دول"), ("والاقتصادية", "اقتصاد"), ("وزارات", "وزار"), ("وتوكاييف", "توكاييف"),
    ])
    func stems(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    @Test func functionWordsAreNormalized() {
        #expect(ArabicFunctionWords.normalized.contains("علي"))   // على
        #expect(ArabicFunctionWords.normalized.contains("الي"))   // إلى
        #expect(!ArabicFunctionWords.normalized.contains("تعاون"))
    }
}
